#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Custody::Sim {

/// One OAuth client the simulated org knows.
struct SimClient
{
    QString id;
    QString secret;
    /// Permissions granted to the client; empty means all of them.
    QStringList permissions;
};

/// Processing time of one kind of remote job: a fixed part plus a part per unit
/// (conversation, recording or batch item).
struct SimTiming
{
    int fixedMs = 0;
    double perUnitMs = 0.0;

    qint64 durationMs(qint64 units) const { return fixedMs + qint64(perUnitMs * double(units)); }
};

/// Everything that shapes the simulated org and service. Defaults follow
/// genesys-api.md where it is sure; where it is not, the value is a guess
/// documented in the README and overridable here.
struct SimConfig
{
    // Server
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; ///< 0 picks a free port
    int serverThreads = 32; ///< keep-alive connections each hold one
    bool admin = false; ///< serve /sim/* (stats, faults, config)

    // The org
    quint64 seed = 42;
    int conversationsPerDay = 200;
    int days = 14;
    QDate endDate; ///< exclusive last day (UTC); null means today
    QString organizationName = QStringLiteral("Simulated Org");
    QString timeZone; ///< IANA id; empty picks one from the seed

    // Auth
    QList<SimClient> clients = { { QStringLiteral("custody-demo"), QStringLiteral("demo-secret"), {} } };
    int tokenLifetimeSec = 86399;

    // Limits
    int rateLimitPerMinute = 300; ///< per OAuth client, token bucket
    int recordingJobsMaxConcurrent = 2; ///< PENDING or PROCESSING per org
    int recordingJobsRefusalStatus = 429; ///< [U] in the reference
    int recordingJobsRefusalRetryAfterSec = 0; ///< [U] >0: Retry-After sent with that refusal
    int analyticsJobsMaxConcurrent = 0; ///< 0: no cap ([U] in the reference)
    int analyticsMaxResultsPerJob = 0; ///< 0: no cap; above it a job FAILS ([U])
    int analyticsMaxIntervalDays = 0; ///< 0: no cap ([U])
    int batchMaxItems = 100;
    int resultsPageSizeDefault = 100; ///< [U]
    int resultsPageSizeMax = 1000; ///< [U]
    int analyticsResultTtlSec = 86400; ///< results expire this long after completion ([I])
    bool analyticsStatus202WhileRunning = true; ///< the spec lists 202 for the status call
    int dataAvailabilityLagSec = 0; ///< the data lake lags "now" by this much

    // Timing model
    SimTiming analyticsJob { 1500, 0.5 }; ///< per matching conversation
    int analyticsQueuedMs = 200; ///< time in QUEUED before PENDING
    SimTiming batchRequest { 800, 20.0 }; ///< per result
    SimTiming recordingJobQuery { 1500, 0.5 }; ///< PENDING: per matching conversation
    SimTiming recordingJobProcess { 2000, 5.0 }; ///< PROCESSING: per recording
    int transcodingPolls = 2; ///< 202 answers before a converted format is ready

    // Recordings and media
    int urlTtlMinutes = 60; ///< recordingBatchDownloadUrlTtl (2..60)
    qint64 mediaMeanBytes = 300 * 1024; ///< size distribution of generated media
    qint64 mediaFixedBytes = 0; ///< >0: every recording has exactly this size
    double archivedFraction = 0.03;
    double deletedFraction = 0.01;

    /// The org's data ends here (exclusive, UTC midnight).
    QDate effectiveEndDate() const;
    const SimClient *findClient(const QString &id) const;

    QJsonObject toJson() const;
};

} // namespace Custody::Sim
