#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include "core/api/apierror.h"

namespace Custody::Transfer {

/// How one file download ended. On success the file is complete under path,
/// synced to disk, and sha256Hex is the digest of exactly those bytes.
struct DownloadResult
{
    Q_DECLARE_TR_FUNCTIONS(DownloadResult)

public:
    bool ok = false;
    QString path; ///< the final target path (also set on failure, for messages)
    qint64 size = 0; ///< bytes in the finished file
    QByteArray sha256Hex; ///< lowercase hex, empty on failure
    QString contentType;
    int httpStatus = 0; ///< status of the last response, 0 when none arrived
    bool resumed = false; ///< a partial file from an earlier attempt or run was continued
    Api::ApiError error; ///< meaningful only when !ok

    /// The error code for a presigned URL whose lifetime ran out.
    static QString urlExpiredCode() { return QStringLiteral("url.expired"); }
    /// The error code for a presigned URL the storage host did not accept.
    static QString urlRejectedCode() { return QStringLiteral("url.rejected"); }

    /// Translated: what happened and what to do. Download-specific wording
    /// for an expired or rejected link (ApiError's Permission text speaks of
    /// OAuth permissions, which do not apply to presigned URLs); otherwise
    /// the error's own message.
    QString userMessage() const;
};

/// One file the DownloadQueue should fetch.
struct DownloadRequest
{
    QUrl url; ///< presigned media URL; never sent with credentials
    QString target; ///< absolute path of the finished file
    qint64 expectedSize = -1; ///< -1 when unknown
    QString tag; ///< the caller's key, echoed in DownloadQueue::downloadFinished
};

} // namespace Custody::Transfer

Q_DECLARE_METATYPE(Custody::Transfer::DownloadResult)
