#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QUuid>

#include <functional>

#include "core/profiles/orgprofile.h"

using Custody::Profiles::OrgProfile;
using Custody::Secrets::SecretSource;

namespace {

OrgProfile validRegionProfile()
{
    OrgProfile profile = OrgProfile::create(QStringLiteral("Production"));
    profile.regionDomain = QStringLiteral("mypurecloud.ie");
    profile.clientId = QStringLiteral("0d2a4c1e-1111-2222-3333-444455556666");
    return profile;
}

struct ValidationCase
{
    const char *label;
    std::function<void(OrgProfile &)> change;
    const char *expectedFragment; ///< nullptr: the profile must validate
};

void PrintTo(const ValidationCase &c, std::ostream *os)
{
    *os << c.label;
}

class OrgProfileValidationTest : public ::testing::TestWithParam<ValidationCase>
{
};

} // namespace

TEST(OrgProfileTest, CreateGivesAStableUuidAndTheKeychain)
{
    const OrgProfile a = OrgProfile::create(QStringLiteral("A"));
    const OrgProfile b = OrgProfile::create(QStringLiteral("B"));
    EXPECT_FALSE(QUuid::fromString(a.id).isNull());
    EXPECT_FALSE(a.id.startsWith(QLatin1Char('{')));
    EXPECT_NE(a.id, b.id);
    EXPECT_TRUE(a.secretSource.isKeychain());
}

TEST(OrgProfileTest, HostsFollowTheRegionOrTheGateway)
{
    OrgProfile profile = validRegionProfile();
    EXPECT_EQ(profile.hosts().apiBase, QUrl(QStringLiteral("https://api.mypurecloud.ie")));
    EXPECT_EQ(profile.hosts().loginBase, QUrl(QStringLiteral("https://login.mypurecloud.ie")));

    profile.regionDomain.clear();
    profile.gatewayUrl = QUrl(QStringLiteral("http://127.0.0.1:8443/base"));
    EXPECT_TRUE(profile.usesGateway());
    EXPECT_EQ(profile.hosts().apiBase, profile.gatewayUrl);
    EXPECT_EQ(profile.hosts().loginBase, profile.gatewayUrl);
}

TEST(OrgProfileTest, KeychainKeyNamesProfileAndClient)
{
    const OrgProfile profile = validRegionProfile();
    EXPECT_EQ(profile.keychainKey(), QStringLiteral("custody/%1/%2").arg(profile.id, profile.clientId));
}

TEST(OrgProfileTest, JsonRoundTripKeepsEveryField)
{
    OrgProfile region = validRegionProfile();
    region.timeZone = "Europe/Dublin";
    OrgProfile gateway = OrgProfile::create(QStringLiteral("Simulator"));
    gateway.gatewayUrl = QUrl(QStringLiteral("http://localhost:8080"));
    gateway.clientId = QStringLiteral("sim-client");
    gateway.secretSource = SecretSource::environmentVariable(QStringLiteral("CUSTODY_SECRET_SIM"));

    for (const OrgProfile &profile : { region, gateway }) {
        // Through text, as the file does.
        const QByteArray text = QJsonDocument(profile.toJson()).toJson();
        QString error;
        const auto back = OrgProfile::fromJson(QJsonDocument::fromJson(text).object(), &error);
        ASSERT_TRUE(back.has_value()) << error.toStdString();
        EXPECT_EQ(*back, profile) << text.toStdString();
    }
}

TEST(OrgProfileTest, JsonHasNoSecretFieldAndDropsOneWrittenByHand)
{
    QJsonObject object = validRegionProfile().toJson();
    for (const QString &key : object.keys())
        EXPECT_FALSE(key.contains(QLatin1String("secret"), Qt::CaseInsensitive) && key != QLatin1String("secretSource"))
            << key.toStdString();
    object.insert(QStringLiteral("clientSecret"), QStringLiteral("pasted-by-hand"));
    const auto back = OrgProfile::fromJson(object);
    ASSERT_TRUE(back.has_value());
    EXPECT_FALSE(QJsonDocument(back->toJson()).toJson().contains("pasted-by-hand"));
}

TEST(OrgProfileTest, FromJsonRejectsMissingFields)
{
    QJsonObject object = validRegionProfile().toJson();
    object.remove(QStringLiteral("clientId"));
    QString error;
    EXPECT_FALSE(OrgProfile::fromJson(object, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("clientId")));

    QJsonObject badSource = validRegionProfile().toJson();
    badSource.insert(
        QStringLiteral("secretSource"), QJsonObject { { QStringLiteral("kind"), QStringLiteral("disk") } });
    EXPECT_FALSE(OrgProfile::fromJson(badSource, &error).has_value());
}

