#pragma once

#include <QDate>
#include <QTimeZone>
#include <QWidget>

#include "core/plan/daterange.h"

class QButtonGroup;
class QLabel;
class QToolButton;

namespace Custody::Ui {

class RangeCalendar;
class TimeZoneComboBox;

/// The date part of a new export: presets, a two-month calendar the user
/// drag-selects, the time zone in which the days are counted, and a live
/// summary ("14 days, 1–14 March 2024, Europe/Berlin; 14 windows").
class DateRangePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateRangePicker)

public:
    /// Shortcuts above the calendar. All of them end before today, so every
    /// chosen day is complete.
    enum class Preset { Yesterday, Last7Days, LastMonth, Custom };

    explicit DateRangePicker(QWidget *parent = nullptr);
    ~DateRangePicker() override;

    /// The chosen days; invalid until the user chooses.
    Plan::DateRange range() const;
    void setRange(const Plan::DateRange &range);

    QTimeZone timeZone() const;
    /// Selects \a zone, e.g. the organisation's zone; invalid zones are ignored.
    void setTimeZone(const QTimeZone &zone);

    /// Pins "today" (days after it cannot be chosen); for tests and for a
    /// dialog left open past midnight.
    void setToday(QDate today);
    QDate today() const;

    void applyPreset(Preset preset);
    /// The preset the current range equals, or Custom.
    Preset preset() const;

    /// The text of the summary label.
    QString summary() const;

    RangeCalendar *calendar() const { return m_calendar; }
    TimeZoneComboBox *timeZoneBox() const { return m_zoneBox; }

Q_SIGNALS:
    /// The days or the zone changed (after a drag is released, not during it).
    void rangeChanged(const Custody::Plan::DateRange &range, const QTimeZone &zone);

private:
    Plan::DateRange presetRange(Preset preset) const;
    void onCalendarCommitted();
    void onVisibleMonthChanged();
    void refresh();

    RangeCalendar *m_calendar = nullptr;
    TimeZoneComboBox *m_zoneBox = nullptr;
    QButtonGroup *m_presets = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Custody::Ui
