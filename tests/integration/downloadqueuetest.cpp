// DownloadQueue against custody-sim: bounded concurrency, a shared bandwidth
// cap, cancellation, and the throughput it reports.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include "core/transfer/downloadqueue.h"
#include "downloadtestsupport.h"

using namespace Custody::Test;
using Custody::Api::ApiError;
using Custody::Transfer::DownloadQueue;
using Custody::Transfer::DownloadRequest;
using Custody::Transfer::DownloadResult;

namespace {

/// Watches a queue: how many run at once, what finished, whether it went idle.
struct QueueWatch
{
    explicit QueueWatch(DownloadQueue &queue)
    {
        QObject::connect(&queue, &DownloadQueue::downloadStarted, &queue, [this, &queue](const QString &) {
            ++running;
            peak = std::max(peak, running);
            EXPECT_LE(queue.runningCount(), queue.maxConcurrent());
        });
        QObject::connect(
            &queue, &DownloadQueue::downloadFinished, &queue, [this](const QString &tag, const DownloadResult &result) {
                --running;
                results.insert(tag, result);
            });
        QObject::connect(&queue, &DownloadQueue::progress, &queue, [this](qint64 done, qint64 rate) {
            lastDone = done;
            peakRate = std::max(peakRate, rate);
        });
        QObject::connect(&queue, &DownloadQueue::idle, &queue, [this] { ++idles; });
    }

    int running = 0;
    int peak = 0;
    int idles = 0;
    qint64 lastDone = 0;
    qint64 peakRate = 0;
    QHash<QString, DownloadResult> results;
};

} // namespace

TEST(DownloadQueue, TwentyFilesWithFourAtATimeAllSucceed)
{
    SimFixture sim;
    HttpClient http;
    QNetworkAccessManager network;
    QTemporaryDir dir;
    const auto recordings = audioRecordings(sim, 20);
    ASSERT_EQ(recordings.size(), 20u);
    const auto urls = batchUrls(http, sim, recordings);

    DownloadQueue queue(&network);
    EXPECT_EQ(queue.maxConcurrent(), 4);
    QueueWatch watch(queue);
    QHash<QString, QByteArray> expected;
    QHash<QString, qint64> sizes;
    for (size_t i = 0; i < recordings.size(); ++i) {
        ASSERT_FALSE(urls[i].isEmpty());
        const HttpResult reference = http.get(urls[i]);
        ASSERT_EQ(reference.status, 200);
        expected.insert(recordings[i]->id, sha256(reference.body));
        sizes.insert(recordings[i]->id, reference.body.size());
    }
    for (size_t i = 0; i < recordings.size(); ++i) {
        const QString tag = recordings[i]->id;
        queue.enqueue(
            DownloadRequest { QUrl(urls[i]), dir.filePath(tag + QStringLiteral(".wav")), sizes.value(tag), tag });
    }
    EXPECT_EQ(queue.runningCount(), 0) << "start() is deferred to the event loop";
    ASSERT_TRUE(QTest::qWaitFor([&] { return watch.idles > 0; }, 60000));

    EXPECT_EQ(watch.peak, 4);
    EXPECT_EQ(watch.idles, 1);
    ASSERT_EQ(watch.results.size(), 20);
    qint64 total = 0;
    for (auto it = watch.results.cbegin(); it != watch.results.cend(); ++it) {
        EXPECT_TRUE(it->ok) << it.key().toStdString() << ": " << it->error.detail.toStdString();
        EXPECT_EQ(it->sha256Hex, expected.value(it.key()));
        EXPECT_FALSE(QFileInfo::exists(it->path + QStringLiteral(".part")));
        total += it->size;
    }
    EXPECT_EQ(queue.bytesDone(), total);
    EXPECT_EQ(watch.lastDone, total);
    EXPECT_TRUE(queue.isIdle());
}

