#pragma once

#include <QHash>

#include <map>
#include <memory>

#include "core/api/apierror.h"
#include "core/jobs/batchdownloadjob.h"
#include "core/jobs/exportcontext.h"
#include "core/jobs/stagebase.h"

namespace Custody::Jobs {

/// Turns pending items into presigned URLs: groups them into batch-download
/// requests of at most 100, runs the requests, expands each recorded
/// conversation into its recordings, and records every URL or the server's
/// reason for none.
class BatchStage final : public StageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchStage)

public:
    /// How many batches an item may enter before it fails (URLs that keep
    /// expiring, batches that keep failing).
    static constexpr int maxBatchAttempts = 3;

    BatchStage(ExportContext &context, QObject *parent = nullptr);
    ~BatchStage() override;

    /// Resumes interrupted batches and starts new ones while there is room.
    /// \a flushPartial allows a batch of fewer than 100 (no more items will come soon).
    void pump(bool flushPartial);
    void stop();
    int running() const { return int(m_running.size()); }

    /// This export's own maximum; the org's batch slot pool (ExportContext::pools) caps all its exports together.
    void setMaxConcurrent(int n) { m_maxConcurrent = n; }
    /// No new batch while this many URLs wait for a download: they would expire.
    void setMaxUrlBacklog(int n) { m_maxUrlBacklog = n; }

Q_SIGNALS:
    /// Recordings whose URL must come from the recording endpoint in the
    /// spec's converted format; they stay BATCHED until then.
    void conversionNeeded(const QList<Custody::Store::ItemRecord> &items);
    void fatal(const Custody::Api::ApiError &error);

private:
    struct Running;
    void createBatch(const QList<Store::ItemRecord> &items);
    void start(const Store::TaskRecord &task);
    void onResults(Store::TaskId taskId, const QList<BatchResult> &results);
    void onFinished(Store::TaskId taskId, RemoteJob *job);
    void releaseItems(Running &running, const QString &why);
    void releaseSlot(Running &running);

    ExportContext &m_context;
    std::map<Store::TaskId, std::unique_ptr<Running>> m_running;
    int m_maxConcurrent = 2;
    int m_maxUrlBacklog = 200;
};

} // namespace Custody::Jobs
