// Recording bulk EXPORT jobs through the whole engine: one job per window, at
// most two per org at once, server refusals queued, the report naming every
// failed recording, and a job of an uncertain earlier POST taken over.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <iostream>

#include "bulkharness.h"
#include "core/jobs/bulkstage.h"
#include "core/jobs/recordingbulkjob.h"
#include "core/plan/planner.h"
#include "core/sim/simorg.h"

namespace Custody::Test {
namespace {

const QString postJobs = QStringLiteral("POST /api/v2/recording/jobs");
const QString putJob = QStringLiteral("PUT /api/v2/recording/jobs/{id}");

int peakRecordingJobs(BulkHarness &harness)
{
    return harness.server()
        .stats()
        .value(QStringLiteral("peakConcurrentJobs"))
        .toObject()
        .value(QStringLiteral("recordingJobs"))
        .toInt();
}

/// Archived recordings of the conversations the windows of \a spec match: what an EXPORT job cannot copy.
QSet<QString> archivedInRange(BulkHarness &harness, const Plan::ExportSpec &spec)
{
    QSet<QString> ids;
    for (const Plan::Window &w : Plan::Planner::windows(spec)) {
        for (const Sim::SimConversation *c : harness.server().org().overlapping(w.utcStart, w.utcEnd)) {
            for (const Sim::SimRecording &r : c->recordings) {
                if (r.fileState == Sim::SimFileState::Archived)
                    ids.insert(r.id);
            }
        }
    }
    return ids;
}

/// Every bulk task fulfilled with a job id; returns the job ids.
QStringList expectAllFulfilled(BulkHarness &harness, Store::ExportId id, int expectedTasks)
{
    const QList<Store::TaskRecord> bulk = harness.tasks(id, Store::TaskKind::Bulk);
    EXPECT_EQ(bulk.size(), expectedTasks);
    QStringList jobIds;
    for (const Store::TaskRecord &task : bulk) {
        EXPECT_EQ(task.state, Store::TaskState::Fulfilled)
            << task.windowLabel.toStdString() << ": " << task.lastError.toStdString();
        EXPECT_FALSE(task.remoteId.isEmpty());
        jobIds.append(task.remoteId);
    }
    EXPECT_EQ(QSet<QString>(jobIds.begin(), jobIds.end()).size(), jobIds.size()) << "a job shared by two windows";
    return jobIds;
}

void expectReportListsFailures(const QString &report, const QStringList &jobIds, const QSet<QString> &failed)
{
    ASSERT_TRUE(report.contains(QStringLiteral("Recording bulk export"))) << report.toStdString();
    for (const QString &jobId : jobIds)
        EXPECT_TRUE(report.contains(jobId)) << "job " << jobId.toStdString() << " not in the report";
    const QString section = report.mid(report.indexOf(QStringLiteral("Recording bulk export")));
    for (const QString &recordingId : failed)
        EXPECT_TRUE(section.contains(recordingId)) << "failed recording " << recordingId.toStdString();
}

TEST(EngineBulk, fiveDaysRunFiveJobsNeverMoreThanTwoAndTheReportNamesEveryFailedRecording)
{
    Sim::SimConfig config = bulkSimConfig(5, 30);
    // The simulator would accept ten at once: only the engine keeps to two.
    config.recordingJobsMaxConcurrent = 10;
    BulkHarness harness(config);
    const QString folder = harness.folder(QStringLiteral("bulk5"));
    const Plan::ExportSpec spec = harness.bulkSpec(folder);
    ASSERT_EQ(Plan::Planner::windows(spec).size(), 5);
    const QSet<QString> archived = archivedInRange(harness, spec);
    ASSERT_FALSE(archived.isEmpty()) << "the org should hold archived recordings";

    const Store::ExportId id = harness.create(spec);
    ASSERT_GT(id, 0);
    harness.start(id);
    const BulkOutcome outcome = harness.waitForStop(id, 120000);
    ASSERT_TRUE(outcome.stopped) << "the export did not finish";
    EXPECT_EQ(outcome.state, Store::ExportState::Completed) << outcome.message.toStdString();

    const QStringList jobIds = expectAllFulfilled(harness, id, 5);
    EXPECT_EQ(harness.answers(postJobs, 202), 5) << "one job per window, none twice";
    const int peak = peakRecordingJobs(harness);
    EXPECT_LE(peak, 2);
    EXPECT_GE(peak, 1);
    std::cout << "[figures] peak concurrent recording jobs: " << peak << std::endl;

    const QSet<QString> listed = failedRecordingsOf(harness, jobIds);
    EXPECT_EQ(listed, archived) << "the sim's failed recordings are the archived ones";
    expectReportListsFailures(harness.report(folder), jobIds, listed);
}

TEST(EngineBulk, twoExportsOfOneOrgTogetherNeverRunMoreThanTwoJobs)
{
    Sim::SimConfig config = bulkSimConfig(4, 20);
    config.recordingJobsMaxConcurrent = 10;
    BulkHarness harness(config);
    const QString folderA = harness.folder(QStringLiteral("a")), folderB = harness.folder(QStringLiteral("b"));
    Plan::ExportSpec specB = harness.bulkSpec(folderB);
    specB.name = QStringLiteral("second export");
    const Store::ExportId a = harness.create(harness.bulkSpec(folderA));
    const Store::ExportId b = harness.create(specB);
    ASSERT_GT(a, 0);
    ASSERT_GT(b, 0);
    harness.start(a);
    harness.start(b);
    const BulkOutcome outcomeA = harness.waitForStop(a, 150000);
    const BulkOutcome outcomeB = harness.waitForStop(b, 150000);
    ASSERT_TRUE(outcomeA.stopped && outcomeB.stopped);
    EXPECT_EQ(outcomeA.state, Store::ExportState::Completed) << outcomeA.message.toStdString();
    EXPECT_EQ(outcomeB.state, Store::ExportState::Completed) << outcomeB.message.toStdString();
    expectAllFulfilled(harness, a, 4);
    expectAllFulfilled(harness, b, 4);
    EXPECT_EQ(harness.answers(postJobs, 202), 8);
    EXPECT_LE(peakRecordingJobs(harness), 2) << "the org's two slots are shared by both exports";
}

void refusalsAreQueuedNotFailed(int refusalStatus)
{
    Sim::SimConfig config = bulkSimConfig(5, 20);
    // The org already runs a job elsewhere: the server takes one of ours at a
    // time and refuses the second, which the engine's two slots allow.
    config.recordingJobsMaxConcurrent = 1;
    config.recordingJobsRefusalStatus = refusalStatus;
    BulkHarness harness(config);
    const QString folder = harness.folder(QStringLiteral("refused"));
    const Plan::ExportSpec spec = harness.bulkSpec(folder);
    const Store::ExportId id = harness.create(spec);
    ASSERT_GT(id, 0);
    harness.start(id);
    const BulkOutcome outcome = harness.waitForStop(id, 180000);
    ASSERT_TRUE(outcome.stopped);
    EXPECT_EQ(outcome.state, Store::ExportState::Completed) << outcome.message.toStdString();

    const QStringList jobIds = expectAllFulfilled(harness, id, 5);
    const int refusals = harness.answers(postJobs, refusalStatus) + harness.answers(putJob, refusalStatus);
    EXPECT_GT(refusals, 0) << "the test should have provoked refusals";
    EXPECT_EQ(harness.answers(postJobs, 202), 5) << "a refusal creates nothing and is not a job";
    EXPECT_LE(peakRecordingJobs(harness), 2);
    std::cout << "[figures] " << refusals << " refusals (" << refusalStatus << ")" << std::endl;

    // The refused tasks waited (FAILED with a next attempt) and were never given up.
    int queued = 0;
    const auto events = harness.store().events(id, 0, 100000);
    ASSERT_TRUE(events.ok());
    for (const Store::EventRecord &event : events.value()) {
        if (event.message.contains(QStringLiteral("queued for")))
            ++queued;
        EXPECT_FALSE(event.message.contains(QStringLiteral("given up"))) << event.message.toStdString();
    }
    EXPECT_EQ(queued, harness.answers(postJobs, refusalStatus));
    expectReportListsFailures(harness.report(folder), jobIds, failedRecordingsOf(harness, jobIds));
}

TEST(EngineBulk, refusalsWith429AreQueuedForALaterAttemptNotFailed)
{
    refusalsAreQueuedNotFailed(429);
}

TEST(EngineBulk, refusalsWith400AndTheRecordingLimitAreQueuedToo)
{
    refusalsAreQueuedNotFailed(400);
}

TEST(EngineBulk, aJobCreatedByAnUncertainEarlierPostIsTakenOverNotCreatedTwice)
{
    Sim::SimConfig config = bulkSimConfig(2, 15);
    config.recordingJobsMaxConcurrent = 10;
    BulkHarness harness(config);
    const QString folder = harness.folder(QStringLiteral("adopt"));
    const Plan::ExportSpec spec = harness.bulkSpec(folder);
    const Store::ExportId id = harness.create(spec);
    ASSERT_GT(id, 0);
    const auto created = harness.store().exportById(id);
    ASSERT_TRUE(created.ok());

    // The tasks as a run plans them; then the first window is made to look
    // as if its POST went out and the answer was lost (SUBMITTING, no job id).
    Jobs::ExportContext context;
    context.store = &harness.store();
    context.exportId = id;
    context.exportUuid = created.value().uuid.toString(QUuid::WithoutBraces);
    context.spec = spec;
    Jobs::BulkStage planner(context);
    ASSERT_TRUE(planner.plan().ok());
    const QList<Store::TaskRecord> planned = harness.tasks(id, Store::TaskKind::Bulk);
    ASSERT_EQ(planned.size(), 2);
    const Store::TaskRecord first = planned.constFirst();
    QJsonObject payload = QJsonDocument::fromJson(first.payloadJson.toUtf8()).object();
    const QDateTime actionDate = QDateTime::currentDateTimeUtc().addSecs(-5);
    payload.insert(QStringLiteral("actionDate"), actionDate.toString(Qt::ISODateWithMs));
    ASSERT_TRUE(harness.store().setTaskPayload(first.id, QString::fromUtf8(QJsonDocument(payload).toJson())).ok());
    ASSERT_TRUE(harness.store().transitionTask(first.id, Store::TaskState::Submitting, QStringLiteral("test")).ok());

    // The job that POST created, with the same query, by the same client.
    HttpClient http;
    const QJsonObject body = Jobs::RecordingBulkJob::jobsQuery(
        payload.value(QStringLiteral("conversationQuery")).toObject(), bulkIntegrationId, actionDate);
    const HttpResult lost
        = http.api(harness.sim(), "POST", QStringLiteral("/api/v2/recording/jobs"), http.token(harness.sim()), body);
    ASSERT_EQ(lost.status, 202) << lost.body.toStdString();
    const QString lostJobId = lost.object().value(QStringLiteral("id")).toString();

    harness.start(id);
    const BulkOutcome outcome = harness.waitForStop(id, 120000);
    ASSERT_TRUE(outcome.stopped);
    EXPECT_EQ(outcome.state, Store::ExportState::Completed) << outcome.message.toStdString();
    expectAllFulfilled(harness, id, 2);
    const auto adopted = harness.store().taskById(first.id);
    ASSERT_TRUE(adopted.ok());
    EXPECT_EQ(adopted.value().remoteId, lostJobId) << "the job of the lost answer was not taken over";
    // The lost job and the second window's: none for the first window again.
    EXPECT_EQ(harness.answers(postJobs, 202), 2);
}

} // namespace
} // namespace Custody::Test
