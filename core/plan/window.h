#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Custody::Plan {

/// One unit of remote work: a half-open UTC interval [utcStart, utcEnd) that
/// covers one local day, or a part of one after Planner::split().
///
/// Parts are numbered as in a binary subdivision: splitting part p of n gives
/// parts 2p-1 and 2p of 2n, so every part of a day has a unique, stable label.
struct Window final
{
    int index = 0; ///< position of the day in the plan (parts keep their day's index)
    QDate localDate; ///< the local calendar day this window belongs to
    QDateTime utcStart; ///< inclusive
    QDateTime utcEnd; ///< exclusive; equals the next window's utcStart
    int part = 1; ///< 1-based part number within the day
    int partCount = 1; ///< number of equal parts the day is divided into at this depth

    /// Genesys ISO interval, "2024-03-01T00:00:00.000Z/2024-03-02T00:00:00.000Z".
    QString interval() const;

    /// For file and folder names: "2024-03-01", or "2024-03-01_part1of2".
    QString label() const;

    /// Length of the window in seconds (23 h, 24 h or 25 h for whole days).
    qint64 durationSeconds() const;

    /// Lower-case hex SHA-256 of a canonical string of the org, the job kind
    /// (e.g. "analytics", "recordingBulk"), this window's interval and label, and
    /// Planner::filtersHash(). Equal inputs give equal keys in every run, so a
    /// task stored before a crash is recognised when the plan is made again.
    QString idempotencyKey(const QString &orgId, const QString &kind, const QString &filtersHash) const;

    friend bool operator==(const Window &, const Window &) = default;
};

/// "2024-03-01T00:00:00.000Z": the instant in UTC with milliseconds, as the API writes it.
QString toGenesysTimestamp(const QDateTime &instant);

} // namespace Custody::Plan
