#pragma once

#include <functional>

#include <QList>
#include <QString>

#include "core/store/storeresult.h"

class QSqlDatabase;

namespace Custody::Store {

/// One rung of the migration ladder: brings a database from version - 1 to
/// \a version. A step runs inside the migration's transaction and must not
/// begin or end one itself.
struct MigrationStep
{
    int version = 0;
    std::function<StoreStatus(QSqlDatabase &db)> apply;
};

/// The job database's shape: connection settings, the version kept in
/// `PRAGMA user_version`, and the migration ladder.
///
/// The database never holds secrets: there is no column for tokens, client
/// secrets or passwords, and none may be added (credentials live in the
/// system keychain only).
class Schema final
{
public:
    /// The schema version this build writes.
    static constexpr int CurrentVersion = 1;

    /// Milliseconds a connection waits for another writer before giving up.
    static constexpr int BusyTimeoutMs = 5000;

    /// The ladder of this build, ascending and contiguous from 1 to CurrentVersion.
    static QList<MigrationStep> ladder();

    /// Applies the per-connection settings: WAL journal, synchronous=NORMAL,
    /// foreign keys, busy timeout. Must run outside a transaction. A file
    /// system that cannot do WAL keeps its rollback journal, with a warning.
    [[nodiscard]] static StoreStatus configure(QSqlDatabase &db);

    /// The file's `PRAGMA user_version` (0 for a new file).
    [[nodiscard]] static StoreResult<int> userVersion(QSqlDatabase &db);

    /// The active `PRAGMA journal_mode`, lowercase ("wal", "delete", ...).
    [[nodiscard]] static StoreResult<QString> journalMode(QSqlDatabase &db);

    /// Runs every step of \a ladder above the file's version, then sets
    /// user_version to the last step's version, all in ONE transaction: on any
    /// failure everything is rolled back and the file stays as it was. A file
    /// already at the ladder's top is left untouched; a newer file is refused.
    [[nodiscard]] static StoreStatus migrate(QSqlDatabase &db, const QList<MigrationStep> &ladder);

    /// Runs each of \a statements in turn, stopping at the first failure.
    /// A helper for migration steps.
    [[nodiscard]] static StoreStatus execAll(QSqlDatabase &db, const QStringList &statements);
};

} // namespace Custody::Store
