#pragma once

#include <QDate>
#include <QRect>
#include <QTimer>
#include <QWidget>

#include "core/plan/daterange.h"

namespace Custody::Ui {

/// Two month grids side by side in which the user selects a span of days.
///
/// Mouse: press on a day, drag (across both months; resting the pointer at
/// the left or right edge scrolls a month), release to commit. Shift-click
/// extends the current range from its anchor. Keyboard: arrows move the focus
/// day, Shift+arrows extend, Space/Enter select the focus day, PageUp/PageDown
/// change the month. Days after today cannot be selected, because their
/// conversations do not exist yet.
///
/// Only selection lives here; turning days into UTC windows is core/plan's job.
class RangeCalendar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeCalendar)

public:
    /// How long the pointer rests at an edge before the next month scrolls in.
    static constexpr int kAutoScrollIntervalMs = 450;

    explicit RangeCalendar(QWidget *parent = nullptr);
    ~RangeCalendar() override;

    /// The committed selection; invalid when nothing is selected.
    Plan::DateRange range() const { return m_range; }
    /// Selects \a range (clamped to today) and shows its last month; emits nothing.
    void setRange(const Plan::DateRange &range);
    void clearRange();

    /// The day treated as today: days after it are disabled. Defaults to the
    /// system date; tests pin it.
    QDate today() const { return m_today; }
    void setToday(QDate today);

    /// First day of the month shown on the left.
    QDate visibleMonth() const { return m_firstMonth; }
    /// Shows the month of \a month on the left, as far as today allows (the
    /// right-hand month never lies after today's month).
    void setVisibleMonth(QDate month);
    void showPreviousMonth();
    void showNextMonth();
    bool canShowNextMonth() const;

    /// The day the keyboard acts on.
    QDate focusDay() const { return m_focus; }

    /// Where \a day is drawn, in widget coordinates; empty when not visible.
    QRect dayRect(QDate day) const;
    /// The visible day drawn at \a pos, or an invalid date.
    QDate dayAt(QPoint pos) const;

    bool isDragging() const { return m_dragging; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user finished choosing a range (release, shift-click or keyboard).
    void rangeCommitted(const Plan::DateRange &range);
    /// The months on display changed.
    void visibleMonthChanged(QDate firstMonth);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Metrics
    {
        double cellWidth = 0;
        double cellHeight = 0;
        double gridTop = 0;
        double monthLeft[2] = { 0, 0 };
        double monthWidth = 0;
    };

    Metrics metrics() const;
    QDate monthAt(int index) const { return m_firstMonth.addMonths(index); }
    int firstColumn(QDate month) const;
    /// The day nearest to \a pos during a drag: outside cells snaps to the
    /// closest day of the nearer month, never after today.
    QDate nearestDay(QPoint pos) const;
    /// -1 at the left edge, +1 at the right edge, 0 elsewhere.
    int edgeDirection(QPoint pos) const;
    void updateDrag(QPoint pos);
    void autoScroll();
    void selectBetween(QDate anchor, QDate end);
    void commit();
    void moveFocus(QDate day, bool extend);
    void ensureVisible(QDate day);
    QDate clampToToday(QDate day) const;
    void updateAccessibleDescription();

    void paintMonth(QPainter &painter, int index, const Metrics &m) const;
    void paintDay(QPainter &painter, QDate day, const QRectF &cell) const;

    Plan::DateRange m_range;
    QDate m_today;
    QDate m_firstMonth;
    QDate m_anchor;
    QDate m_focus;
    bool m_dragging = false;
    QPoint m_lastDragPos;
    QTimer m_autoScrollTimer;
};

} // namespace Custody::Ui
