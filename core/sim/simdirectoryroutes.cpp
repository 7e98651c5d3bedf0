// Queues, users, the organisation, its limits and recording settings.
#include <QJsonArray>

#include <httplib.h>

#include <cmath>

#include "core/sim/simcontext.h"
#include "core/sim/simroutes.h"

namespace Custody::Sim {

namespace {

QJsonObject limit(const QString &key, const QString &ns, int value)
{
    return { { QStringLiteral("key"), key }, { QStringLiteral("namespace"), ns }, { QStringLiteral("value"), value } };
}

} // namespace

void registerDirectoryRoutes(httplib::Server &server, SimContext &context)
{
    context.api(server, "GET", QStringLiteral("/api/v2/routing/queues"), QStringLiteral("/api/v2/routing/queues"),
        QStringLiteral("routing:queue:view"),
        [&context](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            const QString name = queryParam(req, "name");
            QJsonArray all;
            for (const SimQueue &queue : context.org.queues()) {
                // The real filter matches names with a trailing * as a prefix.
                const QString prefix = name.endsWith(QLatin1Char('*')) ? name.chopped(1) : name;
                if (!name.isEmpty() && !queue.name.startsWith(prefix, Qt::CaseInsensitive))
                    continue;
                all.append(QJsonObject { { QStringLiteral("id"), queue.id }, { QStringLiteral("name"), queue.name },
                    { QStringLiteral("selfUri"), QStringLiteral("/api/v2/routing/queues/") + queue.id } });
            }
            sendPagedListing(req, res, all, QStringLiteral("/api/v2/routing/queues"));
        });
    context.api(server, "GET", QStringLiteral("/api/v2/users"), QStringLiteral("/api/v2/users"), {},
        [&context](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            QJsonArray all;
            for (const SimUser &user : context.org.users()) {
                all.append(QJsonObject { { QStringLiteral("id"), user.id }, { QStringLiteral("name"), user.name },
                    { QStringLiteral("email"), user.email }, { QStringLiteral("state"), QStringLiteral("active") },
                    { QStringLiteral("selfUri"), QStringLiteral("/api/v2/users/") + user.id } });
            }
            sendPagedListing(req, res, all, QStringLiteral("/api/v2/users"));
        });
    context.api(server, "GET", QStringLiteral("/api/v2/organizations/me"), QStringLiteral("/api/v2/organizations/me"),
        {}, [&context](const SimCaller &, const httplib::Request &, httplib::Response &res) {
            sendJson(res, 200,
                QJsonObject { { QStringLiteral("id"), context.org.id() },
                    { QStringLiteral("name"), context.org.name() },
                    { QStringLiteral("defaultLanguage"), QStringLiteral("en-us") },
                    { QStringLiteral("state"), QStringLiteral("active") },
                    { QStringLiteral("selfUri"), QStringLiteral("/api/v2/organizations/me") } });
        });
    context.api(server, "GET", QStringLiteral(R"(/api/v2/organizations/limits/namespaces/([^/]+))"),
        QStringLiteral("/api/v2/organizations/limits/namespaces/{namespace}"), {},
        [&context](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            const QString ns = pathParam(req, 1);
            const SimConfig &c = context.config;
            QJsonArray entities;
            if (ns == QStringLiteral("platform.api")) {
                entities
                    = { limit(QStringLiteral("client.credentials.token.rate.per.minute"), ns, c.rateLimitPerMinute),
                          limit(QStringLiteral("token.rate.per.minute"), ns, c.rateLimitPerMinute),
                          limit(QStringLiteral("request.bytes.max"), ns, 512000) };
            } else if (ns == QStringLiteral("recording")) {
                // Key names here are unverified ([U] in the reference).
                entities = { limit(QStringLiteral("recording.jobs.concurrent.max"), ns, c.recordingJobsMaxConcurrent),
                    limit(QStringLiteral("batch.download.items.max"), ns, c.batchMaxItems) };
            } else if (ns == QStringLiteral("analytics")) {
                if (c.analyticsJobsMaxConcurrent > 0)
                    entities.append(limit(
                        QStringLiteral("conversation.details.jobs.concurrent.max"), ns, c.analyticsJobsMaxConcurrent));
                entities.append(
                    limit(QStringLiteral("conversation.details.jobs.results.page.size.max"), ns, c.resultsPageSizeMax));
            } else {
                return sendError(
                    res, 404, QStringLiteral("not.found"), QStringLiteral("The requested resource was not found."));
            }
            sendJson(res, 200, QJsonObject { { QStringLiteral("entities"), entities } });
        });
    context.api(server, "GET", QStringLiteral("/api/v2/recording/settings"),
        QStringLiteral("/api/v2/recording/settings"), {},
        [&context](const SimCaller &, const httplib::Request &, httplib::Response &res) {
            // A TTL fault below a minute still reports whole minutes, as the API does.
            const int faultTtl = context.faults.urlTtlSeconds();
            const int ttlMinutes
                = faultTtl > 0 ? std::max(1, int(std::ceil(faultTtl / 60.0))) : context.config.urlTtlMinutes;
            sendJson(res, 200,
                QJsonObject { { QStringLiteral("maxSimultaneousStreams"), 0 },
                    { QStringLiteral("maxConfigurableScreenRecordingStreams"), 1 },
                    { QStringLiteral("regionalRecordingStorageEnabled"), false },
                    { QStringLiteral("recordingPlaybackUrlTtl"), ttlMinutes },
                    { QStringLiteral("recordingBatchDownloadUrlTtl"), ttlMinutes } });
        });
}

} // namespace Custody::Sim
