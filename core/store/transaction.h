#pragma once

#include <QSqlDatabase>
#include <QtGlobal>

#include "core/store/storeresult.h"

namespace Custody::Store {

/// A scoped database transaction: begins in the constructor, commit() makes
/// the work durable, and the destructor rolls back anything not committed,
/// so an early return or a failed write never leaves half a change behind.
///
/// Guards nest: the outermost one is `BEGIN IMMEDIATE` (it takes the write
/// lock up front, so a busy database makes us wait up to the busy timeout
/// instead of failing at the first write), inner ones are savepoints. Inner
/// guards must end before outer ones. \a depth is the connection's nesting
/// counter and must outlive the guard.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    Transaction(QSqlDatabase db, int &depth);
    ~Transaction();

    /// False when BEGIN (or SAVEPOINT) failed; see beginError().
    bool isActive() const { return m_active; }

    /// Why the transaction could not begin; meaningful only when !isActive().
    const StoreError &beginError() const { return m_beginError; }

    /// Commits (or releases the savepoint). On failure the transaction stays
    /// open and the destructor rolls it back.
    [[nodiscard]] StoreStatus commit();

    /// Rolls back now instead of in the destructor.
    void rollback();

private:
    bool run(const QString &sql, QString *error);

    QSqlDatabase m_db;
    int &m_depth;
    int m_level = 0; ///< 1 for the outermost transaction, more for savepoints
    bool m_active = false;
    StoreError m_beginError;
};

} // namespace Custody::Store
