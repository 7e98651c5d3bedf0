#include "core/api/retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace Custody::Api {

namespace {

using Milliseconds = RetryPolicy::Milliseconds;

double clampUnit(double value)
{
    if (std::isnan(value))
        return 0.0;
    return std::clamp(value, 0.0, 1.0);
}

// Computed in double so that large attempt numbers saturate at the clamp
// instead of overflowing an integer.
double grown(Milliseconds start, double factor, int steps)
{
    return static_cast<double>(start.count()) * std::pow(factor, std::max(steps, 0));
}

Milliseconds toMs(double value)
{
    return Milliseconds(static_cast<Milliseconds::rep>(std::llround(value)));
}

} // namespace

std::optional<Milliseconds> RetryPolicy::nextDelay(const ApiError &error, int attempt, double jitterUnit) const
{
    switch (error.kind) {
    case ApiError::Kind::Limit:
        if (error.retryAfterSeconds)
            return std::chrono::seconds(std::max(*error.retryAfterSeconds, 0));
        if (attempt >= maxAttempts)
            return std::nullopt;
        return limitFallback;
    case ApiError::Kind::Transient:
        break;
    default:
        // The same request would fail the same way: stop and tell the user.
        return std::nullopt;
    }

    if (attempt >= maxAttempts)
        return std::nullopt;
    const double delay = std::min(grown(base, factor, attempt - 1), static_cast<double>(max.count()));
    const double fraction = std::clamp(jitterFraction, 0.0, 1.0);
    return toMs(delay * (1.0 - fraction) + delay * fraction * clampUnit(jitterUnit));
}

bool RetryPolicy::countsAsAttempt(const ApiError &error) const
{
    return !(error.kind == ApiError::Kind::Limit && error.retryAfterSeconds.has_value());
}

Milliseconds RetryPolicy::pollDelay(int pollIndex, Milliseconds expected, double jitterUnit) const
{
    const double first = static_cast<double>(std::max(expected, pollMin).count());
    double delay = first;
    if (pollIndex > 0)
        delay = std::min(first * std::pow(pollFactor, pollIndex), static_cast<double>(pollMax.count()));
    const double spread = 1.0 + pollJitter * (2.0 * clampUnit(jitterUnit) - 1.0);
    return std::max(toMs(delay * spread), pollMin);
}

} // namespace Custody::Api
