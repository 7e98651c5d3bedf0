// JobStore: recording items.

#include "core/store/jobstore.h"

#include <algorithm>

#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "core/store/sqlvalue.h"

namespace Custody::Store {

namespace {

Q_LOGGING_CATEGORY(lcStoreItems, "custody.store.items")

constexpr char ItemColumns[] = "id, export_id, conversation_id, recording_id, state, relative_path, size, sha256,"
                               " source_job_id, url, url_received_at, content_type, batch_attempts, error,"
                               " metadata_json";

constexpr qsizetype Sha256HexLength = 64;

ItemState itemStateOf(const QVariant &value)
{
    const auto state = itemStateFromString(value.toString());
    // The version check refuses files from newer builds, so an unknown name means a damaged row.
    if (!state)
        qCWarning(lcStoreItems) << "unknown item state" << value.toString() << "read as FAILED";
    return state.value_or(ItemState::Failed);
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != Sha256HexLength)
        return false;
    return std::all_of(text.cbegin(), text.cend(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'); });
}

StoreError illegal(ItemId id, ItemState from, ItemState to)
{
    return StoreError { StoreError::Kind::IllegalTransition,
        QStringLiteral("item %1: %2 -> %3 is not allowed").arg(id).arg(toString(from), toString(to)) };
}

} // namespace

ItemRecord JobStore::itemFromRow(const QSqlQuery &query)
{
    ItemRecord record;
    record.id = query.value(0).toLongLong();
    record.exportId = query.value(1).toLongLong();
    record.conversationId = query.value(2).toString();
    record.recordingId = query.value(3).toString();
    record.state = itemStateOf(query.value(4));
    record.relativePath = query.value(5).toString();
    if (!query.value(6).isNull())
        record.size = query.value(6).toLongLong();
    record.sha256 = query.value(7).toString();
    record.sourceJobId = query.value(8).toString();
    if (!query.value(9).isNull())
        record.url = QUrl::fromEncoded(query.value(9).toString().toUtf8(), QUrl::StrictMode);
    record.urlReceivedAt = SqlValue::toTime(query.value(10));
    record.contentType = query.value(11).toString();
    record.batchAttempts = query.value(12).toInt();
    record.error = query.value(13).toString();
    record.metadataJson = query.value(14).toString();
    return record;
}

StoreResult<JobStore::ItemHead> JobStore::itemHead(ItemId id) const
{
    const auto query
        = execReadFirst(prepared(Statement::ItemStateById, "SELECT export_id, state FROM items WHERE id = ?"), { id },
            "read item state", QStringLiteral("no item with id %1").arg(id));
    if (!query)
        return query.error();
    const QSqlQuery &q = *query.value();
    const FinishGuard finish(query.value());
    return ItemHead { q.value(0).toLongLong(), itemStateOf(q.value(1)) };
}

StoreResult<JobStore::ItemHead> JobStore::itemHeadMovingTo(ItemId id, ItemState to) const
{
    auto head = itemHead(id);
    if (head && !canTransition(head.value().state, to))
        return illegal(id, head.value().state, to);
    return head;
}

StoreResult<qint64> JobStore::addItems(ExportId exportId, const QList<NewItem> &items)
{
    // OR IGNORE would also skip rows with NULL keys silently, so items without a
    // conversation are refused up front. An empty recording id is stored as ''
    // (never NULL): it names a whole conversation until a batch expands it.
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).conversationId.isEmpty()) {
            return StoreError { StoreError::Kind::Query,
                QStringLiteral("item %1 of %2 lacks a conversation id").arg(i).arg(items.size()) };
        }
    }
    Transaction tx = transaction();
    if (!tx.isActive())
        return tx.beginError();
    auto query = prepared(Statement::InsertItem,
        "INSERT OR IGNORE INTO items (export_id, conversation_id, recording_id, state, metadata_json)"
        " VALUES (?, ?, ?, ?, ?)");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    const QString pending = toString(ItemState::Pending);
    qint64 inserted = 0;
    for (const NewItem &item : items) {
        q.bindValue(0, exportId);
        q.bindValue(1, item.conversationId);
        q.bindValue(2, item.recordingId.isEmpty() ? QStringLiteral("") : item.recordingId);
        q.bindValue(3, pending);
        q.bindValue(4, SqlValue::nullableText(item.metadataJson));
        if (StoreStatus status = execWrite(q, "insert item"); !status)
            return status.error();
        inserted += q.numRowsAffected();
    }
    // Re-planning after a crash offers items again; an event only when something was new keeps the trail readable.
    if (inserted > 0) {
        if (StoreStatus status = insertEvent({ exportId, {}, {}, EventKind::ItemsAdded, {}, pending,
                QStringLiteral("%1 new items of %2 offered").arg(inserted).arg(items.size()) });
            !status)
            return status.error();
    }
    if (StoreStatus status = tx.commit(); !status)
        return status.error();
    return inserted;
}

