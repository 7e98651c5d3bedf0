#pragma once

#include <QString>

namespace Custody::Evidence {

/// Flushes the operating system's buffers of the open file \a handle to the
/// disk (fsync, or _commit on Windows). Returns false when the disk refuses.
[[nodiscard]] bool syncToDisk(int handle);

/// Replaces \a target with \a source in one step and makes the new folder
/// entry durable. On failure returns false and sets \a detail to the
/// system's reason.
[[nodiscard]] bool replaceFileDurably(const QString &source, const QString &target, QString *detail);

} // namespace Custody::Evidence
