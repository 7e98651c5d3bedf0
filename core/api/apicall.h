#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

#include "core/api/apiclient.h"

class QNetworkReply;

namespace Custody::Api {

/// One API request through its whole life: wait for the rate limiter, get a
/// token, send, and on failure retry what can succeed on retry (429 after
/// Retry-After, 5xx and network errors with backoff, 401 once with a fresh
/// token). finished() is emitted exactly once, unless the call is deleted.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ApiCall(ApiClient *client, const ApiRequest &request, QObject *parent);
    ~ApiCall() override;

    void start();
    const ApiRequest &request() const { return m_request; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished(const Custody::Api::Result<Custody::Api::ApiResponse> &result);

private:
    void sendWithToken();
    void send(const QString &token);
    void onReply();
    void retryOrFail(const ApiError &error);
    void finish(const Result<ApiResponse> &result);
    QUrl url() const;

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> m_reply;
    QString m_token;
    QTimer m_retryTimer;
    int m_attempts = 0; ///< failures counted against the retry policy
    bool m_refreshedToken = false;
    bool m_finished = false;
};

} // namespace Custody::Api
