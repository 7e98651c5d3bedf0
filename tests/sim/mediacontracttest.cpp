// Recording batch downloads and the presigned media they point at
// (genesys-api.md sections 2.1 to 2.4).
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include "contractsupport.h"
#include "core/sim/simmedia.h"

using namespace Custody::Test;
using Custody::Sim::SimConversation;
using Custody::Sim::SimFileState;
using Custody::Sim::SimRecording;

namespace {

const QString batchPath = QStringLiteral("/api/v2/recording/batchrequests");

quint32 le32(const QByteArray &data, int at)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(data.at(at + i));
    return v;
}

QString downloadUrl(HttpClient &http, const SimFixture &sim, const QString &token, const SimRecording &recording)
{
    return firstResultUrl(completedBatch(http, sim, token, { batchItem(recording.conversationId, recording.id) }));
}

} // namespace

TEST(MediaContract, BatchSubmitAnswersIdAndPollsInProgressThenCompleted)
{
    auto config = fastSimConfig();
    config.batchRequest = { 1500, 50.0 }; // slow enough to be seen InProgress
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);
    const SimConversation *conversation = findConversation(sim.server().org(), [](const SimConversation &c) {
        return c.recordings.size() >= 2
            && std::all_of(
                c.recordings.begin(), c.recordings.end(), [](const SimRecording &r) { return isPlayableAudio(r); });
    });
    ASSERT_NE(conversation, nullptr);

    const HttpResult submitted = http.api(
        sim, "POST", batchPath, token, { { "batchDownloadRequestList", QJsonArray { batchItem(conversation->id) } } });
    ASSERT_EQ(submitted.status, 200);
    const QString id = submitted.object().value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(submitted.object().value(QStringLiteral("selfUri")).toString(), batchPath + QLatin1Char('/') + id);

    const HttpResult first = http.api(sim, "GET", batchPath + QLatin1Char('/') + id, token);
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(first.object().value(QStringLiteral("status")).toString(), QStringLiteral("InProgress"));
    for (const char *field :
        { "id", "jobId", "expectedResultCount", "resultCount", "errorCount", "status", "results", "selfUri" })
        EXPECT_TRUE(first.object().contains(QLatin1String(field))) << field;
    EXPECT_LT(first.object().value(QStringLiteral("resultCount")).toInt(), int(conversation->recordings.size()));

    const HttpResult done = http.pollUntil(sim, batchPath + QLatin1Char('/') + id, token, [](const HttpResult &r) {
        return r.object().value(QStringLiteral("status")).toString() == QStringLiteral("Completed");
    });
    ASSERT_EQ(done.status, 200);
    const QJsonObject job = done.object();
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    EXPECT_EQ(job.value(QStringLiteral("jobId")).toString(), job.value(QStringLiteral("id")).toString());
    const int count = int(conversation->recordings.size());
    EXPECT_EQ(job.value(QStringLiteral("expectedResultCount")).toInt(), count);
    EXPECT_EQ(job.value(QStringLiteral("resultCount")).toInt(), count);
    EXPECT_EQ(job.value(QStringLiteral("errorCount")).toInt(), 0);
    const QJsonArray results = job.value(QStringLiteral("results")).toArray();
    ASSERT_EQ(results.size(), count);
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        EXPECT_EQ(r.value(QStringLiteral("conversationId")).toString(), conversation->id);
        EXPECT_NE(sim.server().org().recording(r.value(QStringLiteral("recordingId")).toString()), nullptr);
        EXPECT_TRUE(r.value(QStringLiteral("resultUrl")).toString().startsWith(QStringLiteral("http")));
        EXPECT_EQ(r.value(QStringLiteral("contentType")).toString(), QStringLiteral("audio/wav"));
        EXPECT_FALSE(r.contains(QStringLiteral("errorMsg")));
    }
}

