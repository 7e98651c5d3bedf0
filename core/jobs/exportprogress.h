#pragma once

#include <QMetaType>
#include <QString>

#include "core/store/exportstate.h"

namespace Custody::Jobs {

/// A snapshot of one export for progress lines and the jobs table.
struct ExportProgress
{
    Store::ExportState state = Store::ExportState::Created;
    qint64 windowsDone = 0;
    qint64 windowsTotal = 0;
    qint64 conversations = 0; ///< analytics records received
    qint64 downloaded = 0; ///< files on disk and hashed
    qint64 failed = 0; ///< items that failed for good (with the server's reason)
    qint64 remaining = 0; ///< items still to batch or download
    qint64 bytes = 0; ///< bytes received this run
    qint64 bytesPerSecond = 0;
    qint64 etaSeconds = -1; ///< -1 while unknown
    QString message; ///< what needs attention, translated; empty when all is well
};

} // namespace Custody::Jobs

Q_DECLARE_METATYPE(Custody::Jobs::ExportProgress)
