#pragma once

#include <QJsonObject>
#include <QMap>

#include <chrono>
#include <mutex>
#include <optional>

#include "core/sim/simrandom.h"

namespace Custody::Sim {

/// Switchable misbehaviour, set through POST /sim/faults or in-process.
/// Every random decision comes from one seeded generator.
class SimFaults final
{
public:
    using Clock = std::chrono::steady_clock;

    explicit SimFaults(std::uint64_t seed);

    /// Merges a JSON object of settings (see README "Faults"); returns an
    /// error message for unknown keys or bad values, empty on success.
    /// "revokeTokens" is an action, reported through \a revokeTokens.
    QString apply(const QJsonObject &json, bool *revokeTokens);
    QJsonObject toJson() const;

    int latencyMs() const;
    /// A server error status to answer with instead of serving, or 0.
    int rollServerError();
    /// Seconds of Retry-After while a 429 storm is on, or 0 when off.
    int stormRetryAfter() const;
    bool rollJobFailure();
    bool rollMediaCut();
    bool rollMalformedJson();
    /// Overrides the URL time-to-live, in seconds (0: the org setting).
    int urlTtlSeconds() const;

private:
    bool roll(double probability);

    mutable std::mutex m_mutex;
    SimRandom m_random;
    int m_latencyMs = 0;
    QMap<int, double> m_errorRates;
    Clock::time_point m_stormUntil;
    int m_stormRetryAfter = 0;
    double m_jobFailure = 0;
    double m_mediaCut = 0;
    double m_malformedJson = 0;
    int m_urlTtlSeconds = 0;
};

} // namespace Custody::Sim
