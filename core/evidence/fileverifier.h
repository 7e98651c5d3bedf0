#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

#include "core/evidence/manifestreader.h"

namespace Custody::Evidence {

/// A file whose size or hash differs from the manifest.
struct ChangedFile
{
    QString relativePath;
    qint64 expectedSize = 0;
    qint64 actualSize = 0;
    QString expectedSha256;
    QString actualSha256; ///< empty when the file could not be read
};

/// What FileVerifier::verify() found.
struct VerifyReport
{
    bool manifestReadable = false;
    QString errorString; ///< translated, set when the manifest could not be used
    QString errorDetail;
    QList<ManifestProblem> manifestProblems; ///< malformed or unsafe manifest lines

    QStringList ok; ///< relative paths whose size and hash match
    QStringList missing; ///< in the manifest, not on disk
    QList<ChangedFile> changed;
    QStringList unreadable; ///< on disk but could not be read
    QStringList extra; ///< on disk, not in the manifest
    QStringList incomplete; ///< "*.part": downloads that never finished
    bool cancelled = false;

    /// True only when every listed file is present and unchanged and nothing
    /// else is wrong.
    bool passed() const
    {
        return manifestReadable && !cancelled && manifestProblems.isEmpty() && missing.isEmpty() && changed.isEmpty()
            && unreadable.isEmpty() && extra.isEmpty() && incomplete.isEmpty();
    }
};

/// Rechecks an export folder against its manifest.csv: every listed file is
/// rehashed (SHA-256, streamed in 1 MiB chunks), and files that the manifest
/// does not list are reported. The manifests themselves, custody-report.txt,
/// events.jsonl and the conversations/ folder belong to the export and are
/// not "extra".
class FileVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(FileVerifier)

public:
    /// Called after each file with the files and bytes done so far.
    using Progress = std::function<void(qint64 filesDone, qint64 bytesDone)>;

    static constexpr qint64 chunkBytes = 1024 * 1024;

    /// Synchronous; meant for the CLI or a worker thread. Setting *\a cancel
    /// stops between chunks and returns a report with cancelled set.
    static VerifyReport verify(
        const QString &exportFolder, const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

    /// SHA-256 hex of \a path, streamed; empty when unreadable or cancelled.
    static QString sha256OfFile(
        const QString &path, qint64 *bytesRead = nullptr, const std::atomic<bool> *cancel = nullptr);
};

} // namespace Custody::Evidence
