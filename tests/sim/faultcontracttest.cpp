// /sim/faults and /sim/stats: switchable misbehaviour and what the simulator saw.
#include <gtest/gtest.h>

#include <QJsonDocument>

#include "contractsupport.h"

using namespace Custody::Test;

namespace {

const QString probe = QStringLiteral("/api/v2/organizations/me");

} // namespace

TEST(FaultContract, ServerErrorRateAnswers503UntilReset)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    int status = 0;
    const QJsonObject applied = postFaults(http, sim, { { "errorRates", QJsonObject { { "503", 1 } } } }, &status);
    ASSERT_EQ(status, 200);
    EXPECT_EQ(applied.value(QStringLiteral("errorRates")).toObject().value(QStringLiteral("503")).toDouble(), 1.0);

    for (const QString &path : { probe, QStringLiteral("/api/v2/users") }) {
        const HttpResult r = http.api(sim, "GET", path, token);
        ASSERT_EQ(r.status, 503) << path.toStdString();
        EXPECT_EQ(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("service.unavailable"));
        EXPECT_EQ(r.object().value(QStringLiteral("status")).toInt(), 503);
        EXPECT_EQ(r.object().value(QStringLiteral("contextId")).toString().toLatin1(), r.header("ININ-Correlation-Id"));
    }
    postFaults(http, sim, { { "reset", true } }, &status);
    ASSERT_EQ(status, 200);
    EXPECT_EQ(http.api(sim, "GET", probe, token).status, 200);
}

TEST(FaultContract, RateLimitStormRefusesEveryApiCall)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    const QString other = http.token(sim, QStringLiteral("other-client"), QStringLiteral("other-secret"));
    int status = 0;
    postFaults(http, sim, { { "rateLimitStormSeconds", 5 } }, &status);
    ASSERT_EQ(status, 200);
    for (const auto &[bearer, path] :
        { std::pair { token, probe }, std::pair { other, QStringLiteral("/api/v2/users") },
            std::pair { token, QStringLiteral("/api/v2/recording/settings") } }) {
        const HttpResult r = http.api(sim, "GET", path, bearer);
        ASSERT_EQ(r.status, 429) << path.toStdString();
        bool ok = false;
        const int retryAfter = r.header("Retry-After").toInt(&ok);
        EXPECT_TRUE(ok);
        EXPECT_GE(retryAfter, 1);
        EXPECT_LE(retryAfter, 5);
        EXPECT_EQ(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("too.many.requests.retry.after"));
    }
    // The storm is the service's, not the token endpoint's.
    EXPECT_FALSE(http.token(sim).isEmpty());
    postFaults(http, sim, { { "reset", true } });
    EXPECT_EQ(http.api(sim, "GET", probe, token).status, 200);
}

TEST(FaultContract, LongRetryAfterStormGivesTheConfiguredSeconds)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    int status = 0;
    postFaults(http, sim, { { "rateLimitStormSeconds", 5 }, { "rateLimitStormRetryAfter", 600 } }, &status);
    ASSERT_EQ(status, 200);
    const HttpResult r = http.api(sim, "GET", probe, token);
    ASSERT_EQ(r.status, 429);
    EXPECT_EQ(r.header("Retry-After"), QByteArray("600"));
    EXPECT_TRUE(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("[600]")));
    postFaults(http, sim, { { "reset", true } });
    EXPECT_EQ(http.api(sim, "GET", probe, token).status, 200);
}

TEST(FaultContract, RevokedTokenIs401AndANewTokenWorks)
{
    SimFixture sim;
    HttpClient http;
    const QString old = http.token(sim);
    ASSERT_EQ(http.api(sim, "GET", probe, old).status, 200);
    int status = 0;
    postFaults(http, sim, { { "revokeTokens", true } }, &status);
    ASSERT_EQ(status, 200);
    const HttpResult refused = http.api(sim, "GET", probe, old);
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(refused.object().value(QStringLiteral("code")).toString(), QStringLiteral("authentication.required"));
    const QString fresh = http.token(sim);
    ASSERT_FALSE(fresh.isEmpty());
    EXPECT_NE(fresh, old);
    EXPECT_EQ(http.api(sim, "GET", probe, fresh).status, 200);
}

TEST(FaultContract, LatencyDelaysApiAnswers)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    postFaults(http, sim, { { "latencyMs", 400 } });
    const HttpResult r = http.api(sim, "GET", probe, token);
    EXPECT_EQ(r.status, 200);
    EXPECT_GE(r.elapsedMs, 400);
}

TEST(FaultContract, MalformedJsonGives200WithABrokenBody)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    ASSERT_TRUE(QJsonDocument::fromJson(http.api(sim, "GET", QStringLiteral("/api/v2/users"), token).body).isObject());
    postFaults(http, sim, { { "malformedJsonProbability", 1 } });
    for (const QString &path : { probe, QStringLiteral("/api/v2/users") }) {
        const HttpResult r = http.api(sim, "GET", path, token);
        EXPECT_EQ(r.status, 200);
        EXPECT_FALSE(r.body.isEmpty());
        QJsonParseError error {};
        QJsonDocument::fromJson(r.body, &error);
        EXPECT_NE(error.error, QJsonParseError::NoError) << r.body.constData();
    }
    // Errors are not mangled: only successful bodies are.
    const HttpResult notFound
        = http.api(sim, "GET", QStringLiteral("/api/v2/organizations/limits/namespaces/nope"), token);
    EXPECT_EQ(notFound.status, 404);
    EXPECT_TRUE(QJsonDocument::fromJson(notFound.body).isObject());
}

