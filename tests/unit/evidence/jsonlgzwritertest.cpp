#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <vector>

#include <zlib.h>

#include "core/evidence/jsonlgzwriter.h"

using namespace Custody::Evidence;

namespace {

// Reads a gzip file line by line through zlib's own reader, the way zcat does.
QList<QByteArray> readGzipLines(const QString &path)
{
    QList<QByteArray> lines;
    gzFile in = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!in)
        return lines;
    std::vector<char> buffer(1 << 16);
    QByteArray pending;
    while (gzgets(in, buffer.data(), static_cast<int>(buffer.size()))) {
        pending += buffer.data();
        if (pending.endsWith('\n')) {
            pending.chop(1);
            lines.append(pending);
            pending.clear();
        }
    }
    if (!pending.isEmpty())
        lines.append(pending);
    gzclose(in);
    return lines;
}

QJsonObject sample(int i)
{
    return QJsonObject {
        { QStringLiteral("conversationId"), QStringLiteral("conv-%1").arg(i) },
        { QStringLiteral("index"), i },
        { QStringLiteral("note"), QStringLiteral("Grüße, \"quoted\"\nnext line ✓") },
    };
}

} // namespace

TEST(JsonlGzWriterTest, WritesOneCompactObjectPerLineThatZlibReadsBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window-1.jsonl.gz"));
    JsonlGzWriter writer;
    ASSERT_TRUE(writer.open(path)) << writer.errorDetail().toStdString();
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".part")));
    EXPECT_FALSE(QFileInfo::exists(path));

    qint64 expectedBytes = 0;
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(writer.write(sample(i)));
        expectedBytes += QJsonDocument(sample(i)).toJson(QJsonDocument::Compact).size() + 1;
    }
    EXPECT_EQ(writer.lineCount(), 3);
    EXPECT_EQ(writer.uncompressedBytes(), expectedBytes);
    ASSERT_TRUE(writer.finish()) << writer.errorDetail().toStdString();
    EXPECT_FALSE(writer.isOpen());

    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
    QFile raw(path);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray magic = raw.read(2);
    EXPECT_EQ(magic, QByteArray("\x1f\x8b", 2)) << "not a gzip header";
    EXPECT_EQ(raw.size(), writer.compressedBytes());

    const QList<QByteArray> lines = readGzipLines(path);
    ASSERT_EQ(lines.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_FALSE(lines.at(i).contains('\n'));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << lines.at(i).toStdString();
        EXPECT_EQ(doc.object(), sample(i));
    }
}

TEST(JsonlGzWriterTest, TheGzipToolReadsTheFile)
{
    const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
    if (gzip.isEmpty())
        GTEST_SKIP() << "gzip is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.jsonl.gz"));
    JsonlGzWriter writer;
    ASSERT_TRUE(writer.open(path));
    QByteArray expected;
    for (int i = 0; i < 1000; ++i) {
        ASSERT_TRUE(writer.write(sample(i)));
        expected += QJsonDocument(sample(i)).toJson(QJsonDocument::Compact) + '\n';
    }
    ASSERT_TRUE(writer.finish());
    QProcess zcat;
    zcat.start(gzip, { QStringLiteral("-dc"), path });
    ASSERT_TRUE(zcat.waitForFinished(30000));
    EXPECT_EQ(zcat.exitCode(), 0) << zcat.readAllStandardError().toStdString();
    EXPECT_EQ(zcat.readAllStandardOutput(), expected);
}

TEST(JsonlGzWriterTest, EmptyStreamIsAValidGzipFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.jsonl.gz"));
    JsonlGzWriter writer;
    ASSERT_TRUE(writer.open(path));
    ASSERT_TRUE(writer.finish());
    EXPECT_TRUE(readGzipLines(path).isEmpty());
    EXPECT_GT(QFileInfo(path).size(), 0);
}

TEST(JsonlGzWriterTest, LargeStreamGoesToDiskAsItIsWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.jsonl.gz"));
    const QString part = path + QStringLiteral(".part");
    JsonlGzWriter writer;
    ASSERT_TRUE(writer.open(path));
    constexpr int lineCount = 200000;
    qint64 onDiskAtHalf = 0;
    for (int i = 0; i < lineCount; ++i) {
        ASSERT_TRUE(writer.write(sample(i)));
        if (i == lineCount / 2) {
            onDiskAtHalf = QFileInfo(part).size();
            // Nothing compressed waits in our own buffer between writes.
            EXPECT_EQ(onDiskAtHalf, writer.compressedBytes());
        }
    }
    ASSERT_TRUE(writer.finish());
    EXPECT_EQ(writer.lineCount(), lineCount);
    // Memory is bounded by design: halfway through, about half of the output
    // was already on disk, so the writer did not hold the stream back.
    const qint64 finalSize = QFileInfo(path).size();
    EXPECT_GT(onDiskAtHalf, finalSize * 4 / 10);
    EXPECT_LT(onDiskAtHalf, finalSize * 6 / 10);
    EXPECT_LT(QFileInfo(path).size(), writer.uncompressedBytes() / 4) << "hardly compressed";

    const QList<QByteArray> lines = readGzipLines(path);
    ASSERT_EQ(lines.size(), lineCount);
    EXPECT_EQ(QJsonDocument::fromJson(lines.at(0)).object(), sample(0));
    EXPECT_EQ(QJsonDocument::fromJson(lines.at(123456)).object(), sample(123456));
    EXPECT_EQ(QJsonDocument::fromJson(lines.last()).object(), sample(lineCount - 1));
}

TEST(JsonlGzWriterTest, AbortRemovesThePartAndKeepsTheOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.jsonl.gz"));
    {
        JsonlGzWriter first;
        ASSERT_TRUE(first.open(path));
        ASSERT_TRUE(first.write(sample(1)));
        ASSERT_TRUE(first.finish());
    }
    JsonlGzWriter writer;
    ASSERT_TRUE(writer.open(path));
    ASSERT_TRUE(writer.write(sample(2)));
    writer.abort();
    EXPECT_FALSE(writer.isOpen());
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
    const QList<QByteArray> lines = readGzipLines(path);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(QJsonDocument::fromJson(lines.first()).object(), sample(1));
    EXPECT_FALSE(writer.write(sample(3)));
}

TEST(JsonlGzWriterTest, FinishReplacesAnExistingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.jsonl.gz"));
    QFile stale(path);
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write("stale, not gzip");
    stale.close();

    JsonlGzWriter writer;
    ASSERT_TRUE(writer.open(path));
    ASSERT_TRUE(writer.write(sample(7)));
    ASSERT_TRUE(writer.finish());
    const QList<QByteArray> lines = readGzipLines(path);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(QJsonDocument::fromJson(lines.first()).object(), sample(7));
}

TEST(JsonlGzWriterTest, DestructorRemovesAnUnfinishedPart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.jsonl.gz"));
    {
        JsonlGzWriter writer;
        ASSERT_TRUE(writer.open(path));
        ASSERT_TRUE(writer.write(sample(1)));
    }
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(JsonlGzWriterTest, OpenInAMissingFolderFailsWithAMessage)
{
    QTemporaryDir dir;
    JsonlGzWriter writer;
    EXPECT_FALSE(writer.open(dir.filePath(QStringLiteral("no/such/folder/w.jsonl.gz"))));
    EXPECT_FALSE(writer.isOpen());
    EXPECT_FALSE(writer.errorString().isEmpty());
    EXPECT_TRUE(writer.errorDetail().contains(QStringLiteral("w.jsonl.gz.part")));
    EXPECT_FALSE(writer.finish());
}
