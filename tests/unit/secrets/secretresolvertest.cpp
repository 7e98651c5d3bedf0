#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include "core/profiles/orgprofile.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/secretresolver.h"
#include "secretstestsupport.h"

using Custody::Profiles::OrgProfile;
using Custody::Profiles::ProfileStore;
using Custody::Secrets::CredentialResult;
using Custody::Secrets::CredentialStore;
using Custody::Secrets::SecretSource;
using Custody::Secrets::Test::ResultCatcher;
using Status = CredentialResult::Status;

namespace {

// A variable name of this run only, removed again by the guard.
class ScopedVariable
{
public:
    ScopedVariable()
        : m_name(QStringLiteral("CUSTODY_TEST_SECRET_") + QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper())
    {
    }
    ~ScopedVariable() { qunsetenv(m_name.toLocal8Bit().constData()); }
    ScopedVariable(const ScopedVariable &) = delete;
    ScopedVariable &operator=(const ScopedVariable &) = delete;

    void set(const QByteArray &value) { qputenv(m_name.toLocal8Bit().constData(), value); }
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

OrgProfile environmentProfile(const QString &variable)
{
    OrgProfile profile = OrgProfile::create(QStringLiteral("Headless"));
    profile.regionDomain = QStringLiteral("mypurecloud.de");
    profile.clientId = QStringLiteral("client-1");
    profile.secretSource = SecretSource::environmentVariable(variable);
    return profile;
}

} // namespace

TEST(SecretResolverTest, ReadsTheNamedEnvironmentVariable)
{
    ScopedVariable variable;
    variable.set("env-secret-value");
    const auto result = Custody::Secrets::readEnvironmentSecret(variable.name());
    EXPECT_EQ(result.status, Status::Ok);
    EXPECT_EQ(result.secret, QStringLiteral("env-secret-value"));
}

TEST(SecretResolverTest, MissingOrEmptyVariableIsNamedInTheMessage)
{
    ScopedVariable variable;
    const auto missing = Custody::Secrets::readEnvironmentSecret(variable.name());
    EXPECT_EQ(missing.status, Status::NotFound);
    EXPECT_TRUE(missing.secret.isEmpty());
    EXPECT_TRUE(missing.message.contains(variable.name()));
    EXPECT_TRUE(missing.message.contains(QStringLiteral("Set %1").arg(variable.name())));
    EXPECT_TRUE(missing.detail.contains(variable.name()));

    variable.set("");
    const auto empty = Custody::Secrets::readEnvironmentSecret(variable.name());
    EXPECT_EQ(empty.status, Status::NotFound);
    EXPECT_TRUE(empty.message.contains(variable.name()));

    EXPECT_EQ(Custody::Secrets::readEnvironmentSecret(QString()).status, Status::Failed);
}

TEST(SecretResolverTest, EnvironmentRouteAnswersLaterWithoutTheKeychain)
{
    ScopedVariable variable;
    variable.set("from-the-environment");
    // A service nobody wrote to: if the resolver asked the keychain, it would not find this secret.
    CredentialStore store { Custody::Secrets::Test::uniqueTestService() };
    QObject context;
    ResultCatcher catcher;
    Custody::Secrets::resolveSecret(environmentProfile(variable.name()), store, &context, catcher.callback());
    EXPECT_FALSE(catcher.arrived()) << "delivered later, like the keychain route";
    ASSERT_TRUE(catcher.wait(2000));
    EXPECT_EQ(catcher.result().status, Status::Ok);
    EXPECT_EQ(catcher.result().secret, QStringLiteral("from-the-environment"));
    EXPECT_EQ(store.pendingCount(), 0);
}

TEST(SecretResolverTest, EnvironmentRouteReportsTheMissingVariable)
{
    ScopedVariable variable;
    CredentialStore store { Custody::Secrets::Test::uniqueTestService() };
    QObject context;
    ResultCatcher catcher;
    Custody::Secrets::resolveSecret(environmentProfile(variable.name()), store, &context, catcher.callback());
    ASSERT_TRUE(catcher.wait(2000));
    EXPECT_EQ(catcher.result().status, Status::NotFound);
    EXPECT_TRUE(catcher.result().message.contains(variable.name()));
}

TEST(SecretResolverTest, EnvironmentRouteDropsTheCallbackWithItsContext)
{
    ScopedVariable variable;
    variable.set("x");
    CredentialStore store { Custody::Secrets::Test::uniqueTestService() };
    ResultCatcher catcher;
    auto context = std::make_unique<QObject>();
    Custody::Secrets::resolveSecret(environmentProfile(variable.name()), store, context.get(), catcher.callback());
    context.reset();
    QTest::qWait(30);
    EXPECT_FALSE(catcher.arrived());
}

TEST(SecretResolverTest, EnvironmentValueNeverReachesTheProfileFile)
{
    ScopedVariable variable;
    variable.set("env-only-value-123");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
    ASSERT_TRUE(profiles.load().ok);
    ASSERT_TRUE(profiles.add(environmentProfile(variable.name())).ok);

    QFile file(profiles.filePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains(variable.name().toUtf8())) << "the variable's name is stored";
    EXPECT_FALSE(bytes.contains("env-only-value-123"));
}

TEST(SecretResolverTest, KeychainRouteReadsTheProfilesEntry)
{
    if (!Custody::Secrets::Test::keyringTestsEnabled())
        GTEST_SKIP() << Custody::Secrets::Test::kKeyringSkipMessage;
    CredentialStore store { Custody::Secrets::Test::uniqueTestService() };
    QObject context;
    OrgProfile profile = OrgProfile::create(QStringLiteral("Keychain"));
    profile.regionDomain = QStringLiteral("mypurecloud.com");
    profile.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    ResultCatcher written;
    store.write(profile.id, profile.clientId, QStringLiteral("kc-secret"), &context, written.callback());
    ASSERT_TRUE(written.wait(30000));
    ASSERT_EQ(written.result().status, Status::Ok) << written.result().message.toStdString();

    ResultCatcher resolved;
    Custody::Secrets::resolveSecret(profile, store, &context, resolved.callback());
    ASSERT_TRUE(resolved.wait(30000));
    EXPECT_EQ(resolved.result().status, Status::Ok) << resolved.result().message.toStdString();
    EXPECT_EQ(resolved.result().secret, QStringLiteral("kc-secret"));

    ResultCatcher removed;
    store.remove(profile.id, profile.clientId, &context, removed.callback());
    ASSERT_TRUE(removed.wait(30000));
    EXPECT_EQ(removed.result().status, Status::Ok);
}
