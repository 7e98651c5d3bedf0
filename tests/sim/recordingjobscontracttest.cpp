// Contract of /api/v2/recording/jobs against genesys-api.md section 3: lifecycle, validation, cap.
#include <gtest/gtest.h>

#include "recordingjobstestsupport.h"

using namespace Custody::Test;
using namespace Custody::Test::RecordingJobs;

TEST(RecordingJobsContract, CreateRunsPendingReadyProcessingFulfilled)
{
    auto config = jobConfig();
    config.recordingJobProcess = { 1500, 0.0 };
    SimFixture sim(config);
    Session s(sim);
    const Expected expected = expectedFor(sim);
    ASSERT_GT(expected.archived, 0);
    ASSERT_GT(expected.deleted, 0);

    const HttpResult created = s.create();
    ASSERT_EQ(created.status, 202) << created.body.constData();
    QJsonObject job = created.object();
    EXPECT_EQ(job.value(QStringLiteral("state")).toString(), QStringLiteral("PENDING"));
    const QString id = job.value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(job.value(QStringLiteral("selfUri")).toString(), jobsPath + QLatin1Char('/') + id);
    EXPECT_EQ(job.value(QStringLiteral("failedRecordings")).toString(),
        jobsPath + QLatin1Char('/') + id + QStringLiteral("/failedrecordings"));
    EXPECT_EQ(job.value(QStringLiteral("recordingJobsQuery")).toObject(), exportQuery());
    EXPECT_TRUE(
        QDateTime::fromString(job.value(QStringLiteral("dateCreated")).toString(), Qt::ISODateWithMs).isValid());
    const QJsonObject user = job.value(QStringLiteral("user")).toObject();
    EXPECT_FALSE(user.value(QStringLiteral("id")).toString().isEmpty());
    EXPECT_EQ(user.value(QStringLiteral("selfUri")).toString(),
        QStringLiteral("/api/v2/users/") + user.value(QStringLiteral("id")).toString());
    for (const char *counter : { "totalConversations", "totalRecordings", "totalSkippedRecordings",
             "totalFailedRecordings", "totalProcessedRecordings", "percentProgress" }) {
        ASSERT_TRUE(job.value(QLatin1String(counter)).isDouble()) << counter;
        EXPECT_EQ(job.value(QLatin1String(counter)).toInt(), 0) << counter;
    }
    EXPECT_FALSE(job.contains(QStringLiteral("errorMessage")));

    const HttpResult ready = s.waitFor(id, QStringLiteral("READY"));
    ASSERT_EQ(stateOf(ready), QStringLiteral("READY"));
    job = ready.object();
    EXPECT_EQ(job.value(QStringLiteral("totalConversations")).toInt(), expected.conversations);
    EXPECT_EQ(job.value(QStringLiteral("totalRecordings")).toInt(), expected.recordings);
    EXPECT_EQ(job.value(QStringLiteral("totalSkippedRecordings")).toInt(), expected.deleted);
    EXPECT_EQ(job.value(QStringLiteral("user")).toObject(), user);

    const HttpResult executed = s.execute(id);
    ASSERT_EQ(executed.status, 200) << executed.body.constData();
    EXPECT_EQ(stateOf(executed), QStringLiteral("PROCESSING"));
    EXPECT_LT(executed.object().value(QStringLiteral("percentProgress")).toInt(), 100);

    int lastPercent = 0, lastProcessed = 0;
    const HttpResult done = s.http.pollUntil(sim, jobsPath + QLatin1Char('/') + id, s.token, [&](const HttpResult &r) {
        const QJsonObject o = r.object();
        const int percent = o.value(QStringLiteral("percentProgress")).toInt();
        const int processed = o.value(QStringLiteral("totalProcessedRecordings")).toInt();
        EXPECT_GE(percent, lastPercent);
        EXPECT_GE(processed, lastProcessed);
        lastPercent = percent;
        lastProcessed = processed;
        return stateOf(r) == QStringLiteral("FULFILLED");
    });
    ASSERT_EQ(stateOf(done), QStringLiteral("FULFILLED"));
    job = done.object();
    EXPECT_EQ(job.value(QStringLiteral("percentProgress")).toInt(), 100);
    EXPECT_EQ(job.value(QStringLiteral("totalConversations")).toInt(), expected.conversations);
    EXPECT_EQ(job.value(QStringLiteral("totalRecordings")).toInt(), expected.recordings);
    EXPECT_EQ(job.value(QStringLiteral("totalSkippedRecordings")).toInt(), expected.deleted);
    EXPECT_EQ(job.value(QStringLiteral("totalFailedRecordings")).toInt(), expected.archived);
    EXPECT_EQ(job.value(QStringLiteral("totalProcessedRecordings")).toInt(), expected.recordings - expected.archived);
}

