#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace Custody::Evidence {

/// Writes a file as "<target>.part" and, on commit(), makes it durable and
/// puts it in place under its final name in one atomic step, replacing an
/// older file. A reader therefore sees either the old complete file or the new
/// complete file, and a crash leaves only a ".part" behind (which verify lists
/// as incomplete).
class PartFile final
{
    Q_DECLARE_TR_FUNCTIONS(PartFile)
    Q_DISABLE_COPY_MOVE(PartFile)

public:
    PartFile() = default;
    /// Removes an uncommitted ".part".
    ~PartFile();

    /// Creates (or truncates) "<target>.part".
    [[nodiscard]] bool open(const QString &target);
    [[nodiscard]] bool write(const char *data, qint64 size);
    [[nodiscard]] bool write(const QByteArray &data) { return write(data.constData(), data.size()); }
    /// Flushes, syncs to disk, closes and renames over the target.
    [[nodiscard]] bool commit();
    /// Closes and removes the ".part"; the target is left untouched.
    void abort();

    bool isOpen() const { return m_file.isOpen(); }
    QString targetPath() const { return m_target; }
    QString partPath() const { return m_file.fileName(); }

    /// Translated: what happened and what to do.
    QString errorString() const { return m_errorString; }
    /// Untranslated technical detail (path and system error).
    QString errorDetail() const { return m_errorDetail; }

    static QString partSuffix() { return QStringLiteral(".part"); }

private:
    bool fail(const QString &operation);

    QFile m_file;
    QString m_target;
    QString m_errorString;
    QString m_errorDetail;
};

} // namespace Custody::Evidence
