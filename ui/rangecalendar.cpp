#include "ui/rangecalendar.h"

#include <algorithm>
#include <cmath>

#include <QFocusEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace Custody::Ui {

namespace {

// Layout in pixels. The side margins double as the auto-scroll zones, so a
// pointer over the outer day columns never scrolls by accident.
constexpr int kSideMargin = 18;
constexpr int kMonthGap = 24;
constexpr int kTitleHeight = 28;
constexpr int kWeekdayHeight = 22;
constexpr int kRows = 6;
constexpr int kColumns = 7;
constexpr int kPreferredCellWidth = 34;
constexpr int kPreferredCellHeight = 28;
constexpr int kMinimumCellWidth = 26;
constexpr int kMinimumCellHeight = 22;
constexpr double kCellInset = 1.5;
constexpr double kCornerRadius = 5.0;
constexpr float kFutureTextOpacity = 0.4f;

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

RangeCalendar::RangeCalendar(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    // Wider cells read well; taller ones only push the filters off screen.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Calendar of days to export"));
    m_firstMonth = firstOfMonth(m_today).addMonths(-1);
    m_focus = m_today;
    m_autoScrollTimer.setInterval(kAutoScrollIntervalMs);
    connect(&m_autoScrollTimer, &QTimer::timeout, this, &RangeCalendar::autoScroll);
    updateAccessibleDescription();
}

RangeCalendar::~RangeCalendar() = default;

void RangeCalendar::setRange(const Plan::DateRange &range)
{
    if (!range.isValid()) {
        clearRange();
        return;
    }
    m_range = { clampToToday(range.first), clampToToday(range.last) };
    m_anchor = m_range.first;
    m_focus = m_range.last;
    ensureVisible(m_range.last);
    updateAccessibleDescription();
    update();
}

void RangeCalendar::clearRange()
{
    m_range = {};
    m_anchor = {};
    updateAccessibleDescription();
    update();
}

void RangeCalendar::setToday(QDate today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    if (m_range.isValid())
        m_range = { clampToToday(m_range.first), clampToToday(m_range.last) };
    m_focus = m_range.isValid() ? m_range.last : today;
    setVisibleMonth(firstOfMonth(today).addMonths(-1));
    updateAccessibleDescription();
    update();
}

void RangeCalendar::setVisibleMonth(QDate month)
{
    if (!month.isValid())
        return;
    // The right-hand month is at most today's month: nothing later can be chosen.
    const QDate latest = firstOfMonth(m_today).addMonths(-1);
    const QDate first = std::min(firstOfMonth(month), latest);
    if (first == m_firstMonth)
        return;
    m_firstMonth = first;
    update();
    Q_EMIT visibleMonthChanged(m_firstMonth);
}

void RangeCalendar::showPreviousMonth()
{
    setVisibleMonth(m_firstMonth.addMonths(-1));
}

void RangeCalendar::showNextMonth()
{
    setVisibleMonth(m_firstMonth.addMonths(1));
}

bool RangeCalendar::canShowNextMonth() const
{
    return m_firstMonth.addMonths(1) < firstOfMonth(m_today);
}

RangeCalendar::Metrics RangeCalendar::metrics() const
{
    Metrics m;
    m.cellWidth = std::max(1.0, double(width() - 2 * kSideMargin - kMonthGap) / (2 * kColumns));
    m.gridTop = kTitleHeight + kWeekdayHeight;
    m.cellHeight = std::max(1.0, (height() - m.gridTop - 4) / kRows);
    m.monthWidth = m.cellWidth * kColumns;
    m.monthLeft[0] = kSideMargin;
    m.monthLeft[1] = kSideMargin + m.monthWidth + kMonthGap;
    return m;
}

int RangeCalendar::firstColumn(QDate month) const
{
    const int firstWeekday = int(locale().firstDayOfWeek());
    return (month.dayOfWeek() - firstWeekday + kColumns) % kColumns;
}

QRect RangeCalendar::dayRect(QDate day) const
{
    if (!day.isValid())
        return {};
    const Metrics m = metrics();
    for (int index = 0; index < 2; ++index) {
        const QDate month = monthAt(index);
        if (day.year() != month.year() || day.month() != month.month())
            continue;
        const int cell = firstColumn(month) + day.day() - 1;
        const QRectF rect(m.monthLeft[index] + (cell % kColumns) * m.cellWidth,
            m.gridTop + (cell / kColumns) * m.cellHeight, m.cellWidth, m.cellHeight);
        return rect.toAlignedRect().adjusted(0, 0, -1, -1);
    }
    return {};
}

QDate RangeCalendar::dayAt(QPoint pos) const
{
    const Metrics m = metrics();
    for (int index = 0; index < 2; ++index) {
        const double x = pos.x() - m.monthLeft[index];
        const double y = pos.y() - m.gridTop;
        if (x < 0 || x >= m.monthWidth || y < 0 || y >= m.cellHeight * kRows)
            continue;
        const QDate month = monthAt(index);
        const int cell = int(y / m.cellHeight) * kColumns + int(x / m.cellWidth);
        const int day = cell - firstColumn(month) + 1;
        if (day >= 1 && day <= month.daysInMonth())
            return QDate(month.year(), month.month(), day);
    }
    return {};
}

QDate RangeCalendar::nearestDay(QPoint pos) const
{
    const Metrics m = metrics();
    const double middle = m.monthLeft[1] - kMonthGap / 2.0;
    const int index = pos.x() < middle ? 0 : 1;
    const QDate month = monthAt(index);
    const int column = std::clamp(int(std::floor((pos.x() - m.monthLeft[index]) / m.cellWidth)), 0, kColumns - 1);
    const int row = std::clamp(int(std::floor((pos.y() - m.gridTop) / m.cellHeight)), 0, kRows - 1);
    const int day = std::clamp(row * kColumns + column - firstColumn(month) + 1, 1, month.daysInMonth());
    return clampToToday(QDate(month.year(), month.month(), day));
}

int RangeCalendar::edgeDirection(QPoint pos) const
{
    if (pos.x() < kSideMargin)
        return -1;
    if (pos.x() >= width() - kSideMargin)
        return 1;
    return 0;
}

QDate RangeCalendar::clampToToday(QDate day) const
{
    return day.isValid() && day > m_today ? m_today : day;
}

void RangeCalendar::selectBetween(QDate anchor, QDate end)
{
    m_range = { std::min(anchor, end), std::max(anchor, end) };
    updateAccessibleDescription();
    update();
}

void RangeCalendar::commit()
{
    Q_EMIT rangeCommitted(m_range);
}

void RangeCalendar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QDate day = dayAt(event->position().toPoint());
    if (!day.isValid() || day > m_today)
        return; // blank cells and future days are inert
    m_focus = day;
    if (event->modifiers().testFlag(Qt::ShiftModifier) && m_anchor.isValid()) {
        // Extending ends with this click; a drag after it is not started.
        selectBetween(m_anchor, day);
        commit();
        return;
    }
    m_anchor = day;
    m_dragging = true;
    m_lastDragPos = event->position().toPoint();
    selectBetween(day, day);
}

