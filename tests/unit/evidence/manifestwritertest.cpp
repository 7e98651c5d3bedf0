#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include "core/evidence/manifestreader.h"
#include "core/evidence/manifestwriter.h"

using namespace Custody::Evidence;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ManifestEntry entry(int i)
{
    ManifestEntry e;
    e.conversationId = QStringLiteral("conv-%1").arg(i);
    e.recordingId = QStringLiteral("rec-%1").arg(i);
    e.startTime = QDateTime(QDate(2024, 3, 1), QTime(9, 15, 30, 123), QTimeZone::utc()).addSecs(i);
    e.queue = QStringLiteral("Claims");
    e.agent = QStringLiteral("Ada Lovelace");
    e.direction = QStringLiteral("inbound");
    e.mediaType = QStringLiteral("audio");
    e.relativePath = QStringLiteral("2024-03-01/conv-%1/rec-%1.wav").arg(i);
    e.size = 1000 + i;
    e.sha256 = QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
    e.sourceJobId = QStringLiteral("job-1");
    e.downloadedAt = QDateTime(QDate(2024, 3, 20), QTime(12, 0, 0, 7), QTimeZone::utc());
    return e;
}

QList<ManifestEntry> nastyEntries()
{
    ManifestEntry a = entry(1);
    a.queue = QStringLiteral("Claims, Fraud & \"VIP\"");
    a.agent = QStringLiteral("O'Brien, \"Pat\"\r\nsecond line");
    a.direction = QStringLiteral("line\nbreak only");
    a.mediaType = QStringLiteral("  spaced  ");
    ManifestEntry b = entry(2);
    b.queue = QString();
    b.agent = QStringLiteral("\"");
    b.direction = QStringLiteral(",");
    b.mediaType = QStringLiteral("=HYPERLINK(\"x\")");
    b.relativePath = QStringLiteral("Grüße/日本語/😀 rec,2.wav");
    // A start time given in another zone is written and read back in UTC.
    b.startTime = QDateTime(QDate(2024, 3, 31), QTime(2, 30, 0, 999), QTimeZone(3600));
    ManifestEntry c = entry(3);
    c.startTime = QDateTime();
    c.size = 0;
    return { a, b, c };
}

} // namespace

TEST(ManifestWriterTest, QuotesOnlyFieldsThatNeedIt)
{
    EXPECT_EQ(ManifestWriter::csvField(QStringLiteral("plain text")), QStringLiteral("plain text"));
    EXPECT_EQ(ManifestWriter::csvField(QString()), QString());
    EXPECT_EQ(ManifestWriter::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(ManifestWriter::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(ManifestWriter::csvField(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
    EXPECT_EQ(ManifestWriter::csvField(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
    EXPECT_EQ(
        ManifestWriter::csvRecord({ QStringLiteral("x"), QStringLiteral("y,z") }), QStringLiteral("x,\"y,z\"\r\n"));
}

TEST(ManifestWriterTest, WritesHeaderUtcTimesAndCrlfWithoutBom)
{
    QTemporaryDir dir;
    const ManifestWriteResult result = ManifestWriter::write(dir.path(), { entry(0) }, {});
    ASSERT_TRUE(result.ok) << result.errorDetail.toStdString();
    const QByteArray csv = readAll(dir.filePath(QStringLiteral("manifest.csv")));
    EXPECT_TRUE(csv.startsWith("conversationId,recordingId,startTime,queue,agent,direction,mediaType,relativePath,"
                               "size,sha256,sourceJobId,downloadedAt\r\n"))
        << csv.left(200).toStdString();
    EXPECT_TRUE(csv.contains(",2024-03-01T09:15:30.123Z,"));
    EXPECT_TRUE(csv.contains(",2024-03-20T12:00:00.007Z\r\n"));
    EXPECT_EQ(csv.count('\n'), 2);
    EXPECT_EQ(csv.count("\r\n"), 2);
}

TEST(ManifestWriterTest, ReturnsTheHashOfTheCsvAsWritten)
{
    QTemporaryDir dir;
    const ManifestWriteResult result = ManifestWriter::write(dir.path(), nastyEntries(), {});
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.entryCount, 3);
    const QByteArray csv = readAll(dir.filePath(QStringLiteral("manifest.csv")));
    EXPECT_EQ(result.csvSha256, QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(result.csvSha256.size(), 64);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("manifest.csv.part"))));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("manifest.json.part"))));
}

