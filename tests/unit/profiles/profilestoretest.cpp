#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

#include "core/profiles/profilestore.h"

using Custody::Profiles::OrgProfile;
using Custody::Profiles::ProfileStore;

namespace {

OrgProfile profileNamed(const QString &name, const QString &clientId = QStringLiteral("client-1"))
{
    OrgProfile profile = OrgProfile::create(name);
    profile.regionDomain = QStringLiteral("mypurecloud.com");
    profile.clientId = clientId;
    return profile;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ProfileStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QString path() const { return dir.filePath(QStringLiteral("config/profiles.json")); }

    QTemporaryDir dir;
};

} // namespace

TEST(ProfileStoreDefaultPathTest, LivesInTheAppConfigFolder)
{
    EXPECT_TRUE(ProfileStore::defaultFilePath().endsWith(QStringLiteral("/profiles.json")));
    EXPECT_GT(ProfileStore::defaultFilePath().size(), QStringLiteral("/profiles.json").size());
}

TEST_F(ProfileStoreTest, MissingFileIsAnEmptyList)
{
    ProfileStore store(path());
    EXPECT_TRUE(store.load().ok);
    EXPECT_TRUE(store.list().isEmpty());
    EXPECT_FALSE(QFile::exists(path())) << "loading never creates the file";
}

TEST_F(ProfileStoreTest, ProfilesPersistAcrossInstances)
{
    OrgProfile prod = profileNamed(QStringLiteral("Production"));
    prod.timeZone = "Europe/Berlin";
    OrgProfile sim = OrgProfile::create(QStringLiteral("Simulator"));
    sim.gatewayUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    sim.clientId = QStringLiteral("sim");
    sim.secretSource = Custody::Secrets::SecretSource::environmentVariable(QStringLiteral("CUSTODY_SECRET_SIM"));
    {
        ProfileStore store(path());
        ASSERT_TRUE(store.load().ok);
        ASSERT_TRUE(store.add(prod).ok);
        const auto added = store.add(sim);
        ASSERT_TRUE(added.ok) << added.message.toStdString();
    }
    ProfileStore reopened(path());
    ASSERT_TRUE(reopened.load().ok);
    ASSERT_EQ(reopened.list().size(), 2);
    EXPECT_EQ(reopened.list().at(0), prod);
    EXPECT_EQ(reopened.list().at(1), sim);
    EXPECT_TRUE(QJsonDocument::fromJson(fileBytes(path())).isObject());
}

TEST_F(ProfileStoreTest, FindByIdOrNameIgnoringCase)
{
    ProfileStore store(path());
    ASSERT_TRUE(store.load().ok);
    const OrgProfile prod = profileNamed(QStringLiteral("Production"));
    ASSERT_TRUE(store.add(prod).ok);
    ASSERT_TRUE(store.find(prod.id).has_value());
    EXPECT_EQ(store.find(prod.id)->name, QStringLiteral("Production"));
    ASSERT_TRUE(store.find(QStringLiteral("production")).has_value());
    EXPECT_EQ(store.find(QStringLiteral("production"))->id, prod.id);
    EXPECT_FALSE(store.find(QStringLiteral("Staging")).has_value());
}

TEST_F(ProfileStoreTest, DuplicateNamesAreRefused)
{
    ProfileStore store(path());
    ASSERT_TRUE(store.load().ok);
    ASSERT_TRUE(store.add(profileNamed(QStringLiteral("Production"))).ok);
    const QByteArray before = fileBytes(path());

    const auto clash = store.add(profileNamed(QStringLiteral(" PRODUCTION ")));
    EXPECT_FALSE(clash.ok);
    EXPECT_TRUE(clash.message.contains(QStringLiteral("Production")));
    EXPECT_TRUE(clash.message.contains(QStringLiteral("Choose another name")));
    EXPECT_EQ(store.list().size(), 1);
    EXPECT_EQ(fileBytes(path()), before);

    // Renaming onto another profile's name is a clash too; keeping one's own name is not.
    OrgProfile staging = profileNamed(QStringLiteral("Staging"));
    ASSERT_TRUE(store.add(staging).ok);
    staging.name = QStringLiteral("production");
    EXPECT_FALSE(store.update(staging).ok);
    staging.name = QStringLiteral("Staging");
    staging.timeZone = "UTC";
    EXPECT_TRUE(store.update(staging).ok);
}

TEST_F(ProfileStoreTest, InvalidProfilesAreRefused)
{
    ProfileStore store(path());
    ASSERT_TRUE(store.load().ok);
    OrgProfile bad = profileNamed(QStringLiteral("Bad"));
    bad.clientId.clear();
    const auto result = store.add(bad);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.message.contains(QStringLiteral("client id")));
    EXPECT_FALSE(QFile::exists(path()));
}

