#include "core/sim/simratelimiter.h"

#include <algorithm>
#include <cmath>

namespace Custody::Sim {

SimRateLimiter::SimRateLimiter(int perMinute)
    : m_perMinute(std::max(1, perMinute))
{
}

SimRateLimiter::Bucket &SimRateLimiter::bucketFor(const QString &clientId, Clock::time_point now)
{
    auto it = m_buckets.find(clientId);
    if (it == m_buckets.end())
        it = m_buckets.insert(clientId, { double(m_perMinute), now, {} });
    const double ratePerSec = m_perMinute / 60.0;
    const double elapsed = std::chrono::duration<double>(now - it->refilledAt).count();
    it->tokens = std::min(double(m_perMinute), it->tokens + elapsed * ratePerSec);
    it->refilledAt = now;
    return *it;
}

SimRateLimiter::Decision SimRateLimiter::take(const QString &clientId)
{
    const auto now = Clock::now();
    std::lock_guard lock(m_mutex);
    Bucket &bucket = bucketFor(clientId, now);
    const double ratePerSec = m_perMinute / 60.0;
    Decision decision;
    decision.limit = m_perMinute;
    decision.earlyRetry = now < bucket.notBefore;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
    } else {
        decision.allowed = false;
        decision.retryAfterSec = std::max(1, int(std::ceil((1.0 - bucket.tokens) / ratePerSec)));
        bucket.notBefore = std::max(bucket.notBefore, now + std::chrono::seconds(decision.retryAfterSec));
    }
    const double used = m_perMinute - bucket.tokens;
    // A refused request counts too: the 429 reports one over the allowance
    // (genesys-api.md 6.2 shows allowed 300, count 301).
    decision.count = decision.allowed ? std::clamp(int(std::ceil(used)), 0, m_perMinute) : m_perMinute + 1;
    decision.resetSec = std::max(1, int(std::ceil(used / ratePerSec)));
    return decision;
}

void SimRateLimiter::noteRefusal(const QString &clientId, int retryAfterSec)
{
    const auto now = Clock::now();
    std::lock_guard lock(m_mutex);
    Bucket &bucket = bucketFor(clientId, now);
    bucket.notBefore = std::max(bucket.notBefore, now + std::chrono::seconds(retryAfterSec));
}

bool SimRateLimiter::isEarly(const QString &clientId)
{
    const auto now = Clock::now();
    std::lock_guard lock(m_mutex);
    return now < bucketFor(clientId, now).notBefore;
}

} // namespace Custody::Sim
