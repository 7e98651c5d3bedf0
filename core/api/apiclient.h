#pragma once

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include "core/api/region.h"
#include "core/api/result.h"
#include "core/api/retrypolicy.h"

namespace Custody::Api {

class ApiCall;
class Clock;
class RateLimiter;
class TokenProvider;

/// One request to the Platform API.
struct ApiRequest
{
    QByteArray verb = "GET";
    QString path; ///< e.g. "/api/v2/recording/batchrequests"
    QUrlQuery query;
    QJsonDocument body; ///< sent as JSON when not null
    /// False for a POST that creates something costly and capped (a recording
    /// bulk job): a 5xx after sending might have created it, so it is not
    /// resent blindly; the caller checks the server first.
    bool retryServerErrors = true;
};

/// A successful answer.
struct ApiResponse
{
    int status = 0;
    QJsonDocument json;
    QByteArray correlationId;
};

/// Sends API requests for one OAuth client through its RateLimiter and
/// TokenProvider. The single place where the Authorization header is added.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    /// Everything passed in must outlive the client.
    ApiClient(QNetworkAccessManager *nam, TokenProvider *tokens, RateLimiter *limiter, const Clock &clock,
        const ApiHosts &hosts, QObject *parent = nullptr);
    ~ApiClient() override;

    /// Starts \a request; the call emits finished() exactly once. The caller
    /// owns the call (delete it to abandon the request).
    ApiCall *send(const ApiRequest &request, QObject *parent);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    TokenProvider *tokens() const { return m_tokens; }
    RateLimiter *limiter() const { return m_limiter; }
    const Clock &clock() const { return m_clock; }
    const ApiHosts &hosts() const { return m_hosts; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }

    /// HTTP requests sent to the API host so far, retries included.
    qint64 requestsSent() const { return m_requestsSent; }
    void countRequest() { ++m_requestsSent; }

Q_SIGNALS:
    /// A request failed for good; for the audit trail and the status bar.
    void requestFailed(const Custody::Api::ApiError &error);

private:
    QNetworkAccessManager *m_nam;
    TokenProvider *m_tokens;
    RateLimiter *m_limiter;
    const Clock &m_clock;
    ApiHosts m_hosts;
    RetryPolicy m_policy;
    int m_transferTimeoutMs = 60000;
    qint64 m_requestsSent = 0;
};

} // namespace Custody::Api
