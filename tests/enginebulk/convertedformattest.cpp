// Recordings in a converted format: batches find the recordings, the
// per-recording endpoint transcodes (202 first), and the files are MP3.
#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <iostream>

#include "bulkharness.h"
#include "core/plan/planner.h"
#include "core/sim/simorg.h"

namespace Custody::Test {
namespace {

const QString recordingRoute = QStringLiteral("GET /api/v2/conversations/{id}/recordings/{recordingId}");

TEST(EngineConvertedFormat, mp3ExportDownloadsMp3FilesThroughTheTranscodingPath)
{
    Sim::SimConfig config = bulkSimConfig(2, 12);
    config.transcodingPolls = 2;
    BulkHarness harness(config);
    const QString folder = harness.folder(QStringLiteral("mp3"));
    Plan::ExportSpec spec = harness.bulkSpec(folder);
    spec.includeRecordingBulkExport = false;
    spec.bulkExportIntegrationId.clear();
    spec.includeRecordings = true;
    spec.recordingFormat = Plan::RecordingFormat::Mp3;

    // What the org holds in the range: audio recordings come as MP3, others natively.
    QSet<QString> audio, other;
    for (const Plan::Window &w : Plan::Planner::windows(spec)) {
        for (const Sim::SimConversation *c : harness.server().org().overlapping(w.utcStart, w.utcEnd)) {
            for (const Sim::SimRecording &r : c->recordings) {
                if (r.fileState != Sim::SimFileState::Available)
                    continue;
                (r.media == QStringLiteral("audio") ? audio : other).insert(r.id);
            }
        }
    }
    ASSERT_GT(audio.size(), 5);

    const Store::ExportId id = harness.create(spec);
    ASSERT_GT(id, 0);
    harness.start(id);
    const BulkOutcome outcome = harness.waitForStop(id, 120000);
    ASSERT_TRUE(outcome.stopped) << "the export did not finish";
    EXPECT_TRUE(
        outcome.state == Store::ExportState::Completed || outcome.state == Store::ExportState::CompletedWithErrors)
        << outcome.message.toStdString();

    const QList<Store::ItemRecord> downloaded = harness.items(id, Store::ItemState::Downloaded);
    QSet<QString> gotAudio;
    for (const Store::ItemRecord &item : downloaded) {
        if (!audio.contains(item.recordingId)) {
            EXPECT_TRUE(other.contains(item.recordingId)) << item.recordingId.toStdString();
            continue;
        }
        gotAudio.insert(item.recordingId);
        EXPECT_EQ(item.contentType, QStringLiteral("audio/mpeg")) << item.recordingId.toStdString();
        EXPECT_TRUE(item.relativePath.endsWith(QStringLiteral(".mp3"))) << item.relativePath.toStdString();
        QFile file(QDir(folder).filePath(item.relativePath));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << item.relativePath.toStdString();
        EXPECT_EQ(file.read(3), QByteArray("ID3")) << item.relativePath.toStdString();
    }
    EXPECT_EQ(gotAudio, audio) << "every available audio recording, converted";

    // The media server says what it sends for such a URL: audio/mpeg, ID3 first.
    ASSERT_FALSE(downloaded.isEmpty());
    for (const Store::ItemRecord &item : downloaded) {
        if (!audio.contains(item.recordingId))
            continue;
        HttpClient http;
        const QString token = http.token(harness.sim());
        const HttpResult recording = http.pollUntil(harness.sim(),
            QStringLiteral("/api/v2/conversations/%1/recordings/%2?formatId=MP3")
                .arg(item.conversationId, item.recordingId),
            token, [](const HttpResult &r) { return r.status == 200; });
        ASSERT_EQ(recording.status, 200);
        const QString uri = recording.object()
                                .value(QStringLiteral("mediaUris"))
                                .toObject()
                                .begin()
                                .value()
                                .toObject()
                                .value(QStringLiteral("mediaUri"))
                                .toString();
        const HttpResult media = http.get(uri);
        EXPECT_EQ(media.status, 200);
        EXPECT_TRUE(media.header("Content-Type").startsWith("audio/mpeg"))
            << media.header("Content-Type").toStdString();
        EXPECT_TRUE(media.body.startsWith("ID3"));
        EXPECT_EQ(media.body, [&] {
            QFile file(QDir(folder).filePath(item.relativePath));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }()) << "the file is the MP3 the server serves";
        break;
    }

    // Each converted recording was answered 202 (transcoding) twice before its 200.
    const int transcoding = harness.answers(recordingRoute, 202);
    const int ready = harness.answers(recordingRoute, 200);
    std::cout << "[figures] recording endpoint: " << transcoding << " x 202, " << ready << " x 200 for " << audio.size()
              << " audio recordings" << std::endl;
    EXPECT_GE(transcoding, 2 * int(audio.size()));
    EXPECT_GE(ready, int(audio.size()));
    const auto counts = harness.store().countItems(id);
    ASSERT_TRUE(counts.ok());
    for (Store::ItemState state : { Store::ItemState::Pending, Store::ItemState::Batched, Store::ItemState::UrlReady,
             Store::ItemState::Downloading })
        EXPECT_EQ(counts.value().count(state), 0) << Store::toString(state).toStdString();
}

} // namespace
} // namespace Custody::Test
