#pragma once

#include <map>
#include <memory>

#include "core/api/apierror.h"
#include "core/evidence/jsonlgzwriter.h"
#include "core/jobs/exportcontext.h"
#include "core/jobs/stagebase.h"

namespace Custody::Jobs {

class AnalyticsDetailsJob;
class RemoteJob;

/// Finds the export's conversations: one analytics details job per window
/// task, results streamed to conversations/<window>.jsonl.gz, and every
/// recorded conversation added as an item to expand into its recordings.
class AnalyticsStage final : public StageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsStage)

public:
    AnalyticsStage(ExportContext &context, QObject *parent = nullptr);
    ~AnalyticsStage() override;

    /// Adds one task per window of the spec (idempotent: planning again after
    /// a crash adds nothing).
    [[nodiscard]] Store::StoreStatus plan();
    /// Starts waiting tasks, up to the concurrency allowed.
    void pump();
    /// Drops running jobs; their tasks resume from the store later.
    void stop();
    bool isDone() const { return m_done; }
    int running() const { return int(m_running.size()); }
    qint64 conversationsSeen() const { return m_conversationsSeen; }

    /// This export's own maximum; the org's analytics slot pool (ExportContext::pools) caps all its exports together.
    void setMaxConcurrent(int n) { m_maxConcurrent = n; }

Q_SIGNALS:
    /// Something retrying cannot fix (credentials, permission, a bad query).
    void fatal(const Custody::Api::ApiError &error);

private:
    struct Running;
    void start(const Store::TaskRecord &task);
    void onPage(Store::TaskId taskId, const QJsonArray &conversations, bool lastPage);
    void onFinished(Store::TaskId taskId, RemoteJob *job);
    void retryLater(const Store::TaskRecord &task, const Api::ApiError &error);
    void splitOrRetry(const Store::TaskRecord &task, const Api::ApiError &error);
    void releaseSlot(Running &running);

    ExportContext &m_context;
    std::map<Store::TaskId, std::unique_ptr<Running>> m_running;
    int m_maxConcurrent = 2;
    bool m_done = false;
    qint64 m_conversationsSeen = 0;
};

} // namespace Custody::Jobs
