#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

#include <ostream>

#include "core/transfer/pathsanitizer.h"

using namespace Custody::Transfer;

namespace {

struct SegmentCase
{
    const char *label;
    QString input;
    QString expected;
};

void PrintTo(const SegmentCase &c, std::ostream *os)
{
    *os << c.label;
}

QString repeated(const QString &text, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += text;
    return out;
}

bool isValidUtf16(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (text.at(i).isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

} // namespace

class SegmentTest : public ::testing::TestWithParam<SegmentCase>
{
};

TEST_P(SegmentTest, SanitisesToThePortableName)
{
    const SegmentCase &c = GetParam();
    const QString out = PathSanitizer::segment(c.input);
    EXPECT_EQ(out.toStdString(), c.expected.toStdString());
    // Sanitising twice changes nothing: rendered paths are re-checked safely.
    EXPECT_EQ(PathSanitizer::segment(out).toStdString(), out.toStdString());
}

INSTANTIATE_TEST_SUITE_P(Table, SegmentTest,
    ::testing::Values(SegmentCase { "plain", QStringLiteral("recording.wav"), QStringLiteral("recording.wav") },
        SegmentCase { "forbidden", QStringLiteral("a<b>c:d\"e/f\\g|h?i*j"), QStringLiteral("a_b_c_d_e_f_g_h_i_j") },
        SegmentCase {
            "control", QStringLiteral("tab\there\nnew") + QChar(0x7f) + QChar(0x1f), QStringLiteral("tab_here_new__") },
        SegmentCase { "nul char", QString(QChar(0)) + QStringLiteral("x"), QStringLiteral("_x") },
        SegmentCase { "trailing dots", QStringLiteral("name..."), QStringLiteral("name") },
        SegmentCase { "trailing dots and spaces", QStringLiteral("name. . "), QStringLiteral("name") },
        SegmentCase { "leading dot kept", QStringLiteral(".hidden"), QStringLiteral(".hidden") },
        SegmentCase { "empty", QString(), QStringLiteral("_") },
        SegmentCase { "dot", QStringLiteral("."), QStringLiteral("_") },
        SegmentCase { "dotdot", QStringLiteral(".."), QStringLiteral("_") },
        SegmentCase { "spaces only", QStringLiteral("   "), QStringLiteral("_") },
        SegmentCase { "CON", QStringLiteral("CON"), QStringLiteral("_CON") },
        SegmentCase { "con.txt", QStringLiteral("con.txt"), QStringLiteral("_con.txt") },
        SegmentCase { "Nul.tar.gz", QStringLiteral("Nul.tar.gz"), QStringLiteral("_Nul.tar.gz") },
        SegmentCase { "prn", QStringLiteral("prn"), QStringLiteral("_prn") },
        SegmentCase { "aux.", QStringLiteral("aux."), QStringLiteral("_aux") },
        SegmentCase { "CON space ext", QStringLiteral("CON .txt"), QStringLiteral("_CON .txt") },
        SegmentCase { "com0", QStringLiteral("com0"), QStringLiteral("_com0") },
        SegmentCase { "COM9.log", QStringLiteral("COM9.log"), QStringLiteral("_COM9.log") },
        SegmentCase { "lpt1", QStringLiteral("lpt1"), QStringLiteral("_lpt1") },
        SegmentCase { "LPT0", QStringLiteral("LPT0"), QStringLiteral("_LPT0") },
        SegmentCase {
            "COM superscript", QStringLiteral("COM") + QChar(0x00B9), QStringLiteral("_COM") + QChar(0x00B9) },
        SegmentCase { "COM10 not reserved", QStringLiteral("COM10"), QStringLiteral("COM10") },
        SegmentCase { "CONSOLE not reserved", QStringLiteral("CONSOLE"), QStringLiteral("CONSOLE") },
        SegmentCase { "LPT not reserved", QStringLiteral("LPT"), QStringLiteral("LPT") },
        SegmentCase { "xcon not reserved", QStringLiteral("xcon.txt"), QStringLiteral("xcon.txt") },
        SegmentCase {
            "lone surrogate", QStringLiteral("a") + QChar(0xD83D) + QStringLiteral("b"), QStringLiteral("a_b") },
        SegmentCase { "percent literal", QStringLiteral("%2e%2e"), QStringLiteral("%2e%2e") }));

TEST(PathSanitizerTest, LongAsciiNameKeepsItsExtension)
{
    const QString out = PathSanitizer::segment(QString(200, u'a') + QStringLiteral(".wav"));
    EXPECT_EQ(PathSanitizer::utf8Size(out), PathSanitizer::maxSegmentBytes);
    EXPECT_EQ(out, QString(116, u'a') + QStringLiteral(".wav"));
}

TEST(PathSanitizerTest, LongEmojiNameIsCutBetweenSurrogatePairs)
{
    const QString grin = QString::fromUtf8("\xF0\x9F\x98\x80"); // 4 bytes, 2 UTF-16 units
    const QString out = PathSanitizer::segment(repeated(grin, 50) + QStringLiteral(".wav"));
    EXPECT_TRUE(isValidUtf16(out));
    EXPECT_EQ(out, repeated(grin, 29) + QStringLiteral(".wav"));
    EXPECT_LE(PathSanitizer::utf8Size(out), PathSanitizer::maxSegmentBytes);
    EXPECT_EQ(QString::fromUtf8(out.toUtf8()), out);
}

TEST(PathSanitizerTest, LongCjkNameIsCutAtCharacterBoundaries)
{
    const QString han = QString::fromUtf8("\xE6\xBC\xA2"); // 3 bytes
    EXPECT_EQ(PathSanitizer::segment(repeated(han, 60)), repeated(han, 40));
    EXPECT_EQ(
        PathSanitizer::segment(repeated(han, 60) + QStringLiteral(".ogg")), repeated(han, 38) + QStringLiteral(".ogg"));
}

TEST(PathSanitizerTest, CutKeepsAccentsWithTheirLetters)
{
    // "e" + combining acute: 3 bytes as one visible character. A cut by code
    // point would fit one more bare "e" and drop its accent.
    const QString accented = QStringLiteral("e") + QChar(0x0301);
    const QString out = PathSanitizer::segment(QStringLiteral("x") + repeated(accented, 100));
    EXPECT_EQ(out, QStringLiteral("x") + repeated(accented, 39));
}

TEST(PathSanitizerTest, CutKeepsEmojiSequencesWhole)
{
    // Family: four emoji joined by zero-width joiners, 25 UTF-8 bytes.
    const QString family = QString::fromUtf8("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D"
                                             "\xF0\x9F\x91\xA7\xE2\x80\x8D\xF0\x9F\x91\xA6");
    ASSERT_EQ(PathSanitizer::utf8Size(family), 25);
    EXPECT_EQ(PathSanitizer::segment(repeated(family, 6)), repeated(family, 4));
}

TEST(PathSanitizerTest, LongExtensionIsNotKept)
{
    const QString input = QString(100, u'a') + u'.' + QString(100, u'b');
    const QString out = PathSanitizer::segment(input);
    EXPECT_EQ(out, input.left(PathSanitizer::maxSegmentBytes));
}

TEST(PathSanitizerTest, RelativePathSplitsOnBothSeparatorsAndDropsEmptySegments)
{
    EXPECT_EQ(PathSanitizer::relativePath(QStringLiteral("a/b\\c.wav")), QStringLiteral("a/b/c.wav"));
    EXPECT_EQ(PathSanitizer::relativePath(QStringLiteral("//a///b/")), QStringLiteral("a/b"));
    EXPECT_EQ(PathSanitizer::relativePath(QStringLiteral("../x")), QStringLiteral("_/x"));
    EXPECT_EQ(PathSanitizer::relativePath(QStringLiteral("a/./b")), QStringLiteral("a/_/b"));
    EXPECT_EQ(
        PathSanitizer::relativePath(QStringLiteral("C:\\Windows\\con.txt")), QStringLiteral("C_/Windows/_con.txt"));
}

TEST(PathSanitizerTest, LongRelativePathShrinksFoldersDeterministically)
{
    const QString file = QString(100, u'f') + QStringLiteral(".wav");
    const QString input = QStringList { QString(100, u'a'), QString(100, u'b'), QString(100, u'c'), file }.join(u'/');
    const QString out = PathSanitizer::relativePath(input);
    EXPECT_LT(PathSanitizer::utf8Size(out), PathSanitizer::maxRelativePathBytes);
    EXPECT_EQ(out, PathSanitizer::relativePath(input));
    const QStringList parts = out.split(u'/');
    ASSERT_EQ(parts.size(), 4);
    EXPECT_EQ(parts.last(), file);
    EXPECT_TRUE(parts.at(0).startsWith(u'a'));
    // Shortened folders carry "~" and eight hex digits.
    EXPECT_TRUE(out.contains(QRegularExpression(QStringLiteral("~[0-9a-f]{8}/"))));

    // Inputs that differ only in the part that was cut away stay different.
    QString other = input;
    other[150] = u'X';
    EXPECT_NE(PathSanitizer::relativePath(other), out);
}

TEST(PathSanitizerTest, ShortRelativePathIsUntouched)
{
    const QString input = QStringLiteral("2024-03-01/conv-1/rec-1.wav");
    EXPECT_EQ(PathSanitizer::relativePath(input), input);
}

TEST(PathSanitizerTest, VeryDeepPathStillFits)
{
    QStringList parts;
    for (int i = 0; i < 60; ++i)
        parts.append(QStringLiteral("folder%1").arg(i));
    parts.append(QString(110, u'z') + QStringLiteral(".wav"));
    const QString out = PathSanitizer::relativePath(parts.join(u'/'));
    EXPECT_LT(PathSanitizer::utf8Size(out), PathSanitizer::maxRelativePathBytes);
    EXPECT_TRUE(out.endsWith(parts.last()));
}

class EscapeTest : public ::testing::TestWithParam<QString>
{
};

TEST_P(EscapeTest, IsRefused)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const ResolvedPath resolved = PathSanitizer::resolveInside(root.path(), GetParam());
    EXPECT_FALSE(resolved.ok()) << resolved.absolutePath.toStdString();
    EXPECT_TRUE(resolved.absolutePath.isEmpty());
    EXPECT_FALSE(resolved.userMessage.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Attempts, EscapeTest,
    ::testing::Values(QStringLiteral("../x"), QStringLiteral("..\\x"), QStringLiteral("a/../../x"),
        QStringLiteral("a\\..\\..\\x"), QStringLiteral(".."), QStringLiteral("/etc/passwd"),
        QStringLiteral("\\etc\\passwd"), QStringLiteral("C:\\Windows\\x"), QStringLiteral("c:/x"),
        QStringLiteral("C:x"), QStringLiteral("\\\\server\\share\\x"), QStringLiteral("//server/share"), QString(),
        QStringLiteral("."), QStringLiteral("a/.."), QStringLiteral("  ")));

TEST(PathSanitizerTest, ResolvesPathsInsideTheRoot)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString canonical = QDir(root.path()).canonicalPath();

    ResolvedPath resolved = PathSanitizer::resolveInside(root.path(), QStringLiteral("a/b.wav"));
    ASSERT_TRUE(resolved.ok()) << resolved.detail.toStdString();
    EXPECT_EQ(resolved.absolutePath, canonical + QStringLiteral("/a/b.wav"));

    resolved = PathSanitizer::resolveInside(root.path(), QStringLiteral("a/../b.wav"));
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved.absolutePath, canonical + QStringLiteral("/b.wav"));

