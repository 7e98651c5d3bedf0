#include "core/transfer/downloadqueue.h"

#include <QNetworkAccessManager>

#include "core/transfer/downloadjob.h"

namespace Custody::Transfer {

namespace {

DownloadResult cancelledResult(const DownloadRequest &request)
{
    DownloadResult result;
    result.path = request.target;
    result.error.kind = Api::ApiError::Kind::Cancelled;
    result.error.networkError = QNetworkReply::OperationCanceledError;
    result.error.detail = QStringLiteral("download of %1 cancelled").arg(request.target);
    return result;
}

} // namespace

DownloadQueue::DownloadQueue(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_transferTimeout(DownloadJob::defaultTransferTimeout)
{
    // Many enqueue() calls in one go start jobs once, from the event loop.
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(0);
    connect(&m_startTimer, &QTimer::timeout, this, &DownloadQueue::startWaiting);
    m_progressTimer.setInterval(progressInterval);
    connect(&m_progressTimer, &QTimer::timeout, this, &DownloadQueue::emitProgress);
    m_clock.start();
}

DownloadQueue::~DownloadQueue()
{
    // The jobs are children: stopped here, deleted by QObject; nothing is emitted.
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->kill();
    }
}

void DownloadQueue::enqueue(const DownloadRequest &request)
{
    m_pending.push_back(request);
    scheduleStart();
}

void DownloadQueue::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
    scheduleStart();
}

void DownloadQueue::setBandwidthLimit(qint64 bytesPerSecond)
{
    m_limiter.setLimit(bytesPerSecond);
}

void DownloadQueue::scheduleStart()
{
    if (!m_pending.empty() && !m_startTimer.isActive())
        m_startTimer.start();
}

void DownloadQueue::startWaiting()
{
    while (!m_pending.empty() && m_running.size() < m_maxConcurrent) {
        DownloadRequest request = std::move(m_pending.front());
        m_pending.pop_front();
        // Owned as a child; deleted from the event loop once finished.
        auto *job = new DownloadJob(m_network, request.url, request.target, request.expectedSize, &m_limiter, this);
        job->setTransferTimeout(m_transferTimeout);
        if (m_maxAttempts > 0)
            job->setMaxAttempts(m_maxAttempts);
        connect(
            job, &DownloadJob::progress, this, [this, job](qint64 received, qint64) { onJobProgress(job, received); });
        connect(job, &DownloadJob::finished, this,
            [this, job](const DownloadResult &result) { onJobFinished(job, result); });
        const QString tag = request.tag;
        m_running.insert(job, Running { std::move(request), -1 });
        Q_ASSERT(m_running.size() <= m_maxConcurrent);
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
        job->start();
        Q_EMIT downloadStarted(tag);
    }
}

void DownloadQueue::onJobProgress(DownloadJob *job, qint64 received)
{
    auto it = m_running.find(job);
    if (it == m_running.end())
        return;
    // The first report of each attempt is its starting offset, and a restart
    // goes back to 0: only growth is network traffic.
    if (it->lastReceived >= 0 && received > it->lastReceived)
        m_bytesDone += received - it->lastReceived;
    it->lastReceived = received;
}

void DownloadQueue::onJobFinished(DownloadJob *job, const DownloadResult &result)
{
    const auto it = m_running.find(job);
    Q_ASSERT(it != m_running.end());
    const QString tag = it->request.tag;
    m_running.erase(it);
    job->deleteLater();
    scheduleStart();
    Q_EMIT downloadFinished(tag, result);
    becomeIdleIfDone();
}

void DownloadQueue::cancelAll()
{
    m_startTimer.stop();
    const std::deque<DownloadRequest> pending = std::exchange(m_pending, {});
    const QHash<DownloadJob *, Running> running = std::exchange(m_running, {});
    for (auto it = running.cbegin(); it != running.cend(); ++it) {
        it.key()->kill();
        it.key()->deleteLater();
    }
    for (auto it = running.cbegin(); it != running.cend(); ++it)
        Q_EMIT downloadFinished(it->request.tag, cancelledResult(it->request));
    for (const DownloadRequest &request : pending)
        Q_EMIT downloadFinished(request.tag, cancelledResult(request));
    becomeIdleIfDone();
}

void DownloadQueue::becomeIdleIfDone()
{
    if (!isIdle())
        return;
    m_progressTimer.stop();
    emitProgress();
    Q_EMIT idle();
}

qint64 DownloadQueue::bytesPerSecond()
{
    const qint64 now = m_clock.elapsed();
    m_samples.emplace_back(now, m_bytesDone);
    while (m_samples.size() > 2 && now - m_samples.front().first > throughputWindow.count())
        m_samples.pop_front();
    const auto &[firstMs, firstBytes] = m_samples.front();
    const qint64 span = now - firstMs;
    return span > 0 ? (m_bytesDone - firstBytes) * 1000 / span : 0;
}

void DownloadQueue::emitProgress()
{
    Q_EMIT progress(m_bytesDone, bytesPerSecond());
}

} // namespace Custody::Transfer
