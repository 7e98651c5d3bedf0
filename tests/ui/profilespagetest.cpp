// The profiles page with a keychain that can be told to fail, and the
// connection test against custody-sim in-process.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>

#include "core/secrets/credentialstore.h"
#include "core/sim/simorg.h"
#include "settingsuisupport.h"
#include "sim/simtestsupport.h"
#include "ui/connectiontestpanel.h"
#include "ui/profileform.h"
#include "ui/profilespage.h"
#include "unit/secrets/fakekeychainbackend.h"

using Custody::Profiles::OrgProfile;
using Custody::Secrets::CredentialResult;
using Custody::Secrets::CredentialStore;
using Custody::Secrets::KeychainReply;
using Custody::Secrets::SecretSource;
using Custody::Secrets::Test::FakeKeychainBackend;
using Custody::Ui::ConnectionTestPanel;
using Custody::Ui::ProfilesPage;
using Custody::Ui::SecretPanel;
using namespace Custody::Ui::Test;

namespace {

constexpr auto kFastRetry = std::chrono::milliseconds(10);

/// A store over a fake keychain; \a backend stays valid while the store lives.
std::unique_ptr<CredentialStore> fakeStore(FakeKeychainBackend **backend)
{
    auto owned = std::make_unique<FakeKeychainBackend>();
    *backend = owned.get();
    auto store = std::make_unique<CredentialStore>(std::move(owned), QStringLiteral("CustodyUiTest"));
    store->setRetryDelay(kFastRetry);
    return store;
}

class ProfilesPageTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QString profilesPath() const { return dir.filePath(QStringLiteral("profiles.json")); }

    QTemporaryDir dir;
    FakeKeychainBackend *backend = nullptr;
    std::unique_ptr<CredentialStore> credentials = fakeStore(&backend);
};

} // namespace

TEST_F(ProfilesPageTest, AnEmptyListStartsWithAnUnsavedDraftThatBlocksNothing)
{
    ProfilesPage page(profilesPath(), *credentials);
    EXPECT_TRUE(page.store().list().isEmpty());
    EXPECT_FALSE(page.currentId().isEmpty());
    EXPECT_FALSE(page.hasUnsavedChanges());
    EXPECT_TRUE(page.commitPending());
    EXPECT_EQ(page.secretPanel()->state(), SecretPanel::State::NoProfile);
    EXPECT_FALSE(page.secretPanel()->findChild<QPushButton *>(QStringLiteral("replaceSecret"))->isEnabled());
}

TEST_F(ProfilesPageTest, AnIncompleteProfileIsNotSavedAndSaysWhy)
{
    ProfilesPage page(profilesPath(), *credentials);
    page.form()->nameEdit()->setText(QStringLiteral("Claims EU"));
    EXPECT_TRUE(page.hasUnsavedChanges());
    EXPECT_FALSE(page.saveProfile());
    EXPECT_TRUE(page.messageText().contains(QStringLiteral("client id")));
    EXPECT_TRUE(page.store().list().isEmpty());
}

TEST_F(ProfilesPageTest, RegionsShowLocationAndDomain)
{
    ProfilesPage page(profilesPath(), *credentials);
    const QComboBox &regions = *page.form()->regionCombo();
    const int ireland = regions.findData(QStringLiteral("mypurecloud.ie"));
    ASSERT_GE(ireland, 0);
    EXPECT_EQ(regions.itemText(ireland), QStringLiteral("Europe (Ireland) — mypurecloud.ie"));
}

TEST_F(ProfilesPageTest, AGatewayProfileIsSavedWithItsUrlAndEnvironmentSource)
{
    ProfilesPage page(profilesPath(), *credentials);
    page.form()->nameEdit()->setText(QStringLiteral("Gateway"));
    page.form()->gatewayButton()->setChecked(true);
    page.form()->gatewayEdit()->setText(QStringLiteral("https://gateway.example.com/genesys"));
    page.form()->clientIdEdit()->setText(QStringLiteral("client-1"));
    page.form()->environmentButton()->setChecked(true);
    page.form()->variableEdit()->setText(QStringLiteral("CUSTODY_SECRET_GATEWAY"));
    ASSERT_TRUE(page.saveProfile()) << page.messageText().toStdString();

    Custody::Profiles::ProfileStore reread(profilesPath());
    ASSERT_TRUE(reread.load().ok);
    ASSERT_EQ(reread.list().size(), 1);
    const OrgProfile saved = reread.list().constFirst();
    EXPECT_EQ(saved.gatewayUrl, QUrl(QStringLiteral("https://gateway.example.com/genesys")));
    EXPECT_TRUE(saved.regionDomain.isEmpty());
    EXPECT_EQ(saved.secretSource, SecretSource::environmentVariable(QStringLiteral("CUSTODY_SECRET_GATEWAY")));
    EXPECT_EQ(page.secretPanel()->state(), SecretPanel::State::Environment);
    EXPECT_EQ(backend->started, 0) << "an environment profile must not touch the keychain";
}

