#include "core/transfer/bandwidthlimiter.h"

#include <algorithm>
#include <limits>

namespace Custody::Transfer {

namespace {

// Below this a share is not worth a read call; a job may take this much even
// when that means a share slightly larger than fair.
constexpr qint64 minimumShare = 4 * 1024;

} // namespace

BandwidthLimiter::BandwidthLimiter(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BandwidthLimiter::onTimer);
}

BandwidthLimiter::~BandwidthLimiter() = default;

void BandwidthLimiter::setLimit(qint64 bytesPerSecond)
{
    m_limit = std::max<qint64>(0, bytesPerSecond);
    m_remaining = sliceBudget();
    m_sliceClock.start();
    // Jobs held back by the old cap may be free to go under the new one.
    if (!m_timer.isActive())
        m_timer.start(0);
}

qint64 BandwidthLimiter::sliceBudget() const
{
    return m_limit * sliceMs / 1000;
}

void BandwidthLimiter::registerJob(const QObject *job)
{
    m_usedInSlice.insert(job, 0);
}

void BandwidthLimiter::unregisterJob(const QObject *job)
{
    m_usedInSlice.remove(job);
}

void BandwidthLimiter::startSliceIfDue()
{
    if (!m_sliceClock.isValid() || m_sliceClock.elapsed() >= sliceMs) {
        m_sliceClock.start();
        m_remaining = sliceBudget();
        for (qint64 &used : m_usedInSlice)
            used = 0;
    }
}

qint64 BandwidthLimiter::quota(const QObject *job)
{
    if (!isLimited())
        return std::numeric_limits<qint64>::max();
    startSliceIfDue();
    if (m_remaining <= 0)
        return 0;
    const qint64 sharers = std::max<qint64>(1, m_usedInSlice.size());
    const qint64 fairShare = std::max(sliceBudget() / sharers, minimumShare);
    const qint64 left = fairShare - m_usedInSlice.value(job, 0);
    return std::clamp<qint64>(left, 0, m_remaining);
}

void BandwidthLimiter::consume(const QObject *job, qint64 bytes)
{
    if (!isLimited())
        return;
    m_remaining -= bytes;
    auto used = m_usedInSlice.find(job);
    if (used != m_usedInSlice.end())
        *used += bytes;
}

void BandwidthLimiter::waitForSlice()
{
    if (m_timer.isActive())
        return;
    const qint64 elapsed = m_sliceClock.isValid() ? m_sliceClock.elapsed() : sliceMs;
    m_timer.start(int(std::clamp<qint64>(sliceMs - elapsed, 0, sliceMs)));
}

void BandwidthLimiter::onTimer()
{
    startSliceIfDue();
    Q_EMIT sliceStarted();
}

} // namespace Custody::Transfer
