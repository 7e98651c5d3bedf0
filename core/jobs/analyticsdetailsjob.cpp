#include "core/jobs/analyticsdetailsjob.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAnalytics, "custody.jobs.analytics")

namespace Custody::Jobs {

namespace {

const QString jobsPath = QStringLiteral("/api/v2/analytics/conversations/details/jobs");
constexpr std::chrono::milliseconds firstPollAfter { 2000 };

} // namespace

AnalyticsDetailsJob::AnalyticsDetailsJob(
    Api::ApiClient *client, const QJsonObject &query, const QString &existingJobId, QObject *parent)
    : RemoteJob(client, parent)
    , m_query(query)
{
    if (!existingJobId.isEmpty())
        setRemoteId(existingJobId);
}

void AnalyticsDetailsJob::doStart()
{
    if (!m_ids.isEmpty())
        return lookUp();
    if (remoteId().isEmpty())
        submit();
    else
        poll();
}

void AnalyticsDetailsJob::submit()
{
    Api::ApiRequest request;
    request.verb = "POST";
    request.path = jobsPath;
    request.body = QJsonDocument(m_query);
    call(request, [this](const Api::Result<Api::ApiResponse> &result) {
        if (!result.ok())
            return finish(result.error());
        const QString jobId = result.value().json.object().value(QStringLiteral("jobId")).toString();
        if (jobId.isEmpty()) {
            Api::ApiError error = Api::ApiError::fromHttp(
                result.value().status, {}, result.value().correlationId, QStringLiteral("POST %1").arg(jobsPath));
            error.kind = Api::ApiError::Kind::Protocol;
            error.detail += QStringLiteral(": the answer named no jobId");
            return finish(error);
        }
        setRemoteId(jobId);
        resetPolling();
        schedulePoll(firstPollAfter, [this] { poll(); });
    });
}

void AnalyticsDetailsJob::poll()
{
    Api::ApiRequest request;
    request.path = jobsPath + QLatin1Char('/') + remoteId();
    call(request, [this](const Api::Result<Api::ApiResponse> &result) {
        if (!result.ok()) {
            // A job we knew of that the server no longer has: resubmit.
            if (result.error().kind == Api::ApiError::Kind::NotFound)
                return failRemote(QString::fromLatin1(expiredCode), result.error().serverMessage);
            return finish(result.error());
        }
        const QJsonObject status = result.value().json.object();
        const QString state = status.value(QStringLiteral("state")).toString();
        if (state == QStringLiteral("FULFILLED")) {
            Q_EMIT pagingStarted();
            return fetchPage({});
        }
        if (state == QStringLiteral("FAILED"))
            return failRemote(QString::fromLatin1(failedCode), status.value(QStringLiteral("errorMessage")).toString());
        if (state == QStringLiteral("CANCELLED") || state == QStringLiteral("EXPIRED"))
            return failRemote(QString::fromLatin1(expiredCode), state);
        schedulePoll(firstPollAfter, [this] { poll(); });
    });
}

void AnalyticsDetailsJob::fetchPage(const QString &cursor)
{
    Api::ApiRequest request;
    request.path = jobsPath + QLatin1Char('/') + remoteId() + QStringLiteral("/results");
    request.query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_pageSize));
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    call(request, [this](const Api::Result<Api::ApiResponse> &result) {
        if (!result.ok()) {
            if (result.error().kind == Api::ApiError::Kind::NotFound)
                return failRemote(QString::fromLatin1(expiredCode), result.error().serverMessage);
            return finish(result.error());
        }
        const QJsonObject body = result.value().json.object();
        const QJsonArray conversations = body.value(QStringLiteral("conversations")).toArray();
        const QString next = body.value(QStringLiteral("cursor")).toString();
        ++m_pages;
        m_conversations += conversations.size();
        Q_EMIT page(conversations, next.isEmpty());
        if (isFinished())
            return;
        if (next.isEmpty())
            return finish();
        fetchPage(next);
    });
}

void AnalyticsDetailsJob::lookUp()
{
    Api::ApiRequest request;
    request.path = QStringLiteral("/api/v2/analytics/conversations/details");
    request.query.addQueryItem(QStringLiteral("id"), m_ids.join(QLatin1Char(',')));
    call(request, [this](const Api::Result<Api::ApiResponse> &result) {
        if (!result.ok())
            return finish(result.error());
        // No remote job exists; the marker keeps the task's states the same as for one.
        setRemoteId(QStringLiteral("multi-get"));
        Q_EMIT pagingStarted();
        const QJsonArray conversations = result.value().json.object().value(QStringLiteral("conversations")).toArray();
        ++m_pages;
        m_conversations += conversations.size();
        Q_EMIT page(conversations, true);
        if (!isFinished())
            finish();
    });
}

void AnalyticsDetailsJob::failRemote(const QString &code, const QString &message)
{
    Api::ApiError error;
    error.kind = Api::ApiError::Kind::Transient;
    error.code = code;
    error.serverMessage = message;
    error.detail = QStringLiteral("analytics job %1 ended: %2").arg(remoteId(), message);
    qCInfo(lcAnalytics) << error.detail;
    finish(error);
}

} // namespace Custody::Jobs
