// Rate-limit headers, 429 and Retry-After, per-client budgets
// (genesys-api.md sections 6.1, 6.2 and 6.4).
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "contractsupport.h"

using namespace Custody::Test;

namespace {

int intHeader(const HttpResult &r, const QByteArray &name, bool *ok = nullptr)
{
    return r.header(name).toInt(ok);
}

/// Sends cheap API calls until one is refused; the refusal, or the last answer after \a max calls.
HttpResult burstUntil429(HttpClient &http, const SimFixture &sim, const QString &token, int max, int *served)
{
    HttpResult r;
    for (int i = 0; i < max; ++i) {
        r = http.api(sim, "GET", QStringLiteral("/api/v2/organizations/me"), token);
        if (r.status == 429)
            return r;
        if (served && r.status == 200)
            ++*served;
    }
    return r;
}

} // namespace

TEST(RateLimitContract, EveryAuthenticatedApiResponseCarriesRateAndCorrelationHeaders)
{
    auto config = fastSimConfig();
    config.clients.append({ QStringLiteral("narrow"), QStringLiteral("narrow-secret"), { "routing:queue:view" } });
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);
    const QString narrow = http.token(sim, QStringLiteral("narrow"), QStringLiteral("narrow-secret"));
    const QString cid = sim.server().org().conversations().front().id;
    const QList<QPair<QString, QString>> calls = {
        { token, QStringLiteral("/api/v2/users") }, // 200
        { token, QStringLiteral("/api/v2/users?pageSize=0") }, // 400
        { token, QStringLiteral("/api/v2/organizations/limits/namespaces/nope") }, // 404
        { token, QStringLiteral("/api/v2/conversations/nope/recordingmetadata") }, // 404
        { narrow, QStringLiteral("/api/v2/conversations/%1/recordingmetadata").arg(cid) }, // 403
    };
    QSet<QByteArray> correlationIds;
    QSet<int> statuses;
    for (const auto &[bearer, path] : calls) {
        const HttpResult r = http.api(sim, "GET", path, bearer);
        statuses.insert(r.status);
        for (const QByteArray name : { "inin-ratelimit-allowed", "inin-ratelimit-count", "inin-ratelimit-reset" }) {
            bool ok = false;
            const int value = intHeader(r, name, &ok);
            EXPECT_TRUE(ok) << path.toStdString() << " " << name.constData();
            EXPECT_GE(value, name == "inin-ratelimit-count" ? 1 : 0) << name.constData();
        }
        EXPECT_EQ(intHeader(r, "inin-ratelimit-allowed"), 300);
        const QByteArray correlation = r.header("ININ-Correlation-Id");
        EXPECT_FALSE(correlation.isEmpty()) << path.toStdString();
        correlationIds.insert(correlation);
    }
    EXPECT_EQ(statuses, (QSet<int> { 200, 400, 403, 404 }));
    EXPECT_EQ(correlationIds.size(), calls.size()); // one per response
}

TEST(RateLimitContract, CountRisesWithEachRequest)
{
    auto config = fastSimConfig();
    config.rateLimitPerMinute = 60;
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);
    QList<int> counts;
    for (int i = 0; i < 5; ++i)
        counts.append(
            intHeader(http.api(sim, "GET", QStringLiteral("/api/v2/organizations/me"), token), "inin-ratelimit-count"));
    EXPECT_EQ(counts.first(), 1);
    EXPECT_GE(counts.last(), counts.first() + 2); // allows for a second of refill
    for (int i = 1; i < counts.size(); ++i)
        EXPECT_GE(counts[i], counts[i - 1]);
}

