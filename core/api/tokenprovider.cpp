#include "core/api/tokenprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <algorithm>

#include "core/api/clock.h"

Q_LOGGING_CATEGORY(lcToken, "custody.api.token")

namespace Custody::Api {

namespace {

void deleteReplyLater(QNetworkReply *reply)
{
    if (reply) {
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *nam, const Clock &clock, const QUrl &loginBase,
    const QString &clientId, const QString &clientSecret, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_loginBase(loginBase)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
    , m_reply(nullptr, &deleteReplyLater)
{
}

TokenProvider::~TokenProvider() = default;

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock.monotonicMs() < m_refreshAtMs;
}

void TokenProvider::withToken(QObject *context, Callback callback)
{
    if (hasValidToken()) {
        callback(m_token);
        return;
    }
    m_waiters.push_back({ context, std::move(callback) });
    if (!m_reply)
        refresh();
}

void TokenProvider::invalidate(const QString &token)
{
    if (token == m_token)
        m_token.clear();
}

void TokenProvider::refresh()
{
    QUrl url = m_loginBase;
    url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/+$"))) + QStringLiteral("/oauth/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(
        "Authorization", "Basic " + (m_clientId + QLatin1Char(':') + m_clientSecret).toUtf8().toBase64());
    request.setTransferTimeout(30000);
    ++m_refreshCount;
    qCDebug(lcToken) << "requesting a token for client" << m_clientId << "from" << url.host();
    m_reply.reset(m_nam->post(request, QByteArrayLiteral("grant_type=client_credentials")));
    connect(m_reply.get(), &QNetworkReply::finished, this, &TokenProvider::onReply);
}

void TokenProvider::onReply()
{
    QNetworkReply *reply = m_reply.get();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString detail = ApiError::requestDetail("POST", reply->url());
    const QNetworkReply::NetworkError networkError = reply->error();
    const QByteArray correlationId = reply->rawHeader("ININ-Correlation-Id");
    m_reply.reset();

    if (status == 200) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const QString token = json.value(QStringLiteral("access_token")).toString();
        const int expiresIn = json.value(QStringLiteral("expires_in")).toInt();
        if (token.isEmpty() || expiresIn <= 0) {
            ApiError error = ApiError::fromHttp(status, body, correlationId, detail);
            error.kind = ApiError::Kind::Protocol;
            error.detail += QStringLiteral(": token response without access_token or expires_in");
            return complete(error);
        }
        // Refresh a minute early (or at 90 % of a short lifetime) so no
        // request goes out with a token about to expire.
        const qint64 lifetimeMs = qint64(expiresIn) * 1000;
        const qint64 margin = std::min<qint64>(60000, lifetimeMs / 10);
        m_token = token;
        m_refreshAtMs = m_clock.monotonicMs() + lifetimeMs - margin;
        return complete(token);
    }
    const ApiError error = status > 0 ? ApiError::fromHttp(status, body, correlationId, detail)
                                      : ApiError::fromNetwork(networkError, detail);
    qCWarning(lcToken) << "token request failed:" << error.detail;
    if (error.kind == ApiError::Kind::Auth || error.isInvalidClient())
        Q_EMIT credentialsRejected(error);
    complete(error);
}

void TokenProvider::complete(const Result<QString> &result)
{
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(result);
    }
}

} // namespace Custody::Api
