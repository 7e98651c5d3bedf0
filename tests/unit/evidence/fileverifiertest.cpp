#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <atomic>

#include "core/evidence/fileverifier.h"
#include "core/evidence/manifestwriter.h"

using namespace Custody::Evidence;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray content(int i, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype j = 0; j < size; ++j)
        bytes[j] = static_cast<char>((j * 31 + i * 7) & 0xff);
    return bytes;
}

/// An export folder with three recordings and a matching manifest.
class FileVerifierTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // The third file spans several 1 MiB hashing chunks.
        m_files = {
            { QStringLiteral("2024-03-01/conv-1/rec-1.wav"), content(1, 1000) },
            { QStringLiteral("2024-03-01/conv-1/rec-2.wav"), content(2, 0) },
            { QStringLiteral("2024-03-02/conv-2/rec-3.wav"), content(3, 3 * 1024 * 1024 + 17) },
        };
        QList<ManifestEntry> entries;
        for (const auto &[path, bytes] : m_files) {
            ASSERT_TRUE(writeFile(m_dir.filePath(path), bytes));
            ManifestEntry entry;
            entry.conversationId = QStringLiteral("conv");
            entry.recordingId = QFileInfo(path).baseName();
            entry.relativePath = path;
            entry.size = bytes.size();
            entry.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            entries.append(entry);
        }
        ASSERT_TRUE(ManifestWriter::write(m_dir.path(), entries, {}).ok);
        // Files that belong to every export and are not recordings.
        ASSERT_TRUE(writeFile(m_dir.filePath(QStringLiteral("custody-report.txt")), "report"));
        ASSERT_TRUE(writeFile(m_dir.filePath(QStringLiteral("events.jsonl")), "{}\n"));
        ASSERT_TRUE(writeFile(m_dir.filePath(QStringLiteral("conversations/2024-03-01.jsonl.gz")), "gz"));
    }

    QString path(int i) const { return m_dir.filePath(m_files.at(i).first); }

    QTemporaryDir m_dir;
    QList<std::pair<QString, QByteArray>> m_files;
};

} // namespace

TEST_F(FileVerifierTest, UntouchedExportPasses)
{
    const VerifyReport report = FileVerifier::verify(m_dir.path());
    ASSERT_TRUE(report.manifestReadable) << report.errorDetail.toStdString();
    EXPECT_EQ(report.ok.size(), 3);
    EXPECT_TRUE(report.missing.isEmpty());
    EXPECT_TRUE(report.changed.isEmpty());
    EXPECT_TRUE(report.extra.isEmpty()) << report.extra.join(u',').toStdString();
    EXPECT_TRUE(report.incomplete.isEmpty());
    EXPECT_TRUE(report.passed());
}

TEST_F(FileVerifierTest, ReportsMissingChangedExtraAndIncompleteFiles)
{
    ASSERT_TRUE(QFile::remove(path(0)));
    // Same size, one byte different: only the hash can tell.
    QByteArray tampered = m_files.at(2).second;
    tampered[2 * 1024 * 1024] = static_cast<char>(tampered.at(2 * 1024 * 1024) ^ 0x01);
    ASSERT_TRUE(writeFile(path(2), tampered));
    // Grown by one byte.
    ASSERT_TRUE(writeFile(path(1), "x"));
    ASSERT_TRUE(writeFile(m_dir.filePath(QStringLiteral("2024-03-01/conv-9/unlisted.wav")), "extra"));
    ASSERT_TRUE(writeFile(m_dir.filePath(QStringLiteral("2024-03-02/conv-2/rec-4.wav.part")), "half"));

    const VerifyReport report = FileVerifier::verify(m_dir.path());
    ASSERT_TRUE(report.manifestReadable);
    EXPECT_FALSE(report.passed());
    EXPECT_TRUE(report.ok.isEmpty());
    EXPECT_EQ(report.missing, QStringList { m_files.at(0).first });
    EXPECT_EQ(report.extra, QStringList { QStringLiteral("2024-03-01/conv-9/unlisted.wav") });
    EXPECT_EQ(report.incomplete, QStringList { QStringLiteral("2024-03-02/conv-2/rec-4.wav.part") });

    ASSERT_EQ(report.changed.size(), 2);
    const ChangedFile &grown = report.changed.at(0);
    EXPECT_EQ(grown.relativePath, m_files.at(1).first);
    EXPECT_EQ(grown.expectedSize, 0);
    EXPECT_EQ(grown.actualSize, 1);
    EXPECT_EQ(
        grown.actualSha256, QString::fromLatin1(QCryptographicHash::hash("x", QCryptographicHash::Sha256).toHex()));

    const ChangedFile &flipped = report.changed.at(1);
    EXPECT_EQ(flipped.relativePath, m_files.at(2).first);
    EXPECT_EQ(flipped.expectedSize, flipped.actualSize);
    EXPECT_NE(flipped.expectedSha256, flipped.actualSha256);
    EXPECT_EQ(flipped.actualSha256,
        QString::fromLatin1(QCryptographicHash::hash(tampered, QCryptographicHash::Sha256).toHex()));
}