TEST(MediaContract, OmittedRecordingIdGivesNonDeletedAndArchivedGivesAnError)
{
    auto config = fastSimConfig();
    config.archivedFraction = 0.25;
    config.deletedFraction = 0.25;
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);
    const auto has = [](const SimConversation &c, SimFileState state) {
        return std::any_of(
            c.recordings.begin(), c.recordings.end(), [state](const SimRecording &r) { return r.fileState == state; });
    };
    const SimConversation *mixed = findConversation(sim.server().org(), [&](const SimConversation &c) {
        return has(c, SimFileState::Deleted) && has(c, SimFileState::Available) && !has(c, SimFileState::Archived);
    });
    const SimRecording *archived = findRecording(
        sim.server().org(), [](const SimRecording &r) { return r.fileState == SimFileState::Archived; });
    ASSERT_NE(mixed, nullptr);
    ASSERT_NE(archived, nullptr);

    const HttpResult done
        = completedBatch(http, sim, token, { batchItem(mixed->id), batchItem(archived->conversationId, archived->id) });
    ASSERT_EQ(done.status, 200);
    QSet<QString> expected, got;
    for (const SimRecording &r : mixed->recordings) {
        if (r.fileState != SimFileState::Deleted)
            expected.insert(r.id);
    }
    int errors = 0;
    for (const QJsonValue &v : done.object().value(QStringLiteral("results")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString rid = r.value(QStringLiteral("recordingId")).toString();
        if (rid == archived->id) {
            ++errors;
            EXPECT_FALSE(r.value(QStringLiteral("errorMsg")).toString().isEmpty());
            EXPECT_FALSE(r.contains(QStringLiteral("resultUrl")));
        } else {
            got.insert(rid);
            EXPECT_EQ(r.value(QStringLiteral("conversationId")).toString(), mixed->id);
            EXPECT_FALSE(r.value(QStringLiteral("resultUrl")).toString().isEmpty());
        }
    }
    EXPECT_EQ(got, expected);
    EXPECT_EQ(errors, 1);
    EXPECT_EQ(done.object().value(QStringLiteral("errorCount")).toInt(), 1);
    EXPECT_EQ(done.object().value(QStringLiteral("resultCount")).toInt(), expected.size() + 1);
}

TEST(MediaContract, BatchSizeLimitsAndOtherClients)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    const QString cid = sim.server().org().conversations().front().id;
    QJsonArray hundred;
    for (int i = 0; i < 100; ++i)
        hundred.append(batchItem(cid));
    QJsonArray tooMany = hundred;
    tooMany.append(batchItem(cid));

    const HttpResult over = http.api(sim, "POST", batchPath, token, { { "batchDownloadRequestList", tooMany } });
    EXPECT_EQ(over.status, 400);
    EXPECT_EQ(over.object().value(QStringLiteral("status")).toInt(), 400);
    const HttpResult empty = http.api(sim, "POST", batchPath, token, { { "batchDownloadRequestList", QJsonArray {} } });
    EXPECT_EQ(empty.status, 400);
    const HttpResult ok = http.api(sim, "POST", batchPath, token, { { "batchDownloadRequestList", hundred } });
    ASSERT_EQ(ok.status, 200);

    // Only the submitting client may read the job (403 or 404 per the reference; 404 here).
    const QString other = http.token(sim, QStringLiteral("other-client"), QStringLiteral("other-secret"));
    const QString job = batchPath + QLatin1Char('/') + ok.object().value(QStringLiteral("id")).toString();
    const HttpResult foreign = http.api(sim, "GET", job, other);
    EXPECT_EQ(foreign.status, 404);
    EXPECT_EQ(foreign.object().value(QStringLiteral("code")).toString(), QStringLiteral("not.found"));
    EXPECT_EQ(http.api(sim, "GET", job, token).status, 200);
    EXPECT_EQ(http.api(sim, "GET", batchPath + QStringLiteral("/no-such-job"), token).status, 404);
}

TEST(MediaContract, ResultUrlServesAValidWavWithoutABearerToken)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    const SimRecording *recording = findRecording(sim.server().org(), isPlayableAudio);
    ASSERT_NE(recording, nullptr);
    const HttpResult batch = completedBatch(http, sim, token, { batchItem(recording->conversationId, recording->id) });
    const QJsonObject result = batch.object().value(QStringLiteral("results")).toArray().first().toObject();
    const QString url = result.value(QStringLiteral("resultUrl")).toString();
    ASSERT_FALSE(url.isEmpty());

    const HttpResult media = http.get(url);
    ASSERT_EQ(media.status, 200);
    EXPECT_EQ(
        QString::fromLatin1(media.header("Content-Type")), result.value(QStringLiteral("contentType")).toString());
    EXPECT_EQ(media.header("Content-Length").toLongLong(), media.body.size());
    ASSERT_EQ(media.body.size(), recording->nativeBytes);
    ASSERT_GT(media.body.size(), 44);
    EXPECT_EQ(media.body.left(4), QByteArray("RIFF"));
    EXPECT_EQ(le32(media.body, 4), quint32(media.body.size() - 8));
    EXPECT_EQ(media.body.mid(8, 8), QByteArray("WAVEfmt "));
    EXPECT_EQ(media.body.mid(36, 4), QByteArray("data"));
    EXPECT_EQ(le32(media.body, 40), quint32(media.body.size() - 44));
    EXPECT_NE(media.body.mid(44, 4096), QByteArray(4096, '\0')); // real samples, not silence
    // The storage host never speaks the API's rate-limit dialect.
    EXPECT_TRUE(media.header("inin-ratelimit-count").isEmpty());
}

