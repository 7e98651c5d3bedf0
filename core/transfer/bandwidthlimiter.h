#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace Custody::Transfer {

/// One bandwidth cap shared by every download of a queue.
///
/// Time is cut into slices of sliceMs(); each slice has a budget of
/// limit * sliceMs / 1000 bytes. A job asks quota() before reading from its
/// reply and reports what it read with consume(). When the budget is spent
/// the job stops reading and calls waitForSlice(); its reply's bounded read
/// buffer fills and TCP pushes back on the server, so memory stays flat. At
/// the start of the next slice sliceStarted() wakes the waiting jobs.
/// With a limit of 0 every quota is unlimited and nobody ever waits.
class BandwidthLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandwidthLimiter)

public:
    explicit BandwidthLimiter(QObject *parent = nullptr);
    ~BandwidthLimiter() override;

    /// Bytes per second for all downloads together; 0 means unlimited.
    void setLimit(qint64 bytesPerSecond);
    qint64 limit() const { return m_limit; }
    bool isLimited() const { return m_limit > 0; }

    /// Jobs that currently transfer: the slice budget is shared among them,
    /// so one fast connection cannot starve the others.
    void registerJob(const QObject *job);
    void unregisterJob(const QObject *job);

    /// Bytes \a job may read now: its fair share of the slice budget minus
    /// what it already read in this slice. 0 means wait for the next slice.
    qint64 quota(const QObject *job);
    /// Records \a bytes read by \a job against the current slice's budget.
    void consume(const QObject *job, qint64 bytes);
    /// Arms the timer for the next slice; idempotent.
    void waitForSlice();

    static constexpr int sliceMs = 100;

Q_SIGNALS:
    /// A new slice with a fresh budget began; waiting jobs should read again.
    void sliceStarted();

private:
    void startSliceIfDue();
    void onTimer();
    qint64 sliceBudget() const;

    qint64 m_limit = 0;
    qint64 m_remaining = 0;
    QHash<const QObject *, qint64> m_usedInSlice; ///< registered jobs and their bytes this slice
    QElapsedTimer m_sliceClock;
    QTimer m_timer;
};

} // namespace Custody::Transfer
