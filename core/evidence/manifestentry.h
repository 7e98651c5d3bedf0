#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Custody::Evidence {

/// One file of an export as the manifest records it.
struct ManifestEntry
{
    QString conversationId;
    QString recordingId;
    QDateTime startTime; ///< conversation start, written in UTC
    QString queue;
    QString agent;
    QString direction;
    QString mediaType;
    QString relativePath; ///< '/'-separated, relative to the export folder
    qint64 size = 0; ///< bytes
    QString sha256; ///< lowercase hex
    QString sourceJobId; ///< the remote job that produced the file
    QDateTime downloadedAt;

    /// The CSV header, in column order.
    static QStringList csvColumns()
    {
        return {
            QStringLiteral("conversationId"),
            QStringLiteral("recordingId"),
            QStringLiteral("startTime"),
            QStringLiteral("queue"),
            QStringLiteral("agent"),
            QStringLiteral("direction"),
            QStringLiteral("mediaType"),
            QStringLiteral("relativePath"),
            QStringLiteral("size"),
            QStringLiteral("sha256"),
            QStringLiteral("sourceJobId"),
            QStringLiteral("downloadedAt"),
        };
    }

    /// ISO-8601 in UTC with milliseconds and "Z"; empty for an invalid time.
    static QString formatTime(const QDateTime &time)
    {
        return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
    }

    friend bool operator==(const ManifestEntry &, const ManifestEntry &) = default;
};

} // namespace Custody::Evidence