TEST(RecordingJobsContract, ExecuteAcceptsOnlyProcessingFromReadyByTheCreator)
{
    SimFixture sim(jobConfig());
    Session s(sim);
    Session other(sim, QStringLiteral("other-client"), QStringLiteral("other-secret"));
    const QString id = idOf(s.create());
    ASSERT_EQ(stateOf(s.waitFor(id, QStringLiteral("READY"))), QStringLiteral("READY"));

    const HttpResult wrongValue = s.call(
        "PUT", jobsPath + QLatin1Char('/') + id, QJsonObject { { QStringLiteral("state"), QStringLiteral("READY") } });
    EXPECT_EQ(wrongValue.status, 400);
    EXPECT_EQ(wrongValue.object().value(QStringLiteral("status")).toInt(), 400);

    const HttpResult stranger = other.execute(id);
    EXPECT_EQ(stranger.status, 403);
    EXPECT_EQ(stranger.object().value(QStringLiteral("code")).toString(), QStringLiteral("not.authorized"));
    EXPECT_EQ(stateOf(s.call("GET", jobsPath + QLatin1Char('/') + id)), QStringLiteral("READY"));

    EXPECT_EQ(s.call("DELETE", jobsPath + QLatin1Char('/') + id).status, 204);
    const HttpResult late = s.execute(id);
    EXPECT_EQ(late.status, 400);
    EXPECT_TRUE(late.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("CANCELLED")));
    EXPECT_EQ(s.execute(QStringLiteral("no-such-job")).status, 404);
}

TEST(RecordingJobsContract, InvalidQueriesAre400)
{
    SimFixture sim(jobConfig());
    Session s(sim);
    const auto without = [](const QString &field) {
        QJsonObject query = exportQuery();
        query.remove(field);
        return query;
    };
    const auto with = [](QJsonObject query, const QString &field, const QJsonValue &value) {
        query.insert(field, value);
        return query;
    };
    const QJsonObject cases[] = {
        without(QStringLiteral("integrationId")),
        without(QStringLiteral("action")),
        with(exportQuery(), QStringLiteral("action"), QStringLiteral("COPY")),
        without(QStringLiteral("conversationQuery")),
        with(exportQuery(), QStringLiteral("agedConversationInterval"),
            QStringLiteral("2015-01-01T00:00:00.000Z/2015-02-01T00:00:00.000Z")),
        with(exportQuery(), QStringLiteral("conversationQuery"),
            QJsonObject { { QStringLiteral("interval"), QStringLiteral("yesterday") } }),
        with(exportQuery(), QStringLiteral("conversationQuery"),
            QJsonObject { { QStringLiteral("interval"), intervalEnd + QLatin1Char('/') + intervalStart } }),
        with(exportQuery(), QStringLiteral("clearExport"), true),
    };
    for (const QJsonObject &query : cases) {
        const HttpResult result = s.create(query);
        EXPECT_EQ(result.status, 400) << QJsonDocument(query).toJson().constData();
        EXPECT_EQ(result.object().value(QStringLiteral("status")).toInt(), 400);
        EXPECT_FALSE(result.object().value(QStringLiteral("message")).toString().isEmpty());
    }
    EXPECT_EQ(s.create(with(deleteQuery(), QStringLiteral("clearExport"), true)).status, 202);
}

