// Contract of /api/v2/recording/jobs: cancelling, failed recordings, listing, failures.
#include <gtest/gtest.h>

#include "recordingjobstestsupport.h"

using namespace Custody::Test;
using namespace Custody::Test::RecordingJobs;

TEST(RecordingJobsContract, DeleteCancelsAndTerminalJobsCannotBeCancelled)
{
    SimFixture sim(jobConfig());
    Session s(sim);
    const QString id = idOf(s.create());
    const QString path = jobsPath + QLatin1Char('/') + id;
    const HttpResult deleted = s.call("DELETE", path);
    EXPECT_EQ(deleted.status, 204);
    EXPECT_TRUE(deleted.body.isEmpty());
    const HttpResult after = s.call("GET", path);
    EXPECT_EQ(after.status, 200);
    EXPECT_EQ(stateOf(after), QStringLiteral("CANCELLED"));
    EXPECT_EQ(after.object().value(QStringLiteral("totalRecordings")).toInt(), 0);
    EXPECT_EQ(s.call("DELETE", path).status, 400);
    EXPECT_EQ(s.call("GET", jobsPath + QStringLiteral("/no-such-job")).status, 404);
    EXPECT_EQ(s.call("DELETE", jobsPath + QStringLiteral("/no-such-job")).status, 404);
}

TEST(RecordingJobsContract, FailedRecordingsListTheArchivedRecordingsOnceFulfilled)
{
    SimFixture sim(jobConfig());
    Session s(sim);
    const Expected expected = expectedFor(sim);
    ASSERT_GE(expected.archived, 2);
    const QString id = idOf(s.create());
    const QString failedPath = jobsPath + QLatin1Char('/') + id + QStringLiteral("/failedrecordings");
    ASSERT_EQ(stateOf(s.waitFor(id, QStringLiteral("READY"))), QStringLiteral("READY"));

    const HttpResult early = s.call("GET", failedPath);
    ASSERT_EQ(early.status, 200);
    EXPECT_TRUE(early.object().value(QStringLiteral("entities")).toArray().isEmpty());
    EXPECT_EQ(early.object().value(QStringLiteral("total")).toInt(), 0);

    ASSERT_EQ(s.execute(id).status, 200);
    ASSERT_EQ(stateOf(s.waitFor(id, QStringLiteral("FULFILLED"))), QStringLiteral("FULFILLED"));

    const HttpResult all = s.call("GET", failedPath + QStringLiteral("?pageSize=100"));
    ASSERT_EQ(all.status, 200);
    EXPECT_EQ(all.object().value(QStringLiteral("total")).toInt(), expected.archived);
    QSet<QString> listed;
    for (const QJsonValue &value : all.object().value(QStringLiteral("entities")).toArray()) {
        const QJsonObject conversation = value.toObject().value(QStringLiteral("conversation")).toObject();
        const QJsonObject recording = value.toObject().value(QStringLiteral("recording")).toObject();
        const QString cid = conversation.value(QStringLiteral("id")).toString();
        const QString rid = recording.value(QStringLiteral("id")).toString();
        EXPECT_EQ(
            conversation.value(QStringLiteral("selfUri")).toString(), QStringLiteral("/api/v2/conversations/") + cid);
        EXPECT_EQ(recording.value(QStringLiteral("selfUri")).toString(),
            QStringLiteral("/api/v2/conversations/%1/recordings/%2").arg(cid, rid));
        listed.insert(cid + QLatin1Char('/') + rid);
    }
    EXPECT_EQ(listed, expected.archivedPairs);

    const HttpResult page = s.call("GET", failedPath + QStringLiteral("?pageSize=1&pageNumber=2"));
    EXPECT_EQ(page.object().value(QStringLiteral("entities")).toArray().size(), 1);
    EXPECT_EQ(page.object().value(QStringLiteral("pageCount")).toInt(), expected.archived);
    EXPECT_TRUE(page.object().contains(QStringLiteral("previousUri")));
    EXPECT_EQ(s.call("GET", failedPath + QStringLiteral("?pageSize=101")).status, 400);
    EXPECT_EQ(s.call("GET", jobsPath + QStringLiteral("/no-such-job/failedrecordings")).status, 404);

    // DELETE jobs have nothing that cannot be processed.
    const QString del = idOf(s.create(deleteQuery()));
    ASSERT_EQ(stateOf(s.waitFor(del, QStringLiteral("READY"))), QStringLiteral("READY"));
    ASSERT_EQ(s.execute(del).status, 200);
    const HttpResult delDone = s.waitFor(del, QStringLiteral("FULFILLED"));
    EXPECT_EQ(delDone.object().value(QStringLiteral("totalFailedRecordings")).toInt(), 0);
    EXPECT_EQ(delDone.object().value(QStringLiteral("totalProcessedRecordings")).toInt(), expected.recordings);
}

