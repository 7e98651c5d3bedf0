#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/plan/window.h"
#include "core/sim/simconfig.h"
#include "core/sim/simorg.h"

namespace Custody::Bench {

/// Concurrency the engine allows itself where the simulator sets no cap of
/// its own, and the most the API accepts per request. The lower bound uses
/// the smaller of the simulator's cap (when it has one) and these.
struct ClientLimits
{
    int analyticsConcurrency = 2; ///< AnalyticsStage runs two window jobs at a time
    int batchConcurrency = 2; ///< BatchStage runs two batch requests at a time
    int batchLines = 100; ///< lines per batch download request (API maximum)
};

/// The shortest makespan any client could reach for one export against a
/// simulated org, from the simulator's configured limits and processing
/// times alone: no client overhead, no latency, perfect overlap of stages.
///
///   LB = max(A, B, R, D)
///   A  analytics path = max( max_w t(w), sum_w t(w) / Ca ),
///        t(w) = queuedMs + analyticsJob.fixedMs + analyticsJob.perUnitMs * conversations(w)
///   B  batch path     = ( ceil(recordedConversations / 100) * batchRequest.fixedMs
///                         + batchResults * batchRequest.perUnitMs ) / Cb
///   R  rate path      = max(0, minApiRequests - bucket) / (rateLimitPerMinute / 60),
///        the bucket starts full with rateLimitPerMinute requests
///        minApiRequests = sum_w (POST + 1 poll + ceil(conversations(w) / pageSizeMax))
///                         + batches * (POST + 1 poll)      (+1 token request, not rate limited)
///   D  byte path      = downloadable bytes / measured loopback throughput
///
/// Ca and Cb are the allowed concurrency of analytics jobs and batch requests.
struct LowerBound
{
    // What the org and the plan hold.
    int windows = 0;
    qint64 windowConversations = 0; ///< summed over windows (edge conversations count twice)
    qint64 maxWindowConversations = 0;
    qint64 distinctConversations = 0;
    qint64 recordedConversations = 0; ///< conversations with at least one recording
    qint64 recordings = 0; ///< every recording of those conversations
    qint64 batchResults = 0; ///< results batches produce: recordings not deleted
    qint64 downloadableRecordings = 0; ///< available (neither archived nor deleted)
    qint64 downloadableBytes = 0;
    int analyticsConcurrency = 0;
    int batchConcurrency = 0;
    qint64 resultPages = 0;
    qint64 minBatches = 0;
    qint64 minApiRequests = 0; ///< rate-limited /api requests, the token not included
    double loopbackBytesPerSecond = 0;

    // The paths, in seconds.
    double analyticsSec = 0;
    double batchSec = 0;
    double rateSec = 0;
    double bytesSec = 0;
    double totalSec = 0;
    QString bindingPath; ///< the name of the largest path

    static LowerBound compute(const Sim::SimConfig &config, const Sim::SimOrg &org, const QList<Plan::Window> &windows,
        const ClientLimits &client, double loopbackBytesPerSecond);

    /// The formula and its terms with their values, one line each.
    QStringList explain(const Sim::SimConfig &config) const;
};

} // namespace Custody::Bench
