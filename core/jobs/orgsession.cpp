#include "core/jobs/orgsession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/clock.h"
#include "core/api/ratelimiter.h"
#include "core/api/tokenprovider.h"

Q_LOGGING_CATEGORY(lcSession, "custody.jobs.session")

namespace Custody::Jobs {

namespace {

constexpr int namesPageSize = 100;
constexpr int maxNamePages = 50; // 5,000 queues or users is plenty for names in a report

} // namespace

OrgSession::OrgSession(
    QNetworkAccessManager *nam, const Api::Clock &clock, const OrgConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_tokens(std::make_unique<Api::TokenProvider>(
          nam, clock, connection.hosts.loginBase, connection.clientId, connection.clientSecret))
    , m_limiter(std::make_unique<Api::RateLimiter>(clock))
    , m_api(std::make_unique<Api::ApiClient>(nam, m_tokens.get(), m_limiter.get(), clock, connection.hosts))
{
}

OrgSession::~OrgSession() = default;

int OrgSession::requestLimitPerMinute() const
{
    return m_limiter->limit();
}

void OrgSession::connectToOrg()
{
    // Two exports started together both ask; one set of requests serves both.
    if (m_connecting)
        return;
    m_connecting = true;
    m_ready = false;
    fetchSettings();
}

void OrgSession::fetchSettings()
{
    Api::ApiRequest request;
    request.path = QStringLiteral("/api/v2/recording/settings");
    Api::ApiCall *call = m_api->send(request, this);
    connect(call, &Api::ApiCall::finished, this, [this, call](const Api::Result<Api::ApiResponse> &result) {
        call->deleteLater();
        if (!result.ok()) {
            m_connecting = false;
            return void(Q_EMIT failed(result.error()));
        }
        const int minutes
            = result.value().json.object().value(QStringLiteral("recordingBatchDownloadUrlTtl")).toInt(60);
        m_urlTtlSeconds = std::clamp(minutes, 1, 60 * 24) * 60;
        fetchLimits();
    });
}

void OrgSession::fetchLimits()
{
    Api::ApiRequest request;
    request.path = QStringLiteral("/api/v2/organizations/limits/namespaces/platform.api");
    Api::ApiCall *call = m_api->send(request, this);
    connect(call, &Api::ApiCall::finished, this, [this, call](const Api::Result<Api::ApiResponse> &result) {
        call->deleteLater();
        // The limits endpoint is a courtesy: without it the limiter keeps its
        // default and learns from the response headers.
        if (result.ok()) {
            for (const QJsonValue &v : result.value().json.object().value(QStringLiteral("entities")).toArray()) {
                const QJsonObject limit = v.toObject();
                if (limit.value(QStringLiteral("key")).toString()
                        == QStringLiteral("client.credentials.token.rate.per.minute")
                    && limit.value(QStringLiteral("value")).toInt() > 0)
                    m_limiter->setLimit(limit.value(QStringLiteral("value")).toInt());
            }
        } else {
            qCInfo(lcSession) << "org limits not readable:" << result.error().detail;
        }
        fetchNames(QStringLiteral("/api/v2/routing/queues"), &m_queueNames, 1, [this] {
            fetchNames(QStringLiteral("/api/v2/users"), &m_userNames, 1, [this] {
                m_connecting = false;
                m_ready = true;
                Q_EMIT ready();
            });
        });
    });
}

void OrgSession::fetchNames(const QString &path, QHash<QString, QString> *names, int page, std::function<void()> next)
{
    Api::ApiRequest request;
    request.path = path;
    request.query.addQueryItem(QStringLiteral("pageSize"), QString::number(namesPageSize));
    request.query.addQueryItem(QStringLiteral("pageNumber"), QString::number(page));
    Api::ApiCall *call = m_api->send(request, this);
    connect(call, &Api::ApiCall::finished, this,
        [this, call, path, names, page, next = std::move(next)](const Api::Result<Api::ApiResponse> &result) {
            call->deleteLater();
            // Names only make the manifest friendlier; without the
            // permission to read them, ids are written instead.
            if (!result.ok()) {
                qCInfo(lcSession) << "names not readable from" << path << ":" << result.error().detail;
                return next();
            }
            const QJsonObject body = result.value().json.object();
            for (const QJsonValue &v : body.value(QStringLiteral("entities")).toArray())
                names->insert(v.toObject().value(QStringLiteral("id")).toString(),
                    v.toObject().value(QStringLiteral("name")).toString());
            if (page < body.value(QStringLiteral("pageCount")).toInt() && page < maxNamePages)
                return fetchNames(path, names, page + 1, next);
            next();
        });
}

} // namespace Custody::Jobs
