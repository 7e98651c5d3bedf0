// Against the real platform keychain (the Secret Service in CI). Skipped
// unless CUSTODY_TEST_KEYRING is set; when it is set, every test must pass.
#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include <functional>

#include "core/profiles/orgprofile.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/credentialstore.h"
#include "secretstestsupport.h"

using Custody::Profiles::OrgProfile;
using Custody::Profiles::ProfileStore;
using Custody::Secrets::CredentialResult;
using Custody::Secrets::CredentialStore;
using Custody::Secrets::Test::ResultCatcher;
using Status = CredentialResult::Status;

namespace {

QString randomText()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

class RealKeychainTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!Custody::Secrets::Test::keyringTestsEnabled())
            GTEST_SKIP() << Custody::Secrets::Test::kKeyringSkipMessage;
    }

    void TearDown() override
    {
        if (!Custody::Secrets::Test::keyringTestsEnabled())
            return;
        // Best effort, so a failed test leaves nothing behind in a developer's keyring.
        run([this](auto callback) { store.remove(profileId, clientId, &context, callback); });
    }

    CredentialResult run(const std::function<void(CredentialStore::Callback)> &start)
    {
        ResultCatcher catcher;
        start(catcher.callback());
        if (!catcher.wait(30000)) {
            ADD_FAILURE() << "the keychain store never answered";
            return {};
        }
        return catcher.result();
    }

    CredentialResult read(CredentialStore &from)
    {
        return run([&](auto callback) { from.read(profileId, clientId, &context, callback); });
    }

    const QString service = Custody::Secrets::Test::uniqueTestService();
    QString profileId = randomText();
    const QString clientId = randomText();
    CredentialStore store { service };
    QObject context;
};

} // namespace

TEST_F(RealKeychainTest, WriteReadRemoveRoundTrip)
{
    const QString secret = QStringLiteral("s3cr3t-") + randomText() + QStringLiteral("-äöü✓");

    const auto written = run([&](auto callback) { store.write(profileId, clientId, secret, &context, callback); });
    ASSERT_EQ(written.status, Status::Ok) << written.message.toStdString();

    const auto readBack = read(store);
    ASSERT_EQ(readBack.status, Status::Ok) << readBack.message.toStdString();
    EXPECT_EQ(readBack.secret, secret);

    // A second store instance sees it too: it is in the keychain, not in memory.
    CredentialStore otherInstance { service };
    const auto fromOther = read(otherInstance);
    ASSERT_EQ(fromOther.status, Status::Ok) << fromOther.message.toStdString();
    EXPECT_EQ(fromOther.secret, secret);

    const auto removed = run([&](auto callback) { store.remove(profileId, clientId, &context, callback); });
    ASSERT_EQ(removed.status, Status::Ok) << removed.message.toStdString();

    const auto afterRemove = read(store);
    EXPECT_EQ(afterRemove.status, Status::NotFound) << afterRemove.message.toStdString();
    EXPECT_TRUE(afterRemove.secret.isEmpty());
}

TEST_F(RealKeychainTest, WriteReplacesTheEarlierSecret)
{
    ASSERT_TRUE(run([&](auto cb) { store.write(profileId, clientId, QStringLiteral("first"), &context, cb); }).ok());
    ASSERT_TRUE(run([&](auto cb) { store.write(profileId, clientId, QStringLiteral("second"), &context, cb); }).ok());
    const auto readBack = read(store);
    ASSERT_EQ(readBack.status, Status::Ok);
    EXPECT_EQ(readBack.secret, QStringLiteral("second"));
}

TEST_F(RealKeychainTest, EntriesAreSeparatedByServiceAndClient)
{
    ASSERT_TRUE(run([&](auto cb) { store.write(profileId, clientId, QStringLiteral("mine"), &context, cb); }).ok());

    CredentialStore otherService { Custody::Secrets::Test::uniqueTestService() };
    EXPECT_EQ(read(otherService).status, Status::NotFound);

    const auto otherClient = run([&](auto cb) { store.read(profileId, randomText(), &context, cb); });
    EXPECT_EQ(otherClient.status, Status::NotFound);
}

TEST_F(RealKeychainTest, SecretNeverReachesTheProfileFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    ProfileStore profiles(path);
    ASSERT_TRUE(profiles.load().ok);

    OrgProfile profile = OrgProfile::create(QStringLiteral("Production"));
    profile.regionDomain = QStringLiteral("mypurecloud.ie");
    profile.clientId = clientId;
    profileId = profile.id; // so TearDown removes this entry
    const auto added = profiles.add(profile);
    ASSERT_TRUE(added.ok) << added.message.toStdString();

    const QString secret = QStringLiteral("NeverOnDisk-") + randomText();
    const auto written = run([&](auto cb) { store.write(profile.id, profile.clientId, secret, &context, cb); });
    ASSERT_EQ(written.status, Status::Ok) << written.message.toStdString();
    // Saving again after the secret exists must not pick it up either.
    profile.timeZone = "Europe/Dublin";
    ASSERT_TRUE(profiles.update(profile).ok);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.contains(profile.id.toUtf8())) << "the file holds the profile";
    ASSERT_TRUE(bytes.contains(profile.clientId.toUtf8()));
    EXPECT_FALSE(bytes.contains(secret.toUtf8()));
    EXPECT_FALSE(bytes.contains(secret.toUtf8().toBase64()));
    EXPECT_FALSE(bytes.contains(QByteArrayLiteral("NeverOnDisk")));

    const auto readBack = read(store);
    ASSERT_EQ(readBack.status, Status::Ok);
    EXPECT_EQ(readBack.secret, secret);
}
