#include "core/transfer/storageerror.h"

#include <QXmlStreamReader>

#include "core/transfer/downloadresult.h"

namespace Custody::Transfer {

namespace {

struct XmlError
{
    QString code;
    QString message;
};

XmlError parseXml(const QByteArray &body)
{
    XmlError parsed;
    QXmlStreamReader xml(body);
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("Code") && parsed.code.isEmpty())
            parsed.code = xml.readElementText().trimmed();
        else if (xml.name() == QLatin1String("Message") && parsed.message.isEmpty())
            parsed.message = xml.readElementText().trimmed();
    }
    return parsed;
}

// S3 says "AccessDenied: Request has expired"; other stores use their own
// codes for the same thing. Any of them means: ask for a fresh URL.
bool saysExpired(const XmlError &error)
{
    return error.code == QLatin1String("ExpiredToken") || error.code == QLatin1String("RequestExpired")
        || error.message.contains(QLatin1String("expired"), Qt::CaseInsensitive);
}

} // namespace

Api::ApiError StorageError::fromResponse(int status, const QByteArray &body, const QString &detail)
{
    const XmlError xml = parseXml(body);
    Api::ApiError error;
    error.kind = Api::ApiError::kindForStatus(status);
    error.httpStatus = status;
    error.code = xml.code;
    error.serverMessage = xml.message;
    if (status == 403)
        error.code = saysExpired(xml) ? DownloadResult::urlExpiredCode() : DownloadResult::urlRejectedCode();
    QString technical = detail.isEmpty() ? QString() : detail + QStringLiteral(": ");
    technical += QStringLiteral("HTTP %1").arg(status);
    if (!xml.code.isEmpty())
        technical += QStringLiteral(" %1").arg(xml.code);
    if (!xml.message.isEmpty())
        technical += QStringLiteral(" (%1)").arg(xml.message);
    error.detail = technical;
    return error;
}

} // namespace Custody::Transfer
