#include <gtest/gtest.h>

#include "core/api/retrypolicy.h"

using namespace Custody::Api;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

namespace {

ApiError errorOf(Kind kind)
{
    ApiError error;
    error.kind = kind;
    return error;
}

ApiError limitWithRetryAfter(int seconds)
{
    ApiError error = errorOf(Kind::Limit);
    error.retryAfterSeconds = seconds;
    return error;
}

} // namespace

TEST(RetryPolicyTest, DefaultsAreDocumented)
{
    const RetryPolicy policy;
    EXPECT_EQ(policy.base, 1000ms);
    EXPECT_EQ(policy.factor, 2.0);
    EXPECT_EQ(policy.max, 60000ms);
    EXPECT_EQ(policy.maxAttempts, 6);
}

TEST(RetryPolicyTest, TransientDelaysGrowExponentiallyWithoutJitter)
{
    RetryPolicy policy;
    policy.jitterFraction = 0.0;
    const ApiError error = errorOf(Kind::Transient);
    EXPECT_EQ(policy.nextDelay(error, 1, 0.3), 1000ms);
    EXPECT_EQ(policy.nextDelay(error, 2, 0.3), 2000ms);
    EXPECT_EQ(policy.nextDelay(error, 3, 0.3), 4000ms);
    EXPECT_EQ(policy.nextDelay(error, 4, 0.3), 8000ms);
    EXPECT_EQ(policy.nextDelay(error, 5, 0.3), 16000ms);
}

TEST(RetryPolicyTest, DelaysClampToMax)
{
    RetryPolicy policy;
    policy.jitterFraction = 0.0;
    policy.maxAttempts = 1000;
    const ApiError error = errorOf(Kind::Transient);
    EXPECT_EQ(policy.nextDelay(error, 7, 1.0), 60000ms); // 64 s clamps to 60 s
    EXPECT_EQ(policy.nextDelay(error, 200, 1.0), 60000ms); // no overflow for silly attempt counts
}

TEST(RetryPolicyTest, StopsAfterMaxAttempts)
{
    const RetryPolicy policy;
    const ApiError error = errorOf(Kind::Transient);
    for (int attempt = 1; attempt < policy.maxAttempts; ++attempt)
        EXPECT_TRUE(policy.nextDelay(error, attempt, 0.5).has_value()) << attempt;
    EXPECT_FALSE(policy.nextDelay(error, policy.maxAttempts, 0.5).has_value());
    EXPECT_FALSE(policy.nextDelay(error, policy.maxAttempts + 1, 0.5).has_value());
}

TEST(RetryPolicyTest, PartialJitterStaysWithinBounds)
{
    const RetryPolicy policy; // jitterFraction 0.5: [d/2, d]
    const ApiError error = errorOf(Kind::Transient);
    EXPECT_EQ(policy.nextDelay(error, 3, 0.0), 2000ms);
    EXPECT_EQ(policy.nextDelay(error, 3, 1.0), 4000ms);
    EXPECT_EQ(policy.nextDelay(error, 3, 0.5), 3000ms);
    for (double unit = 0.0; unit <= 1.0; unit += 0.05) {
        const auto delay = policy.nextDelay(error, 4, unit);
        ASSERT_TRUE(delay.has_value());
        EXPECT_GE(*delay, 4000ms);
        EXPECT_LE(*delay, 8000ms);
    }
    // Out-of-range random numbers are clamped, never extend the bounds.
    EXPECT_EQ(policy.nextDelay(error, 3, -5.0), 2000ms);
    EXPECT_EQ(policy.nextDelay(error, 3, 7.0), 4000ms);
}

TEST(RetryPolicyTest, FullJitterSpansZeroToDelay)
{
    RetryPolicy policy;
    policy.jitterFraction = 1.0;
    const ApiError error = errorOf(Kind::Transient);
    EXPECT_EQ(policy.nextDelay(error, 2, 0.0), 0ms);
    EXPECT_EQ(policy.nextDelay(error, 2, 0.25), 500ms);
    EXPECT_EQ(policy.nextDelay(error, 2, 1.0), 2000ms);
}

