#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <utility>

#include "core/transfer/bandwidthlimiter.h"
#include "core/transfer/downloadresult.h"

class QNetworkAccessManager;

namespace Custody::Transfer {

class DownloadJob;

/// Runs DownloadJobs with bounded concurrency and one shared bandwidth cap.
/// Every enqueued request ends with exactly one downloadFinished(), also
/// when it is cancelled (error kind Cancelled).
class DownloadQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadQueue)

public:
    static constexpr int defaultMaxConcurrent = 4;
    /// Throughput is averaged over this much recent time.
    static constexpr std::chrono::milliseconds throughputWindow { 3000 };
    /// How often progress() is emitted while downloads run.
    static constexpr std::chrono::milliseconds progressInterval { 250 };

    explicit DownloadQueue(QNetworkAccessManager *network, QObject *parent = nullptr);
    /// Aborts running downloads quietly; their parts stay for a later resume.
    ~DownloadQueue() override;

    void enqueue(const DownloadRequest &request);
    /// Stops everything: running jobs are killed (parts kept), waiting ones dropped.
    void cancelAll();

    /// At most \a count downloads at once (at least 1). Lowering it lets
    /// running downloads finish; raising it starts more at once.
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }
    /// Bytes per second for all downloads together; 0 means unlimited.
    void setBandwidthLimit(qint64 bytesPerSecond);
    qint64 bandwidthLimit() const { return m_limiter.limit(); }
    /// Passed to every job started from now on.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    void setMaxAttempts(int attempts) { m_maxAttempts = std::max(1, attempts); }

    int runningCount() const { return int(m_running.size()); }
    int pendingCount() const { return int(m_pending.size()); }
    bool isIdle() const { return m_running.isEmpty() && m_pending.empty(); }
    /// Bytes received over the network since the queue was created.
    qint64 bytesDone() const { return m_bytesDone; }

Q_SIGNALS:
    void downloadStarted(const QString &tag);
    void downloadFinished(const QString &tag, const Custody::Transfer::DownloadResult &result);
    /// \a bytesDone as bytesDone(); \a bytesPerSecond over throughputWindow.
    void progress(qint64 bytesDone, qint64 bytesPerSecond);
    /// Nothing runs and nothing waits any more.
    void idle();

private:
    struct Running
    {
        DownloadRequest request;
        qint64 lastReceived = -1; ///< -1 until the job reported its starting offset
    };

    void scheduleStart();
    void startWaiting();
    void onJobProgress(DownloadJob *job, qint64 received);
    void onJobFinished(DownloadJob *job, const DownloadResult &result);
    void emitProgress();
    qint64 bytesPerSecond();
    void becomeIdleIfDone();

    QPointer<QNetworkAccessManager> m_network;
    BandwidthLimiter m_limiter;
    std::deque<DownloadRequest> m_pending;
    QHash<DownloadJob *, Running> m_running;
    QTimer m_startTimer;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    std::deque<std::pair<qint64, qint64>> m_samples; ///< (ms on m_clock, bytesDone)
    int m_maxConcurrent = defaultMaxConcurrent;
    int m_maxAttempts = 0; ///< 0: the job's default
    std::chrono::milliseconds m_transferTimeout;
    qint64 m_bytesDone = 0;
};

} // namespace Custody::Transfer
