#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Custody::Transfer {

/// What Destination::check() found out about a folder.
struct DestinationStatus
{
    bool exists = false; ///< the path is an existing folder
    bool writable = false; ///< a file could really be created and removed there
    qint64 freeBytes = -1; ///< bytes available to this user, -1 when unknown
    bool isNetwork = false; ///< best guess: a UNC path or a network file system
    QByteArray fileSystemType;
    QStringList problems; ///< translated; each names the path and what to do

    bool ok() const { return problems.isEmpty(); }
};

/// The folder an export is written to: a local folder, a mounted share, or on
/// Windows a UNC path such as \\\\server\\share\\case-4711.
class Destination final
{
    Q_DECLARE_TR_FUNCTIONS(Destination)

public:
    explicit Destination(QString path);

    QString path() const { return m_path; }

    /// Checks that the folder exists, is writable (by creating and removing a
    /// small file, since permission bits lie on shares and ACL file systems)
    /// and has room for about \a bytesNeeded bytes (0 or less: do not check).
    DestinationStatus check(qint64 bytesNeeded) const;

    /// True for "\\\\server\\share…" and "//server/share…".
    static bool isUncPath(const QString &path);
    /// True for file system types of network mounts (cifs, smb3, nfs, sshfs, …).
    static bool isNetworkFileSystem(const QByteArray &fileSystemType);
    /// A size for people, such as "120 MB" or "2.1 GB", in the default locale.
    static QString formatBytes(qint64 bytes);

private:
    QString m_path;
};

} // namespace Custody::Transfer
