#pragma once

#include <optional>

#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include "core/store/itemrecord.h"
#include "core/store/taskkind.h"
#include "core/store/taskstate.h"

namespace Custody::Store {

using TaskId = qint64;

/// What upsertTask() needs. A new task starts QUEUED.
struct NewTask
{
    ExportId exportId = 0;
    TaskKind kind = TaskKind::Analytics;
    QString windowLabel; ///< e.g. "2024-03-01T00:00Z/2024-03-02T00:00Z", for people
    QString idempotencyKey; ///< unique across the database; see JobStore::upsertTask()
    QString payloadJson; ///< kind-specific input (query, recording ids, cursor)
};

/// The outcome of upsertTask().
struct TaskUpsert
{
    TaskId id = 0;
    bool created = false; ///< false when the key already existed
};

/// Optional changes written together with a task transition.
struct TaskChange
{
    std::optional<QString> remoteId; ///< the job id the server gave us
    std::optional<QString> error; ///< technical text, kept as last_error
    std::optional<QString> contextId; ///< the server's contextId / correlation id for support
    std::optional<QDateTime> nextAttemptAt; ///< when a FAILED task may be retried; cleared when absent
    std::optional<QString> payloadJson; ///< replaces the payload (e.g. a new cursor)
};

/// One stored task.
struct TaskRecord
{
    TaskId id = 0;
    ExportId exportId = 0;
    TaskKind kind = TaskKind::Analytics;
    QString windowLabel;
    QString idempotencyKey;
    TaskState state = TaskState::Queued;
    std::optional<TaskState> pausedFrom; ///< set while PAUSED
    QString remoteId;
    int attempts = 0; ///< how many times the task entered SUBMITTING
    QDateTime nextAttemptAt;
    QString lastError;
    QString lastContextId;
    QString payloadJson;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Custody::Store
