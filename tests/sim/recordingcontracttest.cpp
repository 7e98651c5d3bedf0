// Recording metadata and recordings of one conversation (genesys-api.md section 4).
#include <gtest/gtest.h>

#include "contractsupport.h"

using namespace Custody::Test;
using Custody::Sim::SimConversation;
using Custody::Sim::SimFileState;
using Custody::Sim::SimRecording;

namespace {

const QStringList fileStates = { "ARCHIVED", "AVAILABLE", "DELETED", "RESTORED", "RESTORING", "UPLOADING", "ERROR" };

QString recordingPath(const SimRecording &r, const QString &query = {})
{
    return QStringLiteral("/api/v2/conversations/%1/recordings/%2").arg(r.conversationId, r.id)
        + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

QString mediaUri(const HttpResult &r)
{
    return r.object()
        .value(QStringLiteral("mediaUris"))
        .toObject()
        .value(QStringLiteral("0"))
        .toObject()
        .value(QStringLiteral("mediaUri"))
        .toString();
}

/// Polls a recording until it stops transcoding; the number of 202 answers goes to \a accepted.
HttpResult untilReady(HttpClient &http, const SimFixture &sim, const QString &token, const QString &path, int *accepted)
{
    HttpResult r;
    for (int i = 0; i < 20; ++i) {
        r = http.api(sim, "GET", path, token);
        if (r.status != 202)
            break;
        ++*accepted;
    }
    return r;
}

} // namespace

TEST(RecordingContract, MetadataListAndSingleHaveTheModelFields)
{
    auto config = fastSimConfig();
    config.deletedFraction = 0.2;
    config.archivedFraction = 0.2;
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);
    const SimConversation *conversation = findConversation(sim.server().org(), [](const SimConversation &c) {
        return c.recordings.size() >= 2
            && std::any_of(c.recordings.begin(), c.recordings.end(),
                [](const SimRecording &r) { return r.fileState == SimFileState::Deleted; });
    });
    ASSERT_NE(conversation, nullptr);
    const HttpResult list = http.api(
        sim, "GET", QStringLiteral("/api/v2/conversations/%1/recordingmetadata").arg(conversation->id), token);
    ASSERT_EQ(list.status, 200);
    const QJsonArray items = list.array();
    int notDeleted = 0;
    for (const SimRecording &r : conversation->recordings)
        notDeleted += r.fileState == SimFileState::Deleted ? 0 : 1;
    EXPECT_EQ(items.size(), notDeleted);
    for (const QJsonValue &v : items) {
        const QJsonObject m = v.toObject();
        for (const char *field :
            { "id", "conversationId", "startTime", "endTime", "media", "fileState", "region", "selfUri" })
            EXPECT_TRUE(m.contains(QLatin1String(field))) << field;
        EXPECT_TRUE(fileStates.contains(m.value(QStringLiteral("fileState")).toString()));
        EXPECT_EQ(m.value(QStringLiteral("conversationId")).toString(), conversation->id);
        EXPECT_FALSE(m.contains(QStringLiteral("mediaUris"))); // metadata carries no playable media
        EXPECT_TRUE(
            QDateTime::fromString(m.value(QStringLiteral("startTime")).toString(), Qt::ISODateWithMs).isValid());
    }

    const QString rid = items.first().toObject().value(QStringLiteral("id")).toString();
    const HttpResult single = http.api(
        sim, "GET", QStringLiteral("/api/v2/conversations/%1/recordingmetadata/%2").arg(conversation->id, rid), token);
    ASSERT_EQ(single.status, 200);
    EXPECT_EQ(single.object(), items.first().toObject());

    // A recording id from another conversation is not found under this one.
    const SimRecording *foreign = findRecording(
        sim.server().org(), [&](const SimRecording &r) { return r.conversationId != conversation->id; });
    ASSERT_NE(foreign, nullptr);
    EXPECT_EQ(
        http.api(sim, "GET",
                QStringLiteral("/api/v2/conversations/%1/recordingmetadata/%2").arg(conversation->id, foreign->id),
                token)
            .status,
        404);
}

