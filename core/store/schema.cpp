#include "core/store/schema.h"

#include <exception>

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include "core/store/transaction.h"

namespace Custody::Store {

namespace {

Q_LOGGING_CATEGORY(lcSchema, "custody.store.schema")

StoreResult<QVariant> scalar(QSqlDatabase &db, const QString &sql, StoreError::Kind kind)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return StoreError::fromSql(kind, sql, query.lastError());
    if (!query.next())
        return StoreError { kind, QStringLiteral("%1: no row").arg(sql) };
    return query.value(0);
}

StoreStatus exec(QSqlDatabase &db, const QString &sql, StoreError::Kind kind)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return StoreError::fromSql(kind, sql, query.lastError());
    return {};
}

} // namespace

StoreStatus Schema::configure(QSqlDatabase &db)
{
    // foreign_keys and journal_mode are ignored inside a transaction, so these run before any.
    const QStringList settings { QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs), QStringLiteral("PRAGMA synchronous = NORMAL") };
    for (const QString &sql : settings) {
        if (StoreStatus status = exec(db, sql, StoreError::Kind::Open); !status)
            return status;
    }
    auto mode = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), StoreError::Kind::Open);
    if (!mode)
        return mode.error();
    // WAL needs shared memory, which some network file systems lack; the rollback journal is still crash-safe.
    if (mode.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcSchema) << "WAL journal unavailable, keeping" << mode.value().toString() << "for"
                            << db.databaseName();
    return {};
}

StoreResult<int> Schema::userVersion(QSqlDatabase &db)
{
    auto value = scalar(db, QStringLiteral("PRAGMA user_version"), StoreError::Kind::Migration);
    if (!value)
        return value.error();
    return value.value().toInt();
}

StoreResult<QString> Schema::journalMode(QSqlDatabase &db)
{
    auto value = scalar(db, QStringLiteral("PRAGMA journal_mode"), StoreError::Kind::Query);
    if (!value)
        return value.error();
    return value.value().toString().toLower();
}

StoreStatus Schema::execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (StoreStatus status = exec(db, sql, StoreError::Kind::Migration); !status)
            return status;
    }
    return {};
}

StoreStatus Schema::migrate(QSqlDatabase &db, const QList<MigrationStep> &ladder)
{
    if (ladder.isEmpty())
        return StoreError { StoreError::Kind::Migration, QStringLiteral("empty migration ladder") };
    const int target = ladder.constLast().version;

    int depth = 0;
    // IMMEDIATE so that two processes opening an old file at once migrate it one after the other.
    Transaction transaction(db, depth);
    if (!transaction.isActive())
        return StoreError { StoreError::Kind::Migration, transaction.beginError().detail };

    // Read inside the transaction: another connection may have migrated since we opened.
    const auto from = userVersion(db);
    if (!from)
        return from.error();
    if (from.value() > target) {
        return StoreError { StoreError::Kind::TooNew,
            QStringLiteral("%1 has schema version %2, this build knows %3")
                .arg(db.databaseName())
                .arg(from.value())
                .arg(target) };
    }
    if (from.value() == target)
        return {}; // the guard rolls back an empty transaction: nothing was written

    // The ladder: `if (from < 1) {...} if (from < 2) {...}`, as data.
    for (const MigrationStep &step : ladder) {
        if (from.value() >= step.version)
            continue;
        StoreStatus status = StoreError { StoreError::Kind::Migration, QString() };
        try {
            status = step.apply(db);
        } catch (const std::exception &e) {
            status = StoreError { StoreError::Kind::Migration, QString::fromLocal8Bit(e.what()) };
        }
        if (!status) {
            qCWarning(lcSchema) << "migration to version" << step.version
                                << "failed, rolled back:" << status.error().detail;
            return StoreError { StoreError::Kind::Migration,
                QStringLiteral("step to version %1: %2").arg(step.version).arg(status.error().detail) };
        }
    }
    if (StoreStatus status
        = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(target), StoreError::Kind::Migration);
        !status)
        return status;
    if (StoreStatus status = transaction.commit(); !status)
        return StoreError { StoreError::Kind::Migration, status.error().detail };
    qCInfo(lcSchema) << "migrated" << db.databaseName() << "from version" << from.value() << "to" << target;
    return {};
}

} // namespace Custody::Store
