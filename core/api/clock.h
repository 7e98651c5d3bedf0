#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace Custody::Api {

/// A source of time. Timing decisions use the monotonic reading (immune to
/// wall-clock changes); the UTC reading is only for telling people when.
/// Injected so tests can drive time by hand.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock();
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

    /// The current wall-clock time in UTC.
    virtual QDateTime nowUtc() const = 0;
    /// Milliseconds on a monotonic clock with an arbitrary origin.
    virtual qint64 monotonicMs() const = 0;

    /// A process-wide SystemClock. It holds no state, so sharing it is safe.
    static const Clock &system();
};

/// The real clock: QDateTime for UTC, std::chrono::steady_clock for timing.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
};

} // namespace Custody::Api
