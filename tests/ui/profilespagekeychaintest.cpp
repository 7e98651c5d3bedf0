// The profiles page against the real platform keychain (the Secret Service in
// CI). Skipped unless CUSTODY_TEST_KEYRING is set; when it is, it must pass.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>

#include <optional>

#include "core/secrets/credentialstore.h"
#include "core/store/jobstore.h"
#include "settingsuisupport.h"
#include "ui/profileform.h"
#include "ui/profilespage.h"
#include "ui/settingsdialog.h"

using Custody::Secrets::CredentialResult;
using Custody::Secrets::CredentialStore;
using Custody::Ui::ProfilesPage;
using Custody::Ui::SecretPanel;
using Custody::Ui::SettingsDialog;
using namespace Custody::Ui::Test;

namespace {

class ProfilesPageKeychainTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!keyringTestsEnabled())
            GTEST_SKIP() << kKeyringSkipMessage;
        ASSERT_TRUE(dir.isValid());
    }

    /// What a fresh store (as a later run of Custody) reads for the profile.
    CredentialResult readFresh(const QString &profileId, const QString &clientId)
    {
        CredentialStore fresh(service);
        std::optional<CredentialResult> result;
        QObject context;
        fresh.read(profileId, clientId, &context, [&result](const CredentialResult &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&result] { return result.has_value(); }, 30000)) << "the keychain never answered";
        return result.value_or(CredentialResult {});
    }

    /// Fills the page's form with a new profile and saves it.
    void addProfileThroughTheForm(ProfilesPage &page, const QString &clientId)
    {
        page.addProfile();
        page.form()->nameEdit()->setText(QStringLiteral("Claims EU"));
        page.form()->regionButton()->setChecked(true);
        page.form()->regionCombo()->setCurrentIndex(
            page.form()->regionCombo()->findData(QStringLiteral("mypurecloud.ie")));
        page.form()->clientIdEdit()->setText(clientId);
        ASSERT_TRUE(page.saveProfile()) << page.messageText().toStdString();
    }

    QTemporaryDir dir;
    const QString service = uniqueTestService();
};

} // namespace

TEST_F(ProfilesPageKeychainTest, SecretRoundTripsThroughTheKeychainAndNowhereElse)
{
    const QString profilesPath = dir.filePath(QStringLiteral("profiles.json"));
    const QString iniPath = dir.filePath(QStringLiteral("custody.ini"));
    const QString jobsPath = dir.filePath(QStringLiteral("jobs.sqlite"));
    const QString clientId = randomText();
    const QString secret = QStringLiteral("s3cr3t-") + randomText() + QStringLiteral("-äöü");

    Custody::Store::JobStore jobs;
    ASSERT_TRUE(jobs.open(jobsPath).ok());
    CredentialStore credentials(service);
    QSettings settings(iniPath, QSettings::IniFormat);
    SettingsDialog dialog(profilesPath, credentials, settings);
    ProfilesPage &page = *dialog.profilesPage();
    SecretPanel &panel = *page.secretPanel();

    addProfileThroughTheForm(page, clientId);
    const QString profileId = page.currentId();
    ASSERT_FALSE(profileId.isEmpty());
    ASSERT_TRUE(waitIdle(panel));
    EXPECT_EQ(panel.state(), SecretPanel::State::NotSet) << panel.message().toStdString();
    EXPECT_EQ(panel.statusText(), QStringLiteral("Not set"));

    panel.replaceSecret(secret);
    EXPECT_TRUE(panel.isBusy());
    ASSERT_TRUE(waitIdle(panel));
    ASSERT_EQ(panel.state(), SecretPanel::State::Stored) << panel.message().toStdString();
    EXPECT_EQ(panel.statusText(), QStringLiteral("Stored in the keychain"));
    EXPECT_FALSE(panel.statusText().contains(secret));

    const CredentialResult stored = readFresh(profileId, clientId);
    ASSERT_EQ(stored.status, CredentialResult::Status::Ok) << stored.message.toStdString();
    EXPECT_EQ(stored.secret, secret);

    // Everything the application writes in plain files, written now.
    ASSERT_TRUE(dialog.apply());
    settings.sync();
    jobs.close();
    const QByteArray profilesBytes = rawBytes(dir.path(), QStringLiteral("profiles.json"));
    const QByteArray iniBytes = rawBytes(dir.path(), QStringLiteral("custody.ini"));
    const QByteArray jobsBytes = rawBytes(dir.path(), QStringLiteral("jobs.sqlite"));
    // The right files were read: each holds what it should.
    ASSERT_TRUE(containsText(profilesBytes, clientId));
    ASSERT_TRUE(containsText(iniBytes, QStringLiteral("maxDownloads")));
    ASSERT_TRUE(jobsBytes.startsWith("SQLite format 3"));
    EXPECT_FALSE(containsText(profilesBytes, secret));
    EXPECT_FALSE(containsText(iniBytes, secret));
    EXPECT_FALSE(containsText(jobsBytes, secret));

    panel.forgetSecret();
    ASSERT_TRUE(waitIdle(panel));
    EXPECT_EQ(panel.state(), SecretPanel::State::NotSet) << panel.message().toStdString();
    EXPECT_EQ(readFresh(profileId, clientId).status, CredentialResult::Status::NotFound);
}

