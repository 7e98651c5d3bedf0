#include "core/transfer/pathsanitizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <vector>

namespace Custody::Transfer {

namespace {

// An extension longer than this is treated as part of the name when cutting:
// keeping a 60-byte "extension" would leave almost nothing of the name.
constexpr int maxKeptExtensionBytes = 16;
// "~" plus eight hex digits of SHA-256: enough to keep shortened folders apart.
constexpr int hashTagChars = 8;
constexpr int hashTagBytes = hashTagChars + 1;

bool isForbidden(QChar c)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || forbidden.contains(c);
}

int codePointUtf8Bytes(char32_t cp)
{
    if (cp < 0x80)
        return 1;
    if (cp < 0x800)
        return 2;
    if (cp < 0x10000)
        return 3;
    return 4;
}

QString stripTrailingDotsAndSpaces(QString text)
{
    qsizetype end = text.size();
    while (end > 0 && (text.at(end - 1) == u'.' || text.at(end - 1) == u' '))
        --end;
    text.truncate(end);
    return text;
}

// The longest prefix of \a text that fits in \a maxBytes of UTF-8. Prefers a
// grapheme boundary so an emoji with modifiers or a letter with its accent is
// never torn apart; falls back to a code point boundary when a single
// grapheme is larger than the budget. Never splits a surrogate pair.
QString truncateUtf8(const QString &text, int maxBytes)
{
    if (maxBytes <= 0)
        return {};
    // bytesBefore[i] = UTF-8 size of text.left(i), valid at code point boundaries.
    std::vector<int> bytesBefore(static_cast<size_t>(text.size()) + 1, -1);
    bytesBefore[0] = 0;
    qsizetype lastFittingCodePoint = 0;
    int bytes = 0;
    for (qsizetype i = 0; i < text.size();) {
        char32_t cp = text.at(i).unicode();
        qsizetype units = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            units = 2;
        }
        bytes += codePointUtf8Bytes(cp);
        i += units;
        bytesBefore[static_cast<size_t>(i)] = bytes;
        if (bytes <= maxBytes)
            lastFittingCodePoint = i;
    }
    if (bytes <= maxBytes)
        return text;

    qsizetype lastFittingGrapheme = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype pos = finder.toNextBoundary(); pos > 0; pos = finder.toNextBoundary()) {
        const int before = bytesBefore[static_cast<size_t>(pos)];
        if (before < 0 || before > maxBytes)
            break;
        lastFittingGrapheme = pos;
    }
    return text.left(lastFittingGrapheme > 0 ? lastFittingGrapheme : lastFittingCodePoint);
}

QString shortHash(const QString &text)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(hashTagChars));
}

Qt::CaseSensitivity fileNameCase()
{
#ifdef Q_OS_WIN
    return Qt::CaseInsensitive;
#else
    return Qt::CaseSensitive;
#endif
}

bool isInside(const QString &path, const QString &rootPrefix)
{
    return path.startsWith(rootPrefix, fileNameCase());
}

} // namespace

int PathSanitizer::utf8Size(const QString &text)
{
    return static_cast<int>(text.toUtf8().size());
}

bool PathSanitizer::isReservedDeviceName(const QString &name)
{
    // Windows ignores everything from the first dot and trailing spaces before
    // it, so "con.txt", "CON .log" and "nul.tar.gz" all open the device.
    QString base = name.section(u'.', 0, 0);
    while (base.endsWith(u' '))
        base.chop(1);
    base = base.toUpper();
    static const QStringList plain
        = { QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL") };
    if (plain.contains(base))
        return true;
    if (base.size() == 4 && (base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT")))) {
        const QChar last = base.at(3);
        // Windows also reserves the superscript digits ¹ ² ³ here.
        return (last >= u'0' && last <= u'9') || last == QChar(0x00B9) || last == QChar(0x00B2)
            || last == QChar(0x00B3);
    }
    return false;
}

QString PathSanitizer::segment(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(name.at(++i));
        } else if (c.isSurrogate() || isForbidden(c)) {
            // A lone surrogate has no UTF-8 form; it would turn into '?' on disk.
            out.append(u'_');
        } else {
            out.append(c);
        }
    }

    out = stripTrailingDotsAndSpaces(out);
    if (out.isEmpty())
        return QStringLiteral("_");
    if (isReservedDeviceName(out))
        out.prepend(u'_');

    if (utf8Size(out) > maxSegmentBytes) {
        const qsizetype dot = out.lastIndexOf(u'.');
        const QString extension = dot > 0 ? out.mid(dot) : QString();
        const int extensionBytes = utf8Size(extension);
        if (!extension.isEmpty() && extensionBytes <= maxKeptExtensionBytes) {
            QString stem = stripTrailingDotsAndSpaces(truncateUtf8(out.left(dot), maxSegmentBytes - extensionBytes));
            if (stem.isEmpty())
                stem = QStringLiteral("_");
            out = stem + extension;
        } else {
            out = stripTrailingDotsAndSpaces(truncateUtf8(out, maxSegmentBytes));
        }
    }
    return out.isEmpty() ? QStringLiteral("_") : out;
}

