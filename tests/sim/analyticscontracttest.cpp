#include <gtest/gtest.h>

#include <QSet>
#include <QTimeZone>

#include <functional>

#include "core/sim/simorg.h"
#include "simtestsupport.h"

using namespace Custody::Test;
using Custody::Sim::SimConfig;
using Custody::Sim::SimConversation;

namespace {

const QString jobsPath = QStringLiteral("/api/v2/analytics/conversations/details/jobs");

QDateTime utc(int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, minute), QTimeZone::utc());
}

QString interval(const QDateTime &start, const QDateTime &end)
{
    return start.toString(Qt::ISODateWithMs) + QLatin1Char('/') + end.toString(Qt::ISODateWithMs);
}

QDateTime date(const QJsonObject &json, const char *key)
{
    return QDateTime::fromString(json.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

QString state(const HttpResult &result)
{
    return result.object().value(QStringLiteral("state")).toString();
}

QJsonObject predicate(const char *dimension, const QString &value, const char *op = "matches")
{
    QJsonObject p { { QStringLiteral("type"), QStringLiteral("dimension") },
        { QStringLiteral("dimension"), QLatin1String(dimension) }, { QStringLiteral("operator"), QLatin1String(op) } };
    if (!value.isEmpty())
        p.insert(QStringLiteral("value"), value);
    return p;
}

QJsonArray filter(const char *type, const QJsonArray &predicates)
{
    return { QJsonObject {
        { QStringLiteral("type"), QLatin1String(type) }, { QStringLiteral("predicates"), predicates } } };
}

/// The conversations an overlapping-interval job must return, worked out from
/// the org itself rather than from the server's answer.
QStringList expectedIds(Custody::Sim::SimServer &server, const QDateTime &start, const QDateTime &end,
    const std::function<bool(const SimConversation &)> &keep = {})
{
    QStringList ids;
    for (const SimConversation *c : server.org().overlapping(start, end)) {
        if (!keep || keep(*c))
            ids.append(c->id);
    }
    return ids;
}

class AnalyticsContract : public ::testing::Test
{
protected:
    void start(const SimConfig &config = fastSimConfig())
    {
        m_sim = std::make_unique<SimFixture>(config);
        m_token = m_http.token(*m_sim);
        ASSERT_FALSE(m_token.isEmpty());
    }

    HttpResult submit(QJsonObject body, const QString &range = {})
    {
        if (!range.isEmpty())
            body.insert(QStringLiteral("interval"), range);
        return m_http.api(*m_sim, "POST", jobsPath, m_token, body);
    }
    QString submitOk(const QJsonObject &body, const QString &range = {})
    {
        const HttpResult result = submit(body, range);
        EXPECT_EQ(result.status, 202) << result.body.toStdString();
        return result.object().value(QStringLiteral("jobId")).toString();
    }
    HttpResult status(const QString &jobId) { return m_http.api(*m_sim, "GET", jobsPath + '/' + jobId, m_token); }
    HttpResult waitUntilDone(const QString &jobId)
    {
        return m_http.pollUntil(*m_sim, jobsPath + '/' + jobId, m_token, [](const HttpResult &r) {
            const QString s = state(r);
            return r.status != 202 && s != QStringLiteral("QUEUED") && s != QStringLiteral("PENDING");
        });
    }
    HttpResult results(const QString &jobId, const QString &query = {})
    {
        return m_http.api(*m_sim, "GET", jobsPath + '/' + jobId + QStringLiteral("/results") + query, m_token);
    }
    /// Every conversation id of a fulfilled job, following cursors.
    QStringList allIds(const QString &jobId, int pageSize, int *pages = nullptr)
    {
        QStringList ids;
        QString cursor;
        int count = 0;
        do {
            QString query = QStringLiteral("?pageSize=%1").arg(pageSize);
            if (!cursor.isEmpty())
                query += QStringLiteral("&cursor=") + cursor;
            const HttpResult page = results(jobId, query);
            EXPECT_EQ(page.status, 200) << page.body.toStdString();
            if (page.status != 200)
                break;
            const QJsonObject body = page.object();
            EXPECT_TRUE(body.contains(QStringLiteral("dataAvailabilityDate")));
            const QJsonArray conversations = body.value(QStringLiteral("conversations")).toArray();
            EXPECT_LE(conversations.size(), pageSize);
            for (const QJsonValue &c : conversations)
                ids.append(c.toObject().value(QStringLiteral("conversationId")).toString());
            cursor = body.value(QStringLiteral("cursor")).toString();
            ++count;
        } while (!cursor.isEmpty() && count < 1000);
        if (pages)
            *pages = count;
        return ids;
    }
    QStringList runJob(const QJsonObject &body, const QString &range, int pageSize = 25)
    {
        const QString jobId = submitOk(body, range);
        const HttpResult done = waitUntilDone(jobId);
        EXPECT_EQ(state(done), QStringLiteral("FULFILLED")) << done.body.toStdString();
        return allIds(jobId, pageSize);
    }

    std::unique_ptr<SimFixture> m_sim;
    HttpClient m_http;
    QString m_token;
};

} // namespace

TEST_F(AnalyticsContract, StatusWalksQueuedPendingFulfilled)
{
    SimConfig config = fastSimConfig();
    config.analyticsQueuedMs = 600;
    config.analyticsJob = { 800, 0.0 };
    start(config);
    const HttpResult submitted = submit({}, interval(utc(13), utc(14)));
    ASSERT_EQ(submitted.status, 202);
    const QString jobId = submitted.object().value(QStringLiteral("jobId")).toString();
    ASSERT_FALSE(jobId.isEmpty());

    const HttpResult queued = status(jobId);
    EXPECT_EQ(queued.status, 202);
    EXPECT_EQ(state(queued), QStringLiteral("QUEUED"));
    EXPECT_TRUE(date(queued.object(), "submissionDate").isValid());
    EXPECT_FALSE(queued.object().contains(QStringLiteral("completionDate")));

    const HttpResult pending = m_http.pollUntil(
        *m_sim, jobsPath + '/' + jobId, m_token, [](const HttpResult &r) { return state(r) != "QUEUED"; });
    EXPECT_EQ(state(pending), QStringLiteral("PENDING"));
    EXPECT_EQ(pending.status, 202);

    const HttpResult done = waitUntilDone(jobId);
    ASSERT_EQ(state(done), QStringLiteral("FULFILLED"));
    EXPECT_EQ(done.status, 200);
    const QJsonObject body = done.object();
    EXPECT_FALSE(body.contains(QStringLiteral("errorMessage")));
    EXPECT_EQ(date(body, "submissionDate").msecsTo(date(body, "completionDate")), 600 + 800);
    EXPECT_EQ(date(body, "completionDate").secsTo(date(body, "expirationDate")), config.analyticsResultTtlSec);

    // Jobs belong to the org: another of its clients sees the same job.
    const QString other = m_http.token(*m_sim, QStringLiteral("other-client"), QStringLiteral("other-secret"));
    EXPECT_EQ(m_http.api(*m_sim, "GET", jobsPath + '/' + jobId, other).status, 200);
    EXPECT_EQ(status(QStringLiteral("no-such-job")).status, 404);
    EXPECT_EQ(status(QStringLiteral("no-such-job")).object().value(QStringLiteral("code")).toString(), "not.found");
}

TEST_F(AnalyticsContract, StatusIs200WhileRunningWhenConfigured)
{
    SimConfig config = fastSimConfig();
    config.analyticsStatus202WhileRunning = false;
    config.analyticsQueuedMs = 2000;
    start(config);
    const QString jobId = submitOk({}, interval(utc(13), utc(14)));
    const HttpResult running = status(jobId);
    EXPECT_EQ(running.status, 200);
    EXPECT_EQ(state(running), QStringLiteral("QUEUED"));
}

TEST_F(AnalyticsContract, PagesCoverEveryFilteredConversationExactlyOnce)
{
    start();
    const QDateTime from = utc(12, 6), to = utc(15);
    // Pick the queue with the most recorded inbound voice conversations.
    QHash<QString, int> perQueue;
    for (const SimConversation *c : m_sim->server().org().overlapping(from, to)) {
        if (c->mediaType == "voice" && c->direction == "inbound" && c->hasRecording())
            perQueue[c->queueId] += 1;
    }
    QString queueId;
    for (auto it = perQueue.cbegin(); it != perQueue.cend(); ++it) {
        if (queueId.isEmpty() || it.value() > perQueue.value(queueId))
            queueId = it.key();
    }
    const QStringList expected = expectedIds(m_sim->server(), from, to, [&](const SimConversation &c) {
        return c.mediaType == "voice" && c.direction == "inbound" && c.queueId == queueId && c.hasRecording();
    });
    ASSERT_GE(expected.size(), 4);
    ASSERT_LT(expected.size(), expectedIds(m_sim->server(), from, to).size());

    const QJsonObject body { { QStringLiteral("segmentFilters"),
        filter("and",
            { predicate("mediaType", QStringLiteral("voice")), predicate("direction", QStringLiteral("inbound")),
                predicate("queueId", queueId), predicate("recording", {}, "exists") }) } };
    const QString jobId = submitOk(body, interval(from, to));
    ASSERT_EQ(state(waitUntilDone(jobId)), QStringLiteral("FULFILLED"));
    int pages = 0;
    const QStringList ids = allIds(jobId, 3, &pages);
    EXPECT_EQ(ids, expected); // ascending conversationStart, like overlapping()
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    EXPECT_EQ(pages, (expected.size() + 2) / 3);

    const QJsonObject first = results(jobId, QStringLiteral("?pageSize=1")).object();
    const QJsonObject conversation = first.value(QStringLiteral("conversations")).toArray().at(0).toObject();
    for (const char *key : { "conversationId", "conversationStart", "conversationEnd", "originatingDirection",
             "divisionIds", "participants" })
        EXPECT_TRUE(conversation.contains(QLatin1String(key))) << key;
}

TEST_F(AnalyticsContract, UnfilteredJobMatchesOverlappingAndDescReverses)
{
    start();
    const QString range = interval(utc(13, 9), utc(14, 9));
    const QStringList asc = runJob({}, range, 7);
    EXPECT_EQ(asc, expectedIds(m_sim->server(), utc(13, 9), utc(14, 9)));
    QStringList desc = runJob({ { QStringLiteral("order"), QStringLiteral("desc") } }, range, 7);
    std::reverse(desc.begin(), desc.end());
    EXPECT_EQ(desc, asc);
}

TEST_F(AnalyticsContract, StartOfDayIntervalMatchingExcludesThePreviousDay)
{
    SimConfig config = fastSimConfig();
    config.timeZone = QStringLiteral("America/Los_Angeles"); // busy hours straddle UTC midnight
    config.conversationsPerDay = 200;
    start(config);
    const SimConversation *straddler = nullptr;
    for (const SimConversation &c : m_sim->server().org().conversations()) {
        if (c.start.date() < c.end.date() && c.end.date() < QDate(2024, 3, 15)) {
            straddler = &c;
            break;
        }
    }
    ASSERT_NE(straddler, nullptr);
    const QDateTime midnight(straddler->end.date(), QTime(0, 0), QTimeZone::utc());
    const QString range = interval(midnight, midnight.addSecs(3 * 3600));

    const QStringList overlap = runJob({}, range, 500);
    EXPECT_TRUE(overlap.contains(straddler->id));
    EXPECT_EQ(overlap, expectedIds(m_sim->server(), midnight, midnight.addSecs(3 * 3600)));
    const QStringList sameDay = runJob({ { QStringLiteral("startOfDayIntervalMatching"), true } }, range, 500);
    EXPECT_FALSE(sameDay.contains(straddler->id));
    EXPECT_EQ(sameDay,
        expectedIds(m_sim->server(), midnight, midnight.addSecs(3 * 3600),
            [&](const SimConversation &c) { return c.start >= midnight; }));
}

TEST_F(AnalyticsContract, FiltersByMediaDirectionUserAndConversationIds)
{
    start();
    const QDateTime from = utc(12), to = utc(15);
    auto &server = m_sim->server();
    const auto segment = [](const QJsonObject &p) {
        return QJsonObject { { QStringLiteral("segmentFilters"), filter("and", { p }) } };
    };
    const QString range = interval(from, to);
    EXPECT_EQ(runJob(segment(predicate("mediaType", QStringLiteral("chat"))), range),
        expectedIds(server, from, to, [](const SimConversation &c) { return c.mediaType == "chat"; }));
    EXPECT_EQ(runJob(segment(predicate("direction", QStringLiteral("outbound"))), range),
        expectedIds(server, from, to, [](const SimConversation &c) { return c.direction == "outbound"; }));
    const QString userId = server.org().conversations().front().userId;
    const QStringList byUser
        = expectedIds(server, from, to, [&](const SimConversation &c) { return c.userId == userId; });
    ASSERT_FALSE(byUser.isEmpty());
    EXPECT_EQ(runJob(segment(predicate("userId", userId)), range), byUser);

    const auto &all = server.org().conversations();
    const QStringList picked { all[3].id, all[17].id, all[42].id };
    QJsonArray idPredicates;
    for (const QString &id : picked)
        idPredicates.append(predicate("conversationId", id));
    const QStringList byId = runJob({ { QStringLiteral("conversationFilters"), filter("or", idPredicates) } }, range);
    EXPECT_EQ(byId, picked); // the org's conversations are in start order
}

TEST_F(AnalyticsContract, IntervalsWithOffsetsAndWithoutMillisecondsAreAccepted)
{
    start();
    const QStringList expected = expectedIds(m_sim->server(), utc(13), utc(13, 12));
    EXPECT_EQ(runJob({}, QStringLiteral("2024-03-13T01:00:00+01:00/2024-03-13T12:00:00.000Z")), expected);
    EXPECT_EQ(runJob({}, QStringLiteral("2024-03-13T00:00Z/2024-03-13T07:00:00-05:00")), expected);
}

TEST_F(AnalyticsContract, InvalidQueriesAre400WithErrorBody)
{
    start();
    const auto expect400 = [&](const QJsonObject &body, const QString &code, const QString &mention) {
        const HttpResult result = submit(body);
        EXPECT_EQ(result.status, 400) << result.body.toStdString();
        const QJsonObject error = result.object();
        EXPECT_EQ(error.value(QStringLiteral("code")).toString(), code) << result.body.toStdString();
        EXPECT_EQ(error.value(QStringLiteral("status")).toInt(), 400);
        EXPECT_TRUE(error.value(QStringLiteral("message")).toString().contains(mention, Qt::CaseInsensitive))
            << result.body.toStdString();
    };
    const QString range = interval(utc(13), utc(14));
    const QString interval = QStringLiteral("interval");
    expect400({ { QStringLiteral("order"), QStringLiteral("asc") } }, QStringLiteral("bad.request"), interval);
    expect400({ { interval, QStringLiteral("2024-03-13T00:00:00Z") } }, "invalid.date", interval);
    expect400({ { interval, QStringLiteral("yesterday/today") } }, "invalid.date", interval);
    expect400({ { interval, QStringLiteral("2024-03-14T00:00:00Z/2024-03-13T00:00:00Z") } }, "invalid.date", "end");
    expect400({ { interval, range }, { QStringLiteral("order"), QStringLiteral("sideways") } }, "bad.request", "order");
    expect400(
        { { interval, range }, { QStringLiteral("orderBy"), QStringLiteral("queue") } }, "bad.request", "orderBy");
    expect400({ { interval, range }, { QStringLiteral("limit"), 0 } }, "bad.request", "limit");
    expect400({ { interval, range },
                  { QStringLiteral("segmentFilters"), filter("and", { predicate("flavour", QStringLiteral("x")) }) } },
        "bad.request", "flavour");
    expect400({ { interval, range },
                  { QStringLiteral("segmentFilters"), filter("and", { predicate("mediaType", {}, "matches") }) } },
        "bad.request", "value");
    expect400({ { interval, range },
                  { QStringLiteral("segmentFilters"), filter("xor", { predicate("mediaType", "voice") }) } },
        "bad.request", "type");
    expect400({ { interval, range },
                  { QStringLiteral("segmentFilters"), filter("and", { predicate("mediaType", "voice", "like") }) } },
        "bad.request", "operator");
}

TEST_F(AnalyticsContract, ResultsNeedAFulfilledJobAValidCursorAndABoundedPageSize)
{
    SimConfig config = fastSimConfig();
    config.resultsPageSizeMax = 50;
    start(config);
    const QString range = interval(utc(12), utc(15));
    const QString slow = submitOk({}, range);
    // 300 ms fixed + 50 ms queued: far longer than one loopback request.
    const HttpResult early = results(slow);
    EXPECT_EQ(early.status, 400);
    EXPECT_EQ(early.object().value(QStringLiteral("code")).toString(), QStringLiteral("bad.request"));

    ASSERT_EQ(state(waitUntilDone(slow)), QStringLiteral("FULFILLED"));
    const QString other = submitOk({}, range);
    ASSERT_EQ(state(waitUntilDone(other)), QStringLiteral("FULFILLED"));
    EXPECT_EQ(results(slow, QStringLiteral("?pageSize=51")).status, 400);
    EXPECT_EQ(results(slow, QStringLiteral("?pageSize=0")).status, 400);
    EXPECT_EQ(results(slow, QStringLiteral("?pageSize=50")).status, 200);

    const QString cursor = results(slow, QStringLiteral("?pageSize=10")).object().value("cursor").toString();
    ASSERT_FALSE(cursor.isEmpty());
    EXPECT_EQ(results(slow, QStringLiteral("?pageSize=10&cursor=") + cursor).status, 200);
    const HttpResult foreign = results(other, QStringLiteral("?pageSize=10&cursor=") + cursor);
    EXPECT_EQ(foreign.status, 400);
    EXPECT_EQ(foreign.object().value(QStringLiteral("code")).toString(), QStringLiteral("bad.request"));
    EXPECT_EQ(results(slow, QStringLiteral("?cursor=not-a-cursor")).status, 400);
    // A cursor whose offset was edited no longer carries a valid check.
    QByteArray decoded = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    decoded.replace(":10:", ":20:");
    const QString forged
        = QString::fromLatin1(decoded.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    EXPECT_EQ(results(slow, QStringLiteral("?cursor=") + forged).status, 400);
    EXPECT_EQ(results(QStringLiteral("no-such-job")).status, 404);
}

TEST_F(AnalyticsContract, DeleteCancelsARunningJobAndDeletesAFinishedOne)
{
    SimConfig config = fastSimConfig();
    config.analyticsJob = { 5000, 0.0 };
    start(config);
    const QString running = submitOk({}, interval(utc(13), utc(14)));
    const HttpResult deleted = m_http.api(*m_sim, "DELETE", jobsPath + '/' + running, m_token);
    EXPECT_EQ(deleted.status, 204);
    const HttpResult cancelled = status(running);
    EXPECT_EQ(cancelled.status, 200);
    EXPECT_EQ(state(cancelled), QStringLiteral("CANCELLED"));
    EXPECT_EQ(results(running).status, 400);

    // A cancelled (finished) job is deleted by a second DELETE.
    EXPECT_EQ(m_http.api(*m_sim, "DELETE", jobsPath + '/' + running, m_token).status, 204);
    EXPECT_EQ(status(running).status, 404);
    EXPECT_EQ(m_http.api(*m_sim, "DELETE", jobsPath + QStringLiteral("/no-such-job"), m_token).status, 404);
}

TEST_F(AnalyticsContract, JobFailureFaultEndsFailedWithErrorMessage)
{
    start();
    HttpResult fault = m_http.send("POST", m_sim->url(QStringLiteral("/sim/faults")), R"({"jobFailureProbability":1})",
        { { "Content-Type", "application/json" } });
    ASSERT_EQ(fault.status, 200);
    const QString jobId = submitOk({}, interval(utc(13), utc(14)));
    const HttpResult done = waitUntilDone(jobId);
    EXPECT_EQ(done.status, 200);
    EXPECT_EQ(state(done), QStringLiteral("FAILED"));
    EXPECT_FALSE(done.object().value(QStringLiteral("errorMessage")).toString().isEmpty());
    EXPECT_TRUE(done.object().contains(QStringLiteral("completionDate")));
    EXPECT_EQ(results(jobId).status, 400);
}

TEST_F(AnalyticsContract, TooManyResultsFailAndLimitCapsTheResultSet)
{
    SimConfig config = fastSimConfig();
    config.analyticsMaxResultsPerJob = 5;
    start(config);
    const QString range = interval(utc(12), utc(15));
    const HttpResult failed = waitUntilDone(submitOk({}, range));
    EXPECT_EQ(state(failed), QStringLiteral("FAILED"));
    EXPECT_TRUE(failed.object().value(QStringLiteral("errorMessage")).toString().contains("too large"));
    const QStringList limited = runJob({ { QStringLiteral("limit"), 5 } }, range);
    EXPECT_EQ(limited, expectedIds(m_sim->server(), utc(12), utc(15)).mid(0, 5));
}

TEST_F(AnalyticsContract, ProcessingTimeGrowsWithMatchingConversations)
{
    SimConfig config = fastSimConfig();
    config.analyticsJob = { 100, 10.0 };
    start(config);
    const QDateTime hourStart = utc(13, 10);
    const int small = int(expectedIds(m_sim->server(), hourStart, hourStart.addSecs(3600)).size());
    const int large = int(expectedIds(m_sim->server(), utc(12), utc(15)).size());
    ASSERT_GT(large, small + 50);
    const QString shortJob = submitOk({}, interval(hourStart, hourStart.addSecs(3600)));
    const QString longJob = submitOk({}, interval(utc(12), utc(15)));
    // The long job needs over a second; it cannot be done yet.
    EXPECT_NE(state(status(longJob)), QStringLiteral("FULFILLED"));
    const auto span = [&](const QString &jobId) {
        const QJsonObject done = waitUntilDone(jobId).object();
        EXPECT_EQ(done.value(QStringLiteral("state")).toString(), QStringLiteral("FULFILLED"));
        return date(done, "submissionDate").msecsTo(date(done, "completionDate"));
    };
    const qint64 shortSpan = span(shortJob), longSpan = span(longJob);
    EXPECT_EQ(shortSpan, config.analyticsQueuedMs + 100 + 10 * small);
    EXPECT_EQ(longSpan, config.analyticsQueuedMs + 100 + 10 * large);
    EXPECT_GT(longSpan, shortSpan + 500);
}

TEST_F(AnalyticsContract, ConcurrencyAndIntervalCaps)
{
    SimConfig config = fastSimConfig();
    config.analyticsJobsMaxConcurrent = 1;
    config.analyticsMaxIntervalDays = 2;
    config.analyticsJob = { 1500, 0.0 };
    start(config);
    const HttpResult tooLong = submit({}, interval(utc(12), utc(15)));
    EXPECT_EQ(tooLong.status, 400);
    EXPECT_TRUE(tooLong.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("2 days")));

    const QString first = submitOk({}, interval(utc(13), utc(15)));
    const HttpResult refused = submit({}, interval(utc(13), utc(14)));
    EXPECT_EQ(refused.status, 429);
    EXPECT_FALSE(refused.header("Retry-After").isEmpty());
    EXPECT_EQ(refused.object().value(QStringLiteral("limit")).toObject().value(QStringLiteral("value")).toInt(), 1);
    ASSERT_EQ(state(waitUntilDone(first)), QStringLiteral("FULFILLED"));
    EXPECT_EQ(submit({}, interval(utc(13), utc(14))).status, 202);
    EXPECT_EQ(m_sim->server().stats().value("peakConcurrentJobs").toObject().value("analytics").toInt(), 1);
}

TEST_F(AnalyticsContract, DataAvailabilityDateBoundsTheResults)
{
    SimConfig config = fastSimConfig();
    config.dataAvailabilityLagSec = 7200;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    config.endDate = today.addDays(2); // yesterday, today and tomorrow
    start(config);
    const HttpResult availability = m_http.api(*m_sim, "GET", jobsPath + QStringLiteral("/availability"), m_token);
    ASSERT_EQ(availability.status, 200);
    const QDateTime lake = date(availability.object(), "dataAvailabilityDate");
    EXPECT_LE(qAbs(lake.secsTo(QDateTime::currentDateTimeUtc().addSecs(-7200))), 30);

    const QDateTime from(today.addDays(-1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(today.addDays(2), QTime(0, 0), QTimeZone::utc());
    const QString jobId = submitOk({}, interval(from, to));
    ASSERT_EQ(state(waitUntilDone(jobId)), QStringLiteral("FULFILLED"));
    const QDateTime jobLake = date(results(jobId).object(), "dataAvailabilityDate");
    const QStringList expected
        = expectedIds(m_sim->server(), from, to, [&](const SimConversation &c) { return c.start <= jobLake; });
    EXPECT_LT(expected.size(), expectedIds(m_sim->server(), from, to).size()); // tomorrow is not in the lake
    EXPECT_EQ(allIds(jobId, 100), expected);
}

TEST_F(AnalyticsContract, ResultsExpireAfterTheirTtl)
{
    SimConfig config = fastSimConfig();
    config.analyticsResultTtlSec = 1;
    start(config);
    const QString jobId = submitOk({}, interval(utc(13), utc(14)));
    const HttpResult expired = m_http.pollUntil(
        *m_sim, jobsPath + '/' + jobId, m_token, [](const HttpResult &r) { return state(r) == "EXPIRED"; });
    ASSERT_EQ(state(expired), QStringLiteral("EXPIRED"));
    EXPECT_EQ(expired.status, 200);
    EXPECT_EQ(results(jobId).status, 404);
}

TEST_F(AnalyticsContract, NeedsTheConversationDetailPermission)
{
    SimConfig config = fastSimConfig();
    config.clients.append({ QStringLiteral("limited"), QStringLiteral("secret"), { QStringLiteral("other:perm") } });
    start(config);
    const QString limited = m_http.token(*m_sim, QStringLiteral("limited"), QStringLiteral("secret"));
    const HttpResult refused = m_http.api(
        *m_sim, "POST", jobsPath, limited, QJsonObject { { QStringLiteral("interval"), interval(utc(13), utc(14)) } });
    EXPECT_EQ(refused.status, 403);
}
