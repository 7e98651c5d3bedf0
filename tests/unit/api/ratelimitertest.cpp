#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include "core/api/clock.h"
#include "core/api/ratelimiter.h"
#include "fakeclock.h"

using namespace Custody::Api;
using namespace std::chrono_literals;
using Custody::Api::Test::FakeClock;

namespace {

// Default settings: 300/min limit, 270/min steady rate (one token every
// 222.2 ms), burst capacity 15.
constexpr int defaultCapacity = 15;

class RateLimiterTest : public ::testing::Test
{
protected:
    void acquireNumbered(int count)
    {
        for (int i = 0; i < count; ++i) {
            const int id = m_nextId++;
            m_limiter.acquire(&m_context, [this, id] { m_granted.push_back(id); });
        }
    }

    void advance(std::chrono::milliseconds by)
    {
        m_clock.advance(by);
        m_limiter.dispatch();
    }

    FakeClock m_clock;
    RateLimiter m_limiter { m_clock };
    QObject m_context;
    std::vector<int> m_granted;
    int m_nextId = 0;
};

} // namespace

TEST_F(RateLimiterTest, AcquireNeverGrantsFromInsideTheCaller)
{
    acquireNumbered(1);
    EXPECT_TRUE(m_granted.empty());
    EXPECT_EQ(m_limiter.scheduledDispatch(), std::optional(0ms));
    m_limiter.dispatch();
    EXPECT_EQ(m_granted.size(), 1u);
}

TEST_F(RateLimiterTest, BurstsUpToCapacityThenPaces)
{
    EXPECT_EQ(m_limiter.capacity(), defaultCapacity);
    acquireNumbered(25);
    m_limiter.dispatch();
    EXPECT_EQ(m_granted.size(), size_t(defaultCapacity));
    EXPECT_EQ(m_limiter.queueLength(), 10);
    // The timer is armed for exactly when the next token is due: 60000/270 ms, rounded up.
    EXPECT_EQ(m_limiter.scheduledDispatch(), std::optional(223ms));

    advance(222ms);
    EXPECT_EQ(m_granted.size(), size_t(defaultCapacity)) << "no grant before the token is due";
    advance(1ms);
    EXPECT_EQ(m_granted.size(), size_t(defaultCapacity + 1));

    // 1110 ms more is 4.995 tokens after the 0.0035 left over: four grants, not five.
    advance(1110ms);
    EXPECT_EQ(m_granted.size(), size_t(defaultCapacity + 5));
    EXPECT_EQ(m_limiter.requestsPerMinute(), defaultCapacity + 5);
}

TEST_F(RateLimiterTest, NeverExceedsTheLimitInAnyMinute)
{
    acquireNumbered(1000);
    m_limiter.dispatch();
    int maxPerMinute = 0;
    for (int step = 0; step < 3 * 600; ++step) { // three minutes in 100 ms steps
        advance(100ms);
        maxPerMinute = std::max(maxPerMinute, m_limiter.requestsPerMinute());
    }
    EXPECT_LE(maxPerMinute, 300);
    EXPECT_GE(maxPerMinute, 270) << "the budget is used, not wasted";
}

TEST_F(RateLimiterTest, GrantsInFifoOrder)
{
    acquireNumbered(40);
    m_limiter.dispatch();
    for (int i = 0; i < 200 && m_granted.size() < 40; ++i)
        advance(100ms);
    ASSERT_EQ(m_granted.size(), 40u);
    for (int i = 0; i < 40; ++i)
        EXPECT_EQ(m_granted[size_t(i)], i);
}