void RangeCalendar::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    updateDrag(event->position().toPoint());
}

void RangeCalendar::updateDrag(QPoint pos)
{
    m_lastDragPos = pos;
    const int direction = edgeDirection(pos);
    if (direction != 0 && !m_autoScrollTimer.isActive())
        m_autoScrollTimer.start();
    else if (direction == 0)
        m_autoScrollTimer.stop();
    const QDate day = nearestDay(pos);
    m_focus = day;
    selectBetween(m_anchor, day);
}

void RangeCalendar::autoScroll()
{
    const int direction = m_dragging ? edgeDirection(m_lastDragPos) : 0;
    if (direction < 0)
        showPreviousMonth();
    else if (direction > 0 && canShowNextMonth())
        showNextMonth();
    else
        return m_autoScrollTimer.stop();
    updateDrag(m_lastDragPos);
}

void RangeCalendar::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    m_autoScrollTimer.stop();
    updateDrag(event->position().toPoint());
    m_autoScrollTimer.stop();
    commit();
}

void RangeCalendar::keyPressEvent(QKeyEvent *event)
{
    const bool extend = event->modifiers().testFlag(Qt::ShiftModifier);
    const QDate from = m_focus.isValid() ? m_focus : m_today;
    switch (event->key()) {
    case Qt::Key_Left:
        return moveFocus(from.addDays(layoutDirection() == Qt::RightToLeft ? 1 : -1), extend);
    case Qt::Key_Right:
        return moveFocus(from.addDays(layoutDirection() == Qt::RightToLeft ? -1 : 1), extend);
    case Qt::Key_Up:
        return moveFocus(from.addDays(-kColumns), extend);
    case Qt::Key_Down:
        return moveFocus(from.addDays(kColumns), extend);
    case Qt::Key_PageUp:
        return moveFocus(from.addMonths(-1), extend);
    case Qt::Key_PageDown:
        return moveFocus(from.addMonths(1), extend);
    case Qt::Key_Home:
        return moveFocus(firstOfMonth(from), extend);
    case Qt::Key_End:
        return moveFocus(QDate(from.year(), from.month(), from.daysInMonth()), extend);
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (extend && m_anchor.isValid()) {
            selectBetween(m_anchor, from);
        } else {
            m_anchor = from;
            selectBetween(from, from);
        }
        return commit();
    default:
        return QWidget::keyPressEvent(event);
    }
}

