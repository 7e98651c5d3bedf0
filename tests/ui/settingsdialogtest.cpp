// The settings dialog's typed settings pages, read from and written to a
// QSettings INI file, and its screenshot.
#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkProxy>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include "core/secrets/credentialstore.h"
#include "core/settings/appsettings.h"
#include "settingsuisupport.h"
#include "ui/behaviourpage.h"
#include "ui/networkpage.h"
#include "ui/profileform.h"
#include "ui/profilespage.h"
#include "ui/settingsdialog.h"
#include "ui/transferspage.h"
#include "unit/secrets/fakekeychainbackend.h"

using Custody::Secrets::CredentialStore;
using Custody::Secrets::Test::FakeKeychainBackend;
using Custody::Settings::AppSettings;
using Custody::Settings::ProxySettings;
using Custody::Ui::SecretPanel;
using Custody::Ui::SettingsDialog;
using namespace Custody::Ui::Test;

namespace {

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    void TearDown() override { ProxySettings().applyProxy(); }

    QString profilesPath() const { return dir.filePath(QStringLiteral("profiles.json")); }
    QString iniPath() const { return dir.filePath(QStringLiteral("custody.ini")); }

    QTemporaryDir dir;
    CredentialStore credentials { std::make_unique<FakeKeychainBackend>(), QStringLiteral("CustodyUiTest") };
};

} // namespace

TEST_F(SettingsDialogTest, PagesShowTheStoredSettings)
{
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        AppSettings stored;
        stored.transfers.maxDownloads = 7;
        stored.transfers.bandwidthBytesPerSecond = 2500000;
        stored.behaviour.notifications = false;
        stored.behaviour.language = QStringLiteral("fr");
        stored.proxy.mode = ProxySettings::Mode::None;
        stored.save(settings);
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    SettingsDialog dialog(profilesPath(), credentials, settings);
    EXPECT_EQ(dialog.transfersPage()->downloadsSpin()->value(), 7);
    EXPECT_DOUBLE_EQ(dialog.transfersPage()->bandwidthSpin()->value(), 2.5);
    EXPECT_FALSE(dialog.behaviourPage()->notificationsCheck()->isChecked());
    EXPECT_EQ(dialog.behaviourPage()->languageCombo()->currentText(), QStringLiteral("Français"));
    EXPECT_TRUE(dialog.networkPage()->noneButton()->isChecked());
    EXPECT_FALSE(dialog.networkPage()->hostEdit()->isEnabled());
}

TEST_F(SettingsDialogTest, OkWritesEveryPageToTheIniFileAndAppliesTheProxy)
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    SettingsDialog dialog(profilesPath(), credentials, settings);
    QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
    dialog.transfersPage()->downloadsSpin()->setValue(12);
    dialog.transfersPage()->bandwidthSpin()->setValue(1.5);
    dialog.transfersPage()->destinationEdit()->setText(dir.path());
    dialog.behaviourPage()->trayCheck()->setChecked(false);
    QComboBox &language = *dialog.behaviourPage()->languageCombo();
    language.setCurrentIndex(language.findData(QStringLiteral("nl")));
    EXPECT_TRUE(dialog.behaviourPage()->languageChanged());
    dialog.networkPage()->manualButton()->setChecked(true);
    dialog.networkPage()->hostEdit()->setText(QStringLiteral("proxy.example.com"));
    dialog.networkPage()->portSpin()->setValue(3128);

    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(applied.count(), 1);

    const AppSettings reread = AppSettings::load(QSettings(iniPath(), QSettings::IniFormat));
    EXPECT_EQ(reread.transfers.maxDownloads, 12);
    EXPECT_EQ(reread.transfers.bandwidthBytesPerSecond, 1500000);
    EXPECT_EQ(reread.transfers.defaultDestination, dir.path());
    EXPECT_FALSE(reread.behaviour.keepRunningInTray);
    EXPECT_EQ(reread.behaviour.language, QStringLiteral("nl"));
    EXPECT_EQ(reread.proxy.mode, ProxySettings::Mode::Manual);
    EXPECT_EQ(reread.proxy.host, QStringLiteral("proxy.example.com"));
    EXPECT_EQ(reread.proxy.port, 3128);
    EXPECT_EQ(qvariant_cast<AppSettings>(applied.constFirst().constFirst()), reread);
    EXPECT_EQ(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.example.com"));
}

