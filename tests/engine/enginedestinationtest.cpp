// The destination going away or filling up in the middle of an export: the
// export pauses with a message that names the problem, keeps what it has,
// and completes once the folder is usable again.
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#endif

#include "enginetestsupport.h"

namespace Custody::Test {
namespace {

/// Files the store says are downloaded, checked on disk below \a root.
void expectDownloadedFilesIntact(EngineHarness &harness, Store::ExportId id, const QString &root, int *count)
{
    const QList<Store::ItemRecord> downloaded = harness.items(id, Store::ItemState::Downloaded);
    for (const Store::ItemRecord &item : downloaded) {
        EXPECT_FALSE(item.sha256.isEmpty());
        EXPECT_EQ(fileSha256(QDir(root).filePath(item.relativePath)), item.sha256) << item.relativePath.toStdString();
    }
    *count = int(downloaded.size());
}

TEST(EngineDestination, folderReplacedByAFileMidRunPausesKeepsFilesAndResumes)
{
    Sim::SimConfig config = engineSimConfig(2, 30);
    config.mediaMeanBytes = 64 * 1024;
    EngineHarness harness(config);
    harness.engine().setBandwidthLimit(1024 * 1024); // long enough to pull the folder away mid-run
    const QString folder = harness.folder(QStringLiteral("share"));
    const QString away = harness.folder(QStringLiteral("share-unplugged"));
    const Plan::ExportSpec spec = harness.spec(folder);
    const ExpectedExport expected = expectedFor(harness.org(), spec);
    const Store::ExportId id = harness.create(spec);
    ASSERT_GT(id, 0);

    // After a few files: the folder goes (moved aside) and a file takes its
    // place, as when a share is unmounted and something else appears there.
    bool pulled = false;
    QObject::connect(&harness.engine(), &Jobs::Engine::progressChanged, &harness.engine(),
        [&](Store::ExportId which, const Jobs::ExportProgress &progress) {
            if (pulled || which != id || progress.downloaded < 5)
                return;
            pulled = true;
            EXPECT_TRUE(QDir().rename(folder, away));
            QFile blocker(folder);
            EXPECT_TRUE(blocker.open(QIODevice::WriteOnly));
        });
    const ExportOutcome paused = harness.run(id, harness.connection(), 60000);
    ASSERT_TRUE(paused.stopped);
    ASSERT_TRUE(pulled) << "the export ended before the folder could be pulled: " << paused.message.toStdString();
    EXPECT_EQ(paused.state, Store::ExportState::Paused) << paused.message.toStdString();
    EXPECT_TRUE(paused.message.contains(QDir::toNativeSeparators(folder)))
        << "the message should name the folder: " << paused.message.toStdString();
    const auto record = harness.store().exportById(id);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record.value().state, Store::ExportState::Paused);

    // What was downloaded is still recorded, and still intact where it went.
    int kept = 0;
    expectDownloadedFilesIntact(harness, id, away, &kept);
    EXPECT_GE(kept, 5);
    EXPECT_LT(kept, expected.available.size()) << "the export should not have finished";

    // The share comes back; the export carries on and completes.
    ASSERT_TRUE(QFile::remove(folder));
    ASSERT_TRUE(QDir().rename(away, folder));
    const ExportOutcome resumed = harness.run(id, harness.connection(), 60000);
    ASSERT_TRUE(resumed.stopped);
    ASSERT_TRUE(
        resumed.state == Store::ExportState::Completed || resumed.state == Store::ExportState::CompletedWithErrors)
        << Store::toString(resumed.state).toStdString() << ": " << resumed.message.toStdString();
    const int files = expectCompleteEvidence(harness, id, folder, expected);
    expectOnlyArchivedFailed(harness, id, expected);
    printFigures("destination replaced mid-run", harness.stats(), files, paused.elapsedMs + resumed.elapsedMs);
}

#ifdef Q_OS_LINUX
/// A size-limited tmpfs on a folder, unmounted again on scope exit.
class SmallMount final
{
public:
    SmallMount(const QString &path, const char *size)
        : m_path(QFile::encodeName(path))
    {
        QDir().mkpath(path);
        const QByteArray options = QByteArrayLiteral("size=") + size;
        if (::mount("tmpfs", m_path.constData(), "tmpfs", 0, options.constData()) == 0)
            m_mounted = true;
        else
            m_error = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~SmallMount()
    {
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
    }
    SmallMount(const SmallMount &) = delete;
    SmallMount &operator=(const SmallMount &) = delete;

    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }
    bool grow(const char *size)
    {
        const QByteArray options = QByteArrayLiteral("size=") + size;
        return ::mount("tmpfs", m_path.constData(), "tmpfs", MS_REMOUNT, options.constData()) == 0;
    }

private:
    QByteArray m_path;
    bool m_mounted = false;
    QString m_error;
};

TEST(EngineDestination, fullDestinationPausesWithAFreeSpaceMessageAndLosesNothing)
{
    Sim::SimConfig config = engineSimConfig(2, 30);
    config.mediaMeanBytes = 96 * 1024; // several megabytes in all, against a 2 MiB file system
    EngineHarness harness(config);
    const QString mountPoint = harness.folder(QStringLiteral("small"));
    SmallMount mount(mountPoint, "2m");
    if (!mount.mounted())
        GTEST_SKIP() << "cannot mount a small tmpfs here (" << mount.error().toStdString()
                     << "); run as root with CAP_SYS_ADMIN to test a full destination";
    const QString folder = QDir(mountPoint).filePath(QStringLiteral("export"));
    const Plan::ExportSpec spec = harness.spec(folder);
    const ExpectedExport expected = expectedFor(harness.org(), spec);
    qint64 total = 0;
    for (const Sim::SimRecording *r : expected.available)
        total += r->nativeBytes;
    ASSERT_GT(total, 3 * 1024 * 1024) << "the export must not fit in 2 MiB";
    const Store::ExportId id = harness.create(spec);
    ASSERT_GT(id, 0);

    const ExportOutcome full = harness.run(id, harness.connection(), 60000);
    ASSERT_TRUE(full.stopped);
    EXPECT_EQ(full.state, Store::ExportState::Paused) << full.message.toStdString();
    EXPECT_TRUE(full.message.contains(QStringLiteral("free space"))) << full.message.toStdString();
    int kept = 0;
    expectDownloadedFilesIntact(harness, id, folder, &kept);
    EXPECT_GT(kept, 0);
    EXPECT_LT(kept, expected.available.size());

    // Room is made; the export resumes and completes.
    ASSERT_TRUE(mount.grow("64m"));
    const ExportOutcome resumed = harness.run(id, harness.connection(), 60000);
    ASSERT_TRUE(resumed.stopped);
    ASSERT_TRUE(
        resumed.state == Store::ExportState::Completed || resumed.state == Store::ExportState::CompletedWithErrors)
        << Store::toString(resumed.state).toStdString() << ": " << resumed.message.toStdString();
    const int files = expectCompleteEvidence(harness, id, folder, expected);
    expectOnlyArchivedFailed(harness, id, expected);
    printFigures("full destination", harness.stats(), files, full.elapsedMs + resumed.elapsedMs);
}
#endif

} // namespace
} // namespace Custody::Test
