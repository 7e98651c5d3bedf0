// JobStore: tasks and their state machine.

#include "core/store/jobstore.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "core/store/sqlvalue.h"

namespace Custody::Store {

namespace {

Q_LOGGING_CATEGORY(lcStoreTasks, "custody.store.tasks")

constexpr char TaskColumns[] = "id, export_id, kind, window_label, idempotency_key, state, paused_from, remote_id,"
                               " attempts, next_attempt_at, last_error, last_context_id, payload_json, created_at,"
                               " updated_at";

TaskState taskStateOf(const QVariant &value)
{
    const auto state = taskStateFromString(value.toString());
    // The version check refuses files from newer builds, so an unknown name means a damaged row.
    if (!state)
        qCWarning(lcStoreTasks) << "unknown task state" << value.toString() << "read as FAILED";
    return state.value_or(TaskState::Failed);
}

// The event text: the caller's words plus the error and support reference, so the trail explains a failure.
QString eventMessage(const QString &message, const TaskChange &change)
{
    QString text = message;
    if (change.error && !change.error->isEmpty())
        text += QStringLiteral(" [error: %1]").arg(*change.error);
    if (change.contextId && !change.contextId->isEmpty())
        text += QStringLiteral(" [context id: %1]").arg(*change.contextId);
    return text;
}

// Binds a "CASE WHEN ? THEN ? ELSE column END" pair: only a present optional changes the column.
void bindOptional(QSqlQuery &query, int position, const std::optional<QString> &value)
{
    query.bindValue(position, value.has_value() ? 1 : 0);
    query.bindValue(position + 1, value ? SqlValue::nullableText(*value) : QVariant());
}

} // namespace

TaskRecord JobStore::taskFromRow(const QSqlQuery &query)
{
    TaskRecord record;
    record.id = query.value(0).toLongLong();
    record.exportId = query.value(1).toLongLong();
    const auto kind = taskKindFromString(query.value(2).toString());
    if (!kind)
        qCWarning(lcStoreTasks) << "unknown task kind" << query.value(2).toString() << "in task" << record.id;
    record.kind = kind.value_or(TaskKind::Analytics);
    record.windowLabel = query.value(3).toString();
    record.idempotencyKey = query.value(4).toString();
    record.state = taskStateOf(query.value(5));
    if (!query.value(6).isNull())
        record.pausedFrom = taskStateFromString(query.value(6).toString());
    record.remoteId = query.value(7).toString();
    record.attempts = query.value(8).toInt();
    record.nextAttemptAt = SqlValue::toTime(query.value(9));
    record.lastError = query.value(10).toString();
    record.lastContextId = query.value(11).toString();
    record.payloadJson = query.value(12).toString();
    record.createdAt = SqlValue::toTime(query.value(13));
    record.updatedAt = SqlValue::toTime(query.value(14));
    return record;
}

StoreResult<TaskRecord> JobStore::loadTask(TaskId id) const
{
    const auto query = execReadFirst(prepared(Statement::TaskById, "SELECT %1 FROM tasks WHERE id = ?", TaskColumns),
        { id }, "read task", QStringLiteral("no task with id %1").arg(id));
    if (!query)
        return query.error();
    const FinishGuard finish(query.value());
    return taskFromRow(*query.value());
}

StoreResult<TaskRecord> JobStore::taskById(TaskId id) const
{
    return loadTask(id);
}

StoreResult<TaskUpsert> JobStore::upsertTask(const NewTask &task)
{
    if (task.idempotencyKey.isEmpty())
        return StoreError { StoreError::Kind::Query, QStringLiteral("a task needs an idempotency key") };
    // BEGIN IMMEDIATE serialises writers, so the look-up and the insert below cannot race another store.
    Transaction tx = transaction();
    if (!tx.isActive())
        return tx.beginError();
    {
        const auto query
            = execRead(prepared(Statement::TaskByKey, "SELECT id, export_id FROM tasks WHERE idempotency_key = ?"),
                { task.idempotencyKey }, "find task by key");
        if (!query)
            return query.error();
        QSqlQuery &q = *query.value();
        const FinishGuard finish(&q);
        if (q.next()) {
            const TaskId existing = q.value(0).toLongLong();
            const ExportId owner = q.value(1).toLongLong();
            if (owner != task.exportId) {
                return StoreError { StoreError::Kind::Conflict,
                    QStringLiteral("idempotency key %1 belongs to task %2 of export %3, not export %4")
                        .arg(task.idempotencyKey)
                        .arg(existing)
                        .arg(owner)
                        .arg(task.exportId) };
            }
            return TaskUpsert { existing, false };
        }
    }
    auto query = prepared(Statement::InsertTask,
        "INSERT INTO tasks (export_id, kind, window_label, idempotency_key, state, payload_json, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    const QString now = SqlValue::now();
    q.bindValue(0, task.exportId);
    q.bindValue(1, toString(task.kind));
    q.bindValue(2, SqlValue::text(task.windowLabel));
    q.bindValue(3, task.idempotencyKey);
    q.bindValue(4, toString(TaskState::Queued));
    q.bindValue(5, SqlValue::nullableText(task.payloadJson));
    q.bindValue(6, now);
    q.bindValue(7, now);
    if (StoreStatus status = execWrite(q, "insert task"); !status)
        return status.error();
    const TaskId id = q.lastInsertId().toLongLong();
    if (StoreStatus status = insertEvent({ task.exportId, id, {}, EventKind::TaskCreated, {},
            toString(TaskState::Queued), QStringLiteral("%1 task %2").arg(toString(task.kind), task.windowLabel) });
        !status)
        return status.error();
    if (StoreStatus status = tx.commit(); !status)
        return status.error();
    return TaskUpsert { id, true };
}

StoreResult<QList<TaskRecord>> JobStore::tasksForExport(ExportId exportId, std::optional<TaskState> state) const
{
    auto query = state
        ? prepared(Statement::TasksForExportInState,
            "SELECT %1 FROM tasks WHERE export_id = ? AND state = ? ORDER BY id", TaskColumns)
        : prepared(Statement::TasksForExport, "SELECT %1 FROM tasks WHERE export_id = ? ORDER BY id", TaskColumns);
    const auto executed = execRead(
        query, state ? QVariantList { exportId, toString(*state) } : QVariantList { exportId }, "list tasks");
    if (!executed)
        return executed.error();
    QSqlQuery &q = *executed.value();
    const FinishGuard finish(&q);
    QList<TaskRecord> rows;
    while (q.next())
        rows.append(taskFromRow(q));
    return rows;
}

StoreStatus JobStore::transitionTask(TaskId id, TaskState to, const QString &message, const TaskChange &change)
{
    Transaction tx = transaction();
    if (!tx.isActive())
        return tx.beginError();
    const auto task = loadTask(id);
    if (!task)
        return task.error();
    const TaskState from = task.value().state;
    const bool resuming = from == TaskState::Paused && task.value().pausedFrom.has_value();
    if (!canTransition(from, to) || (resuming && !canResume(*task.value().pausedFrom, to))) {
        return StoreError { StoreError::Kind::IllegalTransition,
            QStringLiteral("task %1: %2 -> %3 is not allowed").arg(id).arg(toString(from), toString(to)) };
    }

    auto query = prepared(Statement::UpdateTaskState,
        "UPDATE tasks SET state = ?, paused_from = ?, attempts = attempts + ?, next_attempt_at = ?,"
        " remote_id = CASE WHEN ? THEN ? ELSE remote_id END,"
        " last_error = CASE WHEN ? THEN ? ELSE last_error END,"
        " last_context_id = CASE WHEN ? THEN ? ELSE last_context_id END,"
        " payload_json = CASE WHEN ? THEN ? ELSE payload_json END,"
        " updated_at = ? WHERE id = ?");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    q.bindValue(0, toString(to));
    q.bindValue(1, to == TaskState::Paused ? QVariant(toString(from)) : QVariant());
    // Resuming into SUBMITTING continues the interrupted attempt rather than starting a new one.
    q.bindValue(2, to == TaskState::Submitting && from != TaskState::Paused ? 1 : 0);
    q.bindValue(3, change.nextAttemptAt ? SqlValue::time(*change.nextAttemptAt) : QVariant());
    bindOptional(q, 4, change.remoteId);
    bindOptional(q, 6, change.error);
    bindOptional(q, 8, change.contextId);
    bindOptional(q, 10, change.payloadJson);
    q.bindValue(12, SqlValue::now());
    q.bindValue(13, id);
    if (StoreStatus status = execWrite(q, "update task state"); !status)
        return status;
    if (StoreStatus status = insertEvent({ task.value().exportId, id, {}, EventKind::TaskStateChanged, toString(from),
            toString(to), eventMessage(message, change) });
        !status)
        return status;
    return tx.commit();
}

StoreStatus JobStore::resumeTask(TaskId id, const QString &message)
{
    const auto task = loadTask(id);
    if (!task)
        return task.error();
    if (task.value().state != TaskState::Paused) {
        return StoreError { StoreError::Kind::IllegalTransition,
            QStringLiteral("task %1 is %2, not PAUSED").arg(id).arg(toString(task.value().state)) };
    }
    // transitionTask() checks again inside its transaction, so a change in between cannot slip through.
    return transitionTask(id, task.value().pausedFrom.value_or(TaskState::Queued), message);
}

StoreStatus JobStore::setTaskRemoteId(TaskId id, const QString &remoteId)
{
    Transaction tx = transaction();
    if (!tx.isActive())
        return tx.beginError();
    const auto task = loadTask(id);
    if (!task)
        return task.error();
    auto query = prepared(Statement::SetTaskRemoteId, "UPDATE tasks SET remote_id = ?, updated_at = ? WHERE id = ?");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    q.bindValue(0, SqlValue::nullableText(remoteId));
    q.bindValue(1, SqlValue::now());
    q.bindValue(2, id);
    if (StoreStatus status = execWrite(q, "set task remote id"); !status)
        return status;
    const QString state = toString(task.value().state);
    if (StoreStatus status = insertEvent({ task.value().exportId, id, {}, EventKind::TaskRemoteId, state, state,
            QStringLiteral("remote job id %1").arg(remoteId) });
        !status)
        return status;
    return tx.commit();
}

StoreStatus JobStore::setTaskPayload(TaskId id, const QString &payloadJson)
{
    // No event: a cursor saved after every page would bury the trail; the state events tell the story.
    Transaction tx = transaction();
    if (!tx.isActive())
        return tx.beginError();
    auto query = prepared(Statement::SetTaskPayload, "UPDATE tasks SET payload_json = ?, updated_at = ? WHERE id = ?");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    q.bindValue(0, SqlValue::nullableText(payloadJson));
    q.bindValue(1, SqlValue::now());
    q.bindValue(2, id);
    if (StoreStatus status = execWrite(q, "set task payload"); !status)
        return status;
    if (q.numRowsAffected() != 1)
        return StoreError { StoreError::Kind::NotFound, QStringLiteral("no task with id %1").arg(id) };
    return tx.commit();
}

} // namespace Custody::Store
