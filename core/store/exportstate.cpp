#include "core/store/exportstate.h"

namespace Custody::Store {

namespace {

// Indexed by ExportState; the order must match the enum declaration.
constexpr std::array<const char *, AllExportStates.size()> ExportStateNames { "CREATED", "RUNNING", "PAUSED",
    "COMPLETED", "COMPLETED_WITH_ERRORS", "FAILED", "CANCELLED" };

} // namespace

QString toString(ExportState state)
{
    return QString::fromLatin1(ExportStateNames.at(static_cast<std::size_t>(state)));
}

std::optional<ExportState> exportStateFromString(QStringView text)
{
    for (const ExportState state : AllExportStates) {
        if (text == QLatin1String(ExportStateNames.at(static_cast<std::size_t>(state))))
            return state;
    }
    return std::nullopt;
}

bool isFinished(ExportState state)
{
    return state == ExportState::Completed || state == ExportState::CompletedWithErrors || state == ExportState::Failed
        || state == ExportState::Cancelled;
}

} // namespace Custody::Store
