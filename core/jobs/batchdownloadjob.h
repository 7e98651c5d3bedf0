#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QUrl>

#include "core/jobs/remotejob.h"

namespace Custody::Jobs {

/// One request line of a batch: a recording, or every recording of a
/// conversation when recordingId is empty.
struct BatchRequestItem
{
    QString conversationId;
    QString recordingId;
};

/// One result line: a presigned URL, or the server's reason for none.
struct BatchResult
{
    QString conversationId;
    QString recordingId;
    QUrl url;
    QString contentType;
    QString errorMsg;
    QDateTime receivedAt; ///< when we first saw the URL: its lifetime counts from here
};

/// One recording batch-download request: submit up to 100 lines (or pick up
/// a request submitted before a restart), poll until Completed, and hand out
/// results as they appear so downloads start before the batch is done and
/// URLs are used while fresh.
class BatchDownloadJob final : public RemoteJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDownloadJob)

public:
    static constexpr int maxItems = 100;

    BatchDownloadJob(Api::ApiClient *client, const QList<BatchRequestItem> &items, const QString &existingJobId,
        QObject *parent = nullptr);

    const QList<BatchRequestItem> &items() const { return m_items; }
    static constexpr auto goneCode = "batch.job.gone";

Q_SIGNALS:
    /// Results not handed out before.
    void resultsAvailable(const QList<Custody::Jobs::BatchResult> &results);

protected:
    void doStart() override;

private:
    void submit();
    void poll();

    QList<BatchRequestItem> m_items;
    QSet<QString> m_seen;
};

} // namespace Custody::Jobs
