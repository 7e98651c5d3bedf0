#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

#include "ui/rangecalendar.h"

using Custody::Plan::DateRange;
using Custody::Ui::RangeCalendar;

namespace {

QDate day(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth);
}

class RangeCalendarTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // A fixed locale pins the first weekday, and so where each day is drawn.
        calendar.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        calendar.resize(640, 300);
        calendar.setToday(day(2024, 12, 31));
        calendar.setVisibleMonth(day(2024, 2, 1));
        calendar.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&calendar));
    }

    QPoint centre(QDate date) const
    {
        const QRect rect = calendar.dayRect(date);
        EXPECT_FALSE(rect.isEmpty()) << date.toString(Qt::ISODate).toStdString() << " is not visible";
        return rect.center();
    }

    void click(QDate date, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mouseClick(&calendar, Qt::LeftButton, modifiers, centre(date));
    }

    RangeCalendar calendar;
};

} // namespace

TEST_F(RangeCalendarTest, DayRectAndDayAtAgree)
{
    for (QDate date = day(2024, 2, 1); date <= day(2024, 3, 31); date = date.addDays(1))
        EXPECT_EQ(calendar.dayAt(centre(date)), date) << date.toString(Qt::ISODate).toStdString();
    EXPECT_TRUE(calendar.dayRect(day(2024, 4, 1)).isEmpty());
    // Monday first (en_GB): 1 February 2024 was a Thursday, in the fourth column.
    EXPECT_GT(calendar.dayRect(day(2024, 2, 1)).left(), calendar.dayRect(day(2024, 2, 5)).left());
}

TEST_F(RangeCalendarTest, DragAcrossTwoMonthsSelectsEveryDayBetween)
{
    QSignalSpy committed(&calendar, &RangeCalendar::rangeCommitted);
    QTest::mousePress(&calendar, Qt::LeftButton, {}, centre(day(2024, 2, 28)));
    QTest::mouseMove(&calendar, centre(day(2024, 2, 29)));
    QTest::mouseMove(&calendar, centre(day(2024, 3, 1)));
    QTest::mouseMove(&calendar, centre(day(2024, 3, 3)));
    EXPECT_TRUE(calendar.isDragging());
    EXPECT_EQ(committed.count(), 0) << "nothing is committed before the release";
    QTest::mouseRelease(&calendar, Qt::LeftButton, {}, centre(day(2024, 3, 3)));

    const DateRange expected { day(2024, 2, 28), day(2024, 3, 3) };
    EXPECT_FALSE(calendar.isDragging());
    EXPECT_EQ(calendar.range(), expected);
    EXPECT_EQ(calendar.range().dayCount(), 5);
    EXPECT_TRUE(calendar.range().contains(day(2024, 2, 29)));
    ASSERT_EQ(committed.count(), 1);
    EXPECT_EQ(committed.at(0).at(0).value<DateRange>(), expected);
}

TEST_F(RangeCalendarTest, DragBackwardsOrdersTheRange)
{
    QTest::mousePress(&calendar, Qt::LeftButton, {}, centre(day(2024, 3, 10)));
    QTest::mouseMove(&calendar, centre(day(2024, 3, 2)));
    QTest::mouseRelease(&calendar, Qt::LeftButton, {}, centre(day(2024, 2, 27)));
    EXPECT_EQ(calendar.range(), (DateRange { day(2024, 2, 27), day(2024, 3, 10) }));
}

TEST_F(RangeCalendarTest, RestingAtTheRightEdgeScrollsAndExtendsIntoTheNextMonth)
{
    calendar.setVisibleMonth(day(2024, 1, 1)); // January | February
    const QPoint start = centre(day(2024, 2, 20));
    QTest::mousePress(&calendar, Qt::LeftButton, {}, start);
    const QPoint edge(calendar.width() - 3, start.y());
    QTest::mouseMove(&calendar, edge);
    EXPECT_EQ(calendar.range().last.month(), 2) << "before scrolling the drag ends in February";

    ASSERT_TRUE(QTest::qWaitFor([&] { return calendar.visibleMonth() == day(2024, 2, 1); }, 3000));
    QTest::mouseRelease(&calendar, Qt::LeftButton, {}, edge);

    EXPECT_EQ(calendar.range().first, day(2024, 2, 20));
    // The end is March's last column on the pointer's row (the fourth row):
    // Sunday 24 March 2024.
    EXPECT_EQ(calendar.range().last, day(2024, 3, 24));
}

TEST_F(RangeCalendarTest, RestingAtTheLeftEdgeScrollsBack)
{
    const QPoint start = centre(day(2024, 2, 14));
    QTest::mousePress(&calendar, Qt::LeftButton, {}, start);
    QTest::mouseMove(&calendar, QPoint(2, start.y()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return calendar.visibleMonth() == day(2024, 1, 1); }, 3000));
    QTest::mouseRelease(&calendar, Qt::LeftButton, {}, QPoint(2, start.y()));
    EXPECT_EQ(calendar.range().last, day(2024, 2, 14));
    // January's first column on the pointer's (third) row: Monday 15 January 2024.
    EXPECT_EQ(calendar.range().first, day(2024, 1, 15));
}

