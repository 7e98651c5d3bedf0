#include <gtest/gtest.h>

#include <QFile>

#include "core/settings/appsettings.h"
#include "core/transfer/filenametemplate.h"
#include "settingstestsupport.h"

using Custody::Settings::AppSettings;
using Custody::Settings::BehaviourSettings;
using Custody::Settings::ProxySettings;
using Custody::Settings::TransferSettings;
using Custody::Settings::Test::TempIni;

TEST(AppSettingsTest, EmptyFileGivesTheDefaults)
{
    TempIni ini;
    const AppSettings settings = AppSettings::load(*ini.open());
    EXPECT_EQ(settings.transfers.maxDownloads, 4);
    EXPECT_EQ(settings.transfers.bandwidthBytesPerSecond, 0);
    EXPECT_TRUE(settings.transfers.defaultDestination.isEmpty());
    EXPECT_EQ(settings.transfers.defaultTemplate, Custody::Transfer::FileNameTemplate::defaultPattern());
    EXPECT_TRUE(settings.behaviour.keepRunningInTray);
    EXPECT_TRUE(settings.behaviour.notifications);
    EXPECT_TRUE(settings.behaviour.language.isEmpty());
    EXPECT_EQ(settings.proxy.mode, ProxySettings::Mode::System);
}

TEST(AppSettingsTest, EveryValueSurvivesSaveAndLoadThroughTheFile)
{
    TempIni ini;
    AppSettings saved;
    saved.transfers.maxDownloads = 9;
    saved.transfers.bandwidthBytesPerSecond = 5 * 1024 * 1024;
    saved.transfers.defaultDestination = QStringLiteral("/srv/legal/case-4711");
    saved.transfers.defaultTemplate = QStringLiteral("{queue}/{date}/{conversationId}-{recordingId}.{ext}");
    saved.behaviour.keepRunningInTray = false;
    saved.behaviour.notifications = false;
    saved.behaviour.language = QStringLiteral("de");
    saved.proxy.mode = ProxySettings::Mode::Manual;
    saved.proxy.host = QStringLiteral("proxy.example.com");
    saved.proxy.port = 3128;
    saved.proxy.user = QStringLiteral("claims");
    {
        const auto settings = ini.open();
        saved.save(*settings);
    }
    ASSERT_TRUE(QFile::exists(ini.path()));
    const AppSettings loaded = AppSettings::load(*ini.open());
    EXPECT_EQ(loaded, saved);
    EXPECT_EQ(loaded.transfers.defaultDestination, saved.transfers.defaultDestination);
    EXPECT_EQ(loaded.proxy.port, 3128);
}

TEST(AppSettingsTest, OutOfRangeAndMalformedValuesAreRepaired)
{
    TempIni ini;
    {
        const auto settings = ini.open();
        settings->setValue(QStringLiteral("transfers/maxDownloads"), 500);
        settings->setValue(QStringLiteral("transfers/bandwidthBytesPerSecond"), -7);
        settings->setValue(QStringLiteral("transfers/defaultTemplate"), QStringLiteral("{nosuchfield}.{ext}"));
        settings->setValue(QStringLiteral("behaviour/language"), QStringLiteral("tlh"));
        settings->setValue(QStringLiteral("proxy/mode"), QStringLiteral("carrier-pigeon"));
        settings->setValue(QStringLiteral("proxy/port"), 70000);
    }
    const AppSettings loaded = AppSettings::load(*ini.open());
    EXPECT_EQ(loaded.transfers.maxDownloads, TransferSettings::kMaxDownloads);
    EXPECT_EQ(loaded.transfers.bandwidthBytesPerSecond, 0);
    EXPECT_EQ(loaded.transfers.defaultTemplate, Custody::Transfer::FileNameTemplate::defaultPattern());
    EXPECT_TRUE(loaded.behaviour.language.isEmpty());
    EXPECT_EQ(loaded.proxy.mode, ProxySettings::Mode::System);
    EXPECT_EQ(loaded.proxy.port, ProxySettings::kDefaultPort);
}

TEST(AppSettingsTest, TooFewDownloadsAreRaisedToOne)
{
    TempIni ini;
    ini.open()->setValue(QStringLiteral("transfers/maxDownloads"), 0);
    EXPECT_EQ(TransferSettings::load(*ini.open()).maxDownloads, TransferSettings::kMinDownloads);
}

TEST(AppSettingsTest, EverySupportedLanguageIsKept)
{
    for (const QString &code : BehaviourSettings::supportedLanguages()) {
        TempIni ini;
        BehaviourSettings behaviour;
        behaviour.language = code;
        behaviour.save(*ini.open());
        EXPECT_EQ(BehaviourSettings::load(*ini.open()).language, code);
    }
}
