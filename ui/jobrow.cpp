#include "ui/jobrow.h"

#include "core/plan/exportspec.h"
#include "core/store/jobstore.h"

namespace Custody::Ui {

qint64 JobRow::filesDone() const
{
    if (live)
        return live->downloaded;
    return summary.items.count(Store::ItemState::Downloaded);
}

qint64 JobRow::filesFailed() const
{
    if (live)
        return live->failed;
    return summary.items.count(Store::ItemState::Failed);
}

qint64 JobRow::filesTotal() const
{
    if (live)
        return live->downloaded + live->failed + live->remaining;
    // Skipped items are conversation-level placeholders a batch expanded
    // into recordings (or ones with nothing to fetch): not files.
    return summary.items.total() - summary.items.count(Store::ItemState::Skipped);
}

JobDisplayState displayState(const JobRow &row)
{
    using Store::ExportState;
    switch (row.summary.state) {
    case ExportState::Created:
        return JobDisplayState::Queued;
    case ExportState::Paused:
        return JobDisplayState::Paused;
    case ExportState::Completed:
        return JobDisplayState::Fulfilled;
    case ExportState::CompletedWithErrors:
        return JobDisplayState::Attention;
    case ExportState::Failed:
        return JobDisplayState::Failed;
    case ExportState::Cancelled:
        return JobDisplayState::Cancelled;
    case ExportState::Running:
        break;
    }
    if (!row.live)
        return JobDisplayState::Submitting;
    const Jobs::ExportProgress &p = *row.live;
    if (!p.message.isEmpty())
        return JobDisplayState::Attention;
    if (p.downloaded > 0 || p.bytesPerSecond > 0)
        return JobDisplayState::Downloading;
    if (p.windowsTotal == 0 && p.conversations == 0)
        return JobDisplayState::Submitting;
    return JobDisplayState::Processing;
}

JobRow jobRowFromRecord(const Store::ExportRecord &record, const Store::ItemCounts &counts)
{
    JobRow row;
    row.summary.id = record.id;
    row.summary.uuid = record.uuid;
    row.summary.name = record.name;
    row.summary.state = record.state;
    row.summary.destination = record.destination;
    row.summary.createdAt = record.createdAt;
    row.summary.updatedAt = record.updatedAt;
    row.summary.finishedAt = record.finishedAt;
    row.summary.items = counts;
    row.profileId = record.profileId;
    const auto spec = Plan::ExportSpec::fromJsonBytes(record.specJson.toUtf8());
    if (spec) {
        const Plan::ExportSpec &s = spec.value();
        if (s.selection == Plan::ExportSpec::Selection::ConversationIds)
            row.conversationIdCount = s.conversationIds.size();
        else
            row.range = s.range;
        row.recordings = s.includeRecordings;
        row.conversationRecords = s.includeConversationDetails;
        row.bulkExport = s.includeRecordingBulkExport;
    }
    return row;
}

std::optional<JobRow> loadJobRow(const Store::JobStore &store, Store::ExportId id)
{
    const auto record = store.exportById(id);
    if (!record.ok())
        return std::nullopt;
    const auto counts = store.countItems(id);
    return jobRowFromRecord(record.value(), counts.ok() ? counts.value() : Store::ItemCounts {});
}

} // namespace Custody::Ui
