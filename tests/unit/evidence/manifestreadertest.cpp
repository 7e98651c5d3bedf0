#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include "core/evidence/manifestreader.h"

using namespace Custody::Evidence;

namespace {

const QByteArray header = "conversationId,recordingId,startTime,queue,agent,direction,mediaType,relativePath,size,"
                          "sha256,sourceJobId,downloadedAt\r\n";
const QByteArray hash = QByteArray(64, 'a');

QByteArray row(const QByteArray &conversation, const QByteArray &queue = "Claims", const QByteArray &size = "10",
    const QByteArray &sha = hash)
{
    return conversation + ",rec," + "2024-03-01T09:00:00.000Z," + queue + ",agent,inbound,audio," + conversation
        + ".wav," + size + "," + sha + ",job,2024-03-02T09:00:00.000Z\r\n";
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("manifest.csv"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

} // namespace

TEST(ManifestReaderTest, ReadsQuotedFieldsWithCommasQuotesAndNewlines)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, header + row("c1", "\"a,b \"\"q\"\"\r\nnext\"") + row("c2"));
    const ManifestReadResult read = ManifestReader::readCsv(path);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read.entries.size(), 2);
    EXPECT_EQ(read.entries.at(0).queue, QStringLiteral("a,b \"q\"\r\nnext"));
    EXPECT_EQ(read.entries.at(1).conversationId, QStringLiteral("c2"));
    EXPECT_EQ(read.entries.at(0).size, 10);
}

TEST(ManifestReaderTest, ReportsMalformedLinesWithTheirNumbersAndKeepsGoodOnes)
{
    QTemporaryDir dir;
    const QByteArray content = header // line 1
        + row("c1", "\"two\nlines\"") // lines 2-3
        + "c2,too,few,fields\r\n" // line 4
        + row("c3", "bad\"quote") // line 5
        + row("c4", "Claims", "-5") // line 6
        + row("c5", "Claims", "10", "nothex") // line 7
        + row("c6", "\"closed\"junk") // line 8
        + row("c7") // line 9
        + "c8,\"never closed\r\n"; // line 10
    const ManifestReadResult read = ManifestReader::readCsv(writeFile(dir, content));
    ASSERT_TRUE(read.readable);
    EXPECT_FALSE(read.ok());
    ASSERT_EQ(read.entries.size(), 2);
    EXPECT_EQ(read.entries.at(0).conversationId, QStringLiteral("c1"));
    EXPECT_EQ(read.entries.at(1).conversationId, QStringLiteral("c7"));

    QList<qint64> lines;
    for (const ManifestProblem &problem : read.problems) {
        lines.append(problem.line);
        EXPECT_TRUE(problem.message.contains(QString::number(problem.line))) << problem.message.toStdString();
    }
    EXPECT_EQ(lines, (QList<qint64> { 4, 5, 6, 7, 8, 10 }));
}

TEST(ManifestReaderTest, AcceptsLfLineEndsExtraColumnsAndReorderedColumns)
{
    QTemporaryDir dir;
    const QByteArray content = "extra,sha256,size,relativePath,conversationId,recordingId,startTime,queue,agent,"
                               "direction,mediaType,sourceJobId,downloadedAt\n"
                               "x,"
        + hash + ",42,a/b.wav,c1,r1,,q,ag,in,audio,job,\n\n";
    const ManifestReadResult read = ManifestReader::readCsv(writeFile(dir, content));
    ASSERT_TRUE(read.ok()) << (read.problems.isEmpty() ? std::string() : read.problems.first().message.toStdString());
    ASSERT_EQ(read.entries.size(), 1);
    EXPECT_EQ(read.entries.first().relativePath, QStringLiteral("a/b.wav"));
    EXPECT_EQ(read.entries.first().size, 42);
    EXPECT_FALSE(read.entries.first().startTime.isValid());
}

TEST(ManifestReaderTest, MissingFileOrForeignHeaderIsNotReadable)
{
    QTemporaryDir dir;
    const ManifestReadResult missing = ManifestReader::readCsv(dir.filePath(QStringLiteral("manifest.csv")));
    EXPECT_FALSE(missing.readable);
    EXPECT_FALSE(missing.errorString.isEmpty());

    const ManifestReadResult foreign = ManifestReader::readCsv(writeFile(dir, "name,size\r\nx,1\r\n"));
    EXPECT_FALSE(foreign.readable);
    EXPECT_TRUE(foreign.errorString.contains(QStringLiteral("sha256")));

    const ManifestReadResult empty = ManifestReader::readCsv(writeFile(dir, QByteArray()));
    EXPECT_FALSE(empty.readable);
}
