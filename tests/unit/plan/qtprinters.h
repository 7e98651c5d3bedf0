#pragma once

// Readable gtest failure output for the Qt values the plan tests compare.

#include <ostream>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

inline void PrintTo(const QString &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}

inline void PrintTo(const QStringList &value, std::ostream *out)
{
    *out << '[' << value.join(QStringLiteral(", ")).toStdString() << ']';
}

inline void PrintTo(const QDate &value, std::ostream *out)
{
    *out << value.toString(Qt::ISODate).toStdString();
}

inline void PrintTo(const QDateTime &value, std::ostream *out)
{
    *out << value.toUTC().toString(Qt::ISODateWithMs).toStdString();
}
