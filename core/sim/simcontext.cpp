#include "core/sim/simcontext.h"

#include <QJsonDocument>
#include <QUuid>

#include <httplib.h>

#include <algorithm>
#include <thread>

namespace Custody::Sim {

namespace {

constexpr auto correlationHeader = "ININ-Correlation-Id";

std::string latin1(const QString &text)
{
    return text.toStdString();
}

} // namespace

QString isoMs(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString newObjectId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void sendJson(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

void sendJson(httplib::Response &res, int status, const QJsonArray &body)
{
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

void sendError(
    httplib::Response &res, int status, const QString &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject body { { QStringLiteral("message"), message }, { QStringLiteral("code"), code },
        { QStringLiteral("status"), status },
        { QStringLiteral("contextId"), QString::fromStdString(res.get_header_value(correlationHeader)) },
        { QStringLiteral("details"), QJsonArray {} }, { QStringLiteral("errors"), QJsonArray {} } };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    sendJson(res, status, body);
}

bool parseJsonBody(const httplib::Request &req, httplib::Response &res, QJsonObject *out)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(res, 400, QStringLiteral("bad.request"),
            QStringLiteral("The request could not be understood by the server due to malformed syntax."));
        return false;
    }
    *out = doc.object();
    return true;
}

QString queryParam(const httplib::Request &req, const char *name)
{
    return req.has_param(name) ? QString::fromStdString(req.get_param_value(name)) : QString();
}

QString pathParam(const httplib::Request &req, int index)
{
    return size_t(index) < req.matches.size() ? QString::fromStdString(req.matches[size_t(index)].str()) : QString();
}

bool intParam(
    const httplib::Request &req, httplib::Response &res, const char *name, int fallback, int min, int max, int *out)
{
    if (!req.has_param(name)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const int value = queryParam(req, name).toInt(&ok);
    if (!ok || value < min || value > max) {
        sendError(res, 400, QStringLiteral("invalid.value"),
            QStringLiteral("The value of %1 must be a whole number from %2 to %3.")
                .arg(QString::fromLatin1(name))
                .arg(min)
                .arg(max));
        return false;
    }
    *out = value;
    return true;
}

bool sendPagedListing(
    const httplib::Request &req, httplib::Response &res, const QJsonArray &all, const QString &path, int maxPageSize)
{
    int pageSize = 25, pageNumber = 1;
    if (!intParam(req, res, "pageSize", 25, 1, maxPageSize, &pageSize)
        || !intParam(req, res, "pageNumber", 1, 1, 1000000, &pageNumber))
        return false;
    const qsizetype total = all.size();
    const int pageCount = int((total + pageSize - 1) / pageSize);
    QJsonArray entities;
    for (qsizetype i = qsizetype(pageNumber - 1) * pageSize; i < total && entities.size() < pageSize; ++i)
        entities.append(all.at(i));
    const auto uri = [&](int number) {
        return QStringLiteral("%1?pageSize=%2&pageNumber=%3").arg(path).arg(pageSize).arg(number);
    };
    QJsonObject body { { QStringLiteral("entities"), entities }, { QStringLiteral("pageSize"), pageSize },
        { QStringLiteral("pageNumber"), pageNumber }, { QStringLiteral("total"), qint64(total) },
        { QStringLiteral("pageCount"), pageCount }, { QStringLiteral("firstUri"), uri(1) },
        { QStringLiteral("lastUri"), uri(std::max(1, pageCount)) }, { QStringLiteral("selfUri"), uri(pageNumber) } };
    if (pageNumber < pageCount)
        body.insert(QStringLiteral("nextUri"), uri(pageNumber + 1));
    if (pageNumber > 1)
        body.insert(QStringLiteral("previousUri"), uri(pageNumber - 1));
    sendJson(res, 200, body);
    return true;
}

SimContext::SimContext(const SimConfig &config)
    : config(config)
    , org(config)
    , auth(config)
    , limiter(config.rateLimitPerMinute)
    , faults(config.seed)
{
}

QString SimContext::baseUrl() const
{
    std::lock_guard lock(m_urlMutex);
    return m_baseUrl;
}

void SimContext::setBaseUrl(const QString &url)
{
    std::lock_guard lock(m_urlMutex);
    m_baseUrl = url;
}

void SimContext::api(httplib::Server &server, const char *method, const QString &pattern, const QString &route,
    const QString &permission, ApiHandler handler)
{
    const QString statsKey = QString::fromLatin1(method) + QLatin1Char(' ') + route;
    auto wrapped = [this, statsKey, permission, handler = std::move(handler)](
                       const httplib::Request &req, httplib::Response &res) {
        const QString correlationId = newObjectId();
        res.set_header(correlationHeader, latin1(correlationId));
        QString clientId;
        const auto finish = [&] {
            stats.countRequest(statsKey, res.status, clientId);
        };

        if (const int latency = faults.latencyMs(); latency > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(latency));

        switch (auth.check(QByteArray::fromStdString(req.get_header_value("Authorization")), &clientId)) {
        case SimAuth::TokenState::Valid:
            break;
        case SimAuth::TokenState::Expired:
            sendError(res, 401, QStringLiteral("credentials.expired"), QStringLiteral("The access token has expired."));
            return finish();
        case SimAuth::TokenState::Missing:
        case SimAuth::TokenState::Unknown:
            sendError(res, 401, QStringLiteral("authentication.required"),
                QStringLiteral("No authentication bearer token specified in authorization header."));
            return finish();
        }

        if (limiter.isEarly(clientId))
            stats.countEarlyRetry(clientId);
        const auto refuse = [&](int retryAfter, int limit, int count) {
            res.set_header("Retry-After", std::to_string(retryAfter));
            res.set_header("inin-ratelimit-allowed", std::to_string(limit));
            res.set_header("inin-ratelimit-count", std::to_string(count));
            res.set_header("inin-ratelimit-reset", std::to_string(retryAfter));
            stats.countTooManyRequests(clientId);
            sendError(res, 429, QStringLiteral("too.many.requests.retry.after"),
                QStringLiteral("Rate limit exceeded the maximum. Retry the request in [%1] seconds").arg(retryAfter),
                { { QStringLiteral("messageWithParams"),
                      QStringLiteral("Rate limit exceeded the maximum. Retry the request in [{0}] seconds") },
                    { QStringLiteral("messageParams"),
                        QJsonObject { { QStringLiteral("0"), QString::number(retryAfter) } } },
                    { QStringLiteral("limit"),
                        QJsonObject {
                            { QStringLiteral("key"), QStringLiteral("client.credentials.token.rate.per.minute") },
                            { QStringLiteral("namespace"), QStringLiteral("platform.api") },
                            { QStringLiteral("value"), limit } } } });
            finish();
        };
        if (const int storm = faults.stormRetryAfter(); storm > 0) {
            limiter.noteRefusal(clientId, storm);
            return refuse(storm, config.rateLimitPerMinute, config.rateLimitPerMinute + 1);
        }
        const SimRateLimiter::Decision decision = limiter.take(clientId);
        if (!decision.allowed)
            return refuse(decision.retryAfterSec, decision.limit, decision.count);
        res.set_header("inin-ratelimit-allowed", std::to_string(decision.limit));
        res.set_header("inin-ratelimit-count", std::to_string(decision.count));
        res.set_header("inin-ratelimit-reset", std::to_string(decision.resetSec));

        if (const int status = faults.rollServerError(); status > 0) {
            const QString code = status == 503 ? QStringLiteral("service.unavailable")
                : status == 504                ? QStringLiteral("request.timeout")
                                               : QStringLiteral("internal.server.error");
            sendError(res, status, code, QStringLiteral("The service is temporarily unable to handle the request."));
            return finish();
        }

        if (!permission.isEmpty()) {
            const SimClient *client = config.findClient(clientId);
            const QStringList anyOf = permission.split(QLatin1Char(','), Qt::SkipEmptyParts);
            const auto granted = [client](const QString &p) {
                return client->permissions.contains(p.trimmed());
            };
            if (client && !client->permissions.isEmpty() && std::none_of(anyOf.begin(), anyOf.end(), granted)) {
                sendError(res, 403, QStringLiteral("missing.any.permissions"),
                    QStringLiteral("Unable to perform the requested action. You must have at least one of the "
                                   "following permissions assigned: %1")
                        .arg(anyOf.join(QStringLiteral(", "))));
                return finish();
            }
        }

        handler(SimCaller { clientId, correlationId }, req, res);
        if (res.status >= 200 && res.status < 300 && !res.body.empty() && faults.rollMalformedJson())
            res.body.resize(res.body.size() / 2); // a truncated document, as from a broken proxy
        finish();
    };
    const std::string regex = pattern.toStdString();
    if (qstrcmp(method, "GET") == 0)
        server.Get(regex, wrapped);
    else if (qstrcmp(method, "POST") == 0)
        server.Post(regex, wrapped);
    else if (qstrcmp(method, "PUT") == 0)
        server.Put(regex, wrapped);
    else if (qstrcmp(method, "DELETE") == 0)
        server.Delete(regex, wrapped);
}

} // namespace Custody::Sim
