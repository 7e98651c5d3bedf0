#pragma once

#include <array>
#include <memory>
#include <optional>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QtGlobal>

#include "core/store/eventrecord.h"
#include "core/store/exportrecord.h"
#include "core/store/itemrecord.h"
#include "core/store/schema.h"
#include "core/store/storeresult.h"
#include "core/store/taskrecord.h"
#include "core/store/transaction.h"

class QSqlQuery;

namespace Custody::Store {

/// The engine's source of truth: exports, their tasks and items, and the
/// audit trail, in one SQLite file.
///
/// Every state change is committed before the caller acts on it, and every
/// task or item transition writes its event row in the same transaction, so a
/// crash at any instant leaves a consistent file to resume from. Writes
/// return StoreStatus/StoreResult; a failed write has been rolled back
/// completely.
///
/// Each JobStore owns its own uniquely named Qt Sql connection: several
/// stores (on the same file or on different files) can coexist, and a worker
/// thread opens its own store. A store must only be used from the thread
/// that opened it. UI reads should use a store of their own so they never
/// wait behind the engine's writes (WAL lets readers run alongside a writer).
///
/// Nothing secret is stored: there is no column for tokens, client secrets
/// or passwords.
class JobStore final
{
    Q_DISABLE_COPY_MOVE(JobStore)

public:
    JobStore();
    ~JobStore();

    /// Opens (creating if needed) the database at \a path, applies the
    /// connection settings and migrates it with \a ladder in one transaction.
    /// On failure the store stays closed and the file unchanged.
    [[nodiscard]] StoreStatus open(const QString &path, const QList<MigrationStep> &ladder = Schema::ladder());

    /// Closes the connection and unregisters it. Safe to call when closed.
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }

    /// The Qt Sql connection name (unique per store instance).
    QString connectionName() const { return m_connectionName; }

    /// A guard that groups several store calls into one atomic change (they
    /// nest as savepoints). Check isActive(), then commit().
    [[nodiscard]] Transaction transaction();

    /// Test hook: the \a n-th data write from now on (1 = the next) fails
    /// with StoreError::Kind::Injected, as a full disk would. Every insert or
    /// update of a row counts, events included. n <= 0 disarms it.
    void setFailAfterOperations(int n);

    // --- Exports -------------------------------------------------------------

    /// Inserts an export in CREATED state, with an "export-created" event.
    [[nodiscard]] StoreResult<ExportId> createExport(const NewExport &newExport);
    [[nodiscard]] StoreResult<ExportRecord> exportById(ExportId id) const;
    /// Every export, newest first, with item counts by state (one GROUP BY query).
    [[nodiscard]] StoreResult<QList<ExportSummary>> listExports() const;
    /// Records the export's state with an "export-state" event; entering a
    /// finished state sets finished_at.
    [[nodiscard]] StoreStatus setExportState(ExportId id, ExportState state, const QString &message = {});

    // --- Tasks (jobstoretasks.cpp) -------------------------------------------

    /// Inserts a QUEUED task, or returns the existing one with the same
    /// idempotency key (created = false), so planning again after a crash
    /// adds nothing. A key that belongs to another export is a Conflict.
    [[nodiscard]] StoreResult<TaskUpsert> upsertTask(const NewTask &task);
    [[nodiscard]] StoreResult<TaskRecord> taskById(TaskId id) const;
    /// The export's tasks in creation order, optionally only those in \a state.
    [[nodiscard]] StoreResult<QList<TaskRecord>> tasksForExport(
        ExportId exportId, std::optional<TaskState> state = std::nullopt) const;

    /// Moves a task to \a to if canTransition() allows it (and, out of
    /// PAUSED, canResume() with the stored paused-from state), writing
    /// \a change and a "task-state" event in one transaction. An illegal move
    /// is an IllegalTransition error and writes nothing. Entering SUBMITTING
    /// counts an attempt.
    [[nodiscard]] StoreStatus transitionTask(
        TaskId id, TaskState to, const QString &message, const TaskChange &change = {});
    /// Moves a PAUSED task back to the state it was paused from.
    [[nodiscard]] StoreStatus resumeTask(TaskId id, const QString &message);
    /// Records the server's job id (with a "task-remote-id" event), without a state change.
    [[nodiscard]] StoreStatus setTaskRemoteId(TaskId id, const QString &remoteId);
    /// Replaces the task's payload, e.g. to save a paging cursor after each page.
    [[nodiscard]] StoreStatus setTaskPayload(TaskId id, const QString &payloadJson);

    // --- Items (jobstoreitems.cpp) -------------------------------------------

