#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

#include "core/api/apiclient.h"
#include "core/api/result.h"

namespace Custody::Jobs {

/// One piece of remote work (an analytics job, a batch request, a bulk job)
/// under one contract: start() returns at once; finished() fires exactly once
/// unless the job is killed; error() tells how it ended.
class RemoteJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteJob)

public:
    explicit RemoteJob(Api::ApiClient *client, QObject *parent = nullptr);
    ~RemoteJob() override;

    /// Starts on the next turn of the event loop, so callers can connect first.
    void start();
    /// Stops quietly: no finished(), outstanding requests are dropped.
    void kill();

    bool isFinished() const { return m_finished; }
    bool failed() const { return m_error.has_value(); }
    const std::optional<Api::ApiError> &error() const { return m_error; }
    /// The id the server gave the remote job, once known.
    QString remoteId() const { return m_remoteId; }

Q_SIGNALS:
    /// The server accepted the job and named it: persist \a remoteId before
    /// anything else happens, so a crash can find the job again.
    void submitted(const QString &remoteId);
    void finished(Custody::Jobs::RemoteJob *job);

protected:
    virtual void doStart() = 0;
    /// Ends the job (success when \a error is empty).
    void finish(std::optional<Api::ApiError> error = std::nullopt);
    void setRemoteId(const QString &id);
    /// Sends \a request; \a handler runs with the result unless the job ended first.
    void call(const Api::ApiRequest &request, std::function<void(const Api::Result<Api::ApiResponse> &)> handler);
    /// Runs \a poll after the next poll delay: first near \a expected, then backing off.
    void schedulePoll(std::chrono::milliseconds expected, std::function<void()> poll);
    void resetPolling() { m_pollIndex = 0; }
    Api::ApiClient *client() const { return m_client; }

private:
    QPointer<Api::ApiClient> m_client;
    QTimer m_pollTimer;
    std::function<void()> m_poll;
    int m_pollIndex = 0;
    QString m_remoteId;
    std::optional<Api::ApiError> m_error;
    bool m_finished = false;
    bool m_killed = false;
};

} // namespace Custody::Jobs
