#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <atomic>
#include <mutex>

namespace Custody::Sim {

/// What the simulator saw, for tests and benchmarks to check a client's manners.
class SimStats final
{
public:
    enum class JobKind { Analytics, Batch, RecordingJob };

    void countRequest(const QString &route, int status, const QString &clientId);
    void countTooManyRequests(const QString &clientId);
    void countEarlyRetry(const QString &clientId);
    void noteConcurrentJobs(JobKind kind, int running);
    void addBytesServed(qint64 bytes) { m_bytesServed += bytes; }
    void countMediaRequest() { ++m_mediaRequests; }
    void countMediaCut() { ++m_mediaCuts; }
    void countMediaExpired() { ++m_mediaExpired; }
    void countTokenIssued() { ++m_tokensIssued; }
    void reset();

    QJsonObject toJson() const;

private:
    struct ClientCounts
    {
        qint64 requests = 0;
        qint64 tooManyRequests = 0;
        qint64 requestsDuringRetryAfter = 0;
    };
    mutable std::mutex m_mutex;
    QMap<QString, QMap<int, qint64>> m_byRoute;
    QHash<QString, ClientCounts> m_byClient;
    QHash<int, int> m_peakJobs;
    std::atomic<qint64> m_bytesServed { 0 };
    std::atomic<qint64> m_mediaRequests { 0 };
    std::atomic<qint64> m_mediaCuts { 0 };
    std::atomic<qint64> m_mediaExpired { 0 };
    std::atomic<qint64> m_tokensIssued { 0 };
};

} // namespace Custody::Sim
