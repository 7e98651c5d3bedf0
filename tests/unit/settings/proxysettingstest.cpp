#include <gtest/gtest.h>

#include <QFile>
#include <QNetworkProxy>

#include "core/settings/proxysettings.h"
#include "settingstestsupport.h"

using Custody::Settings::ProxySettings;
using Custody::Settings::Test::TempIni;
using Mode = ProxySettings::Mode;

namespace {

/// Puts the process back on the system proxy, whatever a test applied.
class ProxySettingsTest : public ::testing::Test
{
protected:
    void TearDown() override { ProxySettings().applyProxy(); }
};

ProxySettings manual(const QString &host, quint16 port)
{
    ProxySettings proxy;
    proxy.mode = Mode::Manual;
    proxy.host = host;
    proxy.port = port;
    return proxy;
}

} // namespace

TEST_F(ProxySettingsTest, OnlyManualNeedsAHostAndPort)
{
    EXPECT_TRUE(ProxySettings().validate().isEmpty());
    ProxySettings none;
    none.mode = Mode::None;
    EXPECT_TRUE(none.validate().isEmpty());
    EXPECT_TRUE(manual(QStringLiteral("proxy.example.com"), 3128).validate().isEmpty());
    EXPECT_EQ(manual(QString(), 3128).validate().size(), 1);
    EXPECT_EQ(manual(QStringLiteral("http://proxy.example.com"), 3128).validate().size(), 1);
    EXPECT_EQ(manual(QStringLiteral("proxy.example.com"), 0).validate().size(), 1);
}

TEST_F(ProxySettingsTest, ModesAreStoredByName)
{
    TempIni ini;
    for (const Mode mode : { Mode::System, Mode::None, Mode::Manual }) {
        ProxySettings proxy;
        proxy.mode = mode;
        proxy.save(*ini.open());
        EXPECT_EQ(ini.open()->value(QStringLiteral("proxy/mode")).toString(), ProxySettings::modeName(mode));
        EXPECT_EQ(ProxySettings::load(*ini.open()).mode, mode);
    }
}

TEST_F(ProxySettingsTest, NothingButHostPortUserAndModeIsWritten)
{
    TempIni ini;
    ProxySettings proxy = manual(QStringLiteral("proxy.example.com"), 3128);
    proxy.user = QStringLiteral("claims");
    proxy.save(*ini.open());
    QStringList keys = ini.open()->allKeys();
    keys.sort();
    EXPECT_EQ(keys,
        QStringList({ QStringLiteral("proxy/host"), QStringLiteral("proxy/mode"), QStringLiteral("proxy/port"),
            QStringLiteral("proxy/user") }));
}

TEST_F(ProxySettingsTest, ManualProxyBecomesTheApplicationProxy)
{
    ProxySettings proxy = manual(QStringLiteral("proxy.example.com"), 3128);
    proxy.user = QStringLiteral("claims");
    ASSERT_TRUE(proxy.applyProxy());
    EXPECT_FALSE(QNetworkProxyFactory::usesSystemConfiguration());
    const QNetworkProxy applied = QNetworkProxy::applicationProxy();
    EXPECT_EQ(applied.type(), QNetworkProxy::HttpProxy);
    EXPECT_EQ(applied.hostName(), QStringLiteral("proxy.example.com"));
    EXPECT_EQ(applied.port(), 3128);
    EXPECT_EQ(applied.user(), QStringLiteral("claims"));
}

TEST_F(ProxySettingsTest, NoneConnectsDirectly)
{
    ProxySettings proxy;
    proxy.mode = Mode::None;
    ASSERT_TRUE(proxy.applyProxy());
    EXPECT_FALSE(QNetworkProxyFactory::usesSystemConfiguration());
    EXPECT_EQ(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
}

TEST_F(ProxySettingsTest, SystemUndoesAManualProxy)
{
    ASSERT_TRUE(manual(QStringLiteral("proxy.example.com"), 3128).applyProxy());
    ASSERT_TRUE(ProxySettings().applyProxy());
    EXPECT_TRUE(QNetworkProxyFactory::usesSystemConfiguration());
    EXPECT_NE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.example.com"));
}

TEST_F(ProxySettingsTest, IncompleteManualProxyFallsBackToTheSystem)
{
    EXPECT_FALSE(manual(QString(), 3128).applyProxy());
    EXPECT_TRUE(QNetworkProxyFactory::usesSystemConfiguration());
}