TEST(OrgProfileTest, LoopbackHosts)
{
    for (const char *host : { "localhost", "LOCALHOST", "127.0.0.1", "::1", "[::1]", "0:0:0:0:0:0:0:1" })
        EXPECT_TRUE(Custody::Profiles::isLoopbackHost(QString::fromLatin1(host))) << host;
    for (const char *host : { "example.com", "10.0.0.1", "127.0.0.1.nip.io", "localhost.example.com", "", "::2" })
        EXPECT_FALSE(Custody::Profiles::isLoopbackHost(QString::fromLatin1(host))) << host;
}

TEST_P(OrgProfileValidationTest, Validate)
{
    const ValidationCase &c = GetParam();
    OrgProfile profile = validRegionProfile();
    c.change(profile);
    const QStringList problems = profile.validate();
    if (!c.expectedFragment) {
        EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
        return;
    }
    ASSERT_EQ(problems.size(), 1) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems.first().contains(QString::fromUtf8(c.expectedFragment))) << problems.first().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Cases, OrgProfileValidationTest,
    ::testing::Values(ValidationCase { "valid region", [](OrgProfile &) {}, nullptr },
        ValidationCase { "region case-insensitive",
            [](OrgProfile &p) { p.regionDomain = QStringLiteral("MyPureCloud.IE"); }, nullptr },
        ValidationCase { "https gateway",
            [](OrgProfile &p) {
                p.regionDomain.clear();
                p.gatewayUrl = QUrl(QStringLiteral("https://gateway.example.com/genesys"));
            },
            nullptr },
        ValidationCase { "http loopback gateway",
            [](OrgProfile &p) {
                p.regionDomain.clear();
                p.gatewayUrl = QUrl(QStringLiteral("http://[::1]:9000"));
            },
            nullptr },
        ValidationCase { "environment source",
            [](OrgProfile &p) {
                p.secretSource = SecretSource::environmentVariable(QStringLiteral("CUSTODY_SECRET_PROD"));
            },
            nullptr },
        ValidationCase { "time zone", [](OrgProfile &p) { p.timeZone = "America/New_York"; }, nullptr },
        ValidationCase { "unknown region", [](OrgProfile &p) { p.regionDomain = QStringLiteral("mypurecloud.xx"); },
            "not a known Genesys Cloud region" },
        ValidationCase { "no region or gateway", [](OrgProfile &p) { p.regionDomain.clear(); }, "neither a region" },
        ValidationCase { "region and gateway",
            [](OrgProfile &p) { p.gatewayUrl = QUrl(QStringLiteral("https://gateway.example.com")); },
            "Keep only one" },
        ValidationCase { "http remote gateway",
            [](OrgProfile &p) {
                p.regionDomain.clear();
                p.gatewayUrl = QUrl(QStringLiteral("http://gateway.example.com"));
            },
            "unencrypted" },
        ValidationCase { "ftp gateway",
            [](OrgProfile &p) {
                p.regionDomain.clear();
                p.gatewayUrl = QUrl(QStringLiteral("ftp://gateway.example.com"));
            },
            "must start with https://" },
        ValidationCase { "gateway without host",
            [](OrgProfile &p) {
                p.regionDomain.clear();
                p.gatewayUrl = QUrl(QStringLiteral("https://"));
            },
            "not a valid URL" },
        ValidationCase { "gateway with password",
            [](OrgProfile &p) {
                p.regionDomain.clear();
                p.gatewayUrl = QUrl(QStringLiteral("https://user:pw@gateway.example.com"));
            },
            "user name or password" },
        ValidationCase { "gateway with query",
            [](OrgProfile &p) {
                p.regionDomain.clear();
                p.gatewayUrl = QUrl(QStringLiteral("https://gateway.example.com/?token=x"));
            },
            "query" },
        ValidationCase { "empty client id", [](OrgProfile &p) { p.clientId.clear(); }, "client id is empty" },
        ValidationCase {
            "client id with spaces", [](OrgProfile &p) { p.clientId = QStringLiteral(" abc"); }, "spaces or slashes" },
        ValidationCase { "empty name", [](OrgProfile &p) { p.name = QStringLiteral("  "); }, "no name" },
        ValidationCase { "bad id", [](OrgProfile &p) { p.id = QStringLiteral("prod"); }, "not a uuid" },
        ValidationCase { "bad variable",
            [](OrgProfile &p) { p.secretSource = SecretSource::environmentVariable(QStringLiteral("1BAD")); },
            "not a usable environment variable name" },
        ValidationCase { "unknown time zone", [](OrgProfile &p) { p.timeZone = "Mars/Olympus_Mons"; }, "time zone" }));
