#include "core/transfer/downloadresult.h"

#include <QDir>

namespace Custody::Transfer {

QString DownloadResult::userMessage() const
{
    if (ok)
        return {};
    const QString file = QDir::toNativeSeparators(path);
    if (error.kind == Api::ApiError::Kind::Permission && error.code == urlExpiredCode()) {
        //: %1 is the file being downloaded.
        return tr("The download link for %1 expired before the file was complete. The part already downloaded is "
                  "kept; Custody requests a new link and continues where it stopped.")
            .arg(file);
    }
    if (error.kind == Api::ApiError::Kind::Permission && error.code == urlRejectedCode()) {
        //: %1 is the file being downloaded.
        return tr("The storage service refused the download link for %1. Custody requests a new link; if this "
                  "keeps happening, check that the computer's clock is correct.")
            .arg(file);
    }
    return error.userMessage();
}

} // namespace Custody::Transfer
