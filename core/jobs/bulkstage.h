#pragma once

#include <QHash>

#include <map>
#include <memory>

#include "core/api/apierror.h"
#include "core/jobs/exportcontext.h"
#include "core/jobs/stagebase.h"

namespace Custody::Jobs {

class RecordingBulkJob;
class RemoteJob;

/// Runs the export's recording bulk EXPORT jobs (into the org's S3 bucket):
/// one task of TaskKind::Bulk per window, so each job's query stays small and
/// a restart loses at most one day's job. Each job holds one of the org's
/// two bulk slots from submission until it ends. A refusal by the server
/// (the org is at its cap, e.g. because of jobs started elsewhere) queues the
/// task for a later attempt; it never fails it.
class BulkStage final : public StageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkStage)

public:
    /// How often a window's job may end FAILED (or vanish) before the window is given up.
    static constexpr int maxRemoteFailures = 3;

    BulkStage(ExportContext &context, QObject *parent = nullptr);
    ~BulkStage() override;

    /// Adds one task per window when the spec asks for a bulk export
    /// (idempotent). A list of conversation ids has no interval to query and
    /// plans nothing.
    [[nodiscard]] Store::StoreStatus plan();
    /// Starts or retries tasks that are due, up to the concurrency allowed.
    void pump();
    /// Drops running jobs (their remote jobs carry on; the tasks find them again).
    void stop();
    /// Every bulk task fulfilled or given up.
    bool isDone() const { return m_done; }
    int running() const { return int(m_running.size()); }
    /// This export's own maximum; the org's bulk slot pool caps all its exports together.
    void setMaxConcurrent(int n) { m_maxConcurrent = n; }

    /// The custody report's "Recording bulk export" section, empty when the
    /// export has no bulk tasks; \a problems receives the number of windows
    /// given up.
    static QString reportSection(const ExportContext &context, qint64 *problems = nullptr);

Q_SIGNALS:
    /// Something retrying cannot fix (permission, a bad integration id).
    void fatal(const Custody::Api::ApiError &error);

private:
    struct Running;
    void start(const Store::TaskRecord &task);
    void onFinished(Store::TaskId taskId, RemoteJob *job);
    void succeed(const Store::TaskRecord &task, const RecordingBulkJob &job);
    void retryLater(
        const Store::TaskRecord &task, const Api::ApiError &error, QJsonObject payload, int delaySeconds, bool newJob);
    void giveUp(const Store::TaskRecord &task, const Api::ApiError &error, QJsonObject payload);
    void advance(Store::TaskId id, Store::TaskState to, const QString &message);
    void releaseSlot(Running &running);

    ExportContext &m_context;
    std::map<Store::TaskId, std::unique_ptr<Running>> m_running;
    QHash<Store::TaskId, int> m_refusals; ///< refusals in a row, for the backoff
    int m_maxConcurrent = 2;
    bool m_done = false;
};

} // namespace Custody::Jobs