    /// Adds PENDING items in one transaction, ignoring any already present;
    /// returns how many were new. One "items-added" event summarises the call.
    [[nodiscard]] StoreResult<qint64> addItems(ExportId exportId, const QList<NewItem> &items);
    /// Moves every item in \a ids to \a to in one transaction with one event
    /// each. If any move is illegal or any id unknown, nothing is written.
    /// \a error is stored on the items when given (and cleared on PENDING).
    [[nodiscard]] StoreStatus transitionItems(
        const QList<ItemId> &ids, ItemState to, const QString &message, const QString &error = {});
    /// Stores a presigned URL and moves the item to URL_READY.
    [[nodiscard]] StoreStatus setItemUrl(ItemId id, const QUrl &url, const QDateTime &receivedAt,
        const QString &contentType, const QString &sourceJobId);
    /// Stores where and what was written and moves the item to DOWNLOADED.
    [[nodiscard]] StoreStatus recordDownload(
        ItemId id, const QString &relativePath, qint64 size, const QString &sha256, const QString &sourceJobId);
    [[nodiscard]] StoreResult<ItemRecord> itemById(ItemId id) const;
    /// The item of \a exportId for (\a conversationId, \a recordingId); an empty
    /// recording id names the conversation-level item that stands for all of
    /// a conversation's recordings until a batch expands it.
    [[nodiscard]] StoreResult<ItemRecord> itemByKey(
        ExportId exportId, const QString &conversationId, const QString &recordingId) const;
    /// One page of the export's items in id order, optionally only those in \a state.
    [[nodiscard]] StoreResult<QList<ItemRecord>> itemsForExport(
        ExportId exportId, std::optional<ItemState> state, int limit, int offset) const;
    /// The export's items counted by state.
    [[nodiscard]] StoreResult<ItemCounts> countItems(ExportId exportId) const;

    // --- Events --------------------------------------------------------------

    /// Up to \a limit events of the export with id > \a afterId, oldest first.
    [[nodiscard]] StoreResult<QList<EventRecord>> events(ExportId exportId, EventId afterId, int limit) const;
    /// Appends a free-form audit entry; returns its id.
    [[nodiscard]] StoreResult<EventId> appendEvent(const NewEvent &event);

private:
    /// Keys of the prepared-statement cache; each is prepared on first use.
    enum class Statement {
        InsertExport,
        ExportById,
        ListExports,
        CountAllItems,
        ExportState,
        SetExportState,
        InsertTask,
        TaskByKey,
        TaskById,
        TasksForExport,
        TasksForExportInState,
        UpdateTaskState,
        SetTaskRemoteId,
        SetTaskPayload,
        InsertItem,
        ItemStateById,
        UpdateItemState,
        SetItemUrl,
        RecordDownload,
        ItemById,
        ItemByKey,
        ItemsPage,
        ItemsPageInState,
        CountItems,
        InsertEvent,
        EventsPage,
        Count // keep last
    };

    /// Calls finish() on a prepared query when leaving scope, so no read snapshot stays open.
    class FinishGuard final
    {
        Q_DISABLE_COPY_MOVE(FinishGuard)

    public:
        explicit FinishGuard(QSqlQuery *query)
            : m_query(query)
        {
        }
        ~FinishGuard();

    private:
        QSqlQuery *m_query;
    };

    /// The cached statement \a id, prepared from \a sql on first use (with
    /// "%1" replaced by \a columns when given).
    StoreResult<QSqlQuery *> prepared(Statement id, const char *sql, const char *columns = nullptr) const;
    StoreStatus requireOpen() const;
    /// Binds \a values in order to the prepared read \a query and runs it;
    /// \a what names the read in an error. After an error the query is
    /// finished already; otherwise the caller finishes it (FinishGuard).
    static StoreResult<QSqlQuery *> execRead(
        const StoreResult<QSqlQuery *> &query, const QVariantList &values, const char *what);
    /// execRead(), then onto the first row: a read without rows is NotFound
    /// with the detail \a missing.
    static StoreResult<QSqlQuery *> execReadFirst(
        const StoreResult<QSqlQuery *> &query, const QVariantList &values, const char *what, const QString &missing);
    /// Runs a prepared write, after the failure-injection check.
    StoreStatus execWrite(QSqlQuery &query, const char *what);
    StoreStatus insertEvent(const NewEvent &event, EventId *id = nullptr);
    StoreResult<TaskRecord> loadTask(TaskId id) const;

    /// The columns a state check needs, without reading the whole row.
    struct ItemHead
    {
        ExportId exportId = 0;
        ItemState state = ItemState::Pending;
    };
    StoreResult<ItemHead> itemHead(ItemId id) const;
    /// itemHead(), or IllegalTransition when the item may not move to \a to.
    StoreResult<ItemHead> itemHeadMovingTo(ItemId id, ItemState to) const;

    static ExportRecord exportFromRow(const QSqlQuery &query);
    static TaskRecord taskFromRow(const QSqlQuery &query);
    static ItemRecord itemFromRow(const QSqlQuery &query);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    mutable std::array<std::unique_ptr<QSqlQuery>, static_cast<std::size_t>(Statement::Count)> m_statements;
    int m_transactionDepth = 0;
    int m_failAfter = 0;
};

} // namespace Custody::Store
