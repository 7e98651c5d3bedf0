#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace Custody::Jobs {

/// A counted allowance of concurrent remote jobs of one kind, shared by every
/// export of an org so that together they stay within what the org allows
/// (e.g. Genesys runs at most two recording bulk jobs per org).
///
/// acquire() queues a request first in, first out; a request is granted when
/// a slot is free, always from the event loop (never inside acquire() or
/// release()), so a grant never re-enters its caller. Whoever was granted a
/// slot must release() it exactly once. A request whose context object is
/// destroyed before its grant is dropped.
class SlotPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotPool)

public:
    explicit SlotPool(int max, QObject *parent = nullptr);
    ~SlotPool() override;

    /// Lowering the maximum takes effect as slots are released.
    void setMax(int max);
    int max() const { return m_max; }
    /// Slots granted and not yet released.
    int running() const { return m_running; }
    /// Requests waiting for a slot (including any whose context is gone).
    int waiting() const { return int(m_queue.size()); }

    /// Queues a request for a slot; \a grant runs once one is free, unless
    /// \a context is destroyed first.
    void acquire(QObject *context, std::function<void()> grant);
    /// Gives back a slot that was granted.
    void release();

private:
    struct Request
    {
        QPointer<QObject> context;
        std::function<void()> grant;
    };

    void scheduleDispatch();
    void dispatch();

    std::deque<Request> m_queue;
    QTimer m_dispatch;
    int m_max;
    int m_running = 0;
};

/// The slot pools of one org, one per kind of remote job.
struct OrgSlotPools
{
    static constexpr int defaultAnalytics = 4;
    static constexpr int defaultBatch = 4;
    /// Genesys allows at most two PENDING or PROCESSING recording bulk jobs per org.
    static constexpr int recordingBulkJobs = 2;

    SlotPool analytics { defaultAnalytics };
    SlotPool batch { defaultBatch };
    SlotPool bulk { recordingBulkJobs };
};

} // namespace Custody::Jobs
