#pragma once

#include <QString>

#include <optional>

#include "core/jobs/exportprogress.h"
#include "core/plan/daterange.h"
#include "core/store/exportrecord.h"

namespace Custody::Store {
class JobStore;
}

namespace Custody::Ui {

/// How an export is shown in the jobs table: finer than Store::ExportState,
/// because a running export reads differently while it submits, waits for
/// the server and downloads.
enum class JobDisplayState {
    Queued,
    Submitting,
    Processing,
    Downloading,
    Fulfilled,
    Attention, ///< finished with failed items, or running but needs the user
    Failed,
    Paused,
    Cancelled,
};

inline constexpr int JobDisplayStateCount = 9;

/// One export as the jobs table holds it: the stored summary, the parts of
/// its spec the table shows, and the engine's latest progress while it runs.
struct JobRow
{
    Store::ExportSummary summary;
    QString profileId;
    Plan::DateRange range;
    qsizetype conversationIdCount = -1; ///< >= 0 when the export lists conversation ids instead of dates
    bool recordings = false;
    bool conversationRecords = false;
    bool bulkExport = false;
    std::optional<Jobs::ExportProgress> live;
    QString message; ///< the engine's last word on it (why it stopped or paused)

    /// Files downloaded, failed and expected in all, from
    /// the live progress when there is one, else from the stored counts.
    qint64 filesDone() const;
    qint64 filesFailed() const;
    qint64 filesTotal() const;
};

/// The state to show for \a row.
JobDisplayState displayState(const JobRow &row);

/// A row built from the full record and its item counts (spec parsed here).
JobRow jobRowFromRecord(const Store::ExportRecord &record, const Store::ItemCounts &counts);

/// Reads one export from \a store; nullopt when it cannot be read. Two quick
/// indexed queries, meant for a single new or changed export.
std::optional<JobRow> loadJobRow(const Store::JobStore &store, Store::ExportId id);

} // namespace Custody::Ui