StoreStatus JobStore::transitionItems(
    const QList<ItemId> &ids, ItemState to, const QString &message, const QString &error)
{
    Transaction tx = transaction();
    if (!tx.isActive())
        return tx.beginError();
    auto query = prepared(Statement::UpdateItemState,
        "UPDATE items SET state = ?, batch_attempts = batch_attempts + ?,"
        " error = CASE ? WHEN 0 THEN error WHEN 1 THEN ? ELSE NULL END,"
        " url = CASE WHEN ? THEN NULL ELSE url END,"
        " url_received_at = CASE WHEN ? THEN NULL ELSE url_received_at END,"
        " content_type = CASE WHEN ? THEN NULL ELSE content_type END"
        " WHERE id = ?");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    // Back to PENDING means a new batch: the old URL is useless and the old error is history (kept in events).
    const bool rebatch = to == ItemState::Pending;
    const int errorMode = rebatch ? 2 : (error.isEmpty() ? 0 : 1);
    const QString eventText = error.isEmpty() ? message : QStringLiteral("%1 [error: %2]").arg(message, error);
    QSet<ItemId> seen;
    seen.reserve(ids.size());
    for (const ItemId id : ids) {
        if (seen.contains(id))
            continue; // a repeated id would otherwise fail as a move from `to` to itself
        seen.insert(id);
        const auto head = itemHeadMovingTo(id, to);
        if (!head)
            return head.error();
        q.bindValue(0, toString(to));
        q.bindValue(1, to == ItemState::Batched ? 1 : 0);
        q.bindValue(2, errorMode);
        q.bindValue(3, SqlValue::nullableText(error));
        q.bindValue(4, rebatch ? 1 : 0);
        q.bindValue(5, rebatch ? 1 : 0);
        q.bindValue(6, rebatch ? 1 : 0);
        q.bindValue(7, id);
        if (StoreStatus status = execWrite(q, "update item state"); !status)
            return status;
        if (StoreStatus status = insertEvent({ head.value().exportId, {}, id, EventKind::ItemStateChanged,
                toString(head.value().state), toString(to), eventText });
            !status)
            return status;
    }
    return tx.commit();
}

StoreStatus JobStore::setItemUrl(
    ItemId id, const QUrl &url, const QDateTime &receivedAt, const QString &contentType, const QString &sourceJobId)
{
    if (!url.isValid())
        return StoreError { StoreError::Kind::Query, QStringLiteral("item %1: invalid download URL").arg(id) };
    Transaction tx = transaction();
    if (!tx.isActive())
        return tx.beginError();
    const auto head = itemHeadMovingTo(id, ItemState::UrlReady);
    if (!head)
        return head.error();
    auto query = prepared(Statement::SetItemUrl,
        "UPDATE items SET state = ?, url = ?, url_received_at = ?, content_type = ?, source_job_id = ?, error = NULL"
        " WHERE id = ?");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    q.bindValue(0, toString(ItemState::UrlReady));
    q.bindValue(1, QString::fromUtf8(url.toEncoded()));
    q.bindValue(2, SqlValue::time(receivedAt.isValid() ? receivedAt : QDateTime::currentDateTimeUtc()));
    q.bindValue(3, SqlValue::nullableText(contentType));
    q.bindValue(4, SqlValue::nullableText(sourceJobId));
    q.bindValue(5, id);
    if (StoreStatus status = execWrite(q, "set item url"); !status)
        return status;
    // The URL is presigned: the event names the job, never the URL.
    if (StoreStatus status = insertEvent({ head.value().exportId, {}, id, EventKind::ItemStateChanged,
            toString(head.value().state), toString(ItemState::UrlReady),
            QStringLiteral("download URL received from job %1 (%2)").arg(sourceJobId, contentType) });
        !status)
        return status;
    return tx.commit();
}

