#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Custody::Store {

/// Conversions between values and the job database's columns, shared by the
/// JobStore sources. Times are stored as ISO 8601 UTC text with
/// milliseconds ("2024-03-01T09:30:00.125Z"): readable in any SQLite tool and
/// sortable as text.
class SqlValue final
{
public:
    /// For NOT NULL text columns: a null QString would bind as SQL NULL.
    static QVariant text(const QString &value) { return value.isNull() ? QVariant(QStringLiteral("")) : value; }

    /// For nullable text columns: empty text is stored as NULL.
    static QVariant nullableText(const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); }

    /// A time as stored, or NULL for an invalid time.
    static QVariant time(const QDateTime &value)
    {
        return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
    }

    /// A stored time; null for NULL or unparsable text.
    static QDateTime toTime(const QVariant &value)
    {
        if (value.isNull())
            return {};
        QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return parsed.isValid() ? parsed.toUTC() : QDateTime();
    }

    /// The current time as stored.
    static QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
};

} // namespace Custody::Store
