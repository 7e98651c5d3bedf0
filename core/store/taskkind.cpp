#include "core/store/taskkind.h"

namespace Custody::Store {

namespace {

// Indexed by TaskKind; the order must match the enum declaration.
constexpr std::array<const char *, AllTaskKinds.size()> TaskKindNames { "analytics", "batch", "bulk", "download",
    "manifest" };

} // namespace

QString toString(TaskKind kind)
{
    return QString::fromLatin1(TaskKindNames.at(static_cast<std::size_t>(kind)));
}

std::optional<TaskKind> taskKindFromString(QStringView text)
{
    for (const TaskKind kind : AllTaskKinds) {
        if (text == QLatin1String(TaskKindNames.at(static_cast<std::size_t>(kind))))
            return kind;
    }
    return std::nullopt;
}

} // namespace Custody::Store
