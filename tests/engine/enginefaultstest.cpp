// The export under the simulator's faults: server errors, a 429 storm,
// revoked tokens, cut and expiring media, truncated JSON. It must still end
// with every available recording on disk, and it must keep its manners.
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "enginetestsupport.h"

namespace Custody::Test {
namespace {

int intStat(const QJsonObject &stats, const char *key)
{
    return stats.value(QLatin1String(key)).toInt();
}

int peakJobs(const QJsonObject &stats, const char *kind)
{
    return stats.value(QStringLiteral("peakConcurrentJobs")).toObject().value(QLatin1String(kind)).toInt();
}

/// Remote jobs the simulator created whose id never reached the engine (the
/// answer to the POST was cut short), so the engine submitted again: the
/// server counts them as running although the engine no longer knows them.
int orphanedSubmissions(EngineHarness &harness, Store::ExportId id, const QString &path, const QString &submitted)
{
    int accepted = 0;
    for (const TracedRequest &r : harness.nam().requests())
        accepted += r.path == path && r.status >= 200 && r.status < 300 ? 1 : 0;
    int recorded = 0;
    for (const Store::EventRecord &e : harness.events(id))
        recorded += e.kind == Store::EventKind::TaskStateChanged && e.message.startsWith(submitted) ? 1 : 0;
    return std::max(0, accepted - recorded);
}

TEST(EngineFaults, everyFileArrivesThroughErrorsStormRevocationCutsAndBadJson)
{
    Sim::SimConfig config = engineSimConfig(4, 30);
    EngineHarness harness(config);
    ASSERT_TRUE(harness.server()
                    .applyFaults({ { QStringLiteral("errorRates"),
                                       QJsonObject { { QStringLiteral("500"), 0.05 }, { QStringLiteral("502"), 0.05 },
                                           { QStringLiteral("503"), 0.05 }, { QStringLiteral("504"), 0.05 } } },
                        { QStringLiteral("urlTtlSeconds"), 120 }, { QStringLiteral("mediaCutProbability"), 0.3 },
                        { QStringLiteral("malformedJsonProbability"), 0.02 } })
                    .isEmpty());
    const QString folder = harness.folder(QStringLiteral("faults"));
    const Plan::ExportSpec spec = harness.spec(folder);
    const ExpectedExport expected = expectedFor(harness.org(), spec);
    const Store::ExportId id = harness.create(spec);
    ASSERT_GT(id, 0);

    // Mid-run: four seconds of 429s, each asking for a one-second wait so
    // the engine comes back and is refused several times, while analytics
    // jobs are polled; and every token revoked a little later.
    QTimer storm, revoke;
    storm.setSingleShot(true);
    revoke.setSingleShot(true);
    QObject::connect(&storm, &QTimer::timeout, &storm, [&] {
        EXPECT_TRUE(harness.server()
                        .applyFaults({ { QStringLiteral("rateLimitStormSeconds"), 4 },
                            { QStringLiteral("rateLimitStormRetryAfter"), 1 } })
                        .isEmpty());
    });
    QObject::connect(&revoke, &QTimer::timeout, &revoke, [&] {
        EXPECT_TRUE(harness.server().applyFaults({ { QStringLiteral("revokeTokens"), true } }).isEmpty());
    });
    storm.start(1500);
    revoke.start(5000);

    const ExportOutcome outcome = harness.run(id, harness.connection(), 75000);
    ASSERT_TRUE(outcome.stopped) << "the export did not stop";
    ASSERT_TRUE(
        outcome.state == Store::ExportState::Completed || outcome.state == Store::ExportState::CompletedWithErrors)
        << Store::toString(outcome.state).toStdString() << ": " << outcome.message.toStdString();
    const int files = expectCompleteEvidence(harness, id, folder, expected);
    // Only the archived recordings may fail; faults must not cost a file.
    expectOnlyArchivedFailed(harness, id, expected);

    const QJsonObject stats = harness.stats();
    // The faults really happened, or this test proves nothing.
    EXPECT_GT(intStat(stats, "tooManyRequests"), 0);
    EXPECT_GT(intStat(stats, "mediaCuts"), 0);
    EXPECT_GE(intStat(stats, "tokensIssued"), 2) << "revoked tokens must be replaced";

    // Concurrency stayed within what the engine allows (two analytics jobs and
    // two batches per export; no bulk jobs), apart from jobs whose id was lost.
    const QString analyticsPath = QStringLiteral("/api/v2/analytics/conversations/details/jobs");
    const QString batchPath = QStringLiteral("/api/v2/recording/batchrequests");
    EXPECT_LE(peakJobs(stats, "recordingJobs"), 2);
    EXPECT_LE(peakJobs(stats, "analytics"),
        2 + orphanedSubmissions(harness, id, analyticsPath, QStringLiteral("analytics job submitted")));
    EXPECT_LE(
        peakJobs(stats, "batch"), 2 + orphanedSubmissions(harness, id, batchPath, QStringLiteral("batch submitted")));

    // Retry-After was honoured. The simulator counts arrivals inside a
    // Retry-After window, which includes requests that were already on the
    // wire when the 429 was answered; the trace tells those apart from
    // requests the engine sent after it knew.
    const RetryAfterAudit audit = auditRetryAfter(harness.nam().requests());
    EXPECT_GT(audit.tooManyRequests, 0);
    EXPECT_EQ(audit.sentDuringRetryAfter, 0) << audit.offenders.join(QStringLiteral(", ")).toStdString();
    EXPECT_LE(intStat(stats, "requestsDuringRetryAfter"), audit.possiblyInFlight);
    std::cout << "[figures] faults: " << audit.tooManyRequests << " x 429 seen by the engine, "
              << intStat(stats, "requestsDuringRetryAfter") << " arrivals inside Retry-After at the server, "
              << audit.possiblyInFlight << " requests in flight at a 429, " << audit.sentDuringRetryAfter
              << " sent inside Retry-After" << std::endl;
    printFigures("faults", stats, files, outcome.elapsedMs);
}

TEST(EngineFaults, expiredUrlsAreRequestedAgainAndTheExportCompletes)
{
    Sim::SimConfig config = engineSimConfig(1, 36);
    config.mediaMeanBytes = 40 * 1024;
    config.batchRequest = { 50, 0.5 }; // every URL at once, faster than downloads can use them
    EngineHarness harness(config);
    ASSERT_TRUE(harness.server().applyFaults({ { QStringLiteral("urlTtlSeconds"), 3 } }).isEmpty());
    harness.engine().setBandwidthLimit(448 * 1024);
    const QString folder = harness.folder(QStringLiteral("ttl"));
    const Plan::ExportSpec spec = harness.spec(folder);
    const ExpectedExport expected = expectedFor(harness.org(), spec);
    const Store::ExportId id = harness.create(spec);
    ASSERT_GT(id, 0);

    const ExportOutcome outcome = harness.run(id, harness.connection(), 60000);
    ASSERT_TRUE(outcome.stopped);
    ASSERT_TRUE(
        outcome.state == Store::ExportState::Completed || outcome.state == Store::ExportState::CompletedWithErrors)
        << Store::toString(outcome.state).toStdString() << ": " << outcome.message.toStdString();
    const int files = expectCompleteEvidence(harness, id, folder, expected);
    expectOnlyArchivedFailed(harness, id, expected);

    const QJsonObject stats = harness.stats();
    EXPECT_GT(intStat(stats, "mediaExpired"), 0) << "no URL expired: the test did not reach the path";
    int rebatched = 0;
    for (const Store::EventRecord &e : harness.events(id)) {
        rebatched += e.kind == Store::EventKind::ItemStateChanged && e.fromState == QStringLiteral("DOWNLOADING")
                && e.toState == QStringLiteral("PENDING")
            ? 1
            : 0;
    }
    EXPECT_GT(rebatched, 0) << "no item went back to PENDING after its URL expired";
    int mostBatches = 0;
    for (const Store::ItemRecord &item : harness.items(id, Store::ItemState::Downloaded))
        mostBatches = std::max(mostBatches, item.batchAttempts);
    std::cout << "[figures] short URL lifetime: " << intStat(stats, "mediaExpired") << " expired URL(s), " << rebatched
              << " item(s) batched again, at most " << mostBatches << " batches for one item" << std::endl;
    printFigures("short URL lifetime", stats, files, outcome.elapsedMs);
}

} // namespace
} // namespace Custody::Test
