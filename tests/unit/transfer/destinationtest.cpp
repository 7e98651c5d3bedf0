#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <limits>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include "core/transfer/destination.h"

using namespace Custody::Transfer;

namespace {

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

bool anyContains(const QStringList &problems, const QString &needle)
{
    for (const QString &problem : problems) {
        if (problem.contains(needle))
            return true;
    }
    return false;
}

class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

} // namespace

TEST(DestinationTest, WritableTemporaryFolderPasses)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const DestinationStatus status = Destination(dir.path()).check(1024);
    EXPECT_TRUE(status.exists);
    EXPECT_TRUE(status.writable);
    EXPECT_GT(status.freeBytes, 1024);
    EXPECT_TRUE(status.ok()) << status.problems.join(u'\n').toStdString();
    // The write test cleans up after itself.
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST(DestinationTest, MissingFolderSaysWhatToDo)
{
    QTemporaryDir parent;
    const QString missing = parent.filePath(QStringLiteral("not-mounted"));
    const DestinationStatus status = Destination(missing).check(0);
    EXPECT_FALSE(status.exists);
    EXPECT_FALSE(status.writable);
    ASSERT_EQ(status.problems.size(), 1);
    EXPECT_EQ(status.problems.first(),
        QStringLiteral("The destination folder %1 does not exist. Connect the network share or choose another "
                       "folder.")
            .arg(QDir::toNativeSeparators(missing)));
    EXPECT_FALSE(QFileInfo::exists(missing)) << "check() must not create the folder";
}

TEST(DestinationTest, FileInsteadOfFolderIsAProblem)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const DestinationStatus status = Destination(path).check(0);
    EXPECT_FALSE(status.exists);
    EXPECT_FALSE(status.ok());
}

TEST(DestinationTest, EmptyPathIsAProblem)
{
    EXPECT_FALSE(Destination(QString()).check(0).ok());
}

TEST(DestinationTest, NotEnoughSpaceNamesBothSizes)
{
    const DefaultLocale cLocale(QLocale::c());
    QTemporaryDir dir;
    const qint64 needed = std::numeric_limits<qint64>::max() / 2;
    const DestinationStatus status = Destination(dir.path()).check(needed);
    EXPECT_TRUE(status.writable);
    ASSERT_EQ(status.problems.size(), 1);
    const QString problem = status.problems.first();
    EXPECT_TRUE(problem.startsWith(QStringLiteral("Only ") + Destination::formatBytes(status.freeBytes)))
        << problem.toStdString();
    EXPECT_TRUE(problem.contains(Destination::formatBytes(needed)));
    EXPECT_TRUE(problem.contains(QDir::toNativeSeparators(dir.path())));
}

TEST(DestinationTest, ReadOnlyFolderIsNotWritable)
{
#ifndef Q_OS_UNIX
    GTEST_SKIP() << "permission bits are a POSIX test";
#else
    if (runningAsRoot())
        GTEST_SKIP() << "running as root: chmod 0500 does not stop root from writing; "
                        "ReadOnlyFileSystemIsNotWritableEvenForRoot covers this case";
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const DestinationStatus status = Destination(dir.path()).check(0);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_TRUE(status.exists);
    EXPECT_FALSE(status.writable);
    EXPECT_TRUE(anyContains(status.problems, QStringLiteral("cannot write")));
#endif
}

TEST(DestinationTest, ReadOnlyFileSystemIsNotWritableEvenForRoot)
{
#ifndef Q_OS_LINUX
    GTEST_SKIP() << "uses /proc, which only Linux has";
#else
    if (!runningAsRoot())
        GTEST_SKIP() << "ReadOnlyFolderIsNotWritable covers non-root users";
    // Nobody, not even root, can create a regular file in /proc.
    if (!QFileInfo(QStringLiteral("/proc/self")).exists())
        GTEST_SKIP() << "/proc is not mounted";
    const DestinationStatus status = Destination(QStringLiteral("/proc")).check(0);
    EXPECT_TRUE(status.exists);
    EXPECT_FALSE(status.writable);
    EXPECT_TRUE(anyContains(status.problems, QStringLiteral("cannot write")));
#endif
}

TEST(DestinationTest, RecognisesNetworkPaths)
{
    EXPECT_TRUE(Destination::isUncPath(QStringLiteral("\\\\fileserver\\legal\\case-4711")));
    EXPECT_TRUE(Destination::isUncPath(QStringLiteral("//fileserver/legal")));
    EXPECT_FALSE(Destination::isUncPath(QStringLiteral("/mnt/legal")));
    EXPECT_FALSE(Destination::isUncPath(QStringLiteral("C:\\legal")));
    for (const char *type : { "cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "afpfs", "webdav", "NFS4" })
        EXPECT_TRUE(Destination::isNetworkFileSystem(type)) << type;
    for (const char *type : { "ext4", "tmpfs", "apfs", "NTFS", "overlay", "" })
        EXPECT_FALSE(Destination::isNetworkFileSystem(type)) << type;
}

TEST(DestinationTest, UncPathIsMarkedAsNetworkEvenWhenMissing)
{
    const DestinationStatus status = Destination(QStringLiteral("\\\\custody-test-no-such-server\\share")).check(0);
    EXPECT_TRUE(status.isNetwork);
    EXPECT_FALSE(status.ok());
}

TEST(DestinationTest, FormatsSizesForPeople)
{
    const DefaultLocale cLocale(QLocale::c());
    EXPECT_EQ(Destination::formatBytes(120LL * 1024 * 1024), QStringLiteral("120.0 MB"));
    EXPECT_EQ(Destination::formatBytes(2254857830LL), QStringLiteral("2.1 GB"));
    EXPECT_EQ(Destination::formatBytes(512), QStringLiteral("512 bytes"));
    EXPECT_FALSE(Destination::formatBytes(-1).isEmpty());
}