TEST(ManifestWriterTest, NastyFieldsSurviveARoundTrip)
{
    QTemporaryDir dir;
    const QList<ManifestEntry> entries = nastyEntries();
    ASSERT_TRUE(ManifestWriter::write(dir.path(), entries, {}).ok);
    const ManifestReadResult read = ManifestReader::readCsv(dir.filePath(QStringLiteral("manifest.csv")));
    ASSERT_TRUE(read.readable) << read.errorDetail.toStdString();
    EXPECT_TRUE(read.problems.isEmpty()) << read.problems.first().message.toStdString();
    ASSERT_EQ(read.entries.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        EXPECT_EQ(read.entries.at(i), entries.at(i)) << "entry " << i;
        EXPECT_EQ(read.entries.at(i).agent.toStdString(), entries.at(i).agent.toStdString());
        EXPECT_EQ(read.entries.at(i).relativePath.toStdString(), entries.at(i).relativePath.toStdString());
    }
    EXPECT_EQ(read.entries.at(1).startTime.timeSpec(), Qt::UTC);
}

TEST(ManifestWriterTest, JsonHoldsVersionMetadataAndFiles)
{
    QTemporaryDir dir;
    const QJsonObject metadata {
        { QStringLiteral("orgId"), QStringLiteral("org-1") },
        { QStringLiteral("filters"), QJsonObject { { QStringLiteral("queue"), QStringLiteral("Claims") } } },
    };
    const QList<ManifestEntry> entries = nastyEntries();
    ASSERT_TRUE(ManifestWriter::write(dir.path(), entries, metadata).ok);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(dir.filePath(QStringLiteral("manifest.json"))), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonObject root = doc.object();
    EXPECT_EQ(root.value(QStringLiteral("manifestVersion")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("export")).toObject(), metadata);
    const QJsonArray files = root.value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), entries.size());
    const QJsonObject first = files.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("agent")).toString(), entries.at(0).agent);
    EXPECT_EQ(first.value(QStringLiteral("size")).toInteger(), entries.at(0).size);
    EXPECT_EQ(first.value(QStringLiteral("startTime")).toString(), QStringLiteral("2024-03-01T09:15:31.123Z"));
    EXPECT_EQ(files.at(1).toObject().value(QStringLiteral("startTime")).toString(),
        QStringLiteral("2024-03-31T01:30:00.999Z"));
}

TEST(ManifestWriterTest, EmptyExportStillWritesBothFiles)
{
    QTemporaryDir dir;
    const ManifestWriteResult result = ManifestWriter::write(dir.path(), {}, {});
    ASSERT_TRUE(result.ok);
    const ManifestReadResult read = ManifestReader::readCsv(dir.filePath(QStringLiteral("manifest.csv")));
    EXPECT_TRUE(read.ok());
    EXPECT_TRUE(read.entries.isEmpty());
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(dir.filePath(QStringLiteral("manifest.json"))));
    EXPECT_TRUE(doc.object().value(QStringLiteral("files")).toArray().isEmpty());
}

TEST(ManifestWriterTest, ManyEntriesStream)
{
    QTemporaryDir dir;
    ManifestWriter writer(dir.path());
    ASSERT_TRUE(writer.open({}));
    for (int i = 0; i < 5000; ++i)
        ASSERT_TRUE(writer.add(entry(i)));
    // Completed rows are already on disk, not only in memory.
    EXPECT_GT(QFileInfo(dir.filePath(QStringLiteral("manifest.csv.part"))).size(), 64 * 1024);
    const ManifestWriteResult result = writer.finish();
    ASSERT_TRUE(result.ok);
    const ManifestReadResult read = ManifestReader::readCsv(dir.filePath(QStringLiteral("manifest.csv")));
    ASSERT_EQ(read.entries.size(), 5000);
    EXPECT_EQ(read.entries.at(4999), entry(4999));
}

TEST(ManifestWriterTest, AbortLeavesTheOldManifest)
{
    QTemporaryDir dir;
    ASSERT_TRUE(ManifestWriter::write(dir.path(), { entry(1) }, {}).ok);
    const QByteArray before = readAll(dir.filePath(QStringLiteral("manifest.csv")));
    {
        ManifestWriter writer(dir.path());
        ASSERT_TRUE(writer.open({}));
        ASSERT_TRUE(writer.add(entry(2)));
    } // destroyed without finish()
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("manifest.csv"))), before);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("manifest.csv.part"))));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("manifest.json.part"))));
}

TEST(ManifestWriterTest, MissingFolderIsAnError)
{
    QTemporaryDir dir;
    const ManifestWriteResult result = ManifestWriter::write(dir.filePath(QStringLiteral("gone")), { entry(1) }, {});
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.errorString.isEmpty());
    EXPECT_FALSE(result.errorDetail.isEmpty());
}
