#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

// A plain Qt Sql connection to a database file, independent of JobStore, so tests
// can look at (or tamper with) what is really on disk.
class RawDatabase final
{
    Q_DISABLE_COPY_MOVE(RawDatabase)

public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("raw.%1").arg(++serial()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }

    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

    qint64 count(const QString &table, const QString &where = QString()) const
    {
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1%2")
                                .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
        return scalar(sql).toLongLong();
    }

    QStringList tables() const
    {
        QStringList names;
        QSqlQuery query(db());
        if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
            while (query.next())
                names.append(query.value(0).toString());
        }
        return names;
    }

    QStringList indexes() const
    {
        QStringList names;
        QSqlQuery query(db());
        if (query.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
            while (query.next())
                names.append(query.value(0).toString());
        }
        return names;
    }

private:
    static int &serial()
    {
        static int value = 0;
        return value;
    }

    QString m_name;
    bool m_open = false;
};
