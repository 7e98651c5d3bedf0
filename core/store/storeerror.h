#pragma once

#include <QString>

class QSqlError;

namespace Custody::Store {

/// Why a JobStore operation failed, as a value. detail is the untranslated
/// technical account (SQL error text, statement, ids) for logs; userMessage()
/// is what a person reads: what happened and what to do.
struct StoreError
{
    /// The failure classes the engine distinguishes.
    enum class Kind {
        Open, ///< the database file could not be opened or configured
        Migration, ///< the schema could not be brought to the current version
        TooNew, ///< the file was written by a newer Custody
        Query, ///< a statement failed (disk full, locked, constraint)
        IllegalTransition, ///< the state machine forbids the requested change; nothing was written
        NotFound, ///< no row with the given id
        Conflict, ///< a unique key already belongs to another export
        Injected, ///< a failure forced by setFailAfterOperations() in tests
    };

    Kind kind = Kind::Query;
    QString detail;

    /// Translated text: what happened and what to do.
    QString userMessage() const;

    /// A stable lowercase name for the kind ("query", "illegal-transition", ...), for logs.
    static QString kindName(Kind kind);

    /// An error of \a kind whose detail is \a what followed by the driver's text of \a error.
    static StoreError fromSql(Kind kind, const QString &what, const QSqlError &error);
};

} // namespace Custody::Store
