#include "core/transfer/resumablepartfile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

#include "core/evidence/durablefile.h"

namespace Custody::Transfer {

namespace {

constexpr qint64 hashReadBytes = 256 * 1024; // one read while re-hashing an existing part
constexpr qint64 maxEtagBytes = 1024; // an ETag is short; anything longer is not ours

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
    if (!Evidence::syncToDisk(m_file.handle()))
        return ioError(QStringLiteral("fsync"));
    m_file.close();
    QString reason;
    if (!Evidence::replaceFileDurably(partPath(), m_target, &reason)) {
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