TEST(RateLimitContract, BurstGets429WithRetryAfterAndIsServedAfterWaiting)
{
    auto config = fastSimConfig();
    config.rateLimitPerMinute = 30;
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);

    int served = 0;
    const HttpResult refused = burstUntil429(http, sim, token, 80, &served);
    ASSERT_EQ(refused.status, 429);
    EXPECT_GE(served, 30); // the budget starts full

    bool ok = false;
    const int retryAfter = refused.header("Retry-After").toInt(&ok);
    ASSERT_TRUE(ok) << refused.header("Retry-After").constData();
    EXPECT_GE(retryAfter, 1);
    const QJsonObject body = refused.object();
    EXPECT_EQ(body.value(QStringLiteral("status")).toInt(), 429);
    EXPECT_EQ(body.value(QStringLiteral("code")).toString(), QStringLiteral("too.many.requests.retry.after"));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral(R"(Retry the request in \[(\d+)\] seconds)"))
                                          .match(body.value(QStringLiteral("message")).toString());
    ASSERT_TRUE(m.hasMatch()) << body.value(QStringLiteral("message")).toString().toStdString();
    EXPECT_EQ(m.captured(1).toInt(), retryAfter);
    const QJsonObject limit = body.value(QStringLiteral("limit")).toObject();
    EXPECT_EQ(
        limit.value(QStringLiteral("key")).toString(), QStringLiteral("client.credentials.token.rate.per.minute"));
    EXPECT_EQ(limit.value(QStringLiteral("namespace")).toString(), QStringLiteral("platform.api"));
    EXPECT_EQ(limit.value(QStringLiteral("value")).toInt(), 30);
    EXPECT_EQ(intHeader(refused, "inin-ratelimit-allowed"), 30);
    EXPECT_GT(intHeader(refused, "inin-ratelimit-count"), 30);
    EXPECT_EQ(body.value(QStringLiteral("contextId")).toString().toLatin1(), refused.header("ININ-Correlation-Id"));

    // One request inside the Retry-After window; if it slipped through, spend
    // the budget again so the last answer is a refusal to honour.
    QElapsedTimer clock;
    clock.start();
    qint64 deadlineMs = retryAfter * 1000;
    int refusals = 1;
    HttpResult early = http.api(sim, "GET", QStringLiteral("/api/v2/organizations/me"), token);
    if (early.status != 429)
        early = burstUntil429(http, sim, token, 10, nullptr);
    ASSERT_EQ(early.status, 429);
    ++refusals;
    deadlineMs = std::max(deadlineMs, clock.elapsed() + early.header("Retry-After").toInt() * 1000);

    QJsonObject stats = simStats(http, sim);
    EXPECT_EQ(stats.value(QStringLiteral("tooManyRequests")).toInt(), refusals);
    const int earlyCount = stats.value(QStringLiteral("requestsDuringRetryAfter")).toInt();
    EXPECT_GE(earlyCount, 1);
    const QJsonObject client
        = stats.value(QStringLiteral("clients")).toObject().value(QStringLiteral("custody-demo")).toObject();
    EXPECT_EQ(client.value(QStringLiteral("tooManyRequests")).toInt(), refusals);
    EXPECT_EQ(client.value(QStringLiteral("requestsDuringRetryAfter")).toInt(), earlyCount);

    QTest::qWait(int(deadlineMs - clock.elapsed()) + 200);
    const HttpResult after = http.api(sim, "GET", QStringLiteral("/api/v2/organizations/me"), token);
    EXPECT_EQ(after.status, 200);
    stats = simStats(http, sim);
    EXPECT_EQ(stats.value(QStringLiteral("requestsDuringRetryAfter")).toInt(), earlyCount); // honoured: not counted
    EXPECT_EQ(stats.value(QStringLiteral("tooManyRequests")).toInt(), refusals);
}

TEST(RateLimitContract, LimitsArePerClient)
{
    auto config = fastSimConfig();
    config.rateLimitPerMinute = 5;
    SimFixture sim(config);
    HttpClient http;
    const QString first = http.token(sim);
    const QString other = http.token(sim, QStringLiteral("other-client"), QStringLiteral("other-secret"));
    ASSERT_EQ(burstUntil429(http, sim, first, 30, nullptr).status, 429);
    const HttpResult r = http.api(sim, "GET", QStringLiteral("/api/v2/organizations/me"), other);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(intHeader(r, "inin-ratelimit-count"), 1);
    // The first client is still limited: the second did not reset it.
    EXPECT_EQ(http.api(sim, "GET", QStringLiteral("/api/v2/organizations/me"), first).status, 429);
}

TEST(RateLimitContract, TokenRequestsAreNotCountedAgainstTheApiBudget)
{
    auto config = fastSimConfig();
    config.rateLimitPerMinute = 5;
    SimFixture sim(config);
    HttpClient http;
    QString token;
    for (int i = 0; i < 12; ++i) {
        token = http.token(sim);
        ASSERT_FALSE(token.isEmpty()) << "token request " << i;
    }
    const HttpResult r = http.api(sim, "GET", QStringLiteral("/api/v2/organizations/me"), token);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(intHeader(r, "inin-ratelimit-count"), 1);
}

TEST(RateLimitContract, MediaDownloadsDoNotConsumeTheApiBudget)
{
    auto config = fastSimConfig();
    config.rateLimitPerMinute = 5;
    config.batchRequest = { 0, 0.0 };
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);
    const Custody::Sim::SimRecording *recording = findRecording(sim.server().org(), isPlayableAudio);
    ASSERT_NE(recording, nullptr);
    const HttpResult batch = completedBatch(http, sim, token, { batchItem(recording->conversationId, recording->id) });
    ASSERT_EQ(batch.status, 200);
    const QString url = firstResultUrl(batch);
    ASSERT_FALSE(url.isEmpty());
    for (int i = 0; i < 20; ++i)
        ASSERT_EQ(http.get(url).status, 200) << "download " << i;
    const HttpResult r = http.api(sim, "GET", QStringLiteral("/api/v2/organizations/me"), token);
    EXPECT_EQ(r.status, 200);
    EXPECT_LE(intHeader(r, "inin-ratelimit-count"), 3); // submit, poll and this call; no downloads
    EXPECT_GE(simStats(http, sim).value(QStringLiteral("mediaRequests")).toInt(), 20);
}
