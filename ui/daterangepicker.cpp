#include "ui/daterangepicker.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/rangecalendar.h"
#include "ui/rangesummary.h"
#include "ui/timezonecombobox.h"

namespace Custody::Ui {

namespace {

constexpr int kLastWeekDays = 7;

} // namespace

DateRangePicker::DateRangePicker(QWidget *parent)
    : QWidget(parent)
    , m_calendar(new RangeCalendar(this))
    , m_zoneBox(new TimeZoneComboBox(this))
    , m_presets(new QButtonGroup(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_summary(new QLabel(this))
{
    setAccessibleName(tr("Date range"));
    setAccessibleDescription(tr("Choose the days to export and the time zone in which they are counted."));

    auto *presetRow = new QHBoxLayout;
    const std::pair<Preset, QString> presets[] = {
        { Preset::Yesterday, tr("Yesterday") },
        { Preset::Last7Days, tr("Last 7 days") },
        { Preset::LastMonth, tr("Last month", "the previous calendar month") },
        { Preset::Custom, tr("Custom", "a date range chosen in the calendar") },
    };
    for (const auto &[preset, label] : presets) {
        auto *button = new QPushButton(label, this);
        button->setCheckable(true);
        button->setAutoDefault(false);
        m_presets->addButton(button, int(preset));
        presetRow->addWidget(button);
    }
    m_presets->setExclusive(true);
    presetRow->addStretch(1);
    auto *zoneLabel = new QLabel(tr("&Time zone:"), this);
    zoneLabel->setBuddy(m_zoneBox);
    presetRow->addWidget(zoneLabel);
    presetRow->addWidget(m_zoneBox);

    m_previous->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::RightArrow : Qt::LeftArrow);
    m_previous->setAccessibleName(tr("Previous month"));
    m_previous->setToolTip(tr("Previous month (Page Up)"));
    m_previous->setAutoRepeat(true);
    m_next->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow : Qt::RightArrow);
    m_next->setAccessibleName(tr("Next month"));
    m_next->setToolTip(tr("Next month (Page Down)"));
    m_next->setAutoRepeat(true);

    auto *calendarRow = new QHBoxLayout;
    calendarRow->setSpacing(0);
    calendarRow->addWidget(m_previous, 0, Qt::AlignTop);
    calendarRow->addWidget(m_calendar, 1);
    calendarRow->addWidget(m_next, 0, Qt::AlignTop);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Chosen days"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(presetRow);
    layout->addLayout(calendarRow);
    layout->addWidget(m_summary);

    connect(m_presets, &QButtonGroup::idClicked, this, [this](int id) {
        if (Preset(id) == Preset::Custom)
            m_calendar->setFocus(Qt::OtherFocusReason);
        else
            applyPreset(Preset(id));
    });
    connect(m_previous, &QToolButton::clicked, m_calendar, &RangeCalendar::showPreviousMonth);
    connect(m_next, &QToolButton::clicked, m_calendar, &RangeCalendar::showNextMonth);
    connect(m_calendar, &RangeCalendar::rangeCommitted, this, &DateRangePicker::onCalendarCommitted);
    connect(m_calendar, &RangeCalendar::visibleMonthChanged, this, &DateRangePicker::onVisibleMonthChanged);
    connect(m_zoneBox, &TimeZoneComboBox::zoneChanged, this, [this] {
        refresh();
        Q_EMIT rangeChanged(range(), timeZone());
    });
    onVisibleMonthChanged();
    refresh();
}

DateRangePicker::~DateRangePicker() = default;

Plan::DateRange DateRangePicker::range() const
{
    return m_calendar->range();
}

void DateRangePicker::setRange(const Plan::DateRange &range)
{
    if (range == m_calendar->range())
        return;
    m_calendar->setRange(range);
    refresh();
    Q_EMIT rangeChanged(this->range(), timeZone());
}

QTimeZone DateRangePicker::timeZone() const
{
    return m_zoneBox->zone();
}

void DateRangePicker::setTimeZone(const QTimeZone &zone)
{
    m_zoneBox->setZone(zone);
}

void DateRangePicker::setToday(QDate today)
{
    m_calendar->setToday(today);
    onVisibleMonthChanged();
    refresh();
}

QDate DateRangePicker::today() const
{
    return m_calendar->today();
}

Plan::DateRange DateRangePicker::presetRange(Preset preset) const
{
    const QDate today = m_calendar->today();
    switch (preset) {
    case Preset::Yesterday:
        return Plan::DateRange::singleDay(today.addDays(-1));
    case Preset::Last7Days:
        return { today.addDays(-kLastWeekDays), today.addDays(-1) };
    case Preset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return { first, QDate(first.year(), first.month(), first.daysInMonth()) };
    }
    case Preset::Custom:
        break;
    }
    return m_calendar->range();
}

void DateRangePicker::applyPreset(Preset preset)
{
    setRange(presetRange(preset));
    if (QAbstractButton *button = m_presets->button(int(preset)))
        button->setChecked(true);
}

DateRangePicker::Preset DateRangePicker::preset() const
{
    const Plan::DateRange current = m_calendar->range();
    for (const Preset preset : { Preset::Yesterday, Preset::Last7Days, Preset::LastMonth }) {
        if (current.isValid() && presetRange(preset) == current)
            return preset;
    }
    return Preset::Custom;
}

QString DateRangePicker::summary() const
{
    return m_summary->text();
}

void DateRangePicker::onCalendarCommitted()
{
    refresh();
    Q_EMIT rangeChanged(range(), timeZone());
}

void DateRangePicker::onVisibleMonthChanged()
{
    m_next->setEnabled(m_calendar->canShowNextMonth());
}

void DateRangePicker::refresh()
{
    m_summary->setText(RangeSummary::text(range(), timeZone(), locale()));
    if (!range().isValid())
        return;
    // The buttons follow the range, so a drag that happens to cover
    // yesterday shows "Yesterday" and any other span shows "Custom".
    if (QAbstractButton *button = m_presets->button(int(preset())))
        button->setChecked(true);
}

} // namespace Custody::Ui
