#include "bench/lowerbound.h"

#include <QSet>

#include <algorithm>

namespace Custody::Bench {

namespace {

qint64 ceilDiv(qint64 a, qint64 b)
{
    return b <= 0 ? 0 : (a + b - 1) / b;
}

// A cap of 0 in the simulator means "none": the client's own cap applies.
int allowed(int simulatorCap, int clientCap)
{
    return simulatorCap > 0 ? std::min(simulatorCap, clientCap) : clientCap;
}

QString seconds(double s)
{
    return QStringLiteral("%1 s").arg(s, 0, 'f', 2);
}

} // namespace

LowerBound LowerBound::compute(const Sim::SimConfig &config, const Sim::SimOrg &org, const QList<Plan::Window> &windows,
    const ClientLimits &client, double loopbackBytesPerSecond)
{
    LowerBound lb;
    lb.windows = int(windows.size());
    lb.analyticsConcurrency = allowed(config.analyticsJobsMaxConcurrent, client.analyticsConcurrency);
    lb.batchConcurrency = client.batchConcurrency; // the simulator has no cap on batch requests
    lb.loopbackBytesPerSecond = loopbackBytesPerSecond;

    // A: every window is one analytics job; C machines cannot beat the
    // longest job, nor the total work shared evenly between them.
    double longestJobMs = 0;
    double totalJobMs = 0;
    QSet<const Sim::SimConversation *> distinct;
    const int pageSize = std::max(1, config.resultsPageSizeMax);
    for (const Plan::Window &window : windows) {
        const auto matching = org.overlapping(window.utcStart, window.utcEnd);
        const qint64 n = qint64(matching.size());
        lb.windowConversations += n;
        lb.maxWindowConversations = std::max(lb.maxWindowConversations, n);
        lb.resultPages += std::max<qint64>(1, ceilDiv(n, pageSize));
        const double jobMs = std::max(0, config.analyticsQueuedMs) + double(config.analyticsJob.durationMs(n));
        longestJobMs = std::max(longestJobMs, jobMs);
        totalJobMs += jobMs;
        for (const Sim::SimConversation *c : matching)
            distinct.insert(c);
    }
    lb.distinctConversations = distinct.size();
    lb.analyticsSec = std::max(longestJobMs, totalJobMs / lb.analyticsConcurrency) / 1000.0;

    // B: a batch line may name a whole conversation, so the fewest batches
    // is one line per recorded conversation; every result costs its time.
    for (const Sim::SimConversation *c : std::as_const(distinct)) {
        if (!c->hasRecording())
            continue;
        ++lb.recordedConversations;
        for (const Sim::SimRecording &r : c->recordings) {
            ++lb.recordings;
            if (r.fileState != Sim::SimFileState::Deleted)
                ++lb.batchResults;
            if (r.fileState == Sim::SimFileState::Available) {
                ++lb.downloadableRecordings;
                lb.downloadableBytes += r.nativeBytes;
            }
        }
    }
    lb.minBatches = ceilDiv(lb.recordedConversations, client.batchLines);
    const double batchWorkMs
        = double(lb.minBatches) * config.batchRequest.fixedMs + double(lb.batchResults) * config.batchRequest.perUnitMs;
    lb.batchSec = batchWorkMs / lb.batchConcurrency / 1000.0;

    // R: the fewest rate-limited requests: per window a POST, one status
    // poll and its result pages; per batch a POST and one poll.
    lb.minApiRequests = qint64(lb.windows) * 2 + lb.resultPages + lb.minBatches * 2;
    const double perSecond = std::max(1, config.rateLimitPerMinute) / 60.0;
    lb.rateSec = double(std::max<qint64>(0, lb.minApiRequests - config.rateLimitPerMinute)) / perSecond;

    // D: the bytes have to cross the loopback at least once.
    lb.bytesSec = loopbackBytesPerSecond > 0 ? double(lb.downloadableBytes) / loopbackBytesPerSecond : 0;

    lb.totalSec = lb.analyticsSec;
    lb.bindingPath = QStringLiteral("A analytics");
    const auto consider = [&lb](double s, const QString &name) {
        if (s > lb.totalSec) {
            lb.totalSec = s;
            lb.bindingPath = name;
        }
    };
    consider(lb.batchSec, QStringLiteral("B batch"));
    consider(lb.rateSec, QStringLiteral("R rate limit"));
    consider(lb.bytesSec, QStringLiteral("D bytes"));
    return lb;
}

QStringList LowerBound::explain(const Sim::SimConfig &config) const
{
    const double perSecond = std::max(1, config.rateLimitPerMinute) / 60.0;
    QStringList lines;
    lines << QStringLiteral("LB = max(A analytics, B batch, R rate limit, D bytes)");
    lines << QStringLiteral(
        "A = max(max_w t(w), sum_w t(w) / Ca), t(w) = %1 ms queued + %2 ms + %3 ms x conversations(w);"
        " %4 windows, %5 conversations summed (max %6 per window), Ca = %7  ->  %8")
                 .arg(config.analyticsQueuedMs)
                 .arg(config.analyticsJob.fixedMs)
                 .arg(config.analyticsJob.perUnitMs)
                 .arg(windows)
                 .arg(windowConversations)
                 .arg(maxWindowConversations)
                 .arg(analyticsConcurrency)
                 .arg(seconds(analyticsSec));
    lines << QStringLiteral(
        "B = (ceil(%1 recorded conversations / 100) = %2 batches x %3 ms + %4 results x %5 ms) / Cb,"
        " Cb = %6 (engine's cap; the simulator has none)  ->  %7")
                 .arg(recordedConversations)
                 .arg(minBatches)
                 .arg(config.batchRequest.fixedMs)
                 .arg(batchResults)
                 .arg(config.batchRequest.perUnitMs)
                 .arg(batchConcurrency)
                 .arg(seconds(batchSec));
    lines << QStringLiteral("R = max(0, %1 min API requests - %2 in the full bucket) / %3 per s  ->  %4")
                 .arg(minApiRequests)
                 .arg(config.rateLimitPerMinute)
                 .arg(perSecond, 0, 'f', 2)
                 .arg(seconds(rateSec));
    lines << QStringLiteral("    min API requests = %1 windows x (POST + poll) + %2 result pages (page size %3)"
                            " + %4 batches x (POST + poll); +1 token request, not rate limited")
                 .arg(windows)
                 .arg(resultPages)
                 .arg(config.resultsPageSizeMax)
                 .arg(minBatches);
    lines << QStringLiteral("D = %1 bytes in %2 downloadable recordings / %3 MB/s measured loopback  ->  %4")
                 .arg(downloadableBytes)
                 .arg(downloadableRecordings)
                 .arg(loopbackBytesPerSecond / 1e6, 0, 'f', 1)
                 .arg(seconds(bytesSec));
    lines << QStringLiteral("LB = %1 (bound by %2)").arg(seconds(totalSec), bindingPath);
    return lines;
}

} // namespace Custody::Bench
