#pragma once

#include <array>
#include <optional>

#include <QString>
#include <QStringView>

namespace Custody::Store {

/// What a task does. Stored as a lowercase word ("analytics", ...).
enum class TaskKind {
    Analytics, ///< an analytics conversation-details job for one window
    Batch, ///< a recording batch-download request
    Bulk, ///< a recording bulk job (export to the org's S3 integration)
    Download, ///< fetching the files of one batch
    Manifest, ///< writing the manifest and custody report
};

/// Every task kind, in declaration order.
inline constexpr std::array<TaskKind, 5> AllTaskKinds { TaskKind::Analytics, TaskKind::Batch, TaskKind::Bulk,
    TaskKind::Download, TaskKind::Manifest };

/// The stored word, e.g. "batch".
QString toString(TaskKind kind);

/// Parses a stored word; std::nullopt for anything unknown.
std::optional<TaskKind> taskKindFromString(QStringView text);

} // namespace Custody::Store
