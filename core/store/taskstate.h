#pragma once

#include <array>
#include <optional>

#include <QString>
#include <QStringView>

namespace Custody::Store {

/// Where one unit of remote work (a task) stands. The stored text is the
/// upper-case name ("QUEUED", ...), which the audit trail also shows.
///
/// QUEUED -> SUBMITTING -> PROCESSING -> COLLECTING -> FULFILLED is the
/// forward path. Every state but FULFILLED and CANCELLED may fail, pause or be
/// cancelled; FAILED goes back to QUEUED on retry; PAUSED resumes to the state
/// it was paused from.
enum class TaskState { Queued, Submitting, Processing, Collecting, Fulfilled, Failed, Paused, Cancelled };

/// Every task state, in declaration order (for tables and exhaustive tests).
inline constexpr std::array<TaskState, 8> AllTaskStates { TaskState::Queued, TaskState::Submitting,
    TaskState::Processing, TaskState::Collecting, TaskState::Fulfilled, TaskState::Failed, TaskState::Paused,
    TaskState::Cancelled };

/// The stored name, e.g. "SUBMITTING".
QString toString(TaskState state);

/// Parses a stored name; std::nullopt for anything unknown (case-sensitive).
std::optional<TaskState> taskStateFromString(QStringView text);

/// True for FULFILLED and CANCELLED: no transition leaves them.
bool isTerminal(TaskState state);

/// The pure transition table. It allows PAUSED to go back to any working
/// state; which one is right depends on the stored paused-from state, see
/// canResume().
bool canTransition(TaskState from, TaskState to);

/// Whether a task paused while in \a pausedFrom may leave PAUSED for \a to:
/// only back to where it was, or to FAILED or CANCELLED.
bool canResume(TaskState pausedFrom, TaskState to);

} // namespace Custody::Store
