#pragma once

#include <chrono>
#include <optional>

#include "core/api/apierror.h"

namespace Custody::Api {

/// When to try again. Plain data plus pure functions: the caller supplies the
/// random number (jitterUnit in [0, 1]), so every delay is reproducible in tests.
struct RetryPolicy
{
    using Milliseconds = std::chrono::milliseconds;

    // Backoff for failed requests.
    Milliseconds base { 1000 }; ///< delay before the first retry, before jitter
    double factor = 2.0; ///< growth per attempt
    Milliseconds max { 60000 }; ///< clamp for the backoff, before jitter
    int maxAttempts = 6; ///< attempts in total, the first one included
    /// Share of the delay that is randomised: 1 is full jitter ([0, d]),
    /// 0.5 gives [d/2, d], 0 disables jitter.
    double jitterFraction = 0.5;
    /// Wait after a 429 that named no Retry-After.
    Milliseconds limitFallback { 60000 };

    // Polling of remote jobs.
    Milliseconds pollMin { 1000 };
    double pollFactor = 1.5;
    Milliseconds pollMax { 30000 };
    double pollJitter = 0.2; ///< +-20 %

    /// The delay before retrying after attempt number \a attempt (1-based)
    /// failed with \a error, or nullopt to stop. Only Transient and Limit are
    /// retried. Transient: base * factor^(attempt-1), clamped to max, jittered,
    /// while attempt < maxAttempts. Limit with retryAfterSeconds: exactly that
    /// wait, whatever the attempt count (see countsAsAttempt()). Limit without
    /// it: limitFallback, counted like a transient failure.
    std::optional<Milliseconds> nextDelay(const ApiError &error, int attempt, double jitterUnit) const;

    /// False for a 429 that named its own wait: the server told us exactly
    /// when to come back, so it is not a failure and must not use up attempts.
    bool countsAsAttempt(const ApiError &error) const;

    /// The wait before poll number \a pollIndex (0-based) of a remote job
    /// expected to take \a expected. The first poll comes after the expected
    /// duration (at least pollMin); later ones grow by pollFactor from there
    /// but never exceed pollMax, so a job that overruns its estimate is
    /// checked every pollMax at most. Jitter of +-pollJitter is applied last;
    /// the result is never below pollMin.
    Milliseconds pollDelay(int pollIndex, Milliseconds expected, double jitterUnit) const;
};

} // namespace Custody::Api