TEST(RecordingContract, ConvertedFormatIs202WhileTranscodingThen200WithMediaUris)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    const SimRecording *recording = findRecording(sim.server().org(), isPlayableAudio);
    ASSERT_NE(recording, nullptr);
    int accepted = 0;
    const HttpResult ready
        = untilReady(http, sim, token, recordingPath(*recording, QStringLiteral("formatId=MP3")), &accepted);
    EXPECT_EQ(accepted, sim.server().config().transcodingPolls);
    ASSERT_EQ(ready.status, 200);
    const QJsonObject body = ready.object();
    EXPECT_EQ(body.value(QStringLiteral("id")).toString(), recording->id);
    EXPECT_EQ(body.value(QStringLiteral("fileState")).toString(), QStringLiteral("AVAILABLE"));
    EXPECT_EQ(body.value(QStringLiteral("maxAllowedRestorationsForOrg")).toInt(), 10000);
    EXPECT_GT(body.value(QStringLiteral("outputSizeInBytes")).toInteger(), 0);
    const QString uri = mediaUri(ready);
    ASSERT_FALSE(uri.isEmpty()) << ready.body.constData();

    const HttpResult media = http.get(uri);
    ASSERT_EQ(media.status, 200);
    EXPECT_EQ(media.header("Content-Type"), QByteArray("audio/mpeg"));
    EXPECT_EQ(media.body.size(), body.value(QStringLiteral("outputSizeInBytes")).toInteger());
    EXPECT_TRUE(media.body.startsWith("ID3"));

    // Once transcoded it stays ready.
    EXPECT_EQ(http.api(sim, "GET", recordingPath(*recording, QStringLiteral("formatId=MP3")), token).status, 200);
}

TEST(RecordingContract, MediaFormatsCommaJoinedOrRepeatedOverrideFormatId)
{
    auto config = fastSimConfig();
    config.transcodingPolls = 1;
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);
    const SimRecording *recording = findRecording(sim.server().org(), isPlayableAudio);
    ASSERT_NE(recording, nullptr);
    int accepted = 0;
    const HttpResult joined = untilReady(
        http, sim, token, recordingPath(*recording, QStringLiteral("formatId=WAV&mediaFormats=MP3,WAV")), &accepted);
    ASSERT_EQ(joined.status, 200);
    EXPECT_TRUE(QUrl(mediaUri(joined)).path().endsWith(QStringLiteral(".mp3"))) << mediaUri(joined).toStdString();
    const HttpResult repeated = untilReady(http, sim, token,
        recordingPath(*recording, QStringLiteral("mediaFormats=OGG_OPUS&mediaFormats=MP3")), &accepted);
    ASSERT_EQ(repeated.status, 200);
    EXPECT_TRUE(QUrl(mediaUri(repeated)).path().endsWith(QStringLiteral(".opus"))) << mediaUri(repeated).toStdString();
    EXPECT_EQ(accepted, 2);

    // No format at all means WEBM, the documented default.
    const HttpResult defaulted = untilReady(http, sim, token, recordingPath(*recording), &accepted);
    ASSERT_EQ(defaulted.status, 200);
    EXPECT_TRUE(QUrl(mediaUri(defaulted)).path().endsWith(QStringLiteral(".webm")));
}

TEST(RecordingContract, FormatNoneHasNoMediaUrisAndUnknownFormatIs400)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    const SimRecording *recording = findRecording(sim.server().org(), isPlayableAudio);
    ASSERT_NE(recording, nullptr);
    const HttpResult none = http.api(sim, "GET", recordingPath(*recording, QStringLiteral("formatId=NONE")), token);
    ASSERT_EQ(none.status, 200);
    EXPECT_FALSE(none.object().contains(QStringLiteral("mediaUris")));
    EXPECT_EQ(none.object().value(QStringLiteral("id")).toString(), recording->id);

    const HttpResult unknown = http.api(sim, "GET", recordingPath(*recording, QStringLiteral("formatId=FLAC")), token);
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(unknown.object().value(QStringLiteral("status")).toInt(), 400);
    EXPECT_EQ(http.api(sim, "GET", recordingPath(*recording, QStringLiteral("mediaFormats=FLAC")), token).status, 400);
}

