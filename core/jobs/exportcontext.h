#pragma once

#include <QString>

#include "core/api/apiclient.h"
#include "core/plan/exportspec.h"
#include "core/store/jobstore.h"

namespace Custody::Transfer {
class DownloadQueue;
}

namespace Custody::Jobs {

struct OrgSlotPools;

/// What every stage of one running export shares. Owned by its ExportRun.
struct ExportContext
{
    Store::JobStore *store = nullptr;
    Api::ApiClient *api = nullptr;
    Transfer::DownloadQueue *downloads = nullptr;
    Store::ExportId exportId = 0;
    QString exportUuid;
    Plan::ExportSpec spec;
    QString folder; ///< the export folder on disk; every file goes below it
    int urlTtlSeconds = 3600; ///< recordingBatchDownloadUrlTtl, read from the org
    int urlSafetyMarginSeconds = 60;
    /// The org session's job slots, shared with the org's other exports;
    /// null when the run is not tied to a session (each stage's own maximum still applies).
    OrgSlotPools *pools = nullptr;
};

/// Conversation facts the manifest needs, read from an analytics record and
/// carried on each item as its metadata JSON.
struct ConversationFacts
{
    QString conversationId;
    QString start;
    QString direction;
    QString mediaType;
    QString queueId;
    QString userId;
    bool recorded = false;

    static ConversationFacts fromAnalytics(const QJsonObject &conversation);
    QString toMetadataJson() const;
    static ConversationFacts fromMetadataJson(const QString &json);
};

} // namespace Custody::Jobs
