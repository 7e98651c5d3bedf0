#include "core/api/apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace Custody::Api {

namespace {

constexpr qsizetype maxBodyExcerpt = 200; // enough to recognise a proxy's HTML page, short enough for a log line

const char *const trContext = "Custody::Api::ApiError";

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate(trContext, text, nullptr, n);
}

// Non-JSON bodies (proxy pages, load balancer text) are kept as a short single
// line in detail so support can see who actually answered.
QString bodyExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(maxBodyExcerpt)).simplified();
    if (body.size() > maxBodyExcerpt)
        text += QStringLiteral("...");
    return text;
}

// Genesys puts the wait into the message when a gateway drops the header:
// "Rate limit exceeded the maximum. Retry the request in [13] seconds".
std::optional<int> retryAfterFromMessage(const QString &message)
{
    static const QRegularExpression pattern(
        QStringLiteral("retry the request in \\[(\\d+)\\] second"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int seconds = match.captured(1).toInt(&ok);
    return ok ? std::optional<int>(seconds) : std::nullopt;
}

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply::NetworkError;
    using Kind = ApiError::Kind;
    switch (error) {
    case E::ConnectionRefusedError:
    case E::RemoteHostClosedError:
    case E::HostNotFoundError: // DNS hiccups during VPN reconnects are common on long exports
    case E::TimeoutError:
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::UnknownNetworkError:
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::InternalServerError:
    case E::ServiceUnavailableError:
    case E::ContentReSendError:
        return Kind::Transient;
    case E::OperationCanceledError:
        return Kind::Cancelled;
    case E::ContentAccessDenied:
        return Kind::Permission;
    case E::ContentNotFoundError:
    case E::ContentGoneError:
        return Kind::NotFound;
    case E::AuthenticationRequiredError:
        return Kind::Auth;
    case E::ContentOperationNotPermittedError:
    case E::ContentConflictError:
    case E::ProtocolInvalidOperationError:
        return Kind::BadRequest;
    default: // TLS, redirects, proxy authentication, unknown protocol or server answers
        return Kind::Protocol;
    }
}

QString networkReason(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::ConnectionRefusedError:
    case E::ProxyConnectionRefusedError:
        return QCoreApplication::translate("Custody::Api::ApiError", "the connection was refused");
    case E::RemoteHostClosedError:
    case E::ProxyConnectionClosedError:
        return QCoreApplication::translate("Custody::Api::ApiError", "the connection was closed unexpectedly");
    case E::HostNotFoundError:
    case E::ProxyNotFoundError:
        return QCoreApplication::translate("Custody::Api::ApiError", "the server name could not be resolved");
    case E::TimeoutError:
    case E::ProxyTimeoutError:
        return QCoreApplication::translate("Custody::Api::ApiError", "the connection timed out");
    default:
        return QCoreApplication::translate("Custody::Api::ApiError", "the network is unavailable");
    }
}

QString withServerMessage(const QString &serverMessage)
{
    //: Appended to a sentence: the server's own explanation in parentheses.
    return serverMessage.isEmpty() ? QString()
                                   : QCoreApplication::translate("Custody::Api::ApiError", " (%1)").arg(serverMessage);
}

} // namespace

ApiError::Kind ApiError::kindForStatus(int status)
{
    switch (status) {
    case 429:
        return Kind::Limit;
    case 408:
    case 500:
    case 502:
    case 503:
    case 504:
        return Kind::Transient;
    case 401:
        return Kind::Auth;
    case 403:
        return Kind::Permission;
    case 404:
        return Kind::NotFound;
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return Kind::BadRequest;
    // 501 and the rarer 5xx mean the server cannot do this at all: retrying
    // would only spend the request budget.
    return Kind::Protocol;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &correlationId, const QString &detail)
{
    ApiError error;
    error.kind = kindForStatus(status);
    error.httpStatus = status;
    error.contextId = QString::fromLatin1(correlationId).trimmed();

    QString bodyNote;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (body.trimmed().isEmpty()) {
        bodyNote = QStringLiteral("empty body");
    } else if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        bodyNote = QStringLiteral("body is not a JSON object: \"%1\"").arg(bodyExcerpt(body));
    } else {
        const QJsonObject object = document.object();
        const QString oauthError = object.value(QLatin1String("error")).toString();
        if (!oauthError.isEmpty()) {
            // The login host answers in the OAuth shape, not as an ErrorBody.
            error.code = oauthError;
            error.serverMessage = object.value(QLatin1String("error_description")).toString();
            if (error.serverMessage.isEmpty())
                error.serverMessage = object.value(QLatin1String("description")).toString();
            if ((status == 400 || status == 401) && oauthError == QLatin1String("invalid_client"))
                error.kind = Kind::Auth;
        } else {
            error.code = object.value(QLatin1String("code")).toString();
            error.serverMessage = object.value(QLatin1String("message")).toString();
            const QString bodyContextId = object.value(QLatin1String("contextId")).toString();
            if (!bodyContextId.isEmpty())
                error.contextId = bodyContextId;
            const QJsonObject limit = object.value(QLatin1String("limit")).toObject();
            if (!limit.isEmpty()) {
                bodyNote = QStringLiteral("limit %1/%2")
                               .arg(limit.value(QLatin1String("namespace")).toString(),
                                   limit.value(QLatin1String("key")).toString());
            }
        }
    }

    if (error.kind == Kind::Limit)
        error.retryAfterSeconds = retryAfterFromMessage(error.serverMessage);

    QString technical = detail.isEmpty() ? QString() : detail + QStringLiteral(": ");
    technical += QStringLiteral("HTTP %1").arg(status);
    if (!error.code.isEmpty())
        technical += QStringLiteral(" %1").arg(error.code);
    if (!bodyNote.isEmpty())
        technical += QStringLiteral(" (%1)").arg(bodyNote);
    error.detail = technical;
    return error;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError networkError, const QString &detail)
{
    ApiError error;
    error.kind = kindForNetworkError(networkError);
    error.networkError = networkError;
    error.detail = detail;
    return error;
}

