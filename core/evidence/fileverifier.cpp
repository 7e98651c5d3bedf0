#include "core/evidence/fileverifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "core/evidence/manifestwriter.h"
#include "core/transfer/pathsanitizer.h"

namespace Custody::Evidence {

namespace {

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Paths compare the way the file system does.
QString pathKey(const QString &relative)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return QDir::cleanPath(relative).toCaseFolded();
#else
    return QDir::cleanPath(relative);
#endif
}

// Files an export writes besides the listed recordings.
bool belongsToExport(const QString &relative)
{
    if (relative.startsWith(QLatin1String("conversations/")))
        return true;
    if (relative.contains(u'/'))
        return false;
    return relative.startsWith(QLatin1String("manifest.")) || relative == QLatin1String("custody-report.txt")
        || relative == QLatin1String("events.jsonl");
}

} // namespace

QString FileVerifier::sha256OfFile(const QString &path, qint64 *bytesRead, const std::atomic<bool> *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(chunkBytes, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (isCancelled(cancel))
            return {};
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    if (bytesRead)
        *bytesRead = total;
    return QString::fromLatin1(hash.result().toHex());
}

VerifyReport FileVerifier::verify(
    const QString &exportFolder, const Progress &progress, const std::atomic<bool> *cancel)
{
    VerifyReport report;
    const QDir folder(exportFolder);
    const ManifestReadResult manifest = ManifestReader::readCsv(folder.filePath(ManifestWriter::csvFileName()));
    if (!manifest.readable) {
        report.errorString = manifest.errorString;
        report.errorDetail = manifest.errorDetail;
        return report;
    }
    report.manifestReadable = true;
    report.manifestProblems = manifest.problems;

    const QString root = QFileInfo(exportFolder).canonicalFilePath();
    const QDir rootDir(root);
    QSet<QString> listed;
    qint64 filesDone = 0;
    qint64 bytesDone = 0;

    for (const ManifestEntry &entry : manifest.entries) {
        if (isCancelled(cancel)) {
            report.cancelled = true;
            return report;
        }
        // A tampered manifest must not make verify read outside the folder.
        const Transfer::ResolvedPath resolved = Transfer::PathSanitizer::resolveInside(root, entry.relativePath);
        if (!resolved.ok()) {
            report.manifestProblems.append({ 0,
                tr("The manifest lists \"%1\", which is outside the export folder; it was not checked.")
                    .arg(entry.relativePath) });
            continue;
        }
        listed.insert(pathKey(rootDir.relativeFilePath(resolved.absolutePath)));

        const QFileInfo info(resolved.absolutePath);
        if (!info.isFile()) {
            report.missing.append(entry.relativePath);
        } else {
            qint64 read = 0;
            const QString actual = sha256OfFile(resolved.absolutePath, &read, cancel);
            if (isCancelled(cancel)) {
                report.cancelled = true;
                return report;
            }
            if (actual.isEmpty())
                report.unreadable.append(entry.relativePath);
            else if (read != entry.size || actual != entry.sha256)
                report.changed.append({ entry.relativePath, entry.size, read, entry.sha256, actual });
            else
                report.ok.append(entry.relativePath);
            bytesDone += read;
        }
        ++filesDone;
        if (progress)
            progress(filesDone, bytesDone);
    }

    QDirIterator it(
        root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = rootDir.relativeFilePath(it.next());
        if (relative.endsWith(QLatin1String(".part")))
            report.incomplete.append(relative);
        else if (!belongsToExport(relative) && !listed.contains(pathKey(relative)))
            report.extra.append(relative);
    }
    report.incomplete.sort();
    report.extra.sort();
    return report;
}

} // namespace Custody::Evidence
