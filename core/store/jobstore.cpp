#include "core/store/jobstore.h"

#include <atomic>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "core/store/sqlvalue.h"

namespace Custody::Store {

namespace {

Q_LOGGING_CATEGORY(lcStore, "custody.store")

constexpr char ExportColumns[]
    = "id, uuid, name, profile_id, spec_json, state, destination, created_at, updated_at, finished_at";
constexpr char EventColumns[] = "id, export_id, task_id, item_id, at, kind, from_state, to_state, message";

// Qt Sql connections are registered globally by name; a process-wide serial keeps every store's name unique.
std::atomic<quint64> g_connectionSerial { 0 };

ExportState exportStateOf(const QVariant &value)
{
    const auto state = exportStateFromString(value.toString());
    if (!state)
        qCWarning(lcStore) << "unknown export state" << value.toString() << "read as CREATED";
    return state.value_or(ExportState::Created);
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant();
}

} // namespace

JobStore::FinishGuard::~FinishGuard()
{
    m_query->finish();
}

JobStore::JobStore()
    : m_connectionName(QStringLiteral("custody.store.%1").arg(++g_connectionSerial))
{
}

JobStore::~JobStore()
{
    close();
}

StoreStatus JobStore::open(const QString &path, const QList<MigrationStep> &ladder)
{
    close();
    const QLatin1String driver("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return StoreError { StoreError::Kind::Open, QStringLiteral("the Qt SQLite driver (QSQLITE) is missing") };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return StoreError { StoreError::Kind::Open,
            QStringLiteral("cannot create folder %1").arg(info.absolutePath()) };

    m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        const StoreError error = StoreError::fromSql(StoreError::Kind::Open, path, m_db.lastError());
        close();
        return error;
    }
    m_path = path;
    if (StoreStatus status = Schema::configure(m_db); !status) {
        close();
        return status;
    }
    if (StoreStatus status = Schema::migrate(m_db, ladder); !status) {
        close();
        return status;
    }
    return {};
}

void JobStore::close()
{
    // Every QSqlQuery and QSqlDatabase copy must be gone before the connection is removed.
    for (auto &statement : m_statements)
        statement.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
    m_transactionDepth = 0;
}

bool JobStore::isOpen() const
{
    return m_db.isOpen();
}

Transaction JobStore::transaction()
{
    return Transaction(m_db, m_transactionDepth);
}

void JobStore::setFailAfterOperations(int n)
{
    m_failAfter = qMax(0, n);
}

StoreStatus JobStore::requireOpen() const
{
    if (!isOpen())
        return StoreError { StoreError::Kind::Query, QStringLiteral("the job store is not open") };
    return {};
}

StoreResult<QSqlQuery *> JobStore::prepared(Statement id, const char *sql, const char *columns) const
{
    std::unique_ptr<QSqlQuery> &slot = m_statements.at(static_cast<std::size_t>(id));
    if (slot)
        return slot.get();
    if (StoreStatus status = requireOpen(); !status)
        return status.error();
    QString text = QString::fromLatin1(sql);
    if (columns)
        text = text.arg(QLatin1String(columns));
    auto query = std::make_unique<QSqlQuery>(m_db);
    if (!query->prepare(text))
        return StoreError::fromSql(StoreError::Kind::Query, text, query->lastError());
    slot = std::move(query);
    return slot.get();
}

StoreResult<QSqlQuery *> JobStore::execRead(
    const StoreResult<QSqlQuery *> &query, const QVariantList &values, const char *what)
{
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec()) {
        const StoreError error = StoreError::fromSql(StoreError::Kind::Query, QLatin1String(what), q.lastError());
        q.finish();
        return error;
    }
    return &q;
}

StoreResult<QSqlQuery *> JobStore::execReadFirst(
    const StoreResult<QSqlQuery *> &query, const QVariantList &values, const char *what, const QString &missing)
{
    auto executed = execRead(query, values, what);
    if (!executed)
        return executed;
    if (!executed.value()->next()) {
        executed.value()->finish();
        return StoreError { StoreError::Kind::NotFound, missing };
    }
    return executed;
}

