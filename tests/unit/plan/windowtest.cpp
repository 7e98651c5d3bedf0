#include <gtest/gtest.h>

#include <QTimeZone>

#include "core/plan/window.h"
#include "qtprinters.h"

using namespace Custody::Plan;

TEST(WindowTest, IntervalUsesGenesysIsoFormInUtc)
{
    Window window;
    window.localDate = QDate(2024, 3, 31);
    // Given in Berlin time; the interval must still be written in UTC.
    const QTimeZone berlin("Europe/Berlin");
    window.utcStart = QDateTime(QDate(2024, 3, 31), QTime(0, 0), berlin);
    window.utcEnd = QDateTime(QDate(2024, 4, 1), QTime(0, 0), berlin);
    EXPECT_EQ(window.interval(), QStringLiteral("2024-03-30T23:00:00.000Z/2024-03-31T22:00:00.000Z"));
    EXPECT_EQ(window.durationSeconds(), 23 * 3600);
    EXPECT_EQ(window.label(), QStringLiteral("2024-03-31"));
}

TEST(WindowTest, TimestampKeepsMilliseconds)
{
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(1709251200123, QTimeZone::utc());
    EXPECT_EQ(toGenesysTimestamp(instant), QStringLiteral("2024-03-01T00:00:00.123Z"));
}

TEST(WindowTest, LabelNamesThePart)
{
    Window window;
    window.localDate = QDate(2024, 3, 1);
    window.part = 3;
    window.partCount = 4;
    EXPECT_EQ(window.label(), QStringLiteral("2024-03-01_part3of4"));
}

TEST(WindowTest, KeyIsHexSha256OfTheCanonicalFields)
{
    Window window;
    window.localDate = QDate(2024, 3, 1);
    window.utcStart = QDateTime(QDate(2024, 3, 1), QTime(0, 0), QTimeZone::utc());
    window.utcEnd = QDateTime(QDate(2024, 3, 2), QTime(0, 0), QTimeZone::utc());
    const QString key = window.idempotencyKey(QStringLiteral("org"), QStringLiteral("analytics"), QStringLiteral("f"));
    EXPECT_EQ(key.size(), 64);
    EXPECT_EQ(key, key.toLower());
    bool allHex = true;
    for (const QChar c : key)
        allHex = allHex && ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'));
    EXPECT_TRUE(allHex);

    Window shifted = window;
    shifted.utcEnd = shifted.utcEnd.addSecs(1);
    EXPECT_NE(key, shifted.idempotencyKey(QStringLiteral("org"), QStringLiteral("analytics"), QStringLiteral("f")));
    EXPECT_NE(key, window.idempotencyKey(QStringLiteral("org"), QStringLiteral("analytics"), QStringLiteral("g")));
}
