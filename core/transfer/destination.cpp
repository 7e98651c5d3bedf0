#include "core/transfer/destination.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QStorageInfo>

#include <utility>

namespace Custody::Transfer {

namespace {

// Creates and removes a small file: the only reliable writability test on
// SMB shares, NFS with root squash and ACL-controlled folders.
bool canCreateAndRemoveFile(const QString &folder, QString *removalProblem)
{
    const QString name = QStringLiteral(".custody-write-test-%1.tmp")
                             .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    QFile probe(QDir(folder).filePath(name));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    const bool wrote = probe.write("custody", 7) == 7 && probe.flush();
    probe.close();
    if (!probe.remove())
        *removalProblem = probe.fileName();
    return wrote;
}

} // namespace

Destination::Destination(QString path)
    : m_path(std::move(path))
{
}

bool Destination::isUncPath(const QString &path)
{
    return path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//"));
}

bool Destination::isNetworkFileSystem(const QByteArray &fileSystemType)
{
    static const QList<QByteArray> network = {
        "cifs",
        "smb3",
        "smbfs",
        "smb2",
        "nfs",
        "nfs4",
        "fuse.sshfs",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.davfs",
    };
    return network.contains(fileSystemType.toLower());
}

QString Destination::formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return tr("an unknown amount", "size in bytes that could not be determined");
    // Traditional units (base 1024, "MB"): what file managers show people.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

DestinationStatus Destination::check(qint64 bytesNeeded) const
{
    DestinationStatus status;
    const QString shown = QDir::toNativeSeparators(m_path);
    status.isNetwork = isUncPath(m_path);

    if (m_path.trimmed().isEmpty()) {
        status.problems.append(tr("No destination folder is set. Choose a folder for the export."));
        return status;
    }

    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir()) {
        status.problems.append(
            tr("The destination %1 is a file, not a folder. Choose a folder for the export.").arg(shown));
        return status;
    }
    if (!info.exists()) {
        status.problems.append(
            tr("The destination folder %1 does not exist. Connect the network share or choose another folder.")
                .arg(shown));
        return status;
    }
    status.exists = true;

    const QStorageInfo storage(m_path);
    if (storage.isValid()) {
        status.fileSystemType = storage.fileSystemType();
        status.freeBytes = storage.bytesAvailable();
        status.isNetwork = status.isNetwork || isNetworkFileSystem(status.fileSystemType);
    }

    QString leftBehind;
    status.writable = !storage.isReadOnly() && canCreateAndRemoveFile(m_path, &leftBehind);
    if (!status.writable) {
        status.problems.append(tr("Custody cannot write to %1. Ask for write permission on this folder or choose "
                                  "another folder.")
                                   .arg(shown));
    } else if (!leftBehind.isEmpty()) {
        status.problems.append(tr("Custody can create files in %1 but could not remove its test file %2. Check "
                                  "the folder's permissions, then delete that file.")
                                   .arg(shown, QDir::toNativeSeparators(leftBehind)));
    }

    if (bytesNeeded > 0 && status.freeBytes >= 0 && status.freeBytes < bytesNeeded) {
        status.problems.append(tr("Only %1 free on %2 but about %3 are needed. Free some space or choose another "
                                  "folder.")
                                   .arg(formatBytes(status.freeBytes), shown, formatBytes(bytesNeeded)));
    }
    return status;
}

} // namespace Custody::Transfer
