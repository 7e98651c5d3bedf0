#pragma once

#include <QCoreApplication>
#include <QString>

namespace Custody::Transfer {

/// The outcome of PathSanitizer::resolveInside(): an absolute path inside the
/// root, or an error with a technical detail and a translated user message.
struct ResolvedPath
{
    QString absolutePath; ///< cleaned absolute path, empty on error
    QString detail; ///< untranslated technical detail, empty on success
    QString userMessage; ///< translated "what happened + what to do", empty on success

    bool ok() const { return detail.isEmpty(); }
};

/// Makes file and folder names that are valid on Windows, macOS and Linux at
/// once, because an export may be written on one and copied to another.
class PathSanitizer final
{
    Q_DECLARE_TR_FUNCTIONS(PathSanitizer)

public:
    /// Longest single file or folder name, in UTF-8 bytes.
    static constexpr int maxSegmentBytes = 120;
    /// Every relative path stays strictly below this many UTF-8 bytes.
    static constexpr int maxRelativePathBytes = 200;

    /// One portable name: forbidden and control characters become '_', trailing
    /// dots and spaces go, reserved device names get a '_' prefix, "", "." and
    /// ".." become "_", and the name is cut to maxSegmentBytes at a character
    /// boundary, keeping a short extension.
    static QString segment(const QString &name);

    /// Splits \a path on '/' and '\\', sanitises every segment, drops empty
    /// ones and keeps the result below maxRelativePathBytes by shortening the
    /// folder segments (the file name is kept) with a hash suffix, so
    /// different inputs stay different. Deterministic.
    static QString relativePath(const QString &path);

    /// The absolute path of \a relative inside \a root, refusing anything that
    /// would land outside it: "..", absolute paths, drive letters, UNC paths,
    /// and symbolic links inside the root that point out of it.
    static ResolvedPath resolveInside(const QString &root, const QString &relative);

    /// True for CON, PRN, AUX, NUL, COM0-9 and LPT0-9, with or without an
    /// extension, in any case.
    static bool isReservedDeviceName(const QString &name);

    /// Number of bytes \a text takes in UTF-8.
    static int utf8Size(const QString &text);
};

} // namespace Custody::Transfer
