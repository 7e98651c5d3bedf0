#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include "core/plan/daterange.h"

namespace Custody::Ui {

/// The one-line description of a chosen range shown under the calendar, such
/// as "14 days, 1–14 March 2024, Europe/Berlin; 14 windows". Days whose
/// length differs from 24 hours (clock changes) are named, because a
/// 23-hour day surprises people comparing counts per day.
class RangeSummary final
{
    Q_DECLARE_TR_FUNCTIONS(Custody::Ui::RangeSummary)

public:
    static QString text(const Plan::DateRange &range, const QTimeZone &zone, const QLocale &locale = QLocale());

    /// "1–14 March 2024", "28 February – 3 March 2024", "30 December 2023 – 2 January 2024".
    static QString span(const Plan::DateRange &range, const QLocale &locale = QLocale());
};

} // namespace Custody::Ui
