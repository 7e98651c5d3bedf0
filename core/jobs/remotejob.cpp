#include "core/jobs/remotejob.h"

#include <QRandomGenerator>

#include "core/api/apicall.h"

namespace Custody::Jobs {

RemoteJob::RemoteJob(Api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_poll && !m_finished && !m_killed)
            m_poll();
    });
}

RemoteJob::~RemoteJob() = default;

void RemoteJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_killed && !m_finished)
            doStart();
    });
}

void RemoteJob::kill()
{
    m_killed = true;
    m_pollTimer.stop();
    // Deleting the calls drops their replies; none of their handlers run.
    const auto calls = findChildren<Api::ApiCall *>(Qt::FindDirectChildrenOnly);
    for (Api::ApiCall *pending : calls)
        delete pending;
}

void RemoteJob::finish(std::optional<Api::ApiError> error)
{
    Q_ASSERT(!m_finished);
    if (m_finished || m_killed)
        return;
    m_finished = true;
    m_pollTimer.stop();
    m_error = std::move(error);
    Q_EMIT finished(this);
}

void RemoteJob::setRemoteId(const QString &id)
{
    m_remoteId = id;
    Q_EMIT submitted(id);
}

void RemoteJob::call(const Api::ApiRequest &request, std::function<void(const Api::Result<Api::ApiResponse> &)> handler)
{
    if (!m_client)
        return finish(Api::ApiError::localIo(QStringLiteral("the API client went away")));
    Api::ApiCall *apiCall = m_client->send(request, this);
    connect(apiCall, &Api::ApiCall::finished, this,
        [this, apiCall, handler = std::move(handler)](const Api::Result<Api::ApiResponse> &result) {
            apiCall->deleteLater();
            if (!m_finished && !m_killed)
                handler(result);
        });
}

void RemoteJob::schedulePoll(std::chrono::milliseconds expected, std::function<void()> poll)
{
    m_poll = std::move(poll);
    const auto delay
        = m_client->retryPolicy().pollDelay(m_pollIndex++, expected, QRandomGenerator::global()->generateDouble());
    m_pollTimer.start(int(delay.count()));
}

} // namespace Custody::Jobs
