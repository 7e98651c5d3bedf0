#pragma once

#include <algorithm>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QtGlobal>

#include "core/plan/daterange.h"
#include "core/plan/exportspec.h"
#include "core/plan/window.h"

namespace Custody::Plan {

/// Turns an export's local days into UTC windows and its work into batches.
///
/// Each local calendar day becomes one window from its first instant to the
/// first instant of the next day, so windows are 23, 24 or 25 hours long
/// around DST changes and always tile the range without gap or overlap.
///
/// Analytics jobs match every conversation that *overlaps* their interval, so a
/// conversation running across midnight is returned by both adjacent windows
/// (and a split part returns what overlaps its half). The engine must therefore
/// de-duplicate conversations by conversation id across windows; nothing in
/// core/plan does that.
class Planner final
{
public:
    /// The recording batch-download API takes at most 100 items per request.
    static constexpr int kDefaultBatchSize = 100;

    /// One window per local day of \a range in \a zone, indexed from 0. Days
    /// that do not exist in the zone (Pacific/Apia skipped 2011-12-30) yield no
    /// window; the neighbours still meet. Empty for an invalid range or zone.
    static QList<Window> windows(const DateRange &range, const QTimeZone &zone);

    /// Windows of a date-range spec; empty for a conversation-id selection or
    /// a spec whose range or zone is invalid.
    static QList<Window> windows(const ExportSpec &spec);

    /// The first instant (UTC) whose local date in \a zone is \a date or later:
    /// local midnight, or the first valid instant of the day when midnight
    /// falls into a DST gap, or the earlier midnight when it occurs twice.
    static QDateTime startOfDay(QDate date, const QTimeZone &zone);

    /// Halves \a window at a whole second (for a job that reports too many
    /// results). The halves tile the original exactly and get labels and keys
    /// of their own. A window shorter than two seconds is returned unsplit.
    static QList<Window> split(const Window &window);

    /// Lower-case hex SHA-256 of the parts of \a spec that decide which
    /// conversations a job returns: filters, the recordings-only restriction
    /// and explicit conversation ids. Order and letter case of ids
    /// do not matter.
    static QString filtersHash(const ExportSpec &spec);

    /// \a items in order, cut into consecutive batches of at most \a maxPerBatch.
    template <typename T> static QList<QList<T>> batches(const QList<T> &items, int maxPerBatch = kDefaultBatchSize)
    {
        Q_ASSERT(maxPerBatch > 0);
        const qsizetype size = std::max(1, maxPerBatch);
        QList<QList<T>> result;
        result.reserve((items.size() + size - 1) / size);
        for (qsizetype from = 0; from < items.size(); from += size)
            result.append(items.mid(from, size));
        return result;
    }
};

} // namespace Custody::Plan