TEST_F(ProfilesPageTest, UnavailableKeychainIsSaidPlainlyAndOffersTheEnvironment)
{
    const OrgProfile profile = validProfile(QStringLiteral("Claims EU"));
    ASSERT_TRUE(saveProfile(profilesPath(), profile));
    const KeychainReply noBackend { KeychainReply::Code::NoBackend, {}, QStringLiteral("No keyring daemon") };
    backend->scriptedReplies = QList<KeychainReply>(8, noBackend);

    ProfilesPage page(profilesPath(), *credentials);
    SecretPanel &panel = *page.secretPanel();
    ASSERT_TRUE(waitIdle(panel, 5000));
    ASSERT_EQ(panel.state(), SecretPanel::State::Unavailable);
    EXPECT_EQ(panel.message(), CredentialResult::unavailable(QStringLiteral("No keyring daemon")).message);
    EXPECT_TRUE(panel.offersEnvironment());

    // A secret entered now is refused, not written anywhere else.
    panel.replaceSecret(QStringLiteral("must-not-leak"));
    ASSERT_TRUE(waitIdle(panel, 5000));
    EXPECT_EQ(panel.state(), SecretPanel::State::Unavailable);
    EXPECT_FALSE(containsText(rawBytes(dir.path(), QString()), QStringLiteral("must-not-leak")));

    panel.findChild<QPushButton *>(QStringLiteral("useEnvironment"))->click();
    EXPECT_TRUE(page.form()->environmentButton()->isChecked());
    EXPECT_TRUE(page.form()->variableEdit()->isEnabled());
    page.form()->variableEdit()->setText(QStringLiteral("CUSTODY_SECRET_CLAIMS"));
    ASSERT_TRUE(page.saveProfile()) << page.messageText().toStdString();
    EXPECT_EQ(page.store().find(profile.id)->secretSource,
        SecretSource::environmentVariable(QStringLiteral("CUSTODY_SECRET_CLAIMS")));
    EXPECT_EQ(panel.state(), SecretPanel::State::Environment);
}

TEST_F(ProfilesPageTest, ALateKeychainAnswerForAnotherProfileIsIgnored)
{
    const OrgProfile first = validProfile(QStringLiteral("First"));
    const OrgProfile second = validProfile(QStringLiteral("Second"));
    ASSERT_TRUE(saveProfile(profilesPath(), first));
    ASSERT_TRUE(saveProfile(profilesPath(), second));
    backend->hang = true;
    ProfilesPage page(profilesPath(), *credentials);
    ASSERT_EQ(page.currentId(), first.id);
    backend->hang = false;
    page.selectProfile(second.id);
    ASSERT_EQ(page.currentId(), second.id);
    ASSERT_TRUE(waitIdle(*page.secretPanel(), 5000));
    ASSERT_EQ(page.secretPanel()->state(), SecretPanel::State::NotSet);

    // The first profile's read answers "stored" only now: it must not count for the second.
    ASSERT_EQ(backend->answerHung({ KeychainReply::Code::Ok, QStringLiteral("x"), {} }), 1);
    QTest::qWait(50);
    EXPECT_EQ(page.secretPanel()->state(), SecretPanel::State::NotSet);
}

namespace {

class ConnectionTest : public ProfilesPageTest
{
protected:
    void SetUp() override
    {
        ProfilesPageTest::SetUp();
        Custody::Sim::SimConfig config = Custody::Test::fastSimConfig();
        config.rateLimitPerMinute = 240;
        config.urlTtlMinutes = 20;
        sim = std::make_unique<Custody::Test::SimFixture>(config);
        profile = OrgProfile::create(QStringLiteral("Simulated org"));
        profile.gatewayUrl = QUrl(sim->url(QString()));
        profile.clientId = QStringLiteral("custody-demo");
        profile.secretSource = SecretSource::environmentVariable(QString::fromLatin1(kVariable));
        ASSERT_TRUE(saveProfile(profilesPath(), profile));
    }

    void TearDown() override { qunsetenv(kVariable); }

    ConnectionTestPanel::State runTest(ProfilesPage &page)
    {
        page.testConnection();
        EXPECT_TRUE(QTest::qWaitFor(
            [&page] { return page.connectionTest()->state() != ConnectionTestPanel::State::Running; }, 30000));
        return page.connectionTest()->state();
    }

    static constexpr const char *kVariable = "CUSTODY_UI_TEST_SIM_SECRET";
    std::unique_ptr<Custody::Test::SimFixture> sim;
    OrgProfile profile;
};

} // namespace

TEST_F(ConnectionTest, RightSecretShowsRateLimitAndLinkLifetime)
{
    qputenv(kVariable, "demo-secret");
    ProfilesPage page(profilesPath(), *credentials);
    ASSERT_EQ(page.currentId(), profile.id);
    ASSERT_EQ(runTest(page), ConnectionTestPanel::State::Succeeded)
        << page.connectionTest()->resultText().toStdString();
    const QString text = page.connectionTest()->resultText();
    EXPECT_TRUE(text.contains(QStringLiteral("240 requests per minute"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("20 minutes"))) << text.toStdString();
    const int queues = sim->server().org().queues().size();
    EXPECT_TRUE(text.contains(QStringLiteral("%1 queues").arg(queues))) << text.toStdString();
    EXPECT_EQ(backend->started, 0);
}

TEST_F(ConnectionTest, WrongSecretShowsTheCredentialsMessage)
{
    qputenv(kVariable, "not-the-secret");
    ProfilesPage page(profilesPath(), *credentials);
    ASSERT_EQ(runTest(page), ConnectionTestPanel::State::Failed);
    const QString text = page.connectionTest()->resultText();
    EXPECT_TRUE(text.contains(QStringLiteral("rejected the OAuth client credentials"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("not-the-secret")));
}

TEST_F(ConnectionTest, UnsetVariableSaysWhichOneToSet)
{
    ProfilesPage page(profilesPath(), *credentials);
    ASSERT_EQ(runTest(page), ConnectionTestPanel::State::Failed);
    EXPECT_TRUE(page.connectionTest()->resultText().contains(QString::fromLatin1(kVariable)));
}
