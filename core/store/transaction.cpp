#include "core/store/transaction.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace Custody::Store {

namespace {

Q_LOGGING_CATEGORY(lcTransaction, "custody.store.transaction")

QString savepointName(int level)
{
    return QStringLiteral("custody_sp%1").arg(level);
}

} // namespace

Transaction::Transaction(QSqlDatabase db, int &depth)
    : m_db(std::move(db))
    , m_depth(depth)
    , m_level(depth + 1)
{
    if (!m_db.isOpen()) {
        m_beginError = StoreError { StoreError::Kind::Query, QStringLiteral("the database is not open") };
        return;
    }
    const QString sql
        = m_level == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT %1").arg(savepointName(m_level));
    QString error;
    if (!run(sql, &error)) {
        m_beginError = StoreError { StoreError::Kind::Query, QStringLiteral("%1: %2").arg(sql, error) };
        return;
    }
    m_active = true;
    m_depth = m_level;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

StoreStatus Transaction::commit()
{
    Q_ASSERT(m_active);
    Q_ASSERT(m_depth == m_level);
    if (!m_active)
        return StoreError { StoreError::Kind::Query, QStringLiteral("commit without an active transaction") };
    const QString sql
        = m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE %1").arg(savepointName(m_level));
    QString error;
    if (!run(sql, &error))
        return StoreError { StoreError::Kind::Query, QStringLiteral("%1: %2").arg(sql, error) };
    m_active = false;
    m_depth = m_level - 1;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    Q_ASSERT(m_depth == m_level);
    QString error;
    if (m_level == 1) {
        if (!run(QStringLiteral("ROLLBACK"), &error))
            qCWarning(lcTransaction) << "rollback failed:" << error;
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE then removes it without committing anything.
        const QString name = savepointName(m_level);
        if (!run(QStringLiteral("ROLLBACK TO %1").arg(name), &error)
            || !run(QStringLiteral("RELEASE %1").arg(name), &error))
            qCWarning(lcTransaction) << "rollback to savepoint failed:" << error;
    }
    m_active = false;
    m_depth = m_level - 1;
}

bool Transaction::run(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace Custody::Store