TEST_F(RangeCalendarTest, ShiftClickExtendsFromTheAnchor)
{
    QSignalSpy committed(&calendar, &RangeCalendar::rangeCommitted);
    click(day(2024, 3, 5));
    EXPECT_EQ(calendar.range(), DateRange::singleDay(day(2024, 3, 5)));
    click(day(2024, 3, 12), Qt::ShiftModifier);
    EXPECT_EQ(calendar.range(), (DateRange { day(2024, 3, 5), day(2024, 3, 12) }));
    click(day(2024, 2, 26), Qt::ShiftModifier);
    EXPECT_EQ(calendar.range(), (DateRange { day(2024, 2, 26), day(2024, 3, 5) }));
    EXPECT_EQ(committed.count(), 3);
    click(day(2024, 3, 20));
    EXPECT_EQ(calendar.range(), DateRange::singleDay(day(2024, 3, 20)));
}

TEST_F(RangeCalendarTest, KeyboardMovesExtendsAndSelects)
{
    calendar.setToday(day(2024, 3, 20)); // February | March, focus on today
    calendar.setFocus();
    ASSERT_EQ(calendar.focusDay(), day(2024, 3, 20));
    QSignalSpy committed(&calendar, &RangeCalendar::rangeCommitted);

    QTest::keyClick(&calendar, Qt::Key_Left);
    QTest::keyClick(&calendar, Qt::Key_Left);
    EXPECT_EQ(calendar.focusDay(), day(2024, 3, 18));
    EXPECT_FALSE(calendar.range().isValid()) << "moving alone selects nothing";
    QTest::keyClick(&calendar, Qt::Key_Space);
    EXPECT_EQ(calendar.range(), DateRange::singleDay(day(2024, 3, 18)));

    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&calendar, Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(calendar.range(), (DateRange { day(2024, 3, 15), day(2024, 3, 18) }));
    QTest::keyClick(&calendar, Qt::Key_Up, Qt::ShiftModifier);
    EXPECT_EQ(calendar.range(), (DateRange { day(2024, 3, 8), day(2024, 3, 18) }));

    QTest::keyClick(&calendar, Qt::Key_PageUp);
    EXPECT_EQ(calendar.focusDay(), day(2024, 2, 8));
    EXPECT_EQ(calendar.visibleMonth(), day(2024, 2, 1));
    QTest::keyClick(&calendar, Qt::Key_PageUp);
    EXPECT_EQ(calendar.visibleMonth(), day(2024, 1, 1)) << "the focus day is kept in view";
    QTest::keyClick(&calendar, Qt::Key_Return);
    EXPECT_EQ(calendar.range(), DateRange::singleDay(day(2024, 1, 8)));
    QTest::keyClick(&calendar, Qt::Key_PageDown);
    QTest::keyClick(&calendar, Qt::Key_Enter, Qt::ShiftModifier);
    EXPECT_EQ(calendar.range(), (DateRange { day(2024, 1, 8), day(2024, 2, 8) }));
    EXPECT_GE(committed.count(), 6);
}

TEST_F(RangeCalendarTest, FutureDaysCannotBeSelected)
{
    calendar.setToday(day(2024, 3, 20));
    QSignalSpy committed(&calendar, &RangeCalendar::rangeCommitted);

    click(day(2024, 3, 25));
    EXPECT_FALSE(calendar.range().isValid());
    EXPECT_EQ(committed.count(), 0);

    QTest::mousePress(&calendar, Qt::LeftButton, {}, centre(day(2024, 3, 18)));
    QTest::mouseMove(&calendar, centre(day(2024, 3, 28)));
    QTest::mouseRelease(&calendar, Qt::LeftButton, {}, centre(day(2024, 3, 28)));
    EXPECT_EQ(calendar.range(), (DateRange { day(2024, 3, 18), day(2024, 3, 20) }));

    calendar.setFocus();
    QTest::keyClick(&calendar, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(&calendar, Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_EQ(calendar.range().last, day(2024, 3, 20));

    EXPECT_FALSE(calendar.canShowNextMonth());
    calendar.showNextMonth();
    EXPECT_EQ(calendar.visibleMonth(), day(2024, 2, 1)) << "April lies entirely in the future";

    calendar.setRange({ day(2024, 3, 19), day(2024, 4, 2) });
    EXPECT_EQ(calendar.range(), (DateRange { day(2024, 3, 19), day(2024, 3, 20) }));
}

TEST_F(RangeCalendarTest, HasAccessibleNameAndDescription)
{
    EXPECT_FALSE(calendar.accessibleName().isEmpty());
    click(day(2024, 3, 5));
    EXPECT_TRUE(calendar.accessibleDescription().contains(QStringLiteral("2024")));
    EXPECT_EQ(calendar.focusPolicy(), Qt::StrongFocus);
}
