#include <gtest/gtest.h>

#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

#include "core/plan/planner.h"
#include "ui/daterangepicker.h"
#include "ui/rangecalendar.h"
#include "ui/rangesummary.h"
#include "ui/timezonecombobox.h"

using Custody::Plan::DateRange;
using Custody::Ui::DateRangePicker;
using Custody::Ui::RangeSummary;

namespace {

const QLocale kBritish(QLocale::English, QLocale::UnitedKingdom);

class DateRangePickerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        picker.setLocale(kBritish);
        picker.calendar()->setLocale(kBritish);
        picker.setToday(QDate(2024, 6, 15));
        picker.setTimeZone(QTimeZone("Europe/Berlin"));
    }

    DateRangePicker picker;
};

} // namespace

TEST_F(DateRangePickerTest, SummaryNamesDaysDatesZoneAndWindows)
{
    picker.setRange({ QDate(2024, 3, 1), QDate(2024, 3, 14) });
    EXPECT_EQ(picker.summary(), QStringLiteral("14 days, 1–14 March 2024, Europe/Berlin; 14 windows"));
}

TEST_F(DateRangePickerTest, SummaryOnTheSpringDstChangeCountsWindowsAndTheShortDay)
{
    const DateRange range { QDate(2024, 3, 30), QDate(2024, 3, 31) };
    picker.setRange(range);
    const QString summary = picker.summary();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("2 days, 30–31 March 2024, Europe/Berlin; 2 windows")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("31 March has 23 hours"))) << summary.toStdString();

    // The summary's windows are the planner's: the second day is 23 hours long.
    const auto windows = Custody::Plan::Planner::windows(range, QTimeZone("Europe/Berlin"));
    ASSERT_EQ(windows.size(), 2);
    EXPECT_EQ(windows.at(1).durationSeconds(), 23 * 3600);

    // In UTC the same days are ordinary.
    picker.setTimeZone(QTimeZone::utc());
    EXPECT_FALSE(picker.summary().contains(QStringLiteral("hours"))) << picker.summary().toStdString();
}

TEST_F(DateRangePickerTest, SpanFormatsAcrossMonthsAndYears)
{
    EXPECT_EQ(RangeSummary::span({ QDate(2024, 2, 28), QDate(2024, 3, 3) }, kBritish),
        QStringLiteral("28 February – 3 March 2024"));
    EXPECT_EQ(RangeSummary::span({ QDate(2023, 12, 30), QDate(2024, 1, 2) }, kBritish),
        QStringLiteral("30 December 2023 – 2 January 2024"));
    EXPECT_EQ(RangeSummary::span(DateRange::singleDay(QDate(2024, 3, 5)), kBritish), QStringLiteral("5 March 2024"));
    EXPECT_TRUE(RangeSummary::text(DateRange::singleDay(QDate(2024, 3, 5)), QTimeZone::utc(), kBritish)
                    .startsWith(QStringLiteral("1 day, 5 March 2024, UTC; 1 window")));
}

TEST_F(DateRangePickerTest, PresetsEndYesterday)
{
    picker.setToday(QDate(2024, 3, 15));
    QSignalSpy changed(&picker, &DateRangePicker::rangeChanged);

    picker.applyPreset(DateRangePicker::Preset::Yesterday);
    EXPECT_EQ(picker.range(), DateRange::singleDay(QDate(2024, 3, 14)));
    picker.applyPreset(DateRangePicker::Preset::Last7Days);
    EXPECT_EQ(picker.range(), (DateRange { QDate(2024, 3, 8), QDate(2024, 3, 14) }));
    EXPECT_EQ(picker.preset(), DateRangePicker::Preset::Last7Days);
    picker.applyPreset(DateRangePicker::Preset::LastMonth);
    EXPECT_EQ(picker.range(), (DateRange { QDate(2024, 2, 1), QDate(2024, 2, 29) }));

    ASSERT_EQ(changed.count(), 3);
    EXPECT_EQ(changed.at(2).at(0).value<DateRange>(), (DateRange { QDate(2024, 2, 1), QDate(2024, 2, 29) }));
    EXPECT_EQ(changed.at(2).at(1).value<QTimeZone>().id(), QByteArray("Europe/Berlin"));

    picker.setRange({ QDate(2024, 2, 3), QDate(2024, 2, 9) });
    EXPECT_EQ(picker.preset(), DateRangePicker::Preset::Custom);
}

