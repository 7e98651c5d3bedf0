#pragma once

#include <QString>

#include <cstdint>

namespace Custody::Sim {

/// A small deterministic generator (splitmix64). std:: distributions are
/// implementation-defined, so the simulated org would differ between
/// standard libraries; this one gives the same org everywhere.
class SimRandom final
{
public:
    explicit SimRandom(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    /// Uniform integer in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        return low + std::int64_t(next() % std::uint64_t(high - low + 1));
    }

    bool chance(double probability) { return uniform() < probability; }

    /// A random-looking but deterministic UUID (version 4 layout).
    QString uuid();

    /// Mixes values into one seed, for per-entity generators.
    static std::uint64_t mix(std::uint64_t a, std::uint64_t b)
    {
        SimRandom r(a ^ (b * 0x9E3779B97F4A7C15ULL));
        r.next();
        return r.next();
    }

    static std::uint64_t hashString(const QString &text);

private:
    std::uint64_t m_state;
};

} // namespace Custody::Sim
