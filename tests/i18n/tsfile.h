#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Custody::Test {

/// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; ///< the disambiguation, part of the message's identity
    QString type; ///< translation type: empty (finished), "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; ///< one entry, or one per numerus form

    /// How the message is named in a failure: context, source and comment.
    QString name() const;
    /// The identity lupdate and QTranslator use: context, source and comment.
    QString key() const;
};

/// The messages of a .ts file; \a error is set when it cannot be read.
QList<TsMessage> readTsFile(const QString &path, QString *error);

} // namespace Custody::Test