TEST_F(RateLimiterTest, TooManyRequestsHoldsEveryQueuedRequestUntilRetryAfter)
{
    QSignalSpy paused(&m_limiter, &RateLimiter::pausedUntil);
    QSignalSpy resumed(&m_limiter, &RateLimiter::resumed);
    const QDateTime expectedEnd = m_clock.nowUtc().addSecs(13);

    m_limiter.onTooManyRequests(13);
    ASSERT_EQ(paused.count(), 1);
    EXPECT_EQ(paused.at(0).at(0).toDateTime(), expectedEnd);
    EXPECT_EQ(m_limiter.pauseEnd(), expectedEnd);
    EXPECT_TRUE(m_limiter.isPaused());
    EXPECT_FALSE(m_limiter.isLongPause());

    acquireNumbered(5);
    m_limiter.dispatch();
    EXPECT_TRUE(m_granted.empty()) << "full bucket, but paused";
    EXPECT_EQ(m_limiter.scheduledDispatch(), std::optional(13000ms));

    advance(12999ms);
    EXPECT_TRUE(m_granted.empty());
    EXPECT_EQ(resumed.count(), 0);

    advance(1ms);
    EXPECT_EQ(m_granted.size(), 1u) << "one probing request at the end of the pause";
    EXPECT_EQ(resumed.count(), 1);
    EXPECT_FALSE(m_limiter.isPaused());
    EXPECT_FALSE(m_limiter.pauseEnd().isValid());

    advance(223ms);
    EXPECT_EQ(m_granted.size(), 2u) << "then the steady rate";
}

TEST_F(RateLimiterTest, ResumedIsSignalledEvenWithAnEmptyQueue)
{
    QSignalSpy resumed(&m_limiter, &RateLimiter::resumed);
    m_limiter.onTooManyRequests(2);
    EXPECT_EQ(m_limiter.scheduledDispatch(), std::optional(2000ms));
    advance(2000ms);
    EXPECT_EQ(resumed.count(), 1);
}

TEST_F(RateLimiterTest, LongerPauseExtendsShorterDoesNot)
{
    QSignalSpy paused(&m_limiter, &RateLimiter::pausedUntil);
    const QDateTime start = m_clock.nowUtc();
    acquireNumbered(1);

    m_limiter.onTooManyRequests(10);
    m_clock.advance(2s);
    m_limiter.onTooManyRequests(30); // ends at 32 s: extends
    EXPECT_EQ(paused.count(), 2);
    EXPECT_EQ(m_limiter.pauseEnd(), start.addSecs(32));

    m_limiter.onTooManyRequests(5); // would end at 7 s: ignored
    EXPECT_EQ(paused.count(), 2);
    EXPECT_EQ(m_limiter.pauseEnd(), start.addSecs(32));

    advance(8s); // 10 s: past both the first and the ignored pause
    EXPECT_TRUE(m_granted.empty());
    advance(21999ms);
    EXPECT_TRUE(m_granted.empty());
    advance(1ms);
    EXPECT_EQ(m_granted.size(), 1u);
}

TEST_F(RateLimiterTest, MissingRetryAfterPausesForTheDefault)
{
    m_limiter.onTooManyRequests(-1);
    EXPECT_EQ(m_limiter.pauseEnd(), m_clock.nowUtc().addSecs(60));
}

TEST_F(RateLimiterTest, FlagsLongPauses)
{
    m_limiter.onTooManyRequests(180);
    EXPECT_FALSE(m_limiter.isLongPause()) << "exactly the threshold is not long";
    m_limiter.onTooManyRequests(181);
    EXPECT_TRUE(m_limiter.isLongPause());
    m_clock.advance(2s);
    EXPECT_FALSE(m_limiter.isLongPause()) << "179 s left";
    EXPECT_TRUE(m_limiter.isPaused());
}

TEST_F(RateLimiterTest, ServerCountShrinksTheBudget)
{
    EXPECT_DOUBLE_EQ(m_limiter.availableTokens(), defaultCapacity);
    m_limiter.onResponseHeaders(300, 295, 30); // 5 left for the next 30 s
    EXPECT_DOUBLE_EQ(m_limiter.availableTokens(), 5.0);

    acquireNumbered(10);
    m_limiter.dispatch();
    EXPECT_EQ(m_granted.size(), 5u);
    advance(29999ms);
    EXPECT_EQ(m_granted.size(), 5u) << "nothing left until the server's window resets";
    advance(1ms);
    advance(222ms);
    EXPECT_EQ(m_granted.size(), 5u);
    advance(1ms);
    EXPECT_EQ(m_granted.size(), 6u) << "after the reset, the steady rate again";
}

