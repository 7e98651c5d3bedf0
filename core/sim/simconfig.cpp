#include "core/sim/simconfig.h"

#include <QDateTime>
#include <QJsonArray>

namespace Custody::Sim {

namespace {

QJsonObject timingJson(const SimTiming &timing)
{
    return { { QStringLiteral("fixedMs"), timing.fixedMs }, { QStringLiteral("perUnitMs"), timing.perUnitMs } };
}

} // namespace

QDate SimConfig::effectiveEndDate() const
{
    return endDate.isValid() ? endDate : QDateTime::currentDateTimeUtc().date();
}

const SimClient *SimConfig::findClient(const QString &id) const
{
    for (const SimClient &client : clients) {
        if (client.id == id)
            return &client;
    }
    return nullptr;
}

QJsonObject SimConfig::toJson() const
{
    QJsonArray clientIds;
    for (const SimClient &client : clients)
        clientIds.append(client.id); // never the secret
    return {
        { QStringLiteral("server"),
            QJsonObject { { QStringLiteral("host"), host }, { QStringLiteral("port"), port },
                { QStringLiteral("threads"), serverThreads }, { QStringLiteral("admin"), admin } } },
        { QStringLiteral("org"),
            QJsonObject { { QStringLiteral("seed"), QString::number(seed) },
                { QStringLiteral("name"), organizationName },
                { QStringLiteral("conversationsPerDay"), conversationsPerDay }, { QStringLiteral("days"), days },
                { QStringLiteral("endDate"), effectiveEndDate().toString(Qt::ISODate) },
                { QStringLiteral("timeZone"), timeZone } } },
        { QStringLiteral("auth"),
            QJsonObject {
                { QStringLiteral("clients"), clientIds }, { QStringLiteral("tokenLifetimeSec"), tokenLifetimeSec } } },
        { QStringLiteral("limits"),
            QJsonObject { { QStringLiteral("rateLimitPerMinute"), rateLimitPerMinute },
                { QStringLiteral("recordingJobsMaxConcurrent"), recordingJobsMaxConcurrent },
                { QStringLiteral("recordingJobsRefusalStatus"), recordingJobsRefusalStatus },
                { QStringLiteral("recordingJobsRefusalRetryAfterSec"), recordingJobsRefusalRetryAfterSec },
                { QStringLiteral("analyticsJobsMaxConcurrent"), analyticsJobsMaxConcurrent },
                { QStringLiteral("analyticsMaxResultsPerJob"), analyticsMaxResultsPerJob },
                { QStringLiteral("analyticsMaxIntervalDays"), analyticsMaxIntervalDays },
                { QStringLiteral("batchMaxItems"), batchMaxItems },
                { QStringLiteral("resultsPageSizeDefault"), resultsPageSizeDefault },
                { QStringLiteral("resultsPageSizeMax"), resultsPageSizeMax },
                { QStringLiteral("analyticsResultTtlSec"), analyticsResultTtlSec },
                { QStringLiteral("analyticsStatus202WhileRunning"), analyticsStatus202WhileRunning },
                { QStringLiteral("dataAvailabilityLagSec"), dataAvailabilityLagSec } } },
        { QStringLiteral("timing"),
            QJsonObject { { QStringLiteral("analyticsJob"), timingJson(analyticsJob) },
                { QStringLiteral("analyticsQueuedMs"), analyticsQueuedMs },
                { QStringLiteral("batchRequest"), timingJson(batchRequest) },
                { QStringLiteral("recordingJobQuery"), timingJson(recordingJobQuery) },
                { QStringLiteral("recordingJobProcess"), timingJson(recordingJobProcess) },
                { QStringLiteral("transcodingPolls"), transcodingPolls } } },
        { QStringLiteral("media"),
            QJsonObject { { QStringLiteral("urlTtlMinutes"), urlTtlMinutes },
                { QStringLiteral("meanBytes"), QString::number(mediaMeanBytes) },
                { QStringLiteral("fixedBytes"), QString::number(mediaFixedBytes) },
                { QStringLiteral("archivedFraction"), archivedFraction },
                { QStringLiteral("deletedFraction"), deletedFraction } } },
    };
}

} // namespace Custody::Sim
