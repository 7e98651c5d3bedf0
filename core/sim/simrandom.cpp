#include "core/sim/simrandom.h"

namespace Custody::Sim {

QString SimRandom::uuid()
{
    const std::uint64_t hi = (next() & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
    const std::uint64_t lo = (next() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    const QString h = QStringLiteral("%1").arg(hi, 16, 16, QLatin1Char('0'));
    const QString l = QStringLiteral("%1").arg(lo, 16, 16, QLatin1Char('0'));
    return h.left(8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) + QLatin1Char('-') + l.left(4)
        + QLatin1Char('-') + l.mid(4);
}

std::uint64_t SimRandom::hashString(const QString &text)
{
    // FNV-1a over UTF-16 code units: stable across platforms and runs.
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

} // namespace Custody::Sim
