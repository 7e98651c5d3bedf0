#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include "core/plan/planner.h"
#include "qtprinters.h"

using namespace Custody::Plan;

namespace {

QDateTime utc(const char *isoText)
{
    const QDateTime instant = QDateTime::fromString(QString::fromLatin1(isoText), Qt::ISODate);
    EXPECT_TRUE(instant.isValid()) << isoText;
    return instant;
}

QTimeZone zone(const char *ianaId)
{
    const QTimeZone result(ianaId);
    EXPECT_TRUE(result.isValid()) << ianaId;
    return result;
}

DateRange days(const char *first, const char *last)
{
    return DateRange { QDate::fromString(QString::fromLatin1(first), Qt::ISODate),
        QDate::fromString(QString::fromLatin1(last), Qt::ISODate) };
}

void expectTiling(const QList<Window> &windows)
{
    for (qsizetype i = 1; i < windows.size(); ++i) {
        EXPECT_EQ(windows.at(i - 1).utcEnd, windows.at(i).utcStart) << "between windows " << i - 1 << " and " << i;
        EXPECT_LT(windows.at(i).utcStart, windows.at(i).utcEnd);
    }
}

struct DstCase
{
    const char *zone;
    const char *day;
    const char *utcStart;
    const char *utcEnd;
    qint64 hours;
};

void PrintTo(const DstCase &c, std::ostream *out)
{
    *out << c.zone << ' ' << c.day;
}

class PlannerDstTest : public ::testing::TestWithParam<DstCase>
{
};

} // namespace

TEST_P(PlannerDstTest, DayBoundsFollowLocalMidnight)
{
    const DstCase c = GetParam();
    const QList<Window> windows = Planner::windows(days(c.day, c.day), zone(c.zone));
    ASSERT_EQ(windows.size(), 1);
    const Window &window = windows.first();
    EXPECT_EQ(window.localDate, QDate::fromString(QString::fromLatin1(c.day), Qt::ISODate));
    EXPECT_EQ(window.utcStart, utc(c.utcStart));
    EXPECT_EQ(window.utcEnd, utc(c.utcEnd));
    EXPECT_EQ(window.durationSeconds(), c.hours * 3600);
}