StoreStatus JobStore::execWrite(QSqlQuery &query, const char *what)
{
    if (m_failAfter > 0 && --m_failAfter == 0)
        return StoreError { StoreError::Kind::Injected,
            QStringLiteral("injected failure: %1").arg(QLatin1String(what)) };
    if (!query.exec())
        return StoreError::fromSql(StoreError::Kind::Query, QLatin1String(what), query.lastError());
    return {};
}

StoreStatus JobStore::insertEvent(const NewEvent &event, EventId *id)
{
    auto query = prepared(Statement::InsertEvent,
        "INSERT INTO events (export_id, task_id, item_id, at, kind, from_state, to_state, message)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    q.bindValue(0, event.exportId);
    q.bindValue(1, idOrNull(event.taskId));
    q.bindValue(2, idOrNull(event.itemId));
    q.bindValue(3, SqlValue::now());
    q.bindValue(4, SqlValue::text(event.kind));
    q.bindValue(5, SqlValue::nullableText(event.fromState));
    q.bindValue(6, SqlValue::nullableText(event.toState));
    q.bindValue(7, SqlValue::text(event.message));
    if (StoreStatus status = execWrite(q, "insert event"); !status)
        return status;
    if (id)
        *id = q.lastInsertId().toLongLong();
    return {};
}

// --- Exports -----------------------------------------------------------------

StoreResult<ExportId> JobStore::createExport(const NewExport &newExport)
{
    Transaction tx = transaction();
    if (!tx.isActive())
        return tx.beginError();
    auto query = prepared(Statement::InsertExport,
        "INSERT INTO exports (uuid, name, profile_id, spec_json, state, destination, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    const QUuid uuid = newExport.uuid.isNull() ? QUuid::createUuid() : newExport.uuid;
    const QString now = SqlValue::now();
    q.bindValue(0, uuid.toString(QUuid::WithoutBraces));
    q.bindValue(1, SqlValue::text(newExport.name));
    q.bindValue(2, SqlValue::text(newExport.profileId));
    q.bindValue(3, SqlValue::text(newExport.specJson));
    q.bindValue(4, toString(ExportState::Created));
    q.bindValue(5, SqlValue::text(newExport.destination));
    q.bindValue(6, now);
    q.bindValue(7, now);
    if (StoreStatus status = execWrite(q, "insert export"); !status)
        return status.error();
    const ExportId id = q.lastInsertId().toLongLong();
    if (StoreStatus status = insertEvent({ id, {}, {}, EventKind::ExportCreated, {}, toString(ExportState::Created),
            QStringLiteral("export \"%1\" created, destination %2").arg(newExport.name, newExport.destination) });
        !status)
        return status.error();
    if (StoreStatus status = tx.commit(); !status)
        return status.error();
    return id;
}

ExportRecord JobStore::exportFromRow(const QSqlQuery &query)
{
    ExportRecord record;
    record.id = query.value(0).toLongLong();
    record.uuid = QUuid::fromString(query.value(1).toString());
    record.name = query.value(2).toString();
    record.profileId = query.value(3).toString();
    record.specJson = query.value(4).toString();
    record.state = exportStateOf(query.value(5));
    record.destination = query.value(6).toString();
    record.createdAt = SqlValue::toTime(query.value(7));
    record.updatedAt = SqlValue::toTime(query.value(8));
    record.finishedAt = SqlValue::toTime(query.value(9));
    return record;
}

StoreResult<ExportRecord> JobStore::exportById(ExportId id) const
{
    const auto query
        = execReadFirst(prepared(Statement::ExportById, "SELECT %1 FROM exports WHERE id = ?", ExportColumns), { id },
            "read export", QStringLiteral("no export with id %1").arg(id));
    if (!query)
        return query.error();
    const FinishGuard finish(query.value());
    return exportFromRow(*query.value());
}

StoreResult<QList<ExportSummary>> JobStore::listExports() const
{
    QList<ExportSummary> rows;
    QHash<ExportId, qsizetype> rowOf;
    {
        const auto query
            = execRead(prepared(Statement::ListExports,
                           "SELECT id, uuid, name, state, destination, created_at, updated_at, finished_at FROM exports"
                           " ORDER BY id DESC"),
                {}, "list exports");
        if (!query)
            return query.error();
        QSqlQuery &q = *query.value();
        const FinishGuard finish(&q);
        while (q.next()) {
            ExportSummary row;
            row.id = q.value(0).toLongLong();
            row.uuid = QUuid::fromString(q.value(1).toString());
            row.name = q.value(2).toString();
            row.state = exportStateOf(q.value(3));
            row.destination = q.value(4).toString();
            row.createdAt = SqlValue::toTime(q.value(5));
            row.updatedAt = SqlValue::toTime(q.value(6));
            row.finishedAt = SqlValue::toTime(q.value(7));
            rowOf.insert(row.id, rows.size());
            rows.append(row);
        }
    }
    const auto query = execRead(
        prepared(Statement::CountAllItems, "SELECT export_id, state, COUNT(*) FROM items GROUP BY export_id, state"),
        {}, "count items");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    const FinishGuard finish(&q);
    while (q.next()) {
        const auto row = rowOf.constFind(q.value(0).toLongLong());
        const auto state = itemStateFromString(q.value(1).toString());
        // An export created after the first query, or a state from a newer build, is left out.
        if (row != rowOf.cend() && state)
            rows[*row].items.add(*state, q.value(2).toLongLong());
    }
    return rows;
}

StoreStatus JobStore::setExportState(ExportId id, ExportState state, const QString &message)
{
    Transaction tx = transaction();
    if (!tx.isActive())
        return tx.beginError();
    QString from;
    {
        const auto query = execReadFirst(prepared(Statement::ExportState, "SELECT state FROM exports WHERE id = ?"),
            { id }, "read export state", QStringLiteral("no export with id %1").arg(id));
        if (!query)
            return query.error();
        const FinishGuard finish(query.value());
        from = query.value()->value(0).toString();
    }
    auto query = prepared(
        Statement::SetExportState, "UPDATE exports SET state = ?, updated_at = ?, finished_at = ? WHERE id = ?");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    const QString now = SqlValue::now();
    q.bindValue(0, toString(state));
    q.bindValue(1, now);
    // Leaving a finished state (a failed export restarted) clears finished_at again.
    q.bindValue(2, isFinished(state) ? QVariant(now) : QVariant());
    q.bindValue(3, id);
    if (StoreStatus status = execWrite(q, "update export state"); !status)
        return status;
    if (StoreStatus status = insertEvent({ id, {}, {}, EventKind::ExportStateChanged, from, toString(state), message });
        !status)
        return status;
    return tx.commit();
}

// --- Events ------------------------------------------------------------------

StoreResult<QList<EventRecord>> JobStore::events(ExportId exportId, EventId afterId, int limit) const
{
    const auto query
        = execRead(prepared(Statement::EventsPage,
                       "SELECT %1 FROM events WHERE export_id = ? AND id > ? ORDER BY id LIMIT ?", EventColumns),
            { exportId, afterId, qMax(0, limit) }, "read events");
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    const FinishGuard finish(&q);
    QList<EventRecord> rows;
    while (q.next()) {
        EventRecord row;
        row.id = q.value(0).toLongLong();
        row.exportId = q.value(1).toLongLong();
        row.taskId = optionalId(q.value(2));
        row.itemId = optionalId(q.value(3));
        row.at = SqlValue::toTime(q.value(4));
        row.kind = q.value(5).toString();
        row.fromState = q.value(6).toString();
        row.toState = q.value(7).toString();
        row.message = q.value(8).toString();
        rows.append(row);
    }
    return rows;
}

StoreResult<EventId> JobStore::appendEvent(const NewEvent &event)
{
    if (event.kind.isEmpty())
        return StoreError { StoreError::Kind::Query, QStringLiteral("an event needs a kind") };
    Transaction tx = transaction();
    if (!tx.isActive())
        return tx.beginError();
    EventId id = 0;
    if (StoreStatus status = insertEvent(event, &id); !status)
        return status.error();
    if (StoreStatus status = tx.commit(); !status)
        return status.error();
    return id;
}

} // namespace Custody::Store
