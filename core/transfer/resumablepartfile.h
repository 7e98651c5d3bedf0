#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include "core/api/result.h"

namespace Custody::Transfer {

/// The "<target>.part" file of one download, kept across attempts and runs.
///
/// Unlike Evidence::PartFile, which writes a file in one go and discards the
/// part on failure, this part file survives failures on purpose: it is opened
/// without truncation, its existing bytes are hashed again (in steps, so a
/// large part does not block the event loop), new bytes are appended, and
/// commit() makes it durable and renames it over the target atomically. An
/// ETag sidecar ("<target>.part.etag") lets a later attempt send If-Range.
///
/// Every failure is an ApiError of kind LocalIo whose detail names the path
/// and the system's reason.
class ResumablePartFile final
{
    Q_DISABLE_COPY_MOVE(ResumablePartFile)

public:
    explicit ResumablePartFile(QString targetPath);
    /// Closes the file and keeps it for a later resume.
    ~ResumablePartFile();

    QString targetPath() const { return m_target; }
    QString partPath() const { return m_target + partSuffix(); }
    QString etagPath() const { return partPath() + QStringLiteral(".etag"); }

    /// Creates the parent folder if needed and opens (or creates) the part
    /// without truncating it. Hashing starts from the first byte.
    [[nodiscard]] Api::Status open();
    bool isOpen() const { return m_file.isOpen(); }

    /// Hashes up to \a maxBytes more of the bytes that were already in the
    /// part; true once all of them are hashed and new bytes may be appended.
    [[nodiscard]] Api::Result<bool> hashExisting(qint64 maxBytes);

    /// Bytes hashed so far; after hashExisting() is done, the part's size.
    qint64 size() const { return m_size; }

    [[nodiscard]] Api::Status append(const char *data, qint64 length);
    /// Empties the part (the server sent the whole file again) and forgets its ETag.
    [[nodiscard]] Api::Status truncate();

    /// The ETag stored by an earlier attempt, or empty.
    QByteArray storedEtag() const;
    /// Remembers \a etag for a later If-Range; best effort (a lost sidecar
    /// only means a resume without If-Range).
    void storeEtag(const QByteArray &etag) const;

    /// Flushes, syncs to disk, closes and renames the part over the target in
    /// one step; returns the SHA-256 (lowercase hex) of the finished file.
    [[nodiscard]] Api::Result<QByteArray> commit();
    /// Closes the file, keeping it.
    void close();
    /// Closes the file; deletes it (and its sidecar) when it is open and
    /// holds no bytes, since an empty part resumes nothing.
    void closeOrRemoveIfEmpty();
    /// Closes and deletes the part and its sidecar.
    void remove();

    static QString partSuffix() { return QStringLiteral(".part"); }

private:
    Api::ApiError ioError(const QString &operation) const;

    QString m_target;
    QFile m_file;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    qint64 m_size = 0;
    bool m_hashed = false;
};

} // namespace Custody::Transfer
