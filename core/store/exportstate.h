#pragma once

#include <array>
#include <optional>

#include <QString>
#include <QStringView>

namespace Custody::Store {

/// Where a whole export stands, as the UI lists it. Stored as the upper-case
/// name. The engine decides these changes; the store only records them.
enum class ExportState {
    Created, ///< planned, nothing sent yet
    Running,
    Paused,
    Completed, ///< every item downloaded or skipped, manifest written
    CompletedWithErrors, ///< finished, but some items failed permanently
    Failed, ///< stopped by an error that retrying cannot fix
    Cancelled,
};

/// Every export state, in declaration order.
inline constexpr std::array<ExportState, 7> AllExportStates { ExportState::Created, ExportState::Running,
    ExportState::Paused, ExportState::Completed, ExportState::CompletedWithErrors, ExportState::Failed,
    ExportState::Cancelled };

/// The stored name, e.g. "COMPLETED_WITH_ERRORS".
QString toString(ExportState state);

/// Parses a stored name; std::nullopt for anything unknown.
std::optional<ExportState> exportStateFromString(QStringView text);

/// True for the states that end an export (its finished_at is set on entry).
bool isFinished(ExportState state);

} // namespace Custody::Store