    // URL encoding means nothing to a file system: this is a folder name.
    resolved = PathSanitizer::resolveInside(root.path(), QStringLiteral("%2e%2e/x"));
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved.absolutePath, canonical + QStringLiteral("/%2e%2e/x"));

    resolved = PathSanitizer::resolveInside(root.path(), QStringLiteral("..foo/x"));
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved.absolutePath, canonical + QStringLiteral("/..foo/x"));
}

TEST(PathSanitizerTest, RefusesASiblingFolderWithTheSamePrefix)
{
    QTemporaryDir parent;
    ASSERT_TRUE(parent.isValid());
    ASSERT_TRUE(QDir(parent.path()).mkpath(QStringLiteral("export")));
    ASSERT_TRUE(QDir(parent.path()).mkpath(QStringLiteral("export-other")));
    const QString root = parent.filePath(QStringLiteral("export"));
    EXPECT_FALSE(PathSanitizer::resolveInside(root, QStringLiteral("../export-other/x")).ok());
}

TEST(PathSanitizerTest, RefusesSymbolicLinksThatLeaveTheRoot)
{
    QTemporaryDir root;
    QTemporaryDir outside;
    ASSERT_TRUE(root.isValid() && outside.isValid());
    if (!QFile::link(outside.path(), root.filePath(QStringLiteral("link"))))
        GTEST_SKIP() << "this file system cannot create symbolic links";
    EXPECT_FALSE(PathSanitizer::resolveInside(root.path(), QStringLiteral("link/x.wav")).ok());
    EXPECT_FALSE(PathSanitizer::resolveInside(root.path(), QStringLiteral("link")).ok());

    ASSERT_TRUE(QDir(root.path()).mkpath(QStringLiteral("real")));
    ASSERT_TRUE(QFile::link(root.filePath(QStringLiteral("real")), root.filePath(QStringLiteral("inner"))));
    EXPECT_TRUE(PathSanitizer::resolveInside(root.path(), QStringLiteral("inner/x.wav")).ok());
}

TEST(PathSanitizerTest, MissingRootIsAnError)
{
    QTemporaryDir parent;
    const ResolvedPath resolved
        = PathSanitizer::resolveInside(parent.filePath(QStringLiteral("gone")), QStringLiteral("a.wav"));
    EXPECT_FALSE(resolved.ok());
    EXPECT_TRUE(resolved.userMessage.contains(QStringLiteral("gone")));
}