TEST(DownloadQueue, MaxConcurrentOfOneRunsOneAtATime)
{
    SimFixture sim;
    HttpClient http;
    QNetworkAccessManager network;
    QTemporaryDir dir;
    const auto recordings = audioRecordings(sim, 5);
    ASSERT_EQ(recordings.size(), 5u);
    const auto urls = batchUrls(http, sim, recordings);

    DownloadQueue queue(&network);
    queue.setMaxConcurrent(1);
    QueueWatch watch(queue);
    for (size_t i = 0; i < recordings.size(); ++i)
        queue.enqueue(DownloadRequest { QUrl(urls[i]), dir.filePath(recordings[i]->id), -1, recordings[i]->id });
    ASSERT_TRUE(QTest::qWaitFor([&] { return watch.idles > 0; }, 30000));
    EXPECT_EQ(watch.peak, 1);
    ASSERT_EQ(watch.results.size(), 5);
    for (const DownloadResult &result : std::as_const(watch.results))
        EXPECT_TRUE(result.ok) << result.error.detail.toStdString();
}

TEST(DownloadQueue, ABandwidthCapSlowsAllDownloadsTogether)
{
    constexpr qint64 fileBytes = 1536 * 1024; // four files: 6 MiB
    constexpr qint64 cap = 2 * 1024 * 1024; // 2 MiB/s: at least 3 s in theory
    auto config = fastSimConfig();
    config.mediaFixedBytes = fileBytes;
    SimFixture sim(config);
    HttpClient http;
    QNetworkAccessManager network;
    QTemporaryDir dir;
    const auto recordings = audioRecordings(sim, 4);
    ASSERT_EQ(recordings.size(), 4u);
    const auto urls = batchUrls(http, sim, recordings);

    DownloadQueue queue(&network);
    queue.setBandwidthLimit(cap);
    EXPECT_EQ(queue.bandwidthLimit(), cap);
    QueueWatch watch(queue);
    QElapsedTimer clock;
    clock.start();
    for (size_t i = 0; i < recordings.size(); ++i)
        queue.enqueue(DownloadRequest { QUrl(urls[i]), dir.filePath(recordings[i]->id), fileBytes, recordings[i]->id });
    ASSERT_TRUE(QTest::qWaitFor([&] { return watch.idles > 0; }, 60000));
    const qint64 elapsedMs = clock.elapsed();
    std::cout << "6 MiB under a 2 MiB/s cap took " << elapsedMs << " ms; peak reported rate " << watch.peakRate
              << " B/s\n";
    EXPECT_GE(elapsedMs, 2500);
    EXPECT_GT(watch.peakRate, 0);
    ASSERT_EQ(watch.results.size(), 4);
    for (const DownloadResult &result : std::as_const(watch.results)) {
        EXPECT_TRUE(result.ok) << result.error.detail.toStdString();
        EXPECT_EQ(result.size, fileBytes);
    }
    EXPECT_EQ(queue.bytesDone(), 4 * fileBytes);
}

TEST(DownloadQueue, CancelAllReportsEveryRequestOnceAndKeepsStartedParts)
{
    constexpr qint64 fileBytes = 1024 * 1024;
    auto config = fastSimConfig();
    config.mediaFixedBytes = fileBytes;
    SimFixture sim(config);
    HttpClient http;
    QNetworkAccessManager network;
    QTemporaryDir dir;
    const auto recordings = audioRecordings(sim, 6);
    ASSERT_EQ(recordings.size(), 6u);
    const auto urls = batchUrls(http, sim, recordings);

    DownloadQueue queue(&network);
    queue.setMaxConcurrent(2);
    queue.setBandwidthLimit(256 * 1024); // slow, so the first two are caught mid-transfer
    QueueWatch watch(queue);
    for (size_t i = 0; i < recordings.size(); ++i)
        queue.enqueue(DownloadRequest { QUrl(urls[i]), dir.filePath(recordings[i]->id), fileBytes, recordings[i]->id });
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue.bytesDone() > 0; }, 10000));
    queue.cancelAll();

    EXPECT_EQ(watch.idles, 1);
    EXPECT_TRUE(queue.isIdle());
    ASSERT_EQ(watch.results.size(), 6);
    int withPart = 0;
    for (const DownloadResult &result : std::as_const(watch.results)) {
        EXPECT_FALSE(result.ok);
        EXPECT_EQ(result.error.kind, ApiError::Kind::Cancelled);
        withPart += QFileInfo(result.path + QStringLiteral(".part")).size() > 0 ? 1 : 0;
    }
    EXPECT_GE(withPart, 1);
    EXPECT_LE(withPart, 2);
    QTest::qWait(300); // nothing may arrive after the cancel
    EXPECT_EQ(watch.results.size(), 6);
    EXPECT_EQ(watch.idles, 1);
}