TEST_F(DateRangePickerTest, DragInTheCalendarEmitsOnceOnRelease)
{
    picker.resize(picker.sizeHint());
    picker.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&picker));
    auto *calendar = picker.calendar();
    calendar->setVisibleMonth(QDate(2024, 2, 1));
    QSignalSpy changed(&picker, &DateRangePicker::rangeChanged);

    QTest::mousePress(calendar, Qt::LeftButton, {}, calendar->dayRect(QDate(2024, 2, 28)).center());
    QTest::mouseMove(calendar, calendar->dayRect(QDate(2024, 3, 1)).center());
    QTest::mouseMove(calendar, calendar->dayRect(QDate(2024, 3, 3)).center());
    EXPECT_EQ(changed.count(), 0);
    QTest::mouseRelease(calendar, Qt::LeftButton, {}, calendar->dayRect(QDate(2024, 3, 3)).center());

    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<DateRange>(), (DateRange { QDate(2024, 2, 28), QDate(2024, 3, 3) }));
    EXPECT_TRUE(picker.summary().startsWith(QStringLiteral("5 days, 28 February – 3 March 2024")))
        << picker.summary().toStdString();
}

TEST_F(DateRangePickerTest, ChangingTheZoneEmitsWithTheNewZone)
{
    picker.setRange(DateRange::singleDay(QDate(2024, 3, 5)));
    QSignalSpy changed(&picker, &DateRangePicker::rangeChanged);
    picker.setTimeZone(QTimeZone("America/New_York"));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(1).value<QTimeZone>().id(), QByteArray("America/New_York"));
    EXPECT_TRUE(picker.summary().contains(QStringLiteral("America/New_York")));
}

TEST_F(DateRangePickerTest, ZoneBoxSearchesAndRejectsUnknownText)
{
    auto *box = picker.timeZoneBox();
    EXPECT_GT(box->count(), 100);
    box->setEditText(QStringLiteral("Not/AZone"));
    Q_EMIT box->lineEdit()->editingFinished();
    EXPECT_EQ(box->currentText(), QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(box->zone().id(), QByteArray("Europe/Berlin"));
    box->setEditText(QStringLiteral("asia/tokyo"));
    Q_EMIT box->lineEdit()->editingFinished();
    EXPECT_EQ(box->zone().id(), QByteArray("Asia/Tokyo"));
}

TEST_F(DateRangePickerTest, IsAccessible)
{
    EXPECT_FALSE(picker.accessibleName().isEmpty());
    EXPECT_FALSE(picker.calendar()->accessibleName().isEmpty());
    EXPECT_FALSE(picker.timeZoneBox()->accessibleName().isEmpty());
}

TEST_F(DateRangePickerTest, SelectedDaysUseThePaletteHighlightAlsoWhenDark)
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Window, QColor(45, 45, 45));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(200, 120, 20));
    dark.setColor(QPalette::HighlightedText, QColor(0, 0, 0));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    picker.setPalette(dark);
    picker.setToday(QDate(2024, 3, 20));
    picker.setRange({ QDate(2024, 3, 4), QDate(2024, 3, 13) });
    picker.resize(picker.sizeHint());
    picker.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&picker));

    auto *calendar = picker.calendar();
    const QImage image = calendar->grab().toImage();
    // A day inside the range (not at either end or a row's end) is filled edge to edge.
    const QRect inside = calendar->dayRect(QDate(2024, 3, 6));
    const QPoint probe = inside.topLeft() + QPoint(3, 4);
    const qreal ratio = image.devicePixelRatio();
    EXPECT_EQ(image.pixelColor(probe * ratio), dark.color(QPalette::Highlight));
    const QRect outside = calendar->dayRect(QDate(2024, 3, 18));
    EXPECT_EQ(image.pixelColor((outside.topLeft() + QPoint(3, 4)) * ratio), dark.color(QPalette::Base));
    image.save(QDir(QStringLiteral(CUSTODY_TEST_OUTPUT_DIR)).filePath(QStringLiteral("date-range-dark.png")));
}
