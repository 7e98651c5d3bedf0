#pragma once

#include <QDate>
#include <QString>

#include "core/plan/daterange.h"
#include "core/plan/parseresult.h"

namespace Custody::Plan {

/// The date ranges custody-cli accepts, resolved against a given "today" so the
/// result does not depend on the clock (the caller passes the current local
/// date in the export's time zone).
///
/// Accepted forms, case-insensitive:
/// - `today`, `yesterday`
/// - `last 7d`, `last Nd`: the N full days before today (today excluded)
/// - `last-week`: the previous Monday to Sunday
/// - `last-month`: the previous calendar month
/// - `month 2024-05`: that calendar month
/// - `2024-03-01..2024-03-14`: explicit first and last day, inclusive
/// - `2024-03-01`: that single day
class RelativeRange final
{
public:
    /// Longest "last Nd" accepted; longer spans are a typo more often than not.
    static constexpr int kMaxLastDays = 3660;

    static ParseResult<DateRange> parse(const QString &text, QDate today);
};

} // namespace Custody::Plan