TEST_F(ProfileStoreTest, RemoveReturnsTheKeychainKeyToDelete)
{
    ProfileStore store(path());
    ASSERT_TRUE(store.load().ok);
    const OrgProfile prod = profileNamed(QStringLiteral("Production"));
    ASSERT_TRUE(store.add(prod).ok);
    const auto removed = store.remove(prod.id);
    ASSERT_TRUE(removed.ok);
    EXPECT_EQ(removed.staleKeychainKey, QStringLiteral("custody/%1/client-1").arg(prod.id));
    EXPECT_TRUE(store.list().isEmpty());

    ProfileStore reopened(path());
    ASSERT_TRUE(reopened.load().ok);
    EXPECT_TRUE(reopened.list().isEmpty());
    EXPECT_FALSE(store.remove(prod.id).ok);
}

TEST_F(ProfileStoreTest, UpdateWithANewClientIdReportsTheOldKey)
{
    ProfileStore store(path());
    ASSERT_TRUE(store.load().ok);
    OrgProfile prod = profileNamed(QStringLiteral("Production"), QStringLiteral("old-client"));
    ASSERT_TRUE(store.add(prod).ok);
    const QString oldKey = prod.keychainKey();

    prod.timeZone = "UTC";
    EXPECT_TRUE(store.update(prod).staleKeychainKey.isEmpty());

    prod.clientId = QStringLiteral("new-client");
    const auto updated = store.update(prod);
    ASSERT_TRUE(updated.ok);
    EXPECT_EQ(updated.staleKeychainKey, oldKey);
    EXPECT_EQ(store.find(prod.id)->clientId, QStringLiteral("new-client"));
}

TEST_F(ProfileStoreTest, DamagedFileIsLeftAloneAndChangesAreRefused)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path()).absolutePath()));
    const QByteArray damaged = "{ \"version\": 1, \"profiles\": [ { \"id\": ";
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    ProfileStore store(path());
    const auto loaded = store.load();
    EXPECT_FALSE(loaded.ok);
    EXPECT_TRUE(loaded.message.contains(QStringLiteral("not valid JSON")));
    EXPECT_FALSE(store.add(profileNamed(QStringLiteral("Production"))).ok);
    EXPECT_EQ(fileBytes(path()), damaged);
}

TEST_F(ProfileStoreTest, SavingLeavesNoTemporaryFiles)
{
    ProfileStore store(path());
    ASSERT_TRUE(store.load().ok);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(store.add(profileNamed(QStringLiteral("Org %1").arg(i))).ok);
    const QStringList entries = QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(entries, QStringList { QStringLiteral("profiles.json") });
}

TEST_F(ProfileStoreTest, UnwritableLocationRefusesTheChange)
{
    // The file's folder is a file, so nothing can be written there.
    QFile blocker(dir.filePath(QStringLiteral("config")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ProfileStore store(path());
    ASSERT_TRUE(store.load().ok);
    const auto result = store.add(profileNamed(QStringLiteral("Production")));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.message.contains(QStringLiteral("could not be saved")));
    EXPECT_TRUE(store.list().isEmpty()) << "a change that cannot be saved is not applied";
}

#ifdef Q_OS_LINUX
// A write that fails halfway (here: the file size limit, which binds root too)
// must leave the previous file complete: QSaveFile writes a temporary file and
// renames it only after every byte is on disk.
TEST_F(ProfileStoreTest, FailedWriteHalfwayKeepsThePreviousFileWhole)
{
    ProfileStore store(path());
    ASSERT_TRUE(store.load().ok);
    ASSERT_TRUE(store.add(profileNamed(QStringLiteral("Production"))).ok);
    const QByteArray before = fileBytes(path());
    ASSERT_FALSE(before.isEmpty());

    OrgProfile big = profileNamed(QStringLiteral("Big ") + QString(4000, QLatin1Char('x')));
    rlimit saved {};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = static_cast<rlim_t>(before.size() + 1024);
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto result = store.add(big);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    EXPECT_FALSE(result.ok);
    EXPECT_EQ(fileBytes(path()), before) << "the old file is untouched";
    EXPECT_EQ(store.list().size(), 1);
    const QStringList entries = QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(entries, QStringList { QStringLiteral("profiles.json") }) << "the partial temporary file is gone";

    ProfileStore reopened(path());
    ASSERT_TRUE(reopened.load().ok);
    EXPECT_EQ(reopened.list().size(), 1);
}
#endif
