#include "core/jobs/slotpool.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSlotPool, "custody.jobs.slotpool")

namespace Custody::Jobs {

SlotPool::SlotPool(int max, QObject *parent)
    : QObject(parent)
    , m_max(std::max(1, max))
{
    m_dispatch.setSingleShot(true);
    m_dispatch.setInterval(0);
    connect(&m_dispatch, &QTimer::timeout, this, &SlotPool::dispatch);
}

SlotPool::~SlotPool() = default;

void SlotPool::setMax(int max)
{
    m_max = std::max(1, max);
    scheduleDispatch();
}

void SlotPool::acquire(QObject *context, std::function<void()> grant)
{
    Q_ASSERT(context);
    // Requests of owners that went away while waiting are dropped here too, so the queue cannot grow with them.
    std::erase_if(m_queue, [](const Request &r) { return r.context.isNull(); });
    m_queue.push_back({ QPointer<QObject>(context), std::move(grant) });
    scheduleDispatch();
}

void SlotPool::release()
{
    Q_ASSERT(m_running > 0);
    if (m_running <= 0) {
        qCWarning(lcSlotPool) << "release() without a granted slot";
        return;
    }
    --m_running;
    scheduleDispatch();
}

void SlotPool::scheduleDispatch()
{
    if (!m_dispatch.isActive() && !m_queue.empty())
        m_dispatch.start();
}

void SlotPool::dispatch()
{
    while (m_running < m_max && !m_queue.empty()) {
        Request request = std::move(m_queue.front());
        m_queue.pop_front();
        if (!request.context)
            continue; // its owner is gone: nobody to grant to
        ++m_running;
        Q_ASSERT(m_running <= m_max);
        // The grant may acquire or release again; both only schedule.
        request.grant();
    }
}

} // namespace Custody::Jobs
