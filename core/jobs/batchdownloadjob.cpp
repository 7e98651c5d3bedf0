#include "core/jobs/batchdownloadjob.h"

#include <QJsonArray>
#include <QJsonObject>

#include "core/api/clock.h"

namespace Custody::Jobs {

namespace {

const QString batchPath = QStringLiteral("/api/v2/recording/batchrequests");
constexpr std::chrono::milliseconds firstPollAfter { 1000 };

} // namespace

BatchDownloadJob::BatchDownloadJob(
    Api::ApiClient *client, const QList<BatchRequestItem> &items, const QString &existingJobId, QObject *parent)
    : RemoteJob(client, parent)
    , m_items(items)
{
    Q_ASSERT(items.size() <= maxItems);
    if (!existingJobId.isEmpty())
        setRemoteId(existingJobId);
}

void BatchDownloadJob::doStart()
{
    if (remoteId().isEmpty())
        submit();
    else
        poll();
}

void BatchDownloadJob::submit()
{
    QJsonArray list;
    for (const BatchRequestItem &item : m_items) {
        QJsonObject line { { QStringLiteral("conversationId"), item.conversationId } };
        if (!item.recordingId.isEmpty())
            line.insert(QStringLiteral("recordingId"), item.recordingId);
        list.append(line);
    }
    Api::ApiRequest request;
    request.verb = "POST";
    request.path = batchPath;
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("batchDownloadRequestList"), list } });
    call(request, [this](const Api::Result<Api::ApiResponse> &result) {
        if (!result.ok())
            return finish(result.error());
        const QString id = result.value().json.object().value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            Api::ApiError error;
            error.kind = Api::ApiError::Kind::Protocol;
            error.detail = QStringLiteral("POST %1: the answer named no id").arg(batchPath);
            return finish(error);
        }
        setRemoteId(id);
        schedulePoll(firstPollAfter, [this] { poll(); });
    });
}

void BatchDownloadJob::poll()
{
    Api::ApiRequest request;
    request.path = batchPath + QLatin1Char('/') + remoteId();
    call(request, [this](const Api::Result<Api::ApiResponse> &result) {
        if (!result.ok()) {
            Api::ApiError error = result.error();
            // Gone, or readable only by the client that submitted it: submit anew.
            if (error.kind == Api::ApiError::Kind::NotFound || error.kind == Api::ApiError::Kind::Permission)
                error.code = QString::fromLatin1(goneCode);
            return finish(error);
        }
        const QJsonObject status = result.value().json.object();
        const QDateTime now = client()->clock().nowUtc();
        QList<BatchResult> fresh;
        for (const QJsonValue &value : status.value(QStringLiteral("results")).toArray()) {
            const QJsonObject line = value.toObject();
            BatchResult r;
            r.conversationId = line.value(QStringLiteral("conversationId")).toString();
            r.recordingId = line.value(QStringLiteral("recordingId")).toString();
            r.url = QUrl(line.value(QStringLiteral("resultUrl")).toString());
            r.contentType = line.value(QStringLiteral("contentType")).toString();
            r.errorMsg = line.value(QStringLiteral("errorMsg")).toString();
            r.receivedAt = now;
            const QString key = r.conversationId + QLatin1Char('|') + r.recordingId;
            if (m_seen.contains(key))
                continue;
            m_seen.insert(key);
            if (r.url.isEmpty() && r.errorMsg.isEmpty())
                r.errorMsg = QStringLiteral("The batch result named neither a URL nor an error.");
            fresh.append(r);
        }
        if (!fresh.isEmpty())
            Q_EMIT resultsAvailable(fresh);
        if (isFinished())
            return;
        // expectedResultCount can grow while recordings are discovered, so
        // Completed is the stop signal, not equal counts.
        if (status.value(QStringLiteral("status")).toString() == QStringLiteral("Completed"))
            return finish();
        schedulePoll(firstPollAfter, [this] { poll(); });
    });
}

} // namespace Custody::Jobs
