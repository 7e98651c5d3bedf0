#include "core/evidence/partfile.h"

#include <QDir>

#include "core/evidence/durablefile.h"

namespace Custody::Evidence {

PartFile::~PartFile()
{
    if (m_file.isOpen())
        abort();
}

bool PartFile::fail(const QString &operation)
{
    m_errorDetail = QStringLiteral("%1 %2: %3").arg(operation, m_file.fileName(), m_file.errorString());
    m_errorString = tr("Custody could not write %1. Check that the folder is writable and the disk is not full, "
                       "then run the export again.")
                        .arg(QDir::toNativeSeparators(m_target));
    return false;
}

bool PartFile::open(const QString &target)
{
    if (m_file.isOpen())
        abort();
    m_target = target;
    m_errorString.clear();
    m_errorDetail.clear();
    m_file.setFileName(target + partSuffix());
    // Unbuffered: callers already write in large blocks.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return fail(QStringLiteral("open"));
    return true;
}

bool PartFile::write(const char *data, qint64 size)
{
    if (!m_file.isOpen()) {
        m_errorDetail = QStringLiteral("write to a part file that is not open");
        m_errorString = tr("Custody tried to write a file that is not open. This is a bug; please report it.");
        return false;
    }
    while (size > 0) {
        const qint64 written = m_file.write(data, size);
        if (written <= 0)
            return fail(QStringLiteral("write"));
        data += written;
        size -= written;
    }
    return true;
}

bool PartFile::commit()
{
    if (!m_file.isOpen()) {
        m_errorDetail = QStringLiteral("commit of a part file that is not open");
        m_errorString = tr("Custody tried to finish a file that is not open. This is a bug; please report it.");
        return false;
    }
    if (!m_file.flush())
        return fail(QStringLiteral("flush"));
    if (!syncToDisk(m_file.handle()))
        return fail(QStringLiteral("fsync"));
    m_file.close();

    QString detail;
    if (!replaceFileDurably(m_file.fileName(), m_target, &detail)) {
        m_errorDetail = QStringLiteral("rename %1 -> %2: %3").arg(m_file.fileName(), m_target, detail);
        m_errorString = tr("Custody wrote %1 but could not give it its final name. Check that no other program "
                           "has the file open, then run the export again.")
                            .arg(QDir::toNativeSeparators(m_target));
        QFile::remove(m_file.fileName());
        return false;
    }
    return true;
}

void PartFile::abort()
{
    m_file.close();
    if (!m_file.fileName().isEmpty())
        QFile::remove(m_file.fileName());
}

} // namespace Custody::Evidence