TEST(RecordingJobsContract, SegmentFiltersNarrowTheMatchedConversations)
{
    SimFixture sim(jobConfig());
    Session s(sim);
    const QDateTime start = QDateTime::fromString(intervalStart, Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(intervalEnd, Qt::ISODateWithMs);
    int voice = 0, all = 0;
    for (const auto &conversation : sim.server().org().conversations()) {
        const bool inside = conversation.start < end && conversation.end > start;
        all += inside ? 1 : 0;
        voice += inside && conversation.mediaType == QStringLiteral("voice") ? 1 : 0;
    }
    ASSERT_GT(voice, 0);
    ASSERT_LT(voice, all);
    QJsonObject query = exportQuery();
    QJsonObject conversationQuery = query.value(QStringLiteral("conversationQuery")).toObject();
    conversationQuery.insert(QStringLiteral("segmentFilters"),
        QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("and") },
            { QStringLiteral("predicates"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("dimension") },
                    { QStringLiteral("dimension"), QStringLiteral("mediaType") },
                    { QStringLiteral("operator"), QStringLiteral("matches") },
                    { QStringLiteral("value"), QStringLiteral("voice") } } } } } });
    query.insert(QStringLiteral("conversationQuery"), conversationQuery);
    const QString id = idOf(s.create(query));
    const HttpResult ready = s.waitFor(id, QStringLiteral("READY"));
    EXPECT_EQ(ready.object().value(QStringLiteral("totalConversations")).toInt(), voice);

    conversationQuery.insert(QStringLiteral("segmentFilters"), QStringLiteral("voice"));
    query.insert(QStringLiteral("conversationQuery"), conversationQuery);
    EXPECT_EQ(s.create(query).status, 400);
}

TEST(RecordingJobsContract, ThirdPendingJobIsRefusedWithTheLimit)
{
    auto config = jobConfig();
    config.recordingJobQuery = { 60000, 0.0 }; // both stay PENDING for the whole test
    SimFixture sim(config);
    Session s(sim);
    Session other(sim, QStringLiteral("other-client"), QStringLiteral("other-secret"));
    const HttpResult first = s.create();
    ASSERT_EQ(first.status, 202);
    ASSERT_EQ(other.create().status, 202);

    const HttpResult third = s.create();
    expectLimitRefusal(third, 429);
    EXPECT_EQ(third.object().value(QStringLiteral("code")).toString(), QStringLiteral("too.many.requests"));
    EXPECT_TRUE(third.header("Retry-After").isEmpty());
    expectLimitRefusal(other.create(), 429); // the cap is per org, not per client
    EXPECT_EQ(peakRecordingJobs(sim), 2);

    ASSERT_EQ(s.call("DELETE", jobsPath + QLatin1Char('/') + idOf(first)).status, 204);
    EXPECT_EQ(s.create().status, 202);
    EXPECT_EQ(peakRecordingJobs(sim), 2);
}

TEST(RecordingJobsContract, RefusalStatusIsConfigurable)
{
    auto config = jobConfig();
    config.recordingJobQuery = { 60000, 0.0 };
    config.recordingJobsRefusalStatus = 400;
    SimFixture sim(config);
    Session s(sim);
    ASSERT_EQ(s.create().status, 202);
    ASSERT_EQ(s.create().status, 202);
    expectLimitRefusal(s.create(), 400);
}

TEST(RecordingJobsContract, ReadyJobsDoNotCountButProcessingOnesDo)
{
    auto config = jobConfig();
    config.recordingJobProcess = { 60000, 0.0 }; // executed jobs stay PROCESSING
    SimFixture sim(config);
    Session s(sim);
    const QString a = idOf(s.create());
    const QString b = idOf(s.create());
    ASSERT_EQ(stateOf(s.waitFor(a, QStringLiteral("READY"))), QStringLiteral("READY"));
    ASSERT_EQ(stateOf(s.waitFor(b, QStringLiteral("READY"))), QStringLiteral("READY"));

    const HttpResult third = s.create();
    ASSERT_EQ(third.status, 202) << third.body.constData();
    const QString c = idOf(third);
    ASSERT_EQ(stateOf(s.waitFor(c, QStringLiteral("READY"))), QStringLiteral("READY"));

    EXPECT_EQ(s.execute(a).status, 200);
    EXPECT_EQ(s.execute(b).status, 200);
    expectLimitRefusal(s.execute(c), 429);
    EXPECT_EQ(stateOf(s.call("GET", jobsPath + QLatin1Char('/') + c)), QStringLiteral("READY"));
    expectLimitRefusal(s.create(), 429);

    ASSERT_EQ(s.call("DELETE", jobsPath + QLatin1Char('/') + a).status, 204);
    EXPECT_EQ(s.execute(c).status, 200);
    EXPECT_EQ(peakRecordingJobs(sim), 2);
}
