#include "core/sim/simstats.h"

namespace Custody::Sim {

void SimStats::countRequest(const QString &route, int status, const QString &clientId)
{
    std::lock_guard lock(m_mutex);
    m_byRoute[route][status] += 1;
    if (!clientId.isEmpty())
        m_byClient[clientId].requests += 1;
}

void SimStats::countTooManyRequests(const QString &clientId)
{
    std::lock_guard lock(m_mutex);
    m_byClient[clientId].tooManyRequests += 1;
}

void SimStats::countEarlyRetry(const QString &clientId)
{
    std::lock_guard lock(m_mutex);
    m_byClient[clientId].requestsDuringRetryAfter += 1;
}

void SimStats::noteConcurrentJobs(JobKind kind, int running)
{
    std::lock_guard lock(m_mutex);
    int &peak = m_peakJobs[int(kind)];
    peak = std::max(peak, running);
}

void SimStats::reset()
{
    std::lock_guard lock(m_mutex);
    m_byRoute.clear();
    m_byClient.clear();
    m_peakJobs.clear();
    m_bytesServed = 0;
    m_mediaRequests = 0;
    m_mediaCuts = 0;
    m_mediaExpired = 0;
    m_tokensIssued = 0;
}

QJsonObject SimStats::toJson() const
{
    std::lock_guard lock(m_mutex);
    QJsonObject routes;
    qint64 apiRequests = 0;
    for (auto it = m_byRoute.cbegin(); it != m_byRoute.cend(); ++it) {
        QJsonObject statuses;
        for (auto s = it->cbegin(); s != it->cend(); ++s) {
            statuses.insert(QString::number(s.key()), s.value());
            if (it.key().contains(QStringLiteral(" /api/")))
                apiRequests += s.value();
        }
        routes.insert(it.key(), statuses);
    }
    QJsonObject clients;
    qint64 tooMany = 0, early = 0;
    for (auto it = m_byClient.cbegin(); it != m_byClient.cend(); ++it) {
        clients.insert(it.key(),
            QJsonObject { { QStringLiteral("requests"), it->requests },
                { QStringLiteral("tooManyRequests"), it->tooManyRequests },
                { QStringLiteral("requestsDuringRetryAfter"), it->requestsDuringRetryAfter } });
        tooMany += it->tooManyRequests;
        early += it->requestsDuringRetryAfter;
    }
    return { { QStringLiteral("requests"), routes }, { QStringLiteral("apiRequests"), apiRequests },
        { QStringLiteral("clients"), clients }, { QStringLiteral("tooManyRequests"), tooMany },
        { QStringLiteral("requestsDuringRetryAfter"), early },
        { QStringLiteral("peakConcurrentJobs"),
            QJsonObject { { QStringLiteral("analytics"), m_peakJobs.value(int(JobKind::Analytics)) },
                { QStringLiteral("batch"), m_peakJobs.value(int(JobKind::Batch)) },
                { QStringLiteral("recordingJobs"), m_peakJobs.value(int(JobKind::RecordingJob)) } } },
        { QStringLiteral("bytesServed"), m_bytesServed.load() },
        { QStringLiteral("mediaRequests"), m_mediaRequests.load() },
        { QStringLiteral("mediaCuts"), m_mediaCuts.load() }, { QStringLiteral("mediaExpired"), m_mediaExpired.load() },
        { QStringLiteral("tokensIssued"), m_tokensIssued.load() } };
}

} // namespace Custody::Sim