StoreStatus JobStore::recordDownload(
    ItemId id, const QString &relativePath, qint64 size, const QString &sha256, const QString &sourceJobId)
{
    if (relativePath.isEmpty() || size < 0 || !isSha256Hex(sha256)) {
        return StoreError { StoreError::Kind::Query,
            QStringLiteral("item %1: a download needs a path, a size >= 0 and a 64-digit hex SHA-256").arg(id) };
    }
    Transaction tx = transaction();
    if (!tx.isActive())
        return tx.beginError();
    const auto head = itemHeadMovingTo(id, ItemState::Downloaded);
    if (!head)
        return head.error();
    // The presigned URL is dropped once used: it grants access to the recording until it expires.
    auto query = prepared(Statement::RecordDownload,
        "UPDATE items SET state = ?, relative_path = ?, size = ?, sha256 = ?,"
        " source_job_id = COALESCE(?, source_job_id), error = NULL, url = NULL WHERE id = ?");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    const QString hash = sha256.toLower();
    q.bindValue(0, toString(ItemState::Downloaded));
    q.bindValue(1, relativePath);
    q.bindValue(2, size);
    q.bindValue(3, hash);
    q.bindValue(4, SqlValue::nullableText(sourceJobId));
    q.bindValue(5, id);
    if (StoreStatus status = execWrite(q, "record download"); !status)
        return status;
    if (StoreStatus status = insertEvent({ head.value().exportId, {}, id, EventKind::ItemStateChanged,
            toString(head.value().state), toString(ItemState::Downloaded),
            QStringLiteral("downloaded %1, %2 bytes, sha256 %3").arg(relativePath).arg(size).arg(hash) });
        !status)
        return status;
    return tx.commit();
}

StoreResult<ItemRecord> JobStore::itemById(ItemId id) const
{
    const auto query = execReadFirst(prepared(Statement::ItemById, "SELECT %1 FROM items WHERE id = ?", ItemColumns),
        { id }, "read item", QStringLiteral("no item with id %1").arg(id));
    if (!query)
        return query.error();
    const FinishGuard finish(query.value());
    return itemFromRow(*query.value());
}

StoreResult<ItemRecord> JobStore::itemByKey(
    ExportId exportId, const QString &conversationId, const QString &recordingId) const
{
    const auto query = execReadFirst(
        prepared(Statement::ItemByKey,
            "SELECT %1 FROM items WHERE export_id = ? AND conversation_id = ? AND recording_id = ?", ItemColumns),
        { exportId, conversationId, recordingId.isEmpty() ? QStringLiteral("") : recordingId }, "read item by key",
        QStringLiteral("no item %1/%2 in export %3").arg(conversationId, recordingId).arg(exportId));
    if (!query)
        return query.error();
    const FinishGuard finish(query.value());
    return itemFromRow(*query.value());
}

StoreResult<QList<ItemRecord>> JobStore::itemsForExport(
    ExportId exportId, std::optional<ItemState> state, int limit, int offset) const
{
    auto query = state ? prepared(Statement::ItemsPageInState,
                     "SELECT %1 FROM items WHERE export_id = ? AND state = ? ORDER BY id LIMIT ? OFFSET ?", ItemColumns)
                       : prepared(Statement::ItemsPage,
                           "SELECT %1 FROM items WHERE export_id = ? ORDER BY id LIMIT ? OFFSET ?", ItemColumns);
    QVariantList values { exportId };
    if (state)
        values.append(toString(*state));
    values << qMax(0, limit) << qMax(0, offset);
    const auto executed = execRead(query, values, "list items");
    if (!executed)
        return executed.error();
    QSqlQuery &q = *executed.value();
    const FinishGuard finish(&q);
    QList<ItemRecord> rows;
    rows.reserve(qMax(0, limit));
    while (q.next())
        rows.append(itemFromRow(q));
    return rows;
}

StoreResult<ItemCounts> JobStore::countItems(ExportId exportId) const
{
    const auto query = execRead(
        prepared(Statement::CountItems, "SELECT state, COUNT(*) FROM items WHERE export_id = ? GROUP BY state"),
        { exportId }, "count items");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    const FinishGuard finish(&q);
    ItemCounts counts;
    while (q.next())
        counts.add(itemStateOf(q.value(0)), q.value(1).toLongLong());
    return counts;
}

} // namespace Custody::Store