TEST(FaultContract, UnknownFaultKeyOrBadValueIs400)
{
    SimFixture sim;
    HttpClient http;
    int status = 0;
    const QJsonObject body = postFaults(http, sim, { { "noSuchFault", 1 } }, &status);
    EXPECT_EQ(status, 400);
    EXPECT_EQ(body.value(QStringLiteral("status")).toInt(), 400);
    EXPECT_TRUE(body.value(QStringLiteral("message")).toString().contains(QStringLiteral("noSuchFault")));
    postFaults(http, sim, { { "mediaCutProbability", 2 } }, &status);
    EXPECT_EQ(status, 400);
    postFaults(http, sim, { { "errorRates", QJsonObject { { "404", 1 } } } }, &status);
    EXPECT_EQ(status, 400);
    const HttpResult notJson = http.send(
        "POST", sim.url(QStringLiteral("/sim/faults")), "{nope", { { "Content-Type", "application/json" } });
    EXPECT_EQ(notJson.status, 400);
    // A refused change leaves the faults as they were.
    postFaults(http, sim, { { "latencyMs", 50 }, { "noSuchFault", 1 } }, &status);
    EXPECT_EQ(status, 400);
    EXPECT_EQ(http.get(sim.url(QStringLiteral("/sim/faults"))).object().value(QStringLiteral("latencyMs")).toInt(), 0);
}

TEST(FaultContract, SimRoutesAre404WhenAdminIsOff)
{
    auto config = fastSimConfig();
    config.admin = false;
    SimFixture sim(config);
    HttpClient http;
    for (const char *path : { "/sim/stats", "/sim/faults", "/sim/config", "/sim/org" })
        EXPECT_EQ(http.get(sim.url(QLatin1String(path))).status, 404) << path;
    const HttpResult post = http.send("POST", sim.url(QStringLiteral("/sim/faults")), R"({"latencyMs":1000})",
        { { "Content-Type", "application/json" } });
    EXPECT_EQ(post.status, 404);
    const QString token = http.token(sim);
    const HttpResult r = http.api(sim, "GET", probe, token);
    EXPECT_EQ(r.status, 200);
    EXPECT_LT(r.elapsedMs, 1000); // the refused fault was not applied
}

TEST(FaultContract, SimRoutesNeedNoBearerToken)
{
    SimFixture sim;
    HttpClient http;
    for (const char *path : { "/sim/stats", "/sim/faults", "/sim/config", "/sim/org" }) {
        EXPECT_EQ(http.get(sim.url(QLatin1String(path))).status, 200) << path;
        EXPECT_EQ(http.get(sim.url(QLatin1String(path)), { { "Authorization", "Bearer junk" } }).status, 200) << path;
    }
    const QJsonObject org = http.get(sim.url(QStringLiteral("/sim/org?sample=3"))).object();
    EXPECT_EQ(org.value(QStringLiteral("sampleConversations")).toArray().size(), 3);
    EXPECT_EQ(org.value(QStringLiteral("organizationId")).toString(), sim.server().org().id());
}

TEST(FaultContract, StatsReportTheirFields)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    ASSERT_EQ(http.api(sim, "GET", QStringLiteral("/api/v2/users"), token).status, 200);
    ASSERT_EQ(http.api(sim, "GET", QStringLiteral("/api/v2/users?pageSize=0"), token).status, 400);
    QJsonObject stats = simStats(http, sim);
    for (const char *field : { "requests", "apiRequests", "clients", "tooManyRequests", "requestsDuringRetryAfter",
             "peakConcurrentJobs", "bytesServed", "mediaRequests", "mediaCuts", "mediaExpired", "tokensIssued" })
        EXPECT_TRUE(stats.contains(QLatin1String(field))) << field;
    for (const char *field : { "analytics", "batch", "recordingJobs" })
        EXPECT_TRUE(stats.value(QStringLiteral("peakConcurrentJobs")).toObject().contains(QLatin1String(field)))
            << field;
    const QJsonObject users = stats.value(QStringLiteral("requests")).toObject().value("GET /api/v2/users").toObject();
    EXPECT_EQ(users.value(QStringLiteral("200")).toInt(), 1);
    EXPECT_EQ(users.value(QStringLiteral("400")).toInt(), 1);
    EXPECT_EQ(stats.value(QStringLiteral("apiRequests")).toInt(), 2);
    EXPECT_EQ(stats.value(QStringLiteral("tokensIssued")).toInt(), 1);
    const QJsonObject client
        = stats.value(QStringLiteral("clients")).toObject().value(QStringLiteral("custody-demo")).toObject();
    for (const char *field : { "requests", "tooManyRequests", "requestsDuringRetryAfter" })
        EXPECT_TRUE(client.contains(QLatin1String(field))) << field;

    EXPECT_EQ(http.send("DELETE", sim.url(QStringLiteral("/sim/stats"))).status, 204);
    stats = simStats(http, sim);
    EXPECT_EQ(stats.value(QStringLiteral("apiRequests")).toInt(), 0);
    EXPECT_EQ(stats.value(QStringLiteral("tokensIssued")).toInt(), 0);

    const QJsonObject faults = http.get(sim.url(QStringLiteral("/sim/faults"))).object();
    for (const char *field : { "latencyMs", "errorRates", "rateLimitStormSeconds", "rateLimitStormRetryAfter",
             "jobFailureProbability", "mediaCutProbability", "malformedJsonProbability", "urlTtlSeconds" })
        EXPECT_TRUE(faults.contains(QLatin1String(field))) << field;
}