TEST(MediaContract, SameSeedSameBytesAndDifferentSeedDifferentOrg)
{
    auto config = fastSimConfig();
    config.batchRequest = { 0, 0.0 };
    QByteArray digests[2];
    QString orgIds[2];
    for (int run = 0; run < 2; ++run) {
        SimFixture sim(config);
        HttpClient http;
        const SimRecording *recording = findRecording(sim.server().org(), isPlayableAudio);
        ASSERT_NE(recording, nullptr);
        const HttpResult media = http.get(downloadUrl(http, sim, http.token(sim), *recording));
        ASSERT_EQ(media.status, 200);
        digests[run] = sha256(media.body);
        orgIds[run] = sim.server().org().id();
    }
    EXPECT_EQ(digests[0], digests[1]);
    EXPECT_EQ(orgIds[0], orgIds[1]);

    config.seed += 1;
    SimFixture other(config);
    EXPECT_NE(other.server().org().id(), orgIds[0]);
    EXPECT_NE(other.server().org().conversations().front().id,
        SimFixture(fastSimConfig()).server().org().conversations().front().id);
}

TEST(MediaContract, RangeRequestServesExactlyThoseBytes)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    const SimRecording *recording = findRecording(
        sim.server().org(), [](const SimRecording &r) { return isPlayableAudio(r) && r.nativeBytes > 4000; });
    ASSERT_NE(recording, nullptr);
    const QString url = downloadUrl(http, sim, token, *recording);
    const HttpResult full = http.get(url);
    ASSERT_EQ(full.status, 200);
    const HttpResult part = http.get(url, { { "Range", "bytes=1000-1999" } });
    ASSERT_EQ(part.status, 206);
    EXPECT_EQ(part.header("Content-Range"), QStringLiteral("bytes 1000-1999/%1").arg(full.body.size()).toLatin1());
    ASSERT_EQ(part.body.size(), 1000);
    EXPECT_EQ(part.body, full.body.mid(1000, 1000));
}

TEST(MediaContract, TamperedSignatureIs403SignatureDoesNotMatch)
{
    SimFixture sim;
    HttpClient http;
    const SimRecording *recording = findRecording(sim.server().org(), isPlayableAudio);
    ASSERT_NE(recording, nullptr);
    QUrl url(downloadUrl(http, sim, http.token(sim), *recording));
    QUrlQuery query(url);
    QString signature = query.queryItemValue(QStringLiteral("signature"));
    ASSERT_FALSE(signature.isEmpty());
    signature[signature.size() - 1] = signature.endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0');
    query.removeQueryItem(QStringLiteral("signature"));
    query.addQueryItem(QStringLiteral("signature"), signature);
    url.setQuery(query);
    const HttpResult r = http.get(url.toString());
    EXPECT_EQ(r.status, 403);
    EXPECT_TRUE(r.header("Content-Type").contains("xml"));
    EXPECT_TRUE(r.body.contains("<Code>SignatureDoesNotMatch</Code>")) << r.body.constData();

    // Stretching the expiry invalidates the signature too.
    QUrlQuery stretched(QUrl(downloadUrl(http, sim, http.token(sim), *recording)));
    const qint64 expires = stretched.queryItemValue(QStringLiteral("expires")).toLongLong();
    stretched.removeQueryItem(QStringLiteral("expires"));
    stretched.addQueryItem(QStringLiteral("expires"), QString::number(expires + 3600));
    url.setQuery(stretched);
    EXPECT_TRUE(http.get(url.toString()).body.contains("<Code>SignatureDoesNotMatch</Code>"));
}

