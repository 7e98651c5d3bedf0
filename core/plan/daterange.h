#pragma once

#include <QDate>
#include <QString>

namespace Custody::Plan {

/// A span of local calendar days, both ends inclusive. It carries no time
/// zone: the zone is chosen separately, and only the Planner turns days into
/// instants.
struct DateRange final
{
    QDate first; ///< first local day exported
    QDate last; ///< last local day exported (inclusive)

    /// Both days are valid and last is not before first.
    bool isValid() const;

    /// Number of days covered, counting both ends; 0 when invalid.
    qint64 dayCount() const;

    bool contains(QDate day) const;

    /// "2024-03-01..2024-03-14", the form RelativeRange parses back.
    QString toString() const;

    /// A one-day range.
    static DateRange singleDay(QDate day);

    friend bool operator==(const DateRange &, const DateRange &) = default;
};

} // namespace Custody::Plan
