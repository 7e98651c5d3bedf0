#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <mutex>

namespace Custody::Sim {

/// The per-client request budget: a token bucket holding a minute's worth of
/// requests, refilled continuously. Also remembers each client's Retry-After
/// so stats can count requests a client sent before it was allowed to.
class SimRateLimiter final
{
public:
    using Clock = std::chrono::steady_clock;

    struct Decision
    {
        bool allowed = true;
        int limit = 0; ///< inin-ratelimit-allowed
        int count = 0; ///< inin-ratelimit-count: requests used in the window
        int resetSec = 0; ///< inin-ratelimit-reset
        int retryAfterSec = 0;
        bool earlyRetry = false; ///< the client ignored an earlier Retry-After
    };

    explicit SimRateLimiter(int perMinute);

    Decision take(const QString &clientId);
    /// A refusal not caused by the bucket (a storm): remember its Retry-After.
    void noteRefusal(const QString &clientId, int retryAfterSec);
    /// Whether the client is still inside a Retry-After it was given.
    bool isEarly(const QString &clientId);

private:
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point refilledAt;
        Clock::time_point notBefore;
    };
    Bucket &bucketFor(const QString &clientId, Clock::time_point now);

    std::mutex m_mutex;
    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
};

} // namespace Custody::Sim