TEST_F(FileVerifierTest, ReportsProgressPerFile)
{
    QList<std::pair<qint64, qint64>> calls;
    FileVerifier::verify(m_dir.path(), [&calls](qint64 files, qint64 bytes) { calls.append({ files, bytes }); });
    ASSERT_EQ(calls.size(), 3);
    EXPECT_EQ(calls.at(0), std::make_pair(qint64(1), qint64(1000)));
    EXPECT_EQ(calls.at(2), std::make_pair(qint64(3), qint64(1000 + 3 * 1024 * 1024 + 17)));
}

TEST_F(FileVerifierTest, StopsWhenCancelled)
{
    std::atomic<bool> cancel { false };
    int calls = 0;
    const VerifyReport report = FileVerifier::verify(
        m_dir.path(),
        [&](qint64, qint64) {
            ++calls;
            cancel = true;
        },
        &cancel);
    EXPECT_TRUE(report.cancelled);
    EXPECT_FALSE(report.passed());
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(report.ok.size(), 1);
}

TEST_F(FileVerifierTest, ManifestPathsOutsideTheFolderAreNotFollowed)
{
    QTemporaryDir outside;
    ASSERT_TRUE(writeFile(outside.filePath(QStringLiteral("secret.txt")), "secret"));
    ManifestEntry entry;
    entry.relativePath = QStringLiteral("../") + QFileInfo(outside.path()).fileName() + QStringLiteral("/secret.txt");
    entry.size = 6;
    entry.sha256 = QString::fromLatin1(QCryptographicHash::hash("secret", QCryptographicHash::Sha256).toHex());
    ASSERT_TRUE(ManifestWriter::write(m_dir.path(), { entry }, {}).ok);

    const VerifyReport report = FileVerifier::verify(m_dir.path());
    EXPECT_TRUE(report.ok.isEmpty());
    ASSERT_EQ(report.manifestProblems.size(), 1);
    EXPECT_TRUE(report.manifestProblems.first().message.contains(QStringLiteral("outside")));
    EXPECT_FALSE(report.passed());
}

TEST_F(FileVerifierTest, FolderWithoutManifestIsAnError)
{
    ASSERT_TRUE(QFile::remove(m_dir.filePath(QStringLiteral("manifest.csv"))));
    const VerifyReport report = FileVerifier::verify(m_dir.path());
    EXPECT_FALSE(report.manifestReadable);
    EXPECT_FALSE(report.errorString.isEmpty());
    EXPECT_FALSE(report.passed());
}

TEST(FileVerifierHashTest, StreamsLargeFilesToTheSameHash)
{
    QTemporaryDir dir;
    const QByteArray bytes = content(5, 2 * 1024 * 1024 + 1);
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("f")), bytes));
    qint64 read = 0;
    EXPECT_EQ(FileVerifier::sha256OfFile(dir.filePath(QStringLiteral("f")), &read),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(read, bytes.size());
    EXPECT_TRUE(FileVerifier::sha256OfFile(dir.filePath(QStringLiteral("missing"))).isEmpty());
}
