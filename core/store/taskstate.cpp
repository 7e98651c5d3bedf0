#include "core/store/taskstate.h"

namespace Custody::Store {

namespace {

// Indexed by TaskState; the order must match the enum declaration.
constexpr std::array<const char *, AllTaskStates.size()> TaskStateNames { "QUEUED", "SUBMITTING", "PROCESSING",
    "COLLECTING", "FULFILLED", "FAILED", "PAUSED", "CANCELLED" };

bool isWorking(TaskState state)
{
    return state == TaskState::Queued || state == TaskState::Submitting || state == TaskState::Processing
        || state == TaskState::Collecting;
}

} // namespace

QString toString(TaskState state)
{
    return QString::fromLatin1(TaskStateNames.at(static_cast<std::size_t>(state)));
}

std::optional<TaskState> taskStateFromString(QStringView text)
{
    for (const TaskState state : AllTaskStates) {
        if (text == QLatin1String(TaskStateNames.at(static_cast<std::size_t>(state))))
            return state;
    }
    return std::nullopt;
}

bool isTerminal(TaskState state)
{
    return state == TaskState::Fulfilled || state == TaskState::Cancelled;
}

bool canTransition(TaskState from, TaskState to)
{
    if (from == to || isTerminal(from))
        return false;
    switch (to) {
    case TaskState::Queued:
        return from == TaskState::Failed || from == TaskState::Paused;
    case TaskState::Submitting:
        return from == TaskState::Queued || from == TaskState::Paused;
    case TaskState::Processing:
        return from == TaskState::Submitting || from == TaskState::Paused;
    case TaskState::Collecting:
        return from == TaskState::Processing || from == TaskState::Paused;
    case TaskState::Fulfilled:
        return from == TaskState::Collecting;
    case TaskState::Failed:
    case TaskState::Cancelled:
        return true; // every non-terminal state, checked above
    case TaskState::Paused:
        // A failed task may be paused too, so a paused export does not retry it behind the user's back.
        return isWorking(from) || from == TaskState::Failed;
    }
    return false;
}

bool canResume(TaskState pausedFrom, TaskState to)
{
    if (!canTransition(TaskState::Paused, to))
        return false;
    return to == pausedFrom || to == TaskState::Failed || to == TaskState::Cancelled;
}

} // namespace Custody::Store