INSTANTIATE_TEST_SUITE_P(Zones, PlannerDstTest,
    ::testing::Values(DstCase { "Europe/Berlin", "2024-03-31", "2024-03-30T23:00:00Z", "2024-03-31T22:00:00Z", 23 },
        DstCase { "Europe/Berlin", "2024-10-27", "2024-10-26T22:00:00Z", "2024-10-27T23:00:00Z", 25 },
        DstCase { "Europe/Berlin", "2024-07-15", "2024-07-14T22:00:00Z", "2024-07-15T22:00:00Z", 24 },
        DstCase { "America/New_York", "2024-03-10", "2024-03-10T05:00:00Z", "2024-03-11T04:00:00Z", 23 },
        DstCase { "America/New_York", "2024-11-03", "2024-11-03T04:00:00Z", "2024-11-04T05:00:00Z", 25 },
        DstCase { "UTC", "2024-02-29", "2024-02-29T00:00:00Z", "2024-03-01T00:00:00Z", 24 },
        // Midnight does not exist: clocks jump from 24:00 to 01:00.
        DstCase { "America/Santiago", "2024-09-08", "2024-09-08T04:00:00Z", "2024-09-09T03:00:00Z", 23 },
        DstCase { "America/Santiago", "2024-09-07", "2024-09-07T04:00:00Z", "2024-09-08T04:00:00Z", 24 },
        DstCase { "Asia/Beirut", "2024-03-31", "2024-03-30T22:00:00Z", "2024-03-31T21:00:00Z", 23 },
        // Fall-back at 24:00: the day before has 25 hours, the day itself starts at the one midnight.
        DstCase { "America/Santiago", "2024-04-06", "2024-04-06T03:00:00Z", "2024-04-07T04:00:00Z", 25 },
        // Midnight occurs twice (01:00 CDT -> 00:00 CST): the day starts at the first one.
        DstCase { "America/Havana", "2024-11-03", "2024-11-03T04:00:00Z", "2024-11-04T05:00:00Z", 25 },
        DstCase { "America/Havana", "2024-03-10", "2024-03-10T05:00:00Z", "2024-03-11T04:00:00Z", 23 }),
    [](const ::testing::TestParamInfo<DstCase> &info) {
        std::string name = std::string(info.param.zone) + '_' + info.param.day;
        std::replace_if(
            name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
        return name;
    });

TEST(PlannerTest, MonthInBerlinHasThirtyOneTilingWindows)
{
    const QList<Window> windows = Planner::windows(days("2024-03-01", "2024-03-31"), zone("Europe/Berlin"));
    ASSERT_EQ(windows.size(), 31);
    expectTiling(windows);
    EXPECT_EQ(windows.first().utcStart, utc("2024-02-29T23:00:00Z"));
    EXPECT_EQ(windows.last().utcEnd, utc("2024-03-31T22:00:00Z"));
    qint64 total = 0;
    for (qsizetype i = 0; i < windows.size(); ++i) {
        EXPECT_EQ(windows.at(i).index, i);
        EXPECT_EQ(windows.at(i).localDate, QDate(2024, 3, 1).addDays(i));
        EXPECT_EQ(windows.at(i).label(), QDate(2024, 3, 1).addDays(i).toString(Qt::ISODate));
        total += windows.at(i).durationSeconds();
    }
    EXPECT_EQ(total, (31 * 24 - 1) * 3600);
}

TEST(PlannerTest, RangeAcrossBothNewYorkChangesTilesAndSumsUp)
{
    const QList<Window> windows = Planner::windows(days("2024-03-01", "2024-11-30"), zone("America/New_York"));
    ASSERT_EQ(windows.size(), 275);
    expectTiling(windows);
    EXPECT_EQ(windows.first().utcStart.secsTo(windows.last().utcEnd), 275 * 24 * 3600);
}

TEST(PlannerTest, OneDayInUtcIsExactlyTheUtcDay)
{
    const QList<Window> windows = Planner::windows(DateRange::singleDay(QDate(2024, 3, 1)), QTimeZone::utc());
    ASSERT_EQ(windows.size(), 1);
    EXPECT_EQ(windows.first().interval(), QStringLiteral("2024-03-01T00:00:00.000Z/2024-03-02T00:00:00.000Z"));
    EXPECT_EQ(windows.first().index, 0);
}

TEST(PlannerTest, SkippedDayYieldsNoWindowAndNeighboursMeet)
{
    // Pacific/Apia went from 29 December 2011 straight to 31 December.
    const QList<Window> windows = Planner::windows(days("2011-12-29", "2011-12-31"), zone("Pacific/Apia"));
    ASSERT_EQ(windows.size(), 2);
    EXPECT_EQ(windows.at(0).localDate, QDate(2011, 12, 29));
    EXPECT_EQ(windows.at(1).localDate, QDate(2011, 12, 31));
    EXPECT_EQ(windows.at(1).index, 1);
    EXPECT_EQ(windows.at(0).utcEnd, utc("2011-12-30T10:00:00Z"));
    expectTiling(windows);
}

TEST(PlannerTest, InvalidInputGivesNoWindows)
{
    EXPECT_TRUE(Planner::windows(days("2024-03-05", "2024-03-03"), zone("Europe/Berlin")).isEmpty());
    EXPECT_TRUE(Planner::windows(days("2024-03-01", "2024-03-03"), QTimeZone()).isEmpty());

    ExportSpec byIds;
    byIds.selection = ExportSpec::Selection::ConversationIds;
    byIds.range = days("2024-03-01", "2024-03-03");
    byIds.timeZoneId = QStringLiteral("Europe/Berlin");
    EXPECT_TRUE(Planner::windows(byIds).isEmpty());
    byIds.selection = ExportSpec::Selection::DateRange;
    EXPECT_EQ(Planner::windows(byIds).size(), 3);
}

TEST(PlannerTest, SplitHalvesAndKeepsTiling)
{
    const QList<Window> day = Planner::windows(days("2024-10-27", "2024-10-27"), zone("Europe/Berlin"));
    ASSERT_EQ(day.size(), 1);
    const QList<Window> halves = Planner::split(day.first());
    ASSERT_EQ(halves.size(), 2);
    EXPECT_EQ(halves.at(0).utcStart, day.first().utcStart);
    EXPECT_EQ(halves.at(0).utcEnd, halves.at(1).utcStart);
    EXPECT_EQ(halves.at(1).utcEnd, day.first().utcEnd);
    EXPECT_EQ(halves.at(0).durationSeconds(), 25 * 3600 / 2);
    EXPECT_EQ(halves.at(0).label(), QStringLiteral("2024-10-27_part1of2"));
    EXPECT_EQ(halves.at(1).label(), QStringLiteral("2024-10-27_part2of2"));
    EXPECT_EQ(halves.at(0).index, day.first().index);

    const QList<Window> quarters = Planner::split(halves.at(1));
    ASSERT_EQ(quarters.size(), 2);
    EXPECT_EQ(quarters.at(0).label(), QStringLiteral("2024-10-27_part3of4"));
    EXPECT_EQ(quarters.at(1).label(), QStringLiteral("2024-10-27_part4of4"));
    EXPECT_EQ(quarters.at(0).utcStart, halves.at(0).utcEnd);
    EXPECT_EQ(quarters.at(1).utcEnd, day.first().utcEnd);
    expectTiling({ halves.at(0), quarters.at(0), quarters.at(1) });

    // Splitting again gives the same parts: the plan can be rebuilt after a crash.
    EXPECT_EQ(Planner::split(day.first()), halves);
}

TEST(PlannerTest, TinyWindowIsNotSplit)
{
    Window window;
    window.localDate = QDate(2024, 3, 1);
    window.utcStart = utc("2024-03-01T00:00:00Z");
    window.utcEnd = utc("2024-03-01T00:00:01Z");
    const QList<Window> parts = Planner::split(window);
    ASSERT_EQ(parts.size(), 1);
    EXPECT_EQ(parts.first(), window);
}

TEST(PlannerTest, FiltersHashIgnoresOrderAndCaseButNotContent)
{
    ExportSpec a;
    a.filters.queueIds = { QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"),
        QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002") };
    a.filters.mediaTypes = { MediaType::Voice, MediaType::Chat };
    a.filters.directions = { Direction::Inbound, Direction::Outbound };

    ExportSpec b = a;
    b.filters.queueIds = { QStringLiteral("BBBBBBBB-0000-4000-8000-000000000002"),
        QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001") };
    b.filters.mediaTypes = { MediaType::Chat, MediaType::Voice };
    b.filters.directions = { Direction::Outbound, Direction::Inbound };
    EXPECT_EQ(Planner::filtersHash(a), Planner::filtersHash(b));
    EXPECT_EQ(Planner::filtersHash(a).size(), 64);

    ExportSpec c = a;
    c.filters.mediaTypes = { MediaType::Voice };
    EXPECT_NE(Planner::filtersHash(a), Planner::filtersHash(c));

    // A queue id moved to the user list is a different export.
    ExportSpec d = a;
    d.filters.userIds = { d.filters.queueIds.takeFirst() };
    EXPECT_NE(Planner::filtersHash(a), Planner::filtersHash(d));

    ExportSpec recordingsOnly = a;
    recordingsOnly.includeConversationDetails = false;
    EXPECT_NE(Planner::filtersHash(a), Planner::filtersHash(recordingsOnly));

    ExportSpec noFilters;
    ExportSpec emptyIdList;
    emptyIdList.selection = ExportSpec::Selection::ConversationIds;
    EXPECT_NE(Planner::filtersHash(noFilters), Planner::filtersHash(emptyIdList));
}

TEST(PlannerTest, IdempotencyKeysAreStableAndDistinct)
{
    ExportSpec spec;
    spec.filters.queueIds = { QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001") };
    const QString filters = Planner::filtersHash(spec);
    const QString org = QStringLiteral("org-1");
    const QString analytics = QStringLiteral("analytics");

    const QList<Window> windows = Planner::windows(days("2024-03-01", "2024-03-31"), zone("Europe/Berlin"));
    const QList<Window> again = Planner::windows(days("2024-03-01", "2024-03-31"), zone("Europe/Berlin"));
    QSet<QString> keys;
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const QString key = windows.at(i).idempotencyKey(org, analytics, filters);
        EXPECT_EQ(key.size(), 64);
        EXPECT_EQ(key, again.at(i).idempotencyKey(org, analytics, filters));
        keys.insert(key);
    }
    EXPECT_EQ(keys.size(), windows.size());

    const Window &first = windows.first();
    const QString key = first.idempotencyKey(org, analytics, filters);
    EXPECT_NE(key, first.idempotencyKey(org, QStringLiteral("recordingBulk"), filters));
    EXPECT_NE(key, first.idempotencyKey(QStringLiteral("org-2"), analytics, filters));
    ExportSpec other = spec;
    other.filters.queueIds.append(QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002"));
    EXPECT_NE(key, first.idempotencyKey(org, analytics, Planner::filtersHash(other)));

    // Fields are length-prefixed, so shifting text between them changes the key.
    EXPECT_NE(first.idempotencyKey(QStringLiteral("ab"), QStringLiteral("c"), filters),
        first.idempotencyKey(QStringLiteral("a"), QStringLiteral("bc"), filters));

    // The same day in another zone is another window.
    const QList<Window> newYork = Planner::windows(days("2024-03-01", "2024-03-01"), zone("America/New_York"));
    EXPECT_NE(key, newYork.first().idempotencyKey(org, analytics, filters));

    const QList<Window> halves = Planner::split(first);
    const QString part1 = halves.at(0).idempotencyKey(org, analytics, filters);
    const QString part2 = halves.at(1).idempotencyKey(org, analytics, filters);
    EXPECT_NE(part1, part2);
    EXPECT_NE(part1, key);
    EXPECT_EQ(part1, Planner::split(first).at(0).idempotencyKey(org, analytics, filters));
}

TEST(PlannerTest, BatchesChunkInOrder)
{
    QList<int> items;
    for (int i = 0; i < 250; ++i)
        items.append(i);
    const QList<QList<int>> batches = Planner::batches(items);
    ASSERT_EQ(batches.size(), 3);
    EXPECT_EQ(batches.at(0).size(), 100);
    EXPECT_EQ(batches.at(1).size(), 100);
    EXPECT_EQ(batches.at(2).size(), 50);
    EXPECT_EQ(batches.at(1).first(), 100);
    EXPECT_EQ(batches.at(2).last(), 249);

    EXPECT_TRUE(Planner::batches(QList<int>()).isEmpty());
    const QList<QList<QString>> exact = Planner::batches(QStringList { QStringLiteral("a"), QStringLiteral("b") }, 2);
    ASSERT_EQ(exact.size(), 1);
    EXPECT_EQ(exact.first(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    EXPECT_EQ(Planner::batches(QList<int> { 1, 2, 3 }, 1).size(), 3);
}