TEST(RecordingJobsContract, ListingPagesAndFilters)
{
    auto config = jobConfig();
    config.recordingJobsMaxConcurrent = 10;
    SimFixture sim(config);
    Session s(sim);
    Session other(sim, QStringLiteral("other-client"), QStringLiteral("other-secret"));
    QStringList created;
    for (int i = 0; i < 3; ++i)
        created.append(idOf(s.create()));
    created.append(idOf(s.create(deleteQuery())));
    created.append(idOf(other.create(deleteQuery())));
    for (const QString &id : created)
        ASSERT_EQ(stateOf(s.waitFor(id, QStringLiteral("READY"))), QStringLiteral("READY"));
    ASSERT_EQ(s.call("DELETE", jobsPath + QLatin1Char('/') + created.at(0)).status, 204);

    const auto ids = [](const HttpResult &r) {
        QStringList list;
        for (const QJsonValue &v : r.object().value(QStringLiteral("entities")).toArray())
            list.append(v.toObject().value(QStringLiteral("id")).toString());
        return list;
    };

    const HttpResult page1 = s.call("GET", jobsPath + QStringLiteral("?pageSize=2&sortBy=dateCreated"));
    ASSERT_EQ(page1.status, 200);
    const QJsonObject listing = page1.object();
    EXPECT_EQ(listing.value(QStringLiteral("total")).toInt(), 5);
    EXPECT_EQ(listing.value(QStringLiteral("pageCount")).toInt(), 3);
    EXPECT_EQ(listing.value(QStringLiteral("pageSize")).toInt(), 2);
    EXPECT_EQ(listing.value(QStringLiteral("pageNumber")).toInt(), 1);
    EXPECT_EQ(ids(page1), created.mid(0, 2));
    const QString next = listing.value(QStringLiteral("nextUri")).toString();
    EXPECT_TRUE(next.contains(QStringLiteral("sortBy=dateCreated"))) << next.toStdString();
    EXPECT_EQ(ids(s.call("GET", next)), created.mid(2, 2));

    const HttpResult deletes = s.call("GET", jobsPath + QStringLiteral("?jobType=DELETE&sortBy=dateCreated"));
    EXPECT_EQ(ids(deletes), created.mid(3, 2));
    EXPECT_EQ(ids(s.call("GET", jobsPath + QStringLiteral("?state=CANCELLED"))), QStringList { created.at(0) });
    EXPECT_EQ(
        s.call("GET", jobsPath + QStringLiteral("?state=READY")).object().value(QStringLiteral("total")).toInt(), 4);
    EXPECT_EQ(ids(other.call("GET", jobsPath + QStringLiteral("?showOnlyMyJobs=true"))), QStringList { created.at(4) });
    EXPECT_EQ(s.call("GET", jobsPath + QStringLiteral("?state=DONE")).status, 400);
    EXPECT_EQ(s.call("GET", jobsPath + QStringLiteral("?jobType=COPY")).status, 400);
    EXPECT_EQ(s.call("GET", jobsPath + QStringLiteral("?sortBy=state")).status, 400);

    // includeTotal=false: cursor paging without total or pageCount.
    QStringList seen;
    QString path = jobsPath + QStringLiteral("?pageSize=2&includeTotal=false&sortBy=dateCreated");
    for (int pages = 0; pages < 5 && !path.isEmpty(); ++pages) {
        const HttpResult r = s.call("GET", path);
        ASSERT_EQ(r.status, 200);
        EXPECT_FALSE(r.object().contains(QStringLiteral("total")));
        EXPECT_FALSE(r.object().contains(QStringLiteral("pageCount")));
        seen += ids(r);
        const QString cursor = r.object().value(QStringLiteral("cursor")).toString();
        path = cursor.isEmpty()
            ? QString()
            : jobsPath + QStringLiteral("?pageSize=2&includeTotal=false&sortBy=dateCreated&cursor=") + cursor;
    }
    EXPECT_TRUE(path.isEmpty());
    EXPECT_EQ(seen, created);
}

TEST(RecordingJobsContract, JobFailureFaultEndsPendingAsFailed)
{
    SimFixture sim(jobConfig());
    ASSERT_TRUE(sim.server().applyFaults(QJsonObject { { QStringLiteral("jobFailureProbability"), 1.0 } }).isEmpty());
    Session s(sim);
    const HttpResult created = s.create();
    ASSERT_EQ(created.status, 202);
    EXPECT_EQ(stateOf(created), QStringLiteral("PENDING"));
    const QString id = idOf(created);
    const HttpResult failed = s.waitFor(id, QStringLiteral("FAILED"));
    ASSERT_EQ(stateOf(failed), QStringLiteral("FAILED"));
    EXPECT_FALSE(failed.object().value(QStringLiteral("errorMessage")).toString().isEmpty());
    EXPECT_EQ(s.execute(id).status, 400);
    EXPECT_EQ(s.call("DELETE", jobsPath + QLatin1Char('/') + id).status, 400);
}