ApiError ApiError::localIo(const QString &detail)
{
    ApiError error;
    error.kind = Kind::LocalIo;
    error.detail = detail;
    return error;
}

QString ApiError::requestDetail(const QByteArray &verb, const QUrl &url)
{
    const QString cleanUrl = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(verb), cleanUrl);
}

std::optional<int> ApiError::parseRetryAfter(const QByteArray &headerValue)
{
    bool ok = false;
    const int seconds = headerValue.trimmed().toInt(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return seconds;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Transient:
        return QStringLiteral("transient");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::Limit:
        return QStringLiteral("limit");
    case Kind::LocalIo:
        return QStringLiteral("local-io");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    }
    return QStringLiteral("unknown");
}

bool ApiError::isTransient() const
{
    return kind == Kind::Transient || kind == Kind::Limit;
}

bool ApiError::isInvalidClient() const
{
    return kind == Kind::Auth && code == QLatin1String("invalid_client");
}

QString ApiError::userMessage() const
{
    const QString server = withServerMessage(serverMessage);
    QString text;
    switch (kind) {
    case Kind::Transient:
        if (httpStatus != 0) {
            //: %1 is the HTTP status, %2 the server's explanation in parentheses or empty.
            text = tr("Genesys Cloud was temporarily unable to answer (HTTP %1)%2. Custody retries automatically; "
                      "if this keeps happening, check the Genesys Cloud status page and resume the export later.")
                       .arg(httpStatus)
                       .arg(server);
        } else {
            //: %1 is a reason such as "the connection timed out".
            text = tr("Custody could not reach Genesys Cloud: %1. Custody retries automatically; if this keeps "
                      "happening, check the network connection, proxy and firewall, then resume the export.")
                       .arg(networkReason(networkError));
        }
        break;
    case Kind::Limit:
        if (retryAfterSeconds) {
            //: %1 is the server's explanation in parentheses or empty.
            text = QCoreApplication::translate("Custody::Api::ApiError",
                "Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits "
                "%n second(s) and then continues by itself; nothing needs to be done.",
                nullptr, *retryAfterSeconds)
                       .arg(server);
        } else {
            text = tr("Genesys Cloud is limiting how many requests this OAuth client may send%1. Custody waits "
                      "and then continues by itself; nothing needs to be done.")
                       .arg(server);
        }
        break;
    case Kind::Auth:
        if (isInvalidClient()) {
            text = tr("Genesys Cloud rejected the OAuth client credentials%1: the client ID or the client secret "
                      "is wrong, or the client belongs to another region. Check both in the settings, then resume "
                      "the export.")
                       .arg(server);
        } else {
            text = tr("Genesys Cloud did not accept Custody's sign-in%1. Check that the OAuth client still exists, "
                      "uses the Client Credentials grant and has not been revoked, then resume the export.")
                       .arg(server);
        }
        break;
    case Kind::Permission:
        text = tr("Genesys Cloud refused the request because the OAuth client lacks a permission%1. Ask your "
                  "Genesys Cloud administrator to grant it, then resume the export.")
                   .arg(server);
        break;
    case Kind::NotFound:
        text = tr("Genesys Cloud could not find what was requested%1; it may have been deleted or belong to "
                  "another organization or region. Check the region and the export's filters, then resume the "
                  "export.")
                   .arg(server);
        break;
    case Kind::BadRequest:
        text = tr("Genesys Cloud rejected the request as invalid%1. Check the export's dates and filters; if they "
                  "look right, report the problem with this error's technical details.")
                   .arg(server);
        break;
    case Kind::LocalIo:
        //: %1 is the technical description naming the file and the system error.
        text = tr("Custody could not read or write a local file (%1). Check that the destination folder exists, "
                  "is writable and has free space, then resume the export.")
                   .arg(detail);
        break;
    case Kind::Cancelled:
        text = tr("The request was cancelled. Resume the export to continue where it stopped.");
        break;
    case Kind::Protocol:
        if (networkError == QNetworkReply::SslHandshakeFailedError) {
            text = tr("Custody could not establish a secure connection to Genesys Cloud. Check the proxy and the "
                      "system's certificate settings, then resume the export.");
        } else if (code == QLatin1String("malformed.json")) {
            //: %1 is the server's explanation in parentheses or empty.
            text = tr("Genesys Cloud kept sending incomplete answers (malformed JSON)%1. Resume the export later; if "
                      "this keeps happening, check any proxy between this computer and Genesys Cloud.")
                       .arg(server);
        } else {
            text = tr("Genesys Cloud sent an answer Custody cannot use%1. Resume the export later; if this keeps "
                      "happening, report the problem with this error's technical details.")
                       .arg(server);
        }
        break;
    }
    if (!contextId.isEmpty()) {
        //: Genesys support uses this id to find the request in their logs.
        text += QLatin1Char(' ') + tr("Support reference: %1.").arg(contextId);
    }
    return text;
}

} // namespace Custody::Api
