#include <gtest/gtest.h>

#include "core/plan/relativerange.h"
#include "qtprinters.h"

using namespace Custody::Plan;

namespace {

struct RangeCase
{
    const char *text;
    QDate today;
    QDate first;
    QDate last;
};

class RelativeRangeTest : public ::testing::TestWithParam<RangeCase>
{
};

DateRange parsed(const char *text, QDate today)
{
    const ParseResult<DateRange> result = RelativeRange::parse(QString::fromLatin1(text), today);
    EXPECT_TRUE(result.isOk()) << text << ": " << result.errorMessage().toStdString();
    return result ? result.value() : DateRange();
}

QString errorFor(const char *text, QDate today = QDate(2024, 3, 15))
{
    const ParseResult<DateRange> result = RelativeRange::parse(QString::fromLatin1(text), today);
    EXPECT_FALSE(result.isOk()) << text;
    return result.errorMessage();
}

} // namespace

TEST_P(RelativeRangeTest, ResolvesAgainstToday)
{
    const RangeCase c = GetParam();
    const DateRange range = parsed(c.text, c.today);
    EXPECT_EQ(range.first, c.first) << c.text;
    EXPECT_EQ(range.last, c.last) << c.text;
    EXPECT_TRUE(range.isValid());
}

INSTANTIATE_TEST_SUITE_P(Forms, RelativeRangeTest,
    ::testing::Values(RangeCase { "today", QDate(2024, 3, 15), QDate(2024, 3, 15), QDate(2024, 3, 15) },
        RangeCase { "yesterday", QDate(2024, 3, 15), QDate(2024, 3, 14), QDate(2024, 3, 14) },
        RangeCase { "yesterday", QDate(2024, 3, 1), QDate(2024, 2, 29), QDate(2024, 2, 29) },
        RangeCase { "Yesterday", QDate(2025, 1, 1), QDate(2024, 12, 31), QDate(2024, 12, 31) },
        RangeCase { "last 7d", QDate(2024, 3, 15), QDate(2024, 3, 8), QDate(2024, 3, 14) },
        RangeCase { "last 1d", QDate(2024, 3, 15), QDate(2024, 3, 14), QDate(2024, 3, 14) },
        RangeCase { "last 30d", QDate(2024, 3, 5), QDate(2024, 2, 4), QDate(2024, 3, 4) },
        RangeCase { "  LAST   14d ", QDate(2024, 3, 15), QDate(2024, 3, 1), QDate(2024, 3, 14) },
        RangeCase { "last-7d", QDate(2024, 3, 15), QDate(2024, 3, 8), QDate(2024, 3, 14) },
        // 2024-03-13 is a Wednesday.
        RangeCase { "last-week", QDate(2024, 3, 13), QDate(2024, 3, 4), QDate(2024, 3, 10) },
        RangeCase { "last-week", QDate(2024, 3, 11), QDate(2024, 3, 4), QDate(2024, 3, 10) },
        RangeCase { "last-week", QDate(2024, 3, 10), QDate(2024, 2, 26), QDate(2024, 3, 3) },
        RangeCase { "last-week", QDate(2025, 1, 2), QDate(2024, 12, 23), QDate(2024, 12, 29) },
        RangeCase { "month 2024-02", QDate(2024, 6, 1), QDate(2024, 2, 1), QDate(2024, 2, 29) },
        RangeCase { "month 2023-02", QDate(2024, 6, 1), QDate(2023, 2, 1), QDate(2023, 2, 28) },
        RangeCase { "month 1900-02", QDate(2024, 6, 1), QDate(1900, 2, 1), QDate(1900, 2, 28) },
        RangeCase { "month 2000-02", QDate(2024, 6, 1), QDate(2000, 2, 1), QDate(2000, 2, 29) },
        RangeCase { "month 2024-12", QDate(2025, 6, 1), QDate(2024, 12, 1), QDate(2024, 12, 31) },
        RangeCase { "month 2024-04", QDate(2025, 6, 1), QDate(2024, 4, 1), QDate(2024, 4, 30) },
        RangeCase { "last-month", QDate(2024, 3, 31), QDate(2024, 2, 1), QDate(2024, 2, 29) },
        RangeCase { "last-month", QDate(2024, 1, 15), QDate(2023, 12, 1), QDate(2023, 12, 31) },
        RangeCase { "last-month", QDate(2023, 3, 1), QDate(2023, 2, 1), QDate(2023, 2, 28) },
        RangeCase { "2024-03-01..2024-03-14", QDate(2024, 6, 1), QDate(2024, 3, 1), QDate(2024, 3, 14) },
        RangeCase { "2024-02-28 .. 2024-03-01", QDate(2024, 6, 1), QDate(2024, 2, 28), QDate(2024, 3, 1) },
        RangeCase { "2024-03-01..2024-03-01", QDate(2024, 6, 1), QDate(2024, 3, 1), QDate(2024, 3, 1) },
        RangeCase { "2024-02-29", QDate(2024, 6, 1), QDate(2024, 2, 29), QDate(2024, 2, 29) }));

TEST(RelativeRangeErrorTest, RejectsReversedAndImpossibleDates)
{
    EXPECT_TRUE(errorFor("2024-03-14..2024-03-01").contains(QStringLiteral("2024-03-01")));
    EXPECT_TRUE(errorFor("2023-02-29..2023-03-01").contains(QStringLiteral("2023-02-29")));
    EXPECT_TRUE(errorFor("2024-03-01..2024-13-01").contains(QStringLiteral("2024-13-01")));
    EXPECT_TRUE(errorFor("2023-02-29").contains(QStringLiteral("2023-02-29")));
    EXPECT_TRUE(errorFor("month 2024-13").contains(QStringLiteral("2024-13")));
    EXPECT_TRUE(errorFor("month 2024-00").contains(QStringLiteral("2024-00")));
}

TEST(RelativeRangeErrorTest, RejectsUnknownFormsAndBadDayCounts)
{
    const QString unknown = errorFor("fortnight");
    EXPECT_TRUE(unknown.contains(QStringLiteral("\"fortnight\""))) << unknown.toStdString();
    EXPECT_TRUE(unknown.contains(QStringLiteral("last 7d")));
    EXPECT_FALSE(errorFor("").isEmpty());
    EXPECT_FALSE(errorFor("last 0d").isEmpty());
    EXPECT_FALSE(errorFor("last 99999999999d").isEmpty());
    EXPECT_FALSE(errorFor("last d").isEmpty());
    EXPECT_FALSE(errorFor("month 2024").isEmpty());
}

TEST(RelativeRangeErrorTest, LastNDaysNeverIncludesToday)
{
    const QDate today(2024, 2, 29);
    for (const char *text : { "last 1d", "last 7d", "last 366d" }) {
        const DateRange range = parsed(text, today);
        EXPECT_EQ(range.last, QDate(2024, 2, 28)) << text;
        EXPECT_EQ(range.dayCount(), QString::fromLatin1(text).section(u' ', 1).chopped(1).toInt()) << text;
    }
}
