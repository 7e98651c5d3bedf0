#pragma once

#include <array>
#include <optional>

#include <QString>
#include <QStringView>

namespace Custody::Store {

/// Where one recording item stands. The stored text is the upper-case name
/// ("URL_READY", ...).
///
/// PENDING -> BATCHED -> URL_READY -> DOWNLOADING -> DOWNLOADED is the forward
/// path. An expired or refused URL, or a failed batch, sends the item back to
/// PENDING so it joins a new batch; an interrupted download with a still valid
/// URL goes back to URL_READY. FAILED returns to PENDING on retry. DOWNLOADED
/// and SKIPPED are terminal.
enum class ItemState { Pending, Batched, UrlReady, Downloading, Downloaded, Failed, Skipped };

/// Every item state, in declaration order (for tables, counts and exhaustive tests).
inline constexpr std::array<ItemState, 7> AllItemStates { ItemState::Pending, ItemState::Batched, ItemState::UrlReady,
    ItemState::Downloading, ItemState::Downloaded, ItemState::Failed, ItemState::Skipped };

/// The stored name, e.g. "URL_READY".
QString toString(ItemState state);

/// Parses a stored name; std::nullopt for anything unknown (case-sensitive).
std::optional<ItemState> itemStateFromString(QStringView text);

/// True for DOWNLOADED and SKIPPED.
bool isTerminal(ItemState state);

/// The pure transition table for items.
bool canTransition(ItemState from, ItemState to);

} // namespace Custody::Store
