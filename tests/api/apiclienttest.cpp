#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/clock.h"
#include "core/api/ratelimiter.h"
#include "core/api/tokenprovider.h"
#include "sim/simtestsupport.h"

using namespace Custody;
using namespace Custody::Test;

namespace {

/// One OAuth client's API stack, wired as the engine wires it.
struct ClientStack
{
    explicit ClientStack(SimFixture &sim, const QString &secret = QStringLiteral("demo-secret"))
        : tokens(&nam, Api::Clock::system(), QUrl(sim.server().baseUrl()), QStringLiteral("custody-demo"), secret)
        , limiter(Api::Clock::system())
        , client(&nam, &tokens, &limiter, Api::Clock::system(), Api::ApiHosts::forGateway(QUrl(sim.server().baseUrl())))
    {
        Api::RetryPolicy fast = client.retryPolicy();
        fast.base = std::chrono::milliseconds(50);
        fast.max = std::chrono::milliseconds(200);
        client.setRetryPolicy(fast);
    }

    Api::Result<Api::ApiResponse> send(const Api::ApiRequest &request, int timeoutMs = 30000)
    {
        std::unique_ptr<Api::ApiCall> call(client.send(request, nullptr));
        std::optional<Api::Result<Api::ApiResponse>> result;
        QObject::connect(call.get(), &Api::ApiCall::finished, call.get(),
            [&result](const Api::Result<Api::ApiResponse> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
            return Api::ApiError::localIo(QStringLiteral("test timed out"));
        return *result;
    }

    QNetworkAccessManager nam;
    Api::TokenProvider tokens;
    Api::RateLimiter limiter;
    Api::ApiClient client;
};

Api::ApiRequest get(const QString &path)
{
    Api::ApiRequest request;
    request.path = path;
    return request;
}

qint64 statusCount(const QJsonObject &stats, const QString &route, int status)
{
    return stats.value(QStringLiteral("requests"))
        .toObject()
        .value(route)
        .toObject()
        .value(QString::number(status))
        .toInteger();
}

} // namespace

TEST(ApiClientTest, OneTokenServesManyRequests)
{
    SimFixture sim;
    ClientStack stack(sim);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(stack.send(get(QStringLiteral("/api/v2/users"))).ok());
    EXPECT_EQ(stack.tokens.refreshCount(), 1);
    EXPECT_EQ(sim.server().stats().value(QStringLiteral("tokensIssued")).toInt(), 1);
}

TEST(ApiClientTest, RevokedTokenIsRefreshedOnceAndTheRequestRetried)
{
    SimFixture sim;
    ClientStack stack(sim);
    ASSERT_TRUE(stack.send(get(QStringLiteral("/api/v2/users"))).ok());
    ASSERT_TRUE(sim.server().applyFaults({ { QStringLiteral("revokeTokens"), true } }).isEmpty());
    const auto result = stack.send(get(QStringLiteral("/api/v2/users")));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(stack.tokens.refreshCount(), 2);
    EXPECT_EQ(statusCount(sim.server().stats(), QStringLiteral("GET /api/v2/users"), 401), 1);
}

TEST(ApiClientTest, WrongSecretFailsAsAuthWithoutRetrying)
{
    SimFixture sim;
    ClientStack stack(sim, QStringLiteral("wrong"));
    QSignalSpy rejected(&stack.tokens, &Api::TokenProvider::credentialsRejected);
    const auto result = stack.send(get(QStringLiteral("/api/v2/users")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Api::ApiError::Kind::Auth);
    EXPECT_TRUE(result.error().isInvalidClient());
    EXPECT_EQ(rejected.count(), 1);
    EXPECT_EQ(stack.tokens.refreshCount(), 1);
    EXPECT_TRUE(result.error().userMessage().contains(QStringLiteral("client")));
}

TEST(ApiClientTest, ServerErrorsAreRetriedUntilTheyPass)
{
    SimFixture sim;
    ClientStack stack(sim);
    ASSERT_TRUE(sim.server()
                    .applyFaults({ { QStringLiteral("errorRates"), QJsonObject { { QStringLiteral("503"), 0.5 } } } })
                    .isEmpty());
    int ok = 0;
    for (int i = 0; i < 10; ++i)
        ok += stack.send(get(QStringLiteral("/api/v2/users"))).ok() ? 1 : 0;
    // Six attempts at 50 % each: all ten pass unless six 503s come in a row (1/64 per request).
    EXPECT_GE(ok, 8);
    EXPECT_GT(statusCount(sim.server().stats(), QStringLiteral("GET /api/v2/users"), 503), 0);
}

TEST(ApiClientTest, PermanentErrorsStopAtOnceWithTheServersWords)
{
    SimFixture sim;
    ClientStack stack(sim);
    const auto result = stack.send(get(QStringLiteral("/api/v2/conversations/nope/recordingmetadata")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Api::ApiError::Kind::NotFound);
    EXPECT_FALSE(result.error().contextId.isEmpty());
    EXPECT_EQ(
        statusCount(sim.server().stats(), QStringLiteral("GET /api/v2/conversations/{id}/recordingmetadata"), 404), 1);
}

TEST(ApiClientTest, TooManyRequestsPausesTheClientForRetryAfter)
{
    SimFixture sim;
    ClientStack stack(sim);
    ASSERT_TRUE(stack.send(get(QStringLiteral("/api/v2/users"))).ok());
    ASSERT_TRUE(sim.server().applyFaults({ { QStringLiteral("rateLimitStormSeconds"), 2 } }).isEmpty());
    QElapsedTimer timer;
    timer.start();
    const auto result = stack.send(get(QStringLiteral("/api/v2/users")));
    ASSERT_TRUE(result.ok());
    EXPECT_GE(timer.elapsed(), 1500);
    const QJsonObject stats = sim.server().stats();
    EXPECT_GE(stats.value(QStringLiteral("tooManyRequests")).toInt(), 1);
    // The one 429 was honoured: nothing was sent before its Retry-After ran out.
    EXPECT_EQ(stats.value(QStringLiteral("requestsDuringRetryAfter")).toInt(), 0);
}

TEST(ApiClientTest, MalformedJsonIsRetriedAndThenReported)
{
    SimFixture sim;
    ClientStack stack(sim);
    ASSERT_TRUE(stack.send(get(QStringLiteral("/api/v2/users"))).ok());
    ASSERT_TRUE(sim.server().applyFaults({ { QStringLiteral("malformedJsonProbability"), 1.0 } }).isEmpty());
    const auto result = stack.send(get(QStringLiteral("/api/v2/users")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("malformed.json"));
    EXPECT_EQ(statusCount(sim.server().stats(), QStringLiteral("GET /api/v2/users"), 200),
        1 + stack.client.retryPolicy().maxAttempts);
}

TEST(ApiClientTest, BulkJobCapRefusalDoesNotStallOtherRequests)
{
    SimFixture sim;
    ClientStack stack(sim);
    const QJsonObject query { { QStringLiteral("action"), QStringLiteral("EXPORT") },
        { QStringLiteral("integrationId"), QStringLiteral("s3-integration") },
        { QStringLiteral("conversationQuery"),
            QJsonObject { { QStringLiteral("interval"),
                QStringLiteral("2024-03-13T00:00:00.000Z/2024-03-14T00:00:00.000Z") } } } };
    Api::ApiRequest create;
    create.verb = "POST";
    create.path = QStringLiteral("/api/v2/recording/jobs");
    create.body = QJsonDocument(query);
    create.retryServerErrors = false;
    ASSERT_TRUE(stack.send(create).ok());
    ASSERT_TRUE(stack.send(create).ok());
    const auto third = stack.send(create);
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().kind, Api::ApiError::Kind::Limit);
    EXPECT_FALSE(stack.limiter.isPaused());
    QElapsedTimer timer;
    timer.start();
    EXPECT_TRUE(stack.send(get(QStringLiteral("/api/v2/users"))).ok());
    EXPECT_LT(timer.elapsed(), 5000);
}
