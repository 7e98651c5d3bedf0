#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include "core/plan/analyticsquery.h"
#include "core/plan/planner.h"
#include "qtprinters.h"

using namespace Custody::Plan;

namespace {

const QString kQueue1 = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString kQueue2 = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002");
const QString kUser = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");

Window berlinDay(QDate day)
{
    const QList<Window> windows = Planner::windows(DateRange::singleDay(day), QTimeZone("Europe/Berlin"));
    EXPECT_EQ(windows.size(), 1);
    return windows.value(0);
}

QJsonObject predicate(const QString &dimension, const QString &value)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("dimension") },
        { QStringLiteral("dimension"), dimension }, { QStringLiteral("operator"), QStringLiteral("matches") },
        { QStringLiteral("value"), value } };
}

QJsonObject anyOf(const QJsonArray &predicates)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("or") },
        { QStringLiteral("predicates"), predicates } };
}

std::string dump(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Indented).toStdString();
}

} // namespace

TEST(AnalyticsQueryTest, UnfilteredQueryHasOnlyTheFixedFields)
{
    ExportSpec spec;
    const QJsonObject query = AnalyticsQuery::queryForWindow(spec, berlinDay(QDate(2024, 3, 1)));
    const QJsonObject expected {
        { QStringLiteral("interval"), QStringLiteral("2024-02-29T23:00:00.000Z/2024-03-01T23:00:00.000Z") },
        { QStringLiteral("order"), QStringLiteral("asc") },
        { QStringLiteral("orderBy"), QStringLiteral("conversationStart") },
        { QStringLiteral("startOfDayIntervalMatching"), false },
    };
    EXPECT_EQ(query, expected) << dump(query);
}

TEST(AnalyticsQueryTest, EachFilterGroupIsItsOwnOrFilter)
{
    ExportSpec spec;
    spec.filters.queueIds = { kQueue1, kQueue2 };
    spec.filters.userIds = { kUser };
    spec.filters.mediaTypes = { MediaType::Voice, MediaType::Callback };
    spec.filters.directions = { Direction::Inbound };
    const Window window = berlinDay(QDate(2024, 10, 27));
    const QJsonObject query = AnalyticsQuery::queryForWindow(spec, window);

    EXPECT_EQ(query.value(QStringLiteral("interval")).toString(),
        QStringLiteral("2024-10-26T22:00:00.000Z/2024-10-27T23:00:00.000Z"));
    const QJsonArray expected {
        anyOf({ predicate(QStringLiteral("queueId"), kQueue1), predicate(QStringLiteral("queueId"), kQueue2) }),
        anyOf({ predicate(QStringLiteral("userId"), kUser) }),
        anyOf({ predicate(QStringLiteral("mediaType"), QStringLiteral("voice")),
            predicate(QStringLiteral("mediaType"), QStringLiteral("callback")) }),
        anyOf({ predicate(QStringLiteral("direction"), QStringLiteral("inbound")) }),
    };
    EXPECT_EQ(query.value(QStringLiteral("segmentFilters")).toArray(), expected) << dump(query);
    EXPECT_FALSE(query.contains(QStringLiteral("conversationFilters")));
}

TEST(AnalyticsQueryTest, RecordingsOnlyAddsRecordingExists)
{
    ExportSpec spec;
    spec.includeConversationDetails = false;
    spec.includeRecordings = true;
    spec.filters.queueIds = { kQueue1 };
    const QJsonObject query = AnalyticsQuery::queryForWindow(spec, berlinDay(QDate(2024, 3, 1)));
    const QJsonArray filters = query.value(QStringLiteral("segmentFilters")).toArray();
    ASSERT_EQ(filters.size(), 2) << dump(query);
    const QJsonObject recordingExists { { QStringLiteral("type"), QStringLiteral("dimension") },
        { QStringLiteral("dimension"), QStringLiteral("recording") },
        { QStringLiteral("operator"), QStringLiteral("exists") } };
    const QJsonObject expected { { QStringLiteral("type"), QStringLiteral("and") },
        { QStringLiteral("predicates"), QJsonArray { recordingExists } } };
    EXPECT_EQ(filters.at(1).toObject(), expected);

    // With conversation records wanted too, unrecorded conversations must still come back.
    spec.includeConversationDetails = true;
    const QJsonObject both = AnalyticsQuery::queryForWindow(spec, berlinDay(QDate(2024, 3, 1)));
    EXPECT_EQ(both.value(QStringLiteral("segmentFilters")).toArray().size(), 1) << dump(both);
}

TEST(AnalyticsQueryTest, ConversationIdsBecomeAConversationFilter)
{
    const QStringList ids { QStringLiteral("cccccccc-0000-4000-8000-000000000001"),
        QStringLiteral("cccccccc-0000-4000-8000-000000000002") };
    const QString interval = QStringLiteral("2024-01-01T00:00:00.000Z/2024-04-01T00:00:00.000Z");
    const QJsonObject query = AnalyticsQuery::queryForConversationIds(ids, interval);
    EXPECT_EQ(query.value(QStringLiteral("interval")).toString(), interval);
    EXPECT_EQ(query.value(QStringLiteral("orderBy")).toString(), QStringLiteral("conversationStart"));
    EXPECT_FALSE(query.value(QStringLiteral("startOfDayIntervalMatching")).toBool(true));
    const QJsonArray expected { anyOf({ predicate(QStringLiteral("conversationId"), ids.at(0)),
        predicate(QStringLiteral("conversationId"), ids.at(1)) }) };
    EXPECT_EQ(query.value(QStringLiteral("conversationFilters")).toArray(), expected) << dump(query);
    EXPECT_FALSE(query.contains(QStringLiteral("segmentFilters")));

    // Chunked the way callers are told to.
    QStringList many;
    for (int i = 0; i < 250; ++i)
        many.append(QStringLiteral("cccccccc-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
    const QList<QStringList> chunks = Planner::batches(many, AnalyticsQuery::kConversationIdsPerQuery);
    ASSERT_EQ(chunks.size(), 3);
    const QJsonObject last = AnalyticsQuery::queryForConversationIds(chunks.last(), interval);
    const QJsonArray predicates = last.value(QStringLiteral("conversationFilters"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("predicates"))
                                      .toArray();
    EXPECT_EQ(predicates.size(), 50);
}