TEST(MediaContract, ExpiredUrlIs403AccessDeniedAndCounted)
{
    SimFixture sim;
    HttpClient http;
    const SimRecording *recording = findRecording(sim.server().org(), isPlayableAudio);
    ASSERT_NE(recording, nullptr);
    ASSERT_EQ(sim.server().applyFaults({ { QStringLiteral("urlTtlSeconds"), 1 } }), QString());
    const QString url = downloadUrl(http, sim, http.token(sim), *recording);
    ASSERT_FALSE(url.isEmpty());
    QTest::qWait(2100);
    const HttpResult r = http.get(url);
    EXPECT_EQ(r.status, 403);
    EXPECT_TRUE(r.body.contains("<Code>AccessDenied</Code>")) << r.body.constData();
    EXPECT_EQ(simStats(http, sim).value(QStringLiteral("mediaExpired")).toInt(), 1);
}

TEST(MediaContract, MediaCutEndsTheDownloadEarly)
{
    SimFixture sim;
    HttpClient http;
    const SimRecording *recording = findRecording(
        sim.server().org(), [](const SimRecording &r) { return isPlayableAudio(r) && r.nativeBytes > 100000; });
    ASSERT_NE(recording, nullptr);
    const QString url = downloadUrl(http, sim, http.token(sim), *recording);
    ASSERT_EQ(sim.server().applyFaults({ { QStringLiteral("mediaCutProbability"), 1 } }), QString());
    const HttpResult r = http.get(url);
    const bool errored = r.error != QNetworkReply::NoError;
    const bool shortBody = r.body.size() < r.header("Content-Length").toLongLong();
    EXPECT_TRUE(errored || shortBody) << "error " << int(r.error) << ", " << r.body.size() << " bytes";
    EXPECT_LT(r.body.size(), recording->nativeBytes);
    EXPECT_GE(simStats(http, sim).value(QStringLiteral("mediaCuts")).toInt(), 1);

    ASSERT_EQ(sim.server().applyFaults({ { QStringLiteral("reset"), true } }), QString());
    const HttpResult whole = http.get(url);
    EXPECT_EQ(whole.error, QNetworkReply::NoError);
    EXPECT_EQ(whole.body.size(), recording->nativeBytes);
    // What did arrive before the cut was the right prefix.
    EXPECT_EQ(r.body, whole.body.left(r.body.size()));
}

TEST(MediaContract, ParallelDownloadsOverTwoManagersAllComplete)
{
    auto config = fastSimConfig();
    config.batchRequest = { 0, 0.0 };
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);
    QJsonArray items;
    std::vector<const SimRecording *> recordings;
    for (const SimConversation &c : sim.server().org().conversations()) {
        for (const SimRecording &r : c.recordings) {
            if (isPlayableAudio(r) && recordings.size() < 12) {
                recordings.push_back(&r);
                items.append(batchItem(c.id, r.id));
            }
        }
    }
    ASSERT_EQ(recordings.size(), 12u);
    const HttpResult batch = completedBatch(http, sim, token, items);
    QHash<QString, QString> urls;
    for (const QJsonValue &v : batch.object().value(QStringLiteral("results")).toArray())
        urls.insert(v.toObject().value(QStringLiteral("recordingId")).toString(),
            v.toObject().value(QStringLiteral("resultUrl")).toString());
    ASSERT_EQ(urls.size(), 12);

    // Two managers, each with 12 downloads in flight over its own keep-alive connections.
    QNetworkAccessManager managers[2];
    std::vector<std::pair<const SimRecording *, std::unique_ptr<QNetworkReply>>> replies;
    for (QNetworkAccessManager &nam : managers) {
        for (const SimRecording *r : recordings)
            replies.emplace_back(r, nam.get(QNetworkRequest(QUrl(urls.value(r->id)))));
    }
    const bool finished = QTest::qWaitFor(
        [&] {
            return std::all_of(replies.begin(), replies.end(), [](const auto &p) { return p.second->isFinished(); });
        },
        30000);
    ASSERT_TRUE(finished);
    for (const auto &[recording, reply] : replies) {
        ASSERT_EQ(reply->error(), QNetworkReply::NoError) << reply->errorString().toStdString();
        EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray body = reply->readAll();
        const Custody::Sim::SimMediaBody expected(*recording, {});
        ASSERT_EQ(body.size(), expected.size());
        QByteArray want(body.size(), Qt::Uninitialized);
        expected.fill(0, want.data(), want.size());
        EXPECT_EQ(sha256(body), sha256(want)) << recording->id.toStdString();
    }
}
