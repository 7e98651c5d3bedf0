#include "core/store/itemstate.h"

namespace Custody::Store {

namespace {

// Indexed by ItemState; the order must match the enum declaration.
constexpr std::array<const char *, AllItemStates.size()> ItemStateNames { "PENDING", "BATCHED", "URL_READY",
    "DOWNLOADING", "DOWNLOADED", "FAILED", "SKIPPED" };

} // namespace

QString toString(ItemState state)
{
    return QString::fromLatin1(ItemStateNames.at(static_cast<std::size_t>(state)));
}

std::optional<ItemState> itemStateFromString(QStringView text)
{
    for (const ItemState state : AllItemStates) {
        if (text == QLatin1String(ItemStateNames.at(static_cast<std::size_t>(state))))
            return state;
    }
    return std::nullopt;
}

bool isTerminal(ItemState state)
{
    return state == ItemState::Downloaded || state == ItemState::Skipped;
}

bool canTransition(ItemState from, ItemState to)
{
    if (from == to || isTerminal(from))
        return false;
    switch (to) {
    case ItemState::Pending:
        // Retry after failure, or re-batching after a failed batch or an expired/refused URL.
        return from != ItemState::Pending;
    case ItemState::Batched:
        return from == ItemState::Pending;
    case ItemState::UrlReady:
        // From DOWNLOADING: the transfer broke but the URL is still valid, so only the download is retried.
        return from == ItemState::Batched || from == ItemState::Downloading;
    case ItemState::Downloading:
        return from == ItemState::UrlReady;
    case ItemState::Downloaded:
        return from == ItemState::Downloading;
    case ItemState::Failed:
        return from != ItemState::Failed;
    case ItemState::Skipped:
        return true; // every non-terminal state, checked above
    }
    return false;
}

} // namespace Custody::Store
