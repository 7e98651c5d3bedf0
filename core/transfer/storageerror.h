#pragma once

#include <QByteArray>
#include <QString>

#include "core/api/apierror.h"

namespace Custody::Transfer {

/// Turns an error answer of the storage host behind a presigned URL into an
/// ApiError. Storage answers in S3's XML shape
/// (<Error><Code>AccessDenied</Code><Message>Request has expired</Message>…),
/// not in the Genesys ErrorBody JSON that ApiError::fromHttp() reads.
class StorageError final
{
public:
    /// The kind follows ApiError::kindForStatus(). A 403 gets code
    /// DownloadResult::urlExpiredCode() when the storage host says the request
    /// expired and DownloadResult::urlRejectedCode() otherwise; other statuses
    /// keep the storage code (e.g. "NoSuchKey"). \a detail should come from
    /// ApiError::requestDetail(), so the URL's signature never reaches a log.
    static Api::ApiError fromResponse(int status, const QByteArray &body, const QString &detail);
};

} // namespace Custody::Transfer
