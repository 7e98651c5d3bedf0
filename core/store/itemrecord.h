#pragma once

#include <array>
#include <numeric>
#include <optional>

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <QtGlobal>

#include "core/store/itemstate.h"

namespace Custody::Store {

using ExportId = qint64;
using ItemId = qint64;

/// One recording to add to an export. (export, conversation, recording) is
/// unique, so adding the same item twice is harmless.
struct NewItem
{
    QString conversationId;
    QString recordingId;
    QString metadataJson; ///< start time, queue, agent... as the manifest needs them
};

/// One stored item.
struct ItemRecord
{
    ItemId id = 0;
    ExportId exportId = 0;
    QString conversationId;
    QString recordingId;
    ItemState state = ItemState::Pending;
    QString relativePath; ///< below the export's destination, once downloaded
    std::optional<qint64> size; ///< bytes, once downloaded
    QString sha256; ///< lowercase hex, once downloaded
    QString sourceJobId; ///< the batch request that produced the URL
    QUrl url; ///< presigned; never copy it into events or logs
    QDateTime urlReceivedAt;
    QString contentType;
    int batchAttempts = 0; ///< how many times the item entered a batch
    QString error;
    QString metadataJson;
};

/// Number of items of one export in each state.
struct ItemCounts
{
    std::array<qint64, AllItemStates.size()> byState {};

    qint64 count(ItemState state) const { return byState.at(static_cast<std::size_t>(state)); }
    void add(ItemState state, qint64 n) { byState.at(static_cast<std::size_t>(state)) += n; }
    qint64 total() const { return std::accumulate(byState.cbegin(), byState.cend(), qint64 { 0 }); }
};

} // namespace Custody::Store
