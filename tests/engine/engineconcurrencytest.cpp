// Two exports of one org at once through one Engine: they share the org's
// session (one token, one rate limiter) and together stay within its limits.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "enginetestsupport.h"

namespace Custody::Test {
namespace {

TEST(EngineConcurrency, twoExportsOfOneOrgShareOneSessionAndStayWithinLimits)
{
    Sim::SimConfig config = engineSimConfig(4, 25);
    ASSERT_EQ(config.rateLimitPerMinute, 300) << "the default limit is what this test is about";
    EngineHarness harness(config);
    const Jobs::OrgConnection connection = harness.connection();
    Jobs::OrgSession *session = harness.engine().session(connection);
    ASSERT_EQ(harness.engine().session(connection), session) << "one org, one session";

    // The org's first two days to one folder, the last two to another.
    Plan::ExportSpec early = harness.spec(harness.folder(QStringLiteral("early")));
    Plan::ExportSpec late = harness.spec(harness.folder(QStringLiteral("late")));
    early.name = QStringLiteral("early days");
    late.name = QStringLiteral("late days");
    early.range.last = early.range.first.addDays(1);
    late.range.first = early.range.last.addDays(1);
    const ExpectedExport expectedEarly = expectedFor(harness.org(), early);
    const ExpectedExport expectedLate = expectedFor(harness.org(), late);
    const Store::ExportId a = harness.create(early);
    const Store::ExportId b = harness.create(late);
    ASSERT_GT(a, 0);
    ASSERT_GT(b, 0);

    const std::size_t mark = harness.stopCount();
    harness.engine().start(a, session);
    harness.engine().start(b, session);
    const ExportOutcome first = harness.waitForStop(a, mark, 60000);
    const ExportOutcome second = harness.waitForStop(b, mark, 60000);
    ASSERT_TRUE(first.stopped && second.stopped);
    for (const ExportOutcome *outcome : { &first, &second })
        EXPECT_TRUE(outcome->state == Store::ExportState::Completed
            || outcome->state == Store::ExportState::CompletedWithErrors)
            << Store::toString(outcome->state).toStdString() << ": " << outcome->message.toStdString();
    const int filesEarly = expectCompleteEvidence(harness, a, early.destinationFolder, expectedEarly);
    expectOnlyArchivedFailed(harness, a, expectedEarly);
    const int filesLate = expectCompleteEvidence(harness, b, late.destinationFolder, expectedLate);
    expectOnlyArchivedFailed(harness, b, expectedLate);

    const QJsonObject stats = harness.stats();
    const QJsonObject client = stats.value(QStringLiteral("clients")).toObject().value(connection.clientId).toObject();
    EXPECT_GT(client.value(QStringLiteral("requests")).toInt(), 0);
    EXPECT_EQ(client.value(QStringLiteral("tooManyRequests")).toInt(), 0);
    EXPECT_EQ(stats.value(QStringLiteral("tooManyRequests")).toInt(), 0);
    EXPECT_EQ(stats.value(QStringLiteral("requestsDuringRetryAfter")).toInt(), 0);
    // One session: one token, and the org's settings read once for both.
    EXPECT_EQ(stats.value(QStringLiteral("tokensIssued")).toInt(), 1);
    const QJsonObject routes = stats.value(QStringLiteral("requests")).toObject();
    EXPECT_EQ(
        routes.value(QStringLiteral("GET /api/v2/recording/settings")).toObject().value(QStringLiteral("200")).toInt(),
        1);
    // The org's slot pools cap both exports together (and each export runs
    // at most two analytics jobs and two batches of its own).
    const QJsonObject peaks = stats.value(QStringLiteral("peakConcurrentJobs")).toObject();
    const int analyticsCap = std::min(session->pools()->analytics.max(), 2 * 2);
    const int batchCap = std::min(session->pools()->batch.max(), 2 * 2);
    EXPECT_GE(peaks.value(QStringLiteral("analytics")).toInt(), 1);
    EXPECT_LE(peaks.value(QStringLiteral("analytics")).toInt(), analyticsCap);
    EXPECT_LE(peaks.value(QStringLiteral("batch")).toInt(), batchCap);
    EXPECT_EQ(peaks.value(QStringLiteral("recordingJobs")).toInt(), 0);
    std::cout << "[figures] two exports at once: peak analytics " << peaks.value(QStringLiteral("analytics")).toInt()
              << ", peak batches " << peaks.value(QStringLiteral("batch")).toInt() << std::endl;
    printFigures("two exports at once", stats, filesEarly + filesLate, std::max(first.elapsedMs, second.elapsedMs));
}

} // namespace
} // namespace Custody::Test
