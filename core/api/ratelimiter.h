#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Custody::Api {

class Clock;

/// Paces every request of one OAuth client. One instance per client, shared
/// by all exports, so together they never exceed what the org allows.
///
/// A token bucket refilled at a conservative share of the per-minute limit,
/// with a small burst capacity chosen so that burst plus refill stays under
/// the limit in any 60 s window. On top of it a pause: after a 429 nothing is
/// granted until Retry-After has passed. Grants are handed out in FIFO order
/// by dispatch(), which a single-shot timer calls exactly when the next token
/// is due (or when the pause ends); nothing polls.
class RateLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    struct Settings
    {
        int requestsPerMinute = 300; ///< the server's limit for this client
        double rateFraction = 0.9; ///< share of the limit used for the steady rate
        double burstFraction = 0.05; ///< burst capacity as a share of the limit (at least 1)
        std::chrono::seconds defaultRetryAfter { 60 }; ///< pause for a 429 without Retry-After
    };

    /// A pause longer than this is shown to the user as "rate limited until ...".
    static constexpr std::chrono::seconds longPauseThreshold { 180 };

    /// \a clock must outlive the limiter.
    explicit RateLimiter(const Clock &clock, QObject *parent = nullptr);
    RateLimiter(const Clock &clock, const Settings &settings, QObject *parent = nullptr);
    ~RateLimiter() override;

    /// Queues a request; \a grant runs (FIFO, from dispatch()) once a token is
    /// free and no pause is in force. If \a context is destroyed first, the
    /// grant is dropped. \a grant must not delete the limiter.
    void acquire(QObject *context, std::function<void()> grant);

    /// Feeds the inin-ratelimit-* headers of a response: adopts \a allowed as
    /// the limit when it differs, and when the server counts fewer remaining
    /// requests than the bucket holds, shrinks the bucket and spreads what is
    /// left over the \a resetSeconds until the server's window resets.
    /// Call only when the headers were present.
    void onResponseHeaders(int allowed, int count, int resetSeconds);

    /// A 429 arrived: pause all grants until now + \a retryAfterSeconds
    /// (negative means the header was absent: defaultRetryAfter). A pause only
    /// ever extends, never shortens. Emits pausedUntil() when it extends.
    void onTooManyRequests(int retryAfterSeconds);

    /// Grants every queued request that is due now and re-arms the timer for
    /// the next one. The timer calls it; tests driving a fake clock call it.
    void dispatch();

    /// Changes the per-minute limit; capacity and rate follow.
    void setLimit(int requestsPerMinute);

    int limit() const; ///< per-minute limit in use
    double effectiveRatePerMinute() const; ///< steady refill rate
    int capacity() const; ///< burst size
    double availableTokens() const; ///< tokens the bucket holds now
    int requestsPerMinute() const; ///< grants in the last 60 s
    qsizetype queueLength() const; ///< waiting requests whose context is alive
    bool isPaused() const;
    QDateTime pauseEnd() const; ///< UTC end of the current pause, invalid if none
    /// True while the rest of the pause exceeds longPauseThreshold.
    bool isLongPause() const;
    /// Interval the dispatch timer is armed with, if it is armed.
    std::optional<std::chrono::milliseconds> scheduledDispatch() const;

Q_SIGNALS:
    /// All grants wait until \a until (UTC).
    void pausedUntil(const QDateTime &until);
    /// The pause is over; grants flow again.
    void resumed();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> grant;
    };

    double tokensAt(qint64 nowMs) const;
    void refill(qint64 nowMs);
    qint64 msUntilNextToken(qint64 nowMs) const;
    void pruneGrantHistory(qint64 nowMs);
    void armTimer(qint64 delayMs);

    const Clock &m_clock;
    Settings m_settings;
    QTimer m_timer;
    std::deque<Waiter> m_queue;
    std::deque<qint64> m_grantTimes; // monotonic ms of grants in the last minute
    double m_tokens = 0.0;
    qint64 m_lastRefillMs = 0;
    // Until m_throttleEndMs the bucket refills at m_throttleRatePerMs: what the
    // server says is left of its window, spread over the rest of the window.
    qint64 m_throttleEndMs = 0;
    double m_throttleRatePerMs = 0.0;
    qint64 m_pauseEndMs = 0;
    QDateTime m_pauseEndUtc;
    bool m_paused = false;
    bool m_dispatching = false;
};

} // namespace Custody::Api
