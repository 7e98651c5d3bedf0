#include "core/store/storeerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Custody::Store {

namespace {
constexpr char TranslationContext[] = "Custody::Store::StoreError";
}

QString StoreError::userMessage() const
{
    switch (kind) {
    case Kind::Open:
        return QCoreApplication::translate(TranslationContext,
            "Custody could not open its job database. Check that the data folder exists, is writable and "
            "has free space, then try again.");
    case Kind::Migration:
        return QCoreApplication::translate(TranslationContext,
            "Custody could not update its job database to this version. Nothing was changed; free some disk "
            "space or restore the file from a backup, then start Custody again.");
    case Kind::TooNew:
        return QCoreApplication::translate(TranslationContext,
            "The job database was written by a newer version of Custody. Install that version (or newer) to "
            "open it.");
    case Kind::Query:
        return QCoreApplication::translate(TranslationContext,
            "Custody could not save or read its job records. The last change was not saved; check free disk "
            "space and that no other program locks the database, then retry.");
    case Kind::IllegalTransition:
        return QCoreApplication::translate(TranslationContext,
            "This step is not possible in the task's current state. Nothing was changed; refresh the view and "
            "try again.");
    case Kind::NotFound:
        return QCoreApplication::translate(
            TranslationContext, "The requested export, task or item no longer exists. Refresh the view.");
    case Kind::Conflict:
        return QCoreApplication::translate(TranslationContext,
            "This work is already planned by another export. Open that export instead, or change the filters.");
    case Kind::Injected:
        return QCoreApplication::translate(TranslationContext, "A simulated storage failure occurred (test mode).");
    }
    return {};
}

QString StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Open:
        return QStringLiteral("open");
    case Kind::Migration:
        return QStringLiteral("migration");
    case Kind::TooNew:
        return QStringLiteral("too-new");
    case Kind::Query:
        return QStringLiteral("query");
    case Kind::IllegalTransition:
        return QStringLiteral("illegal-transition");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Injected:
        return QStringLiteral("injected");
    }
    return {};
}

StoreError StoreError::fromSql(Kind kind, const QString &what, const QSqlError &error)
{
    return StoreError { kind, QStringLiteral("%1: %2").arg(what, error.text()) };
}

} // namespace Custody::Store
