// POST /oauth/token: the client-credentials grant (genesys-api.md section 1).
#include <QJsonObject>
#include <QUrlQuery>

#include <httplib.h>

#include "core/sim/simcontext.h"
#include "core/sim/simroutes.h"

namespace Custody::Sim {

namespace {

void sendOAuthError(httplib::Response &res, int status, const QString &error, const QString &description)
{
    sendJson(res, status,
        QJsonObject { { QStringLiteral("error"), error }, { QStringLiteral("description"), description },
            { QStringLiteral("error_description"), description } });
}

} // namespace

void registerOAuthRoutes(httplib::Server &server, SimContext &context)
{
    server.Post("/oauth/token", [&context](const httplib::Request &req, httplib::Response &res) {
        const auto finish = [&](const QString &clientId) {
            context.stats.countRequest(QStringLiteral("POST /oauth/token"), res.status, clientId);
        };
        const QUrlQuery form(QString::fromStdString(req.body));
        QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
        const QByteArray authorization = QByteArray::fromStdString(req.get_header_value("Authorization")).trimmed();
        if (authorization.toLower().startsWith("basic ")) {
            const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
            const qsizetype colon = decoded.indexOf(':');
            if (colon > 0) {
                clientId = QString::fromUtf8(decoded.left(colon));
                secret = QString::fromUtf8(decoded.mid(colon + 1));
            }
        }
        if (form.queryItemValue(QStringLiteral("grant_type")) != QStringLiteral("client_credentials")) {
            sendOAuthError(res, 400, QStringLiteral("unsupported_grant_type"),
                QStringLiteral("grant_type must be client_credentials"));
            return finish(clientId);
        }
        const SimClient *client = context.config.findClient(clientId);
        if (!client) {
            sendOAuthError(res, 400, QStringLiteral("invalid_client"), QStringLiteral("client not found"));
            return finish(clientId);
        }
        if (client->secret != secret) {
            sendOAuthError(res, 401, QStringLiteral("invalid_client"), QStringLiteral("authentication failed"));
            return finish(clientId);
        }
        const QString token = context.auth.issue(client->id, context.config.tokenLifetimeSec);
        context.stats.countTokenIssued();
        sendJson(res, 200,
            QJsonObject { { QStringLiteral("access_token"), token },
                { QStringLiteral("token_type"), QStringLiteral("bearer") },
                { QStringLiteral("expires_in"), context.config.tokenLifetimeSec } });
        finish(clientId);
    });
}

} // namespace Custody::Sim
