#pragma once

#include <QHash>
#include <QObject>

#include <memory>

#include "core/api/apierror.h"
#include "core/api/region.h"
#include "core/jobs/slotpool.h"

class QNetworkAccessManager;

namespace Custody::Api {
class ApiClient;
class Clock;
class RateLimiter;
class TokenProvider;
} // namespace Custody::Api

namespace Custody::Jobs {

/// How to reach one org. The secret lives here only in memory, for as long
/// as the session does.
struct OrgConnection
{
    QString profileId;
    QString description; ///< for reports, e.g. "Claims EU (api.mypurecloud.ie)"
    Api::ApiHosts hosts;
    QString clientId;
    QString clientSecret;
};

/// One OAuth client's connection to one org: its token, its rate limiter and
/// API client, shared by every export of that org so that together they stay
/// within the org's limits. connect() reads what the exports need to know
/// first: the URL lifetime, the request limit, and queue and user names.
class OrgSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgSession)

public:
    OrgSession(QNetworkAccessManager *nam, const Api::Clock &clock, const OrgConnection &connection,
        QObject *parent = nullptr);
    ~OrgSession() override;

    /// Reads the org's settings, limits and names, then emits ready() or
    /// failed(). A call while a connection is under way joins it instead of
    /// sending every request again.
    void connectToOrg();
    bool isReady() const { return m_ready; }

    Api::ApiClient *api() const { return m_api.get(); }
    Api::RateLimiter *limiter() const { return m_limiter.get(); }
    const OrgConnection &connection() const { return m_connection; }
    int urlTtlSeconds() const { return m_urlTtlSeconds; }
    int requestLimitPerMinute() const;
    const QHash<QString, QString> &queueNames() const { return m_queueNames; }
    const QHash<QString, QString> &userNames() const { return m_userNames; }
    /// The org's allowances of concurrent remote jobs, shared by all its exports.
    OrgSlotPools *pools() const { return m_pools.get(); }

Q_SIGNALS:
    void ready();
    void failed(const Custody::Api::ApiError &error);

private:
    void fetchSettings();
    void fetchLimits();
    void fetchNames(const QString &path, QHash<QString, QString> *names, int page, std::function<void()> next);

    OrgConnection m_connection;
    std::unique_ptr<Api::TokenProvider> m_tokens;
    std::unique_ptr<Api::RateLimiter> m_limiter;
    std::unique_ptr<Api::ApiClient> m_api;
    std::unique_ptr<OrgSlotPools> m_pools = std::make_unique<OrgSlotPools>();
    int m_urlTtlSeconds = 3600;
    QHash<QString, QString> m_queueNames;
    QHash<QString, QString> m_userNames;
    bool m_ready = false;
    bool m_connecting = false;
};

} // namespace Custody::Jobs
