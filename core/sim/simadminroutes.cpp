// /sim/*: observability and faults. Served only with --admin; no token needed.
#include <QJsonArray>

#include <httplib.h>

#include "core/sim/simcontext.h"
#include "core/sim/simroutes.h"

namespace Custody::Sim {

void registerAdminRoutes(httplib::Server &server, SimContext &context)
{
    server.Get("/sim/stats",
        [&context](const httplib::Request &, httplib::Response &res) { sendJson(res, 200, context.stats.toJson()); });
    server.Delete("/sim/stats", [&context](const httplib::Request &, httplib::Response &res) {
        context.stats.reset();
        res.status = 204;
    });
    server.Get("/sim/faults",
        [&context](const httplib::Request &, httplib::Response &res) { sendJson(res, 200, context.faults.toJson()); });
    server.Post("/sim/faults", [&context](const httplib::Request &req, httplib::Response &res) {
        QJsonObject body;
        if (!parseJsonBody(req, res, &body))
            return;
        bool revoke = false;
        const QString error = context.faults.apply(body, &revoke);
        if (!error.isEmpty())
            return sendError(res, 400, QStringLiteral("bad.request"), error);
        if (revoke)
            context.auth.revokeAll();
        sendJson(res, 200, context.faults.toJson());
    });
    server.Get("/sim/config",
        [&context](const httplib::Request &, httplib::Response &res) { sendJson(res, 200, context.config.toJson()); });
    server.Get("/sim/org", [&context](const httplib::Request &req, httplib::Response &res) {
        // The summary plus a sample of conversations, so people and tests can
        // pick real ids without running an analytics job first.
        QJsonObject summary = context.org.summaryJson();
        int sample = 5;
        if (!intParam(req, res, "sample", 5, 0, 1000, &sample))
            return;
        QJsonArray conversations;
        for (const SimConversation &c : context.org.conversations()) {
            if (conversations.size() >= sample)
                break;
            QJsonArray recordings;
            for (const SimRecording &r : c.recordings)
                recordings.append(QJsonObject { { QStringLiteral("id"), r.id },
                    { QStringLiteral("fileState"), r.fileStateName() }, { QStringLiteral("bytes"), r.nativeBytes } });
            conversations.append(
                QJsonObject { { QStringLiteral("conversationId"), c.id }, { QStringLiteral("start"), isoMs(c.start) },
                    { QStringLiteral("mediaType"), c.mediaType }, { QStringLiteral("recordings"), recordings } });
        }
        summary.insert(QStringLiteral("sampleConversations"), conversations);
        sendJson(res, 200, summary);
    });
}

} // namespace Custody::Sim