void RangeCalendar::moveFocus(QDate day, bool extend)
{
    const QDate target = clampToToday(day);
    if (extend && !m_anchor.isValid())
        m_anchor = m_focus.isValid() ? m_focus : target;
    m_focus = target;
    ensureVisible(target);
    if (extend) {
        selectBetween(m_anchor, target);
        commit();
    }
    update();
}

void RangeCalendar::ensureVisible(QDate day)
{
    const QDate month = firstOfMonth(day);
    if (month < m_firstMonth)
        setVisibleMonth(month);
    else if (month > m_firstMonth.addMonths(1))
        setVisibleMonth(month.addMonths(-1));
}

void RangeCalendar::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void RangeCalendar::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void RangeCalendar::changeEvent(QEvent *event)
{
    // A new locale moves the first weekday and renames the months.
    if (event->type() == QEvent::LocaleChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void RangeCalendar::updateAccessibleDescription()
{
    const QLocale here = locale();
    QString description = tr("Drag across days to choose them, or use the arrow keys and Space; Shift extends the "
                             "selection. Page Up and Page Down change the month.");
    if (m_range.isValid()) {
        description += QLatin1Char(' ')
            + tr("Selected: %1 to %2.")
                  .arg(here.toString(m_range.first, QLocale::LongFormat),
                      here.toString(m_range.last, QLocale::LongFormat));
    }
    setAccessibleDescription(description);
}

QSize RangeCalendar::sizeHint() const
{
    return { 2 * kSideMargin + kMonthGap + 2 * kColumns * kPreferredCellWidth,
        kTitleHeight + kWeekdayHeight + kRows * kPreferredCellHeight + 4 };
}

QSize RangeCalendar::minimumSizeHint() const
{
    return { 2 * kSideMargin + kMonthGap + 2 * kColumns * kMinimumCellWidth,
        kTitleHeight + kWeekdayHeight + kRows * kMinimumCellHeight + 4 };
}

void RangeCalendar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const Metrics m = metrics();
    for (int index = 0; index < 2; ++index)
        paintMonth(painter, index, m);
}

void RangeCalendar::paintMonth(QPainter &painter, int index, const Metrics &m) const
{
    const QLocale here = locale();
    const QDate month = monthAt(index);
    const QPalette &pal = palette();

    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::Text));
    //: Month title above a calendar grid: %1 month name, %2 year
    const QString title = tr("%1 %2").arg(here.standaloneMonthName(month.month()), QString::number(month.year()));
    painter.drawText(QRectF(m.monthLeft[index], 0, m.monthWidth, kTitleHeight), Qt::AlignCenter, title);

    painter.setFont(font());
    painter.setPen(pal.color(QPalette::PlaceholderText));
    const int firstWeekday = int(here.firstDayOfWeek());
    for (int column = 0; column < kColumns; ++column) {
        const auto weekday = Qt::DayOfWeek((firstWeekday - 1 + column) % kColumns + 1);
        const QRectF cell(m.monthLeft[index] + column * m.cellWidth, kTitleHeight, m.cellWidth, kWeekdayHeight);
        painter.drawText(cell, Qt::AlignCenter, here.standaloneDayName(weekday, QLocale::NarrowFormat));
    }

    const int offset = firstColumn(month);
    for (int day = 1; day <= month.daysInMonth(); ++day) {
        const int cell = offset + day - 1;
        const QRectF rect(m.monthLeft[index] + (cell % kColumns) * m.cellWidth,
            m.gridTop + (cell / kColumns) * m.cellHeight, m.cellWidth, m.cellHeight);
        paintDay(painter, QDate(month.year(), month.month(), day), rect);
    }
}