QString PathSanitizer::relativePath(const QString &path)
{
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    QStringList segments = path.split(separators, Qt::SkipEmptyParts);
    for (QString &part : segments)
        part = segment(part);

    const auto totalBytes = [&segments] {
        int total = static_cast<int>(segments.size()) - 1;
        for (const QString &part : segments)
            total += utf8Size(part);
        return total;
    };
    const int limit = maxRelativePathBytes - 1;
    if (segments.size() < 2 || totalBytes() <= limit)
        return segments.join(u'/');

    // Shorten folders, never the file name: middle folders first, then the
    // first one. Each shortened folder ends in a hash of the sanitised path up
    // to and including it, so one original folder always gets the same tag
    // and two different folders do not merge.
    const QStringList original = segments;
    QList<qsizetype> order;
    for (qsizetype i = 1; i + 1 < segments.size(); ++i)
        order.append(i);
    order.append(0);
    for (const qsizetype i : order) {
        const int excess = totalBytes() - limit;
        if (excess <= 0)
            break;
        const int current = utf8Size(segments.at(i));
        const int wanted = std::max(hashTagBytes, current - excess);
        if (wanted >= current)
            continue;
        const QString tag = u'~' + shortHash(original.mid(0, i + 1).join(u'/'));
        segments[i] = stripTrailingDotsAndSpaces(truncateUtf8(segments.at(i), wanted - hashTagBytes)) + tag;
    }
    if (totalBytes() <= limit)
        return segments.join(u'/');

    // Too many folders to fit even when shortened: fold them into one.
    const QString folders = original.mid(0, original.size() - 1).join(u'/');
    return u'~' + shortHash(folders) + u'/' + segments.constLast();
}

ResolvedPath PathSanitizer::resolveInside(const QString &root, const QString &relative)
{
    const auto refuse = [&](const QString &detail) {
        return ResolvedPath {
            {},
            detail,
            tr("The path \"%1\" would be outside the export folder %2. Custody only writes inside the chosen "
               "folder; check the file name template.")
                .arg(relative, QDir::toNativeSeparators(root)),
        };
    };

    if (relative.trimmed().isEmpty())
        return refuse(QStringLiteral("empty relative path"));

    // Backslashes separate folders on Windows, so treat them as separators
    // everywhere: "..\\x" must be refused on Linux too.
    QString rel = relative;
    rel.replace(u'\\', u'/');
    static const QRegularExpression driveLetter(QStringLiteral("^[A-Za-z]:"));
    if (rel.startsWith(u'/') || driveLetter.match(rel).hasMatch() || QDir::isAbsolutePath(rel))
        return refuse(QStringLiteral("relative path is absolute: %1").arg(relative));
#ifdef Q_OS_WIN
    // "name:stream" opens an alternate data stream on NTFS.
    if (rel.contains(u':'))
        return refuse(QStringLiteral("relative path names a stream or drive: %1").arg(relative));
#endif

    const QFileInfo rootInfo(root);
    if (!rootInfo.isDir()) {
        return ResolvedPath {
            {},
            QStringLiteral("root is not an existing folder: %1").arg(root),
            tr("The export folder %1 does not exist. Choose an existing folder or connect the network share.")
                .arg(QDir::toNativeSeparators(root)),
        };
    }

    const QString canonicalRoot = rootInfo.canonicalFilePath();
    const QString rootPrefix = canonicalRoot.endsWith(u'/') ? canonicalRoot : canonicalRoot + u'/';
    const QString cleaned = QDir::cleanPath(rootPrefix + rel);
    if (!isInside(cleaned, rootPrefix) || cleaned.size() == rootPrefix.size())
        return refuse(QStringLiteral("%1 leaves root %2").arg(cleaned, canonicalRoot));

    // A symbolic link inside the root may point anywhere; follow the longest
    // existing part of the path and check where it really is.
    QString probe = cleaned;
    while (isInside(probe, rootPrefix)) {
        const QFileInfo info(probe);
        if (info.exists() || info.isSymLink()) {
            const QString real = info.canonicalFilePath();
            if (real.isEmpty() || (real != canonicalRoot && !isInside(real, rootPrefix)))
                return refuse(QStringLiteral("%1 resolves through a link to %2").arg(probe, real));
            break;
        }
        probe = info.path();
    }
    return ResolvedPath { cleaned, {}, {} };
}

} // namespace Custody::Transfer