TEST_F(ProfilesPageKeychainTest, RemovingAProfileDeletesItsKeychainEntry)
{
    const QString profilesPath = dir.filePath(QStringLiteral("profiles.json"));
    const auto profile = validProfile(QStringLiteral("Retail US"));
    ASSERT_TRUE(saveProfile(profilesPath, profile));
    CredentialStore credentials(service);
    ProfilesPage page(profilesPath, credentials);
    ASSERT_EQ(page.currentId(), profile.id);
    ASSERT_TRUE(waitIdle(*page.secretPanel()));

    page.secretPanel()->replaceSecret(QStringLiteral("to-be-removed-") + randomText());
    ASSERT_TRUE(waitIdle(*page.secretPanel()));
    ASSERT_EQ(page.secretPanel()->state(), SecretPanel::State::Stored);
    ASSERT_EQ(readFresh(profile.id, profile.clientId).status, CredentialResult::Status::Ok);

    page.removeProfile(profile.id);
    EXPECT_FALSE(page.store().find(profile.id).has_value());
    ASSERT_TRUE(QTest::qWaitFor([&credentials] { return credentials.pendingCount() == 0; }, 30000));
    EXPECT_EQ(readFresh(profile.id, profile.clientId).status, CredentialResult::Status::NotFound);
}

TEST_F(ProfilesPageKeychainTest, ChangingTheClientIdRemovesTheOldClientsSecret)
{
    const QString profilesPath = dir.filePath(QStringLiteral("profiles.json"));
    const auto profile = validProfile(QStringLiteral("Claims UK"));
    ASSERT_TRUE(saveProfile(profilesPath, profile));
    CredentialStore credentials(service);
    ProfilesPage page(profilesPath, credentials);
    ASSERT_TRUE(waitIdle(*page.secretPanel()));
    page.secretPanel()->replaceSecret(QStringLiteral("old-client-secret"));
    ASSERT_TRUE(waitIdle(*page.secretPanel()));
    ASSERT_EQ(page.secretPanel()->state(), SecretPanel::State::Stored);

    const QString newClientId = randomText();
    page.form()->clientIdEdit()->setText(newClientId);
    ASSERT_TRUE(page.saveProfile()) << page.messageText().toStdString();
    ASSERT_TRUE(waitIdle(*page.secretPanel()));
    ASSERT_TRUE(QTest::qWaitFor([&credentials] { return credentials.pendingCount() == 0; }, 30000));
    EXPECT_EQ(page.secretPanel()->state(), SecretPanel::State::NotSet);
    EXPECT_EQ(readFresh(profile.id, profile.clientId).status, CredentialResult::Status::NotFound);
}
