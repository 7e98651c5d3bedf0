#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Custody::Plan {

/// What a pasted list or CSV file of conversation ids contained.
struct ConversationIdList final
{
    /// One entry of the input that was not taken as a new id.
    struct Entry
    {
        int line = 0; ///< 1-based line of the input
        QString text; ///< the entry as written (quotes removed)

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    QStringList ids; ///< valid ids, lower case, in first-seen order, each once
    QList<Entry> malformed; ///< entries that are not ids
    QList<Entry> duplicates; ///< later occurrences of an id already in ids
    bool headerSkipped = false;

    /// True when every entry was a new, valid id.
    bool isClean() const { return malformed.isEmpty() && duplicates.isEmpty(); }
};

/// Reads conversation ids from pasted text or CSV content.
///
/// Ids may be separated by newlines, commas, semicolons, tabs or spaces, and may
/// be quoted. A first line without any id is taken as a header and skipped. When
/// that header has several columns and one is named like "conversationId", only
/// that column is read, so a manifest or report export can be loaded directly.
ConversationIdList parseConversationIds(const QString &text);

} // namespace Custody::Plan
