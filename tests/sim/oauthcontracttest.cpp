#include <gtest/gtest.h>

#include <QTest>

#include "simtestsupport.h"

using namespace Custody::Test;

TEST(OAuthContract, ClientCredentialsGrantReturnsBearerToken)
{
    SimFixture sim;
    HttpClient http;
    const QByteArray basic = QByteArray("custody-demo:demo-secret").toBase64();
    const HttpResult result
        = http.send("POST", sim.url(QStringLiteral("/oauth/token")), "grant_type=client_credentials",
            { { "Authorization", "Basic " + basic }, { "Content-Type", "application/x-www-form-urlencoded" } });
    ASSERT_EQ(result.status, 200);
    const QJsonObject body = result.object();
    EXPECT_FALSE(body.value(QStringLiteral("access_token")).toString().isEmpty());
    EXPECT_EQ(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    EXPECT_EQ(body.value(QStringLiteral("expires_in")).toInt(), 86399);
}

TEST(OAuthContract, UnknownClientIs400AndWrongSecretIs401)
{
    SimFixture sim;
    HttpClient http;
    const auto post = [&](const QByteArray &credentials) {
        return http.send("POST", sim.url(QStringLiteral("/oauth/token")), "grant_type=client_credentials",
            { { "Authorization", "Basic " + credentials.toBase64() } });
    };
    const HttpResult unknown = post("nobody:x");
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(unknown.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    EXPECT_EQ(
        unknown.object().value(QStringLiteral("error_description")).toString(), QStringLiteral("client not found"));
    const HttpResult wrong = post("custody-demo:wrong");
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(wrong.object().value(QStringLiteral("description")).toString(), QStringLiteral("authentication failed"));
}

TEST(OAuthContract, FormFieldCredentialsAreAccepted)
{
    SimFixture sim;
    HttpClient http;
    const HttpResult result = http.send("POST", sim.url(QStringLiteral("/oauth/token")),
        "grant_type=client_credentials&client_id=custody-demo&client_secret=demo-secret",
        { { "Content-Type", "application/x-www-form-urlencoded" } });
    EXPECT_EQ(result.status, 200);
}

TEST(OAuthContract, ApiNeedsBearerTokenAndAnswersWithErrorBody)
{
    SimFixture sim;
    HttpClient http;
    const HttpResult result = http.get(sim.url(QStringLiteral("/api/v2/users")));
    ASSERT_EQ(result.status, 401);
    const QJsonObject body = result.object();
    EXPECT_EQ(body.value(QStringLiteral("code")).toString(), QStringLiteral("authentication.required"));
    EXPECT_EQ(body.value(QStringLiteral("status")).toInt(), 401);
    EXPECT_FALSE(result.header("ININ-Correlation-Id").isEmpty());
    EXPECT_EQ(body.value(QStringLiteral("contextId")).toString().toLatin1(), result.header("ININ-Correlation-Id"));
    const QString token = http.token(sim);
    ASSERT_FALSE(token.isEmpty());
    EXPECT_EQ(http.api(sim, "GET", QStringLiteral("/api/v2/users"), token).status, 200);
}

TEST(OAuthContract, ExpiredTokenIsRefusedAsExpired)
{
    auto config = fastSimConfig();
    config.tokenLifetimeSec = 1;
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);
    EXPECT_EQ(http.api(sim, "GET", QStringLiteral("/api/v2/users"), token).status, 200);
    QTest::qWait(1100);
    const HttpResult expired = http.api(sim, "GET", QStringLiteral("/api/v2/users"), token);
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.object().value(QStringLiteral("code")).toString(), QStringLiteral("credentials.expired"));
}