TEST(RecordingContract, UnknownConversationOrRecordingIs404)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    const QString missing = QStringLiteral("00000000-0000-4000-8000-000000000000");
    for (const QString &suffix : { QStringLiteral("recordingmetadata"), QStringLiteral("recordings"),
             QStringLiteral("recordings/%1").arg(missing) }) {
        const HttpResult r
            = http.api(sim, "GET", QStringLiteral("/api/v2/conversations/%1/%2").arg(missing, suffix), token);
        EXPECT_EQ(r.status, 404) << suffix.toStdString();
        EXPECT_EQ(r.object().value(QStringLiteral("status")).toInt(), 404);
    }
    const QString cid = sim.server().org().conversations().front().id;
    const HttpResult r
        = http.api(sim, "GET", QStringLiteral("/api/v2/conversations/%1/recordings/%2").arg(cid, missing), token);
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("not.found"));
}

TEST(RecordingContract, ConversationRecordingsListTranscodesThenListsNonDeleted)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    const SimConversation *conversation = findConversation(sim.server().org(), [](const SimConversation &c) {
        return !c.recordings.empty()
            && std::all_of(
                c.recordings.begin(), c.recordings.end(), [](const SimRecording &r) { return isPlayableAudio(r); });
    });
    ASSERT_NE(conversation, nullptr);
    const QString path = QStringLiteral("/api/v2/conversations/%1/recordings?formatId=OGG_OPUS").arg(conversation->id);
    int accepted = 0;
    const HttpResult list = untilReady(http, sim, token, path, &accepted);
    EXPECT_EQ(accepted, sim.server().config().transcodingPolls);
    ASSERT_EQ(list.status, 200);
    ASSERT_EQ(list.array().size(), qsizetype(conversation->recordings.size()));
    for (const QJsonValue &v : list.array())
        EXPECT_FALSE(v.toObject().value(QStringLiteral("mediaUris")).toObject().isEmpty());
}

TEST(RecordingContract, MissingPermissionIs403AndAnyViewPermissionSuffices)
{
    auto config = fastSimConfig();
    config.clients.append({ QStringLiteral("queues-only"), QStringLiteral("q-secret"), { "routing:queue:view" } });
    config.clients.append(
        { QStringLiteral("segments"), QStringLiteral("s-secret"), { "recording:recordingSegment:view" } });
    SimFixture sim(config);
    HttpClient http;
    const QString narrow = http.token(sim, QStringLiteral("queues-only"), QStringLiteral("q-secret"));
    const QString segments = http.token(sim, QStringLiteral("segments"), QStringLiteral("s-secret"));
    const SimRecording *recording = findRecording(sim.server().org(), isPlayableAudio);
    ASSERT_NE(recording, nullptr);
    const QString metadata
        = QStringLiteral("/api/v2/conversations/%1/recordingmetadata").arg(recording->conversationId);
    const QList<QPair<QByteArray, QString>> calls
        = { { "GET", metadata }, { "GET", recordingPath(*recording, QStringLiteral("formatId=NONE")) },
              { "POST", QStringLiteral("/api/v2/recording/batchrequests") } };
    const QJsonObject batch { { "batchDownloadRequestList", QJsonArray { batchItem(recording->conversationId) } } };
    for (const auto &[verb, path] : calls) {
        const HttpResult r = http.api(sim, verb, path, narrow, verb == "POST" ? batch : QJsonObject {});
        EXPECT_EQ(r.status, 403) << path.toStdString();
        EXPECT_EQ(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("missing.any.permissions"));
        EXPECT_TRUE(r.object()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("recording:recording:view")));
        // Any one of the four view permissions is enough (genesys-api.md 2.1, 4.1).
        EXPECT_EQ(http.api(sim, verb, path, segments, verb == "POST" ? batch : QJsonObject {}).status, 200)
            << path.toStdString();
    }
    // The queue permission itself works.
    EXPECT_EQ(http.api(sim, "GET", QStringLiteral("/api/v2/routing/queues"), narrow).status, 200);
}