void RangeCalendar::paintDay(QPainter &painter, QDate day, const QRectF &cell) const
{
    const QPalette &pal = palette();
    const QRectF inner = cell.adjusted(kCellInset, kCellInset, -kCellInset, -kCellInset);
    const bool selected = m_range.contains(day);
    const bool future = day > m_today;

    if (selected) {
        // A band across the selected days with rounded ends: the shape shows
        // where the range starts and stops without relying on colour.
        const int weekStart = int(locale().firstDayOfWeek());
        const bool isStart = day == m_range.first || day.day() == 1 || day.dayOfWeek() == weekStart;
        const bool isEnd
            = day == m_range.last || day.day() == day.daysInMonth() || day.addDays(1).dayOfWeek() == weekStart;
        QRectF band = cell.adjusted(isStart ? kCellInset : 0, kCellInset, isEnd ? -kCellInset : 0, -kCellInset);
        QPainterPath path;
        path.addRoundedRect(band, isStart || isEnd ? kCornerRadius : 0, isStart || isEnd ? kCornerRadius : 0);
        if (!isStart || !isEnd) {
            // Square off the side that continues into the neighbouring day.
            QPainterPath square;
            if (!isStart)
                square.addRect(band.adjusted(0, 0, -band.width() / 2, 0));
            if (!isEnd)
                square.addRect(band.adjusted(band.width() / 2, 0, 0, 0));
            path = path.united(square);
        }
        painter.fillPath(path, pal.color(QPalette::Highlight));
    }

    if (day == m_today) {
        QPen pen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
        pen.setWidthF(1.5);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(inner.adjusted(1, 1, -1, -1), kCornerRadius, kCornerRadius);
    }

    if (hasFocus() && day == m_focus) {
        QPen pen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight));
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(inner.adjusted(2.5, 2.5, -2.5, -2.5));
    }

    QColor text = pal.color(QPalette::Text);
    if (future) {
        // Some hand-made palettes give disabled text the normal colour;
        // fade it then, so unselectable days never look selectable.
        const QColor disabled = pal.color(QPalette::Disabled, QPalette::Text);
        if (disabled != text)
            text = disabled;
        else
            text.setAlphaF(kFutureTextOpacity);
    } else if (selected)
        text = pal.color(QPalette::HighlightedText);
    painter.setPen(text);
    QFont dayFont = font();
    dayFont.setBold(day == m_today);
    painter.setFont(dayFont);
    painter.drawText(cell, Qt::AlignCenter, locale().toString(day.day()));
}

} // namespace Custody::Ui