TEST_F(SettingsDialogTest, CancelWritesNothing)
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    {
        SettingsDialog dialog(profilesPath(), credentials, settings);
        dialog.transfersPage()->downloadsSpin()->setValue(12);
        dialog.reject();
    }
    settings.sync();
    EXPECT_TRUE(settings.allKeys().isEmpty());
}

TEST_F(SettingsDialogTest, IncompleteProxyKeepsTheDialogOpenOnTheNetworkPage)
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    SettingsDialog dialog(profilesPath(), credentials, settings);
    dialog.networkPage()->manualButton()->setChecked(true);
    dialog.networkPage()->hostEdit()->clear();
    EXPECT_FALSE(dialog.apply());
    EXPECT_EQ(dialog.currentPage(), SettingsDialog::Page::Network);
    EXPECT_TRUE(settings.allKeys().isEmpty());
}

TEST_F(SettingsDialogTest, BadFileNameTemplateKeepsTheDialogOpenOnTheTransfersPage)
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    SettingsDialog dialog(profilesPath(), credentials, settings);
    dialog.transfersPage()->templateEdit()->setText(QStringLiteral("{date}.{ext}"));
    EXPECT_FALSE(dialog.transfersPage()->problems().isEmpty());
    EXPECT_FALSE(dialog.apply());
    EXPECT_EQ(dialog.currentPage(), SettingsDialog::Page::Transfers);
}

TEST_F(SettingsDialogTest, OkSavesAProfileLeftEditedButUnsaved)
{
    const auto profile = validProfile(QStringLiteral("Claims EU"));
    ASSERT_TRUE(saveProfile(profilesPath(), profile));
    QSettings settings(iniPath(), QSettings::IniFormat);
    SettingsDialog dialog(profilesPath(), credentials, settings);
    dialog.profilesPage()->form()->nameEdit()->setText(QStringLiteral("Claims Europe"));
    ASSERT_TRUE(dialog.apply());
    Custody::Profiles::ProfileStore reread(profilesPath());
    ASSERT_TRUE(reread.load().ok);
    EXPECT_EQ(reread.find(profile.id)->name, QStringLiteral("Claims Europe"));
}

TEST_F(SettingsDialogTest, EveryPageIsListedAndReachable)
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    SettingsDialog dialog(profilesPath(), credentials, settings);
    const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("settingsPages"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 4);
    EXPECT_NE(list->focusPolicy() & Qt::TabFocus, 0);
    for (const auto page : { SettingsDialog::Page::Network, SettingsDialog::Page::Behaviour,
             SettingsDialog::Page::Transfers, SettingsDialog::Page::Profiles }) {
        dialog.showPage(page);
        EXPECT_EQ(dialog.currentPage(), page);
    }
}

TEST_F(SettingsDialogTest, Screenshot)
{
    auto profile = validProfile(QStringLiteral("Claims EU"));
    profile.clientId = QStringLiteral("7f3c2a91-5b0e-4d1a-9c8e-2f6b1d0a4e55");
    profile.timeZone = "Europe/Dublin";
    ASSERT_TRUE(saveProfile(profilesPath(), validProfile(QStringLiteral("Retail US"))));
    ASSERT_TRUE(saveProfile(profilesPath(), profile));
    QSettings settings(iniPath(), QSettings::IniFormat);
    SettingsDialog dialog(profilesPath(), credentials, settings);
    dialog.profilesPage()->selectProfile(profile.id);
    ASSERT_TRUE(waitIdle(*dialog.profilesPage()->secretPanel(), 5000));
    dialog.profilesPage()->secretPanel()->replaceSecret(QStringLiteral("screenshot-secret"));
    ASSERT_TRUE(waitIdle(*dialog.profilesPage()->secretPanel(), 5000));
    ASSERT_EQ(dialog.profilesPage()->secretPanel()->state(), SecretPanel::State::Stored);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const QImage image = dialog.grab().toImage();
    EXPECT_GE(image.width(), 800);
    const QString path = QStringLiteral(CUSTODY_TEST_OUTPUT_DIR "/settings.png");
    EXPECT_TRUE(image.save(path)) << path.toStdString();
    // The other pages, for a look by eye beside the main screenshot.
    for (const auto &[page, name] : { std::pair(SettingsDialog::Page::Transfers, "transfers"),
             std::pair(SettingsDialog::Page::Behaviour, "behaviour"),
             std::pair(SettingsDialog::Page::Network, "network") }) {
        dialog.showPage(page);
        EXPECT_TRUE(
            dialog.grab().save(QStringLiteral(CUSTODY_TEST_OUTPUT_DIR "/settings-%1.png").arg(QLatin1String(name))));
    }
}
