#include "core/transfer/resumablepartfile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Custody::Transfer {

namespace {

constexpr qint64 hashReadBytes = 256 * 1024; // one read while re-hashing an existing part
constexpr qint64 maxEtagBytes = 1024; // an ETag is short; anything longer is not ours

bool syncToDisk(int handle)
{
#ifdef Q_OS_WIN
    return ::_commit(handle) == 0;
#else
    return ::fsync(handle) == 0;
#endif
}

// POSIX rename() and MoveFileEx(REPLACE_EXISTING) replace the target in one
// step, so a stale target never has to be removed first and no moment exists
// in which neither the old nor the new file is there.
bool replaceFile(const QString &source, const QString &target, QString *reason)
{
#ifdef Q_OS_WIN
    const std::wstring from = QDir::toNativeSeparators(source).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(target).toStdWString();
    if (::MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    *reason = QStringLiteral("MoveFileEx failed with error %1").arg(::GetLastError());
    return false;
#else
    if (::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) != 0) {
        *reason = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // The new directory entry must survive a power cut too.
    const int dir = ::open(QFile::encodeName(QFileInfo(target).absolutePath()).constData(), O_RDONLY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
#endif
}

} // namespace

ResumablePartFile::ResumablePartFile(QString targetPath)
    : m_target(std::move(targetPath))
{
}

ResumablePartFile::~ResumablePartFile()
{
    close();
}

Api::ApiError ResumablePartFile::ioError(const QString &operation) const
{
    return Api::ApiError::localIo(
        QStringLiteral("%1 %2: %3").arg(operation, QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
}

Api::Status ResumablePartFile::open()
{
    close();
    const QString folder = QFileInfo(m_target).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Api::ApiError::localIo(
            QStringLiteral("create folder %1: the path is not a folder or cannot be created there")
                .arg(QDir::toNativeSeparators(folder)));
    }
    m_file.setFileName(partPath());
    // Unbuffered: the job writes blocks of up to 256 KiB already, and every
    // byte written must be on its way to disk before fsync.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return ioError(QStringLiteral("open"));
    m_hash.reset();
    m_size = 0;
    m_hashed = false;
    return {};
}

Api::Result<bool> ResumablePartFile::hashExisting(qint64 maxBytes)
{
    Q_ASSERT(m_file.isOpen());
    if (m_hashed)
        return true;
    QByteArray buffer(hashReadBytes, Qt::Uninitialized);
    qint64 budget = maxBytes;
    while (budget > 0) {
        const qint64 n = m_file.read(buffer.data(), std::min<qint64>(budget, hashReadBytes));
        if (n < 0)
            return ioError(QStringLiteral("read"));
        if (n == 0) {
            m_hashed = true;
            break;
        }
        m_hash.addData(QByteArrayView(buffer.data(), n));
        m_size += n;
        budget -= n;
    }
    if (!m_hashed && m_size >= m_file.size())
        m_hashed = true;
    return m_hashed;
}

Api::Status ResumablePartFile::append(const char *data, qint64 length)
{
    Q_ASSERT(m_file.isOpen() && m_hashed);
    m_hash.addData(QByteArrayView(data, length));
    while (length > 0) {
        const qint64 written = m_file.write(data, length);
        if (written <= 0)
            return ioError(QStringLiteral("write"));
        data += written;
        length -= written;
        m_size += written;
    }
    return {};
}

Api::Status ResumablePartFile::truncate()
{
    Q_ASSERT(m_file.isOpen());
    if (!m_file.resize(0) || !m_file.seek(0))
        return ioError(QStringLiteral("truncate"));
    m_hash.reset();
    m_size = 0;
    m_hashed = true;
    QFile::remove(etagPath());
    return {};
}

QByteArray ResumablePartFile::storedEtag() const
{
    QFile sidecar(etagPath());
    if (!sidecar.open(QIODevice::ReadOnly))
        return {};
    return sidecar.read(maxEtagBytes).trimmed();
}

void ResumablePartFile::storeEtag(const QByteArray &etag) const
{
    QFile sidecar(etagPath());
    if (etag.isEmpty() || etag.size() > maxEtagBytes) {
        sidecar.remove();
        return;
    }
    if (sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate))
        sidecar.write(etag);
}

Api::Result<QByteArray> ResumablePartFile::commit()
{
    Q_ASSERT(m_file.isOpen() && m_hashed);
    if (!m_file.flush())
        return ioError(QStringLiteral("flush"));
    if (!syncToDisk(m_file.handle()))
        return ioError(QStringLiteral("fsync"));
    m_file.close();
    QString reason;
    if (!replaceFile(partPath(), m_target, &reason)) {
        return Api::ApiError::localIo(
            QStringLiteral("rename %1 to %2: %3")
                .arg(QDir::toNativeSeparators(partPath()), QDir::toNativeSeparators(m_target), reason));
    }
    QFile::remove(etagPath());
    return m_hash.result().toHex();
}

void ResumablePartFile::close()
{
    if (m_file.isOpen())
        m_file.close();
}

void ResumablePartFile::closeOrRemoveIfEmpty()
{
    if (m_file.isOpen() && m_file.size() == 0)
        remove();
    else
        close();
}

void ResumablePartFile::remove()
{
    close();
    QFile::remove(partPath());
    QFile::remove(etagPath());
}

} // namespace Custody::Transfer