TEST(RetryPolicyTest, RetryAfterIsHonouredExactlyAndNotCounted)
{
    const RetryPolicy policy;
    const ApiError limited = limitWithRetryAfter(13);
    for (const double unit : { 0.0, 0.5, 1.0 })
        EXPECT_EQ(policy.nextDelay(limited, 1, unit), 13000ms);
    // Far past maxAttempts and far above max: the server's word stands.
    EXPECT_EQ(policy.nextDelay(limited, 50, 0.0), 13000ms);
    EXPECT_EQ(policy.nextDelay(limitWithRetryAfter(3600), 1, 0.0), 3600000ms);
    EXPECT_FALSE(policy.countsAsAttempt(limited));
    EXPECT_TRUE(policy.countsAsAttempt(errorOf(Kind::Transient)));
}

TEST(RetryPolicyTest, LimitWithoutRetryAfterUsesFallbackAndCounts)
{
    const RetryPolicy policy;
    const ApiError limited = errorOf(Kind::Limit);
    EXPECT_TRUE(policy.countsAsAttempt(limited));
    EXPECT_EQ(policy.nextDelay(limited, 1, 0.0), policy.limitFallback);
    EXPECT_FALSE(policy.nextDelay(limited, policy.maxAttempts, 0.0).has_value());
}

TEST(RetryPolicyTest, NonTransientKindsAreNeverRetried)
{
    const RetryPolicy policy;
    for (const Kind kind : { Kind::BadRequest, Kind::Permission, Kind::NotFound, Kind::Auth, Kind::Cancelled,
             Kind::LocalIo, Kind::Protocol }) {
        EXPECT_FALSE(policy.nextDelay(errorOf(kind), 1, 0.5).has_value()) << ApiError::kindName(kind).toStdString();
    }
    // Even a Retry-After does not make a 403 retryable.
    ApiError forbidden = errorOf(Kind::Permission);
    forbidden.retryAfterSeconds = 5;
    EXPECT_FALSE(policy.nextDelay(forbidden, 1, 0.5).has_value());
}

TEST(RetryPolicyTest, FirstPollNearExpectedDurationButAtLeastOneSecond)
{
    const RetryPolicy policy;
    EXPECT_EQ(policy.pollDelay(0, 8000ms, 0.5), 8000ms);
    EXPECT_EQ(policy.pollDelay(0, 200ms, 0.5), 1000ms);
    EXPECT_EQ(policy.pollDelay(0, 0ms, 0.0), 1000ms) << "jitter never goes below the minimum";
    EXPECT_EQ(policy.pollDelay(0, 120000ms, 0.5), 120000ms) << "a long job is not polled before it can be done";
}

TEST(RetryPolicyTest, PollsGrowByHalfUpToThirtySeconds)
{
    const RetryPolicy policy;
    EXPECT_EQ(policy.pollDelay(1, 4000ms, 0.5), 6000ms);
    EXPECT_EQ(policy.pollDelay(2, 4000ms, 0.5), 9000ms);
    EXPECT_EQ(policy.pollDelay(3, 4000ms, 0.5), 13500ms);
    EXPECT_EQ(policy.pollDelay(5, 4000ms, 0.5), 30000ms);
    EXPECT_EQ(policy.pollDelay(40, 4000ms, 0.5), 30000ms);
    EXPECT_EQ(policy.pollDelay(1, 120000ms, 0.5), 30000ms) << "after an overrun, poll at the cap";
}

TEST(RetryPolicyTest, PollJitterIsTwentyPercent)
{
    const RetryPolicy policy;
    EXPECT_EQ(policy.pollDelay(1, 4000ms, 0.0), 4800ms);
    EXPECT_EQ(policy.pollDelay(1, 4000ms, 1.0), 7200ms);
    for (double unit = 0.0; unit <= 1.0; unit += 0.1) {
        const auto delay = policy.pollDelay(10, 4000ms, unit);
        EXPECT_GE(delay, 24000ms);
        EXPECT_LE(delay, 36000ms);
    }
}
