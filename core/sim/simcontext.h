#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <mutex>

#include "core/sim/simauth.h"
#include "core/sim/simconfig.h"
#include "core/sim/simfaults.h"
#include "core/sim/simorg.h"
#include "core/sim/simratelimiter.h"
#include "core/sim/simstats.h"

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace Custody::Sim {

/// Who is calling an API route, once authenticated.
struct SimCaller
{
    QString clientId;
    QString correlationId;
};

/// The simulated service's shared state and the plumbing every API route
/// goes through: bearer auth, rate limit, faults, headers and stats.
class SimContext final
{
public:
    explicit SimContext(const SimConfig &config);

    using ApiHandler = std::function<void(const SimCaller &, const httplib::Request &, httplib::Response &)>;

    /// Registers an /api/v2 route. \a permission, when set, is a comma-separated
    /// list of which the calling client needs any one, or the request gets 403.
    void api(httplib::Server &server, const char *method, const QString &pattern, const QString &route,
        const QString &permission, ApiHandler handler);

    /// The base URL clients use (http://host:port), set once the server listens.
    QString baseUrl() const;
    void setBaseUrl(const QString &url);

    const SimConfig config;
    const SimOrg org;
    SimAuth auth;
    SimRateLimiter limiter;
    SimStats stats;
    SimFaults faults;
    /// Guards every job registry (analytics, batch, recording jobs, transcoding).
    std::mutex jobsMutex;

private:
    mutable std::mutex m_urlMutex;
    QString m_baseUrl;
};

// Response helpers shared by the route modules.
QString isoMs(const QDateTime &time);
QString newObjectId();
void sendJson(httplib::Response &res, int status, const QJsonObject &body);
void sendJson(httplib::Response &res, int status, const QJsonArray &body);
/// The Genesys ErrorBody; contextId is the response's correlation id.
void sendError(
    httplib::Response &res, int status, const QString &code, const QString &message, const QJsonObject &extra = {});
/// Parses a JSON object body, answering 400 itself when it is not one.
bool parseJsonBody(const httplib::Request &req, httplib::Response &res, QJsonObject *out);
QString queryParam(const httplib::Request &req, const char *name);
QString pathParam(const httplib::Request &req, int index);
/// The Genesys EntityListing envelope over one page of \a all, with
/// pageSize/pageNumber taken (and checked) from the request. Returns false
/// after answering 400 itself.
bool sendPagedListing(const httplib::Request &req, httplib::Response &res, const QJsonArray &all, const QString &path,
    int maxPageSize = 500);
/// Integer query parameter with bounds; answers 400 itself when out of range.
bool intParam(
    const httplib::Request &req, httplib::Response &res, const char *name, int fallback, int min, int max, int *out);

} // namespace Custody::Sim
