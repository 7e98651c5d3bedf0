#include "core/api/ratelimiter.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QLoggingCategory>

#include "core/api/clock.h"

Q_LOGGING_CATEGORY(lcRateLimiter, "custody.api.ratelimiter")

namespace Custody::Api {

namespace {

constexpr qint64 msPerMinute = 60000;
constexpr qint64 msPerSecond = 1000;
// Floating-point refill can land a hair below a whole token at the exact
// instant it is due; without this the timer would re-arm for 0-1 ms.
constexpr double tokenEpsilon = 1e-9;

} // namespace

RateLimiter::RateLimiter(const Clock &clock, QObject *parent)
    : RateLimiter(clock, Settings {}, parent)
{
}

RateLimiter::RateLimiter(const Clock &clock, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(settings)
{
    m_settings.requestsPerMinute = std::max(m_settings.requestsPerMinute, 1);
    m_tokens = capacity();
    m_lastRefillMs = m_clock.monotonicMs();
    m_timer.setSingleShot(true);
    // The interval is the exact time the next token is due; a coarse timer
    // could fire early and cost an extra wake-up.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::dispatch);
}

RateLimiter::~RateLimiter() = default;

void RateLimiter::acquire(QObject *context, std::function<void()> grant)
{
    Q_ASSERT(context);
    Q_ASSERT(grant);
    m_queue.push_back(Waiter { context, std::move(grant) });
    // An armed timer already serves the head of the queue, and this request
    // is behind it; otherwise hand out the grant from the event loop, never
    // from inside the caller's stack.
    if (!m_dispatching && !m_timer.isActive())
        armTimer(0);
}

void RateLimiter::onResponseHeaders(int allowed, int count, int resetSeconds)
{
    if (allowed <= 0)
        return;
    if (allowed != m_settings.requestsPerMinute) {
        qCInfo(lcRateLimiter) << "server reports a limit of" << allowed << "requests per minute instead of"
                              << m_settings.requestsPerMinute;
        setLimit(allowed);
    }

    const qint64 now = m_clock.monotonicMs();
    refill(now);
    const double remaining = std::max(allowed - count, 0);
    // Someone else (another tool on the same client, or the window having
    // started before we did) has spent part of the budget.
    m_tokens = std::min(m_tokens, remaining);

    if (resetSeconds <= 0)
        return;
    const qint64 windowMs = qint64(resetSeconds) * msPerSecond;
    const double spreadRate = std::max(remaining - m_tokens, 0.0) / double(windowMs);
    const double normalRate = effectiveRatePerMinute() / msPerMinute;
    if (spreadRate < normalRate) {
        m_throttleEndMs = now + windowMs;
        m_throttleRatePerMs = spreadRate;
    } else {
        m_throttleEndMs = 0;
    }
    if (!m_dispatching && !m_queue.empty())
        armTimer(0);
}

void RateLimiter::onTooManyRequests(int retryAfterSeconds)
{
    const qint64 seconds = retryAfterSeconds < 0 ? qint64(m_settings.defaultRetryAfter.count()) : retryAfterSeconds;
    const qint64 now = m_clock.monotonicMs();
    refill(now);
    if (seconds == 0) {
        m_tokens = 0.0; // over the limit, but the server lets us retry at once: just pace
        return;
    }
    const qint64 end = now + seconds * msPerSecond;
    if (end <= m_pauseEndMs)
        return; // an earlier 429 already holds us longer

    m_pauseEndMs = end;
    m_pauseEndUtc = m_clock.nowUtc().addMSecs(seconds * msPerSecond);
    m_paused = true;
    // Resume with one probing request, then at the steady rate: the window
    // that overflowed may not be the only one that is nearly full.
    m_tokens = 1.0;
    m_lastRefillMs = std::max(m_lastRefillMs, end);
    qCInfo(lcRateLimiter) << "rate limited: pausing all requests for" << seconds << "s until" << m_pauseEndUtc;
    Q_EMIT pausedUntil(m_pauseEndUtc);
    if (!m_dispatching)
        armTimer(end - now);
}

void RateLimiter::dispatch()
{
    if (m_dispatching)
        return; // called from inside a grant; the running loop carries on
    m_dispatching = true;
    const QPointer<RateLimiter> self(this);

    while (true) {
        const qint64 now = m_clock.monotonicMs();
        if (now < m_pauseEndMs) {
            armTimer(m_pauseEndMs - now);
            break;
        }
        if (m_paused) {
            m_paused = false;
            Q_EMIT resumed();
            if (!self)
                return;
        }
        while (!m_queue.empty() && !m_queue.front().context)
            m_queue.pop_front(); // its owner is gone: the request will never be sent
        if (m_queue.empty())
            break;

        refill(now);
        if (m_tokens < 1.0 - tokenEpsilon) {
            armTimer(msUntilNextToken(now));
            break;
        }

        m_tokens -= 1.0;
        m_grantTimes.push_back(now);
        pruneGrantHistory(now);
        const std::function<void()> grant = std::move(m_queue.front().grant);
        m_queue.pop_front();
        grant();
        if (!self)
            return;
    }
    m_dispatching = false;
}

void RateLimiter::setLimit(int requestsPerMinute)
{
    if (requestsPerMinute <= 0 || requestsPerMinute == m_settings.requestsPerMinute)
        return;
    refill(m_clock.monotonicMs()); // settle what accrued at the old rate
    m_settings.requestsPerMinute = requestsPerMinute;
    m_tokens = std::min(m_tokens, double(capacity()));
    if (!m_dispatching && !m_queue.empty())
        armTimer(0);
}

int RateLimiter::limit() const
{
    return m_settings.requestsPerMinute;
}

double RateLimiter::effectiveRatePerMinute() const
{
    return m_settings.requestsPerMinute * std::clamp(m_settings.rateFraction, 0.01, 1.0);
}

int RateLimiter::capacity() const
{
    return std::max(1, int(std::floor(m_settings.requestsPerMinute * std::max(m_settings.burstFraction, 0.0))));
}

double RateLimiter::availableTokens() const
{
    return tokensAt(m_clock.monotonicMs());
}

double RateLimiter::tokensAt(qint64 now) const
{
    if (now <= m_lastRefillMs)
        return m_tokens;
    double tokens = m_tokens;
    qint64 from = m_lastRefillMs;
    if (from < m_throttleEndMs) {
        const qint64 end = std::min(now, m_throttleEndMs);
        tokens += double(end - from) * m_throttleRatePerMs;
        from = end;
    }
    tokens += double(now - from) * effectiveRatePerMinute() / msPerMinute;
    return std::min(tokens, double(capacity()));
}

int RateLimiter::requestsPerMinute() const
{
    const qint64 windowStart = m_clock.monotonicMs() - msPerMinute;
    return int(std::count_if(
        m_grantTimes.cbegin(), m_grantTimes.cend(), [windowStart](qint64 at) { return at > windowStart; }));
}

qsizetype RateLimiter::queueLength() const
{
    return qsizetype(
        std::count_if(m_queue.cbegin(), m_queue.cend(), [](const Waiter &waiter) { return !waiter.context.isNull(); }));
}

bool RateLimiter::isPaused() const
{
    return m_clock.monotonicMs() < m_pauseEndMs;
}

QDateTime RateLimiter::pauseEnd() const
{
    return isPaused() ? m_pauseEndUtc : QDateTime();
}

bool RateLimiter::isLongPause() const
{
    const qint64 left = m_pauseEndMs - m_clock.monotonicMs();
    return left > std::chrono::duration_cast<std::chrono::milliseconds>(longPauseThreshold).count();
}

std::optional<std::chrono::milliseconds> RateLimiter::scheduledDispatch() const
{
    if (!m_timer.isActive())
        return std::nullopt;
    return std::chrono::milliseconds(m_timer.interval());
}

void RateLimiter::refill(qint64 nowMs)
{
    m_tokens = tokensAt(nowMs);
    m_lastRefillMs = std::max(m_lastRefillMs, nowMs);
}

qint64 RateLimiter::msUntilNextToken(qint64 nowMs) const
{
    // Walk the refill schedule: the throttled stretch first (if any), then
    // the steady rate. After a pause the bucket is held until its end, so
    // refill may start in the future.
    double needed = 1.0 - m_tokens;
    qint64 from = std::max(m_lastRefillMs, nowMs);
    if (from < m_throttleEndMs) {
        const double throttled = double(m_throttleEndMs - from) * m_throttleRatePerMs;
        if (throttled >= needed)
            return std::max<qint64>(
                qint64(std::ceil(double(from - nowMs) + needed / m_throttleRatePerMs - tokenEpsilon)), 1);
        needed -= throttled;
        from = m_throttleEndMs;
    }
    const double steadyRatePerMs = effectiveRatePerMinute() / msPerMinute;
    return std::max<qint64>(qint64(std::ceil(double(from - nowMs) + needed / steadyRatePerMs - tokenEpsilon)), 1);
}

void RateLimiter::pruneGrantHistory(qint64 nowMs)
{
    while (!m_grantTimes.empty() && m_grantTimes.front() <= nowMs - msPerMinute)
        m_grantTimes.pop_front();
}

void RateLimiter::armTimer(qint64 delayMs)
{
    m_timer.start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
}

} // namespace Custody::Api
