#include "core/api/apicall.h"

#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include "core/api/ratelimiter.h"
#include "core/api/tokenprovider.h"

Q_LOGGING_CATEGORY(lcApi, "custody.api.call")

namespace Custody::Api {

namespace {

void abortReply(QNetworkReply *reply)
{
    if (reply) {
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    }
}

int headerInt(const QNetworkReply *reply, const char *name, bool *ok)
{
    return reply->rawHeader(name).trimmed().toInt(ok);
}

} // namespace

ApiCall::ApiCall(ApiClient *client, const ApiRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
    , m_reply(nullptr, &abortReply)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::start);
}

ApiCall::~ApiCall() = default;

QUrl ApiCall::url() const
{
    QUrl url = m_client->hosts().apiBase;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + m_request.path);
    url.setQuery(m_request.query);
    return url;
}

void ApiCall::start()
{
    if (!m_client)
        return finish(ApiError { ApiError::Kind::Cancelled, 0, QNetworkReply::OperationCanceledError, {}, {}, {},
            QStringLiteral("the API client went away"), std::nullopt });
    // Every attempt waits its turn: retries spend the same budget as first tries.
    m_client->limiter()->acquire(this, [this] { sendWithToken(); });
}

void ApiCall::sendWithToken()
{
    m_client->tokens()->withToken(this, [this](const Result<QString> &token) {
        if (!token.ok())
            return token.error().isTransient() ? retryOrFail(token.error()) : finish(token.error());
        // The limiter granted this call before the token came; a 429 that
        // arrived meanwhile (another call's) holds every request, this one too.
        if (m_client && m_client->limiter()->isPaused())
            return start();
        send(token.value());
    });
}

void ApiCall::send(const QString &token)
{
    m_token = token;
    QNetworkRequest request(url());
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_client->transferTimeoutMs());
    QByteArray payload;
    if (!m_request.body.isNull()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = m_request.body.toJson(QJsonDocument::Compact);
    }
    m_client->countRequest();
    m_reply.reset(m_client->networkAccessManager()->sendCustomRequest(request, m_request.verb, payload));
    connect(m_reply.get(), &QNetworkReply::finished, this, &ApiCall::onReply);
}

void ApiCall::onReply()
{
    QNetworkReply *reply = m_reply.get();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QByteArray correlationId = reply->rawHeader("ININ-Correlation-Id");
    const QString detail = ApiError::requestDetail(m_request.verb, reply->url());

    bool okAllowed = false, okCount = false, okReset = false;
    const int allowed = headerInt(reply, "inin-ratelimit-allowed", &okAllowed);
    const int count = headerInt(reply, "inin-ratelimit-count", &okCount);
    const int reset = headerInt(reply, "inin-ratelimit-reset", &okReset);
    const std::optional<int> retryAfter = ApiError::parseRetryAfter(reply->rawHeader("Retry-After"));
    const QNetworkReply::NetworkError networkError = reply->error();
    m_reply.reset();

    if (okAllowed && okCount && okReset && status != 429)
        m_client->limiter()->onResponseHeaders(allowed, count, reset);

    if (status >= 200 && status < 300) {
        ApiResponse response { status, {}, correlationId };
        if (!body.trimmed().isEmpty()) {
            QJsonParseError parseError {};
            response.json = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                // A truncated or garbled answer; usually a proxy or a dropped
                // connection, so it is worth the retry budget.
                ApiError error = ApiError::fromHttp(status, body, correlationId, detail);
                error.kind = ApiError::Kind::Protocol;
                error.code = QStringLiteral("malformed.json");
                error.detail = detail
                    + QStringLiteral(": malformed JSON at offset %1 (%2)")
                          .arg(parseError.offset)
                          .arg(parseError.errorString());
                return retryOrFail(error);
            }
        }
        return finish(response);
    }

    ApiError error = status > 0 ? ApiError::fromHttp(status, body, correlationId, detail)
                                : ApiError::fromNetwork(networkError, detail);
    if (retryAfter)
        error.retryAfterSeconds = retryAfter;

    if (status == 401 && !m_refreshedToken) {
        // The token may have been revoked or expired early: one fresh token, one retry.
        m_refreshedToken = true;
        m_client->tokens()->invalidate(m_token);
        return start();
    }
    if (status == 429 && !retryAfter && error.code != QStringLiteral("too.many.requests.retry.after")) {
        // A refusal for a capacity limit (e.g. the org's two bulk jobs) rather
        // than the request rate: it says nothing about when to come back and
        // must not stall this client's other requests. The caller queues.
        return finish(error);
    }
    if (status == 429) {
        m_client->limiter()->onTooManyRequests(error.retryAfterSeconds.value_or(-1));
        qCInfo(lcApi) << "rate limited:" << detail << "retry after" << error.retryAfterSeconds.value_or(-1) << "s";
        return start(); // the limiter holds this and every other request until Retry-After
    }
    if (networkError == QNetworkReply::OperationCanceledError && status == 0) {
        // We never abort a live reply ourselves (deleting the call drops it
        // silently), so a cancel here is the transfer timeout firing.
        error.kind = ApiError::Kind::Transient;
        error.detail += QStringLiteral(" (no answer within %1 s)").arg(m_client->transferTimeoutMs() / 1000);
    }
    // No answer at all is as uncertain as a 5xx: the request may have arrived.
    if ((status >= 500 || status == 0) && !m_request.retryServerErrors)
        return finish(error);
    retryOrFail(error);
}

void ApiCall::retryOrFail(const ApiError &error)
{
    const RetryPolicy &policy = m_client->retryPolicy();
    ApiError retryable = error;
    if (retryable.kind == ApiError::Kind::Protocol && retryable.code == QStringLiteral("malformed.json"))
        retryable.kind = ApiError::Kind::Transient;
    if (policy.countsAsAttempt(retryable))
        ++m_attempts;
    const auto delay = policy.nextDelay(retryable, m_attempts, QRandomGenerator::global()->generateDouble());
    if (!delay) {
        qCWarning(lcApi) << "giving up:" << error.detail << "after" << m_attempts << "attempt(s)";
        Q_EMIT m_client->requestFailed(error);
        return finish(error);
    }
    qCInfo(lcApi) << "retrying in" << delay->count() << "ms:" << error.detail;
    m_retryTimer.start(int(delay->count()));
}

void ApiCall::finish(const Result<ApiResponse> &result)
{
    Q_ASSERT(!m_finished);
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace Custody::Api