TEST_F(RateLimiterTest, ServerCountSpreadsWhatIsLeftOverTheWindow)
{
    m_limiter.onResponseHeaders(300, 280, 20); // 20 left for 20 s; 15 of them in the bucket
    acquireNumbered(30);
    m_limiter.dispatch();
    EXPECT_EQ(m_granted.size(), 15u);
    advance(19999ms);
    EXPECT_LE(m_granted.size(), 20u) << "the 5 remaining are spread over the 20 s, not one each 222 ms";
    EXPECT_GE(m_granted.size(), 19u);
}

TEST_F(RateLimiterTest, PlentyRemainingDoesNotThrottle)
{
    m_limiter.onResponseHeaders(300, 10, 50);
    EXPECT_DOUBLE_EQ(m_limiter.availableTokens(), defaultCapacity);
    acquireNumbered(20);
    m_limiter.dispatch();
    advance(223ms);
    EXPECT_EQ(m_granted.size(), size_t(defaultCapacity + 1));
}

TEST_F(RateLimiterTest, AdoptsTheServersLimit)
{
    m_limiter.onResponseHeaders(180, 1, 60);
    EXPECT_EQ(m_limiter.limit(), 180);
    EXPECT_EQ(m_limiter.capacity(), 9);
    EXPECT_DOUBLE_EQ(m_limiter.effectiveRatePerMinute(), 162.0);
    EXPECT_DOUBLE_EQ(m_limiter.availableTokens(), 9.0);
    acquireNumbered(10);
    m_limiter.dispatch();
    EXPECT_EQ(m_granted.size(), 9u);
    advance(370ms); // 60000/162 = 370.4 ms per token
    EXPECT_EQ(m_granted.size(), 9u);
    advance(1ms);
    EXPECT_EQ(m_granted.size(), 10u);
}

TEST_F(RateLimiterTest, DestroyedContextDropsItsGrant)
{
    auto doomed = std::make_unique<QObject>();
    bool doomedGranted = false;
    acquireNumbered(1);
    m_limiter.acquire(doomed.get(), [&doomedGranted] { doomedGranted = true; });
    acquireNumbered(1);
    EXPECT_EQ(m_limiter.queueLength(), 3);
    doomed.reset();
    EXPECT_EQ(m_limiter.queueLength(), 2);

    m_limiter.dispatch();
    EXPECT_FALSE(doomedGranted);
    EXPECT_EQ(m_granted, (std::vector<int> { 0, 1 }));
    EXPECT_DOUBLE_EQ(m_limiter.availableTokens(), defaultCapacity - 2) << "a dropped request costs no token";
}

TEST_F(RateLimiterTest, GrantMayAcquireAgain)
{
    int chained = 0;
    std::function<void()> again = [&] {
        if (++chained < 3)
            m_limiter.acquire(&m_context, again);
    };
    m_limiter.acquire(&m_context, again);
    m_limiter.dispatch();
    EXPECT_EQ(chained, 3);
}

TEST(RateLimiterRealTimeTest, PacesGrantsOnTheEventLoop)
{
    RateLimiter::Settings settings;
    settings.requestsPerMinute = 600; // 540/min steady: one grant per 111 ms
    settings.burstFraction = 0.0; // capacity 1, so pacing starts at once
    RateLimiter limiter(Clock::system(), settings);
    QObject context;
    QElapsedTimer elapsed;
    elapsed.start();
    std::vector<qint64> grantTimes;
    constexpr size_t requests = 5;
    for (size_t i = 0; i < requests; ++i)
        limiter.acquire(&context, [&] { grantTimes.push_back(elapsed.elapsed()); });

    ASSERT_TRUE(QTest::qWaitFor([&] { return grantTimes.size() == requests; }, 5000));
    EXPECT_LT(grantTimes.front(), 100) << "the first token is there at once";
    for (size_t i = 1; i < requests; ++i)
        EXPECT_GE(grantTimes[i] - grantTimes[i - 1], 100) << "grant " << i;
    EXPECT_LT(grantTimes.back(), 1500);
}
