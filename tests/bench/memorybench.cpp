// bench_memory: peak RSS while the DownloadQueue fetches one 2 GiB recording
// from custody-sim to a temporary file. The simulator serves from the same
// process, so its per-connection buffers are part of the figure.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <optional>

#include "bench/benchsupport.h"
#include "core/transfer/downloadqueue.h"

using namespace Custody;

namespace {

constexpr qint64 fileBytes = 2147483648; // 2 GiB
constexpr qint64 neededFreeBytes = 3LL * 1000 * 1000 * 1000;
constexpr int timeoutMs = 5 * 60 * 1000;

QString kilobytes(qint64 kb)
{
    return kb < 0 ? QStringLiteral("n/a (no /proc/self/status)")
                  : QStringLiteral("%1 kB (%2 MiB)").arg(kb).arg(double(kb) / 1024.0, 0, 'f', 1);
}

int run()
{
    QTemporaryDir temp;
    if (!temp.isValid())
        return 1;
    const QStorageInfo storage(temp.path());
    if (storage.bytesAvailable() < neededFreeBytes) {
        Bench::ResultBlock block(QStringLiteral("bench_memory: one 2 GiB recording"));
        block.line(QStringLiteral("skipped"),
            QStringLiteral("only %1 free in %2; 3 GB needed")
                .arg(Bench::megabytes(storage.bytesAvailable()), temp.path()));
        return 0;
    }

    Sim::SimConfig config = Test::fastSimConfig();
    config.conversationsPerDay = 10;
    config.days = 1;
    config.mediaFixedBytes = fileBytes;
    Test::SimFixture sim(config);
    const auto recordings = Bench::availableAudio(sim.server().org(), 1);
    const QList<QUrl> urls = Bench::presignedUrls(sim, recordings);
    if (urls.isEmpty() || urls.constFirst().isEmpty()) {
        std::fprintf(stderr, "bench_memory: no presigned URL\n");
        return 1;
    }

    QNetworkAccessManager nam;
    Transfer::DownloadQueue queue(&nam);
    std::optional<Transfer::DownloadResult> result;
    Bench::EventWait finished;
    QObject::connect(&queue, &Transfer::DownloadQueue::downloadFinished, &queue,
        [&](const QString &, const Transfer::DownloadResult &r) {
            result = r;
            finished.quit();
        });
    // VmRSS sampled as well, to show the curve rather than just its top.
    qint64 maxRssKb = 0;
    QTimer sampler;
    sampler.setInterval(100);
    QObject::connect(&sampler, &QTimer::timeout, &sampler,
        [&maxRssKb] { maxRssKb = std::max(maxRssKb, Bench::procStatusKb("VmRSS")); });

    const QString target = temp.filePath(QStringLiteral("big.wav"));
    const qint64 hwmBeforeKb = Bench::procStatusKb("VmHWM");
    const bool reset = Bench::resetPeakRss();
    const qint64 rssBeforeKb = Bench::procStatusKb("VmRSS");
    const qint64 baselineKb = reset ? Bench::procStatusKb("VmHWM") : hwmBeforeKb;
    QElapsedTimer timer;
    timer.start();
    sampler.start();
    queue.enqueue({ urls.constFirst(), target, fileBytes, QStringLiteral("big") });
    finished.wait(timeoutMs);
    const qint64 elapsedMs = timer.elapsed();
    sampler.stop();
    const qint64 hwmAfterKb = Bench::procStatusKb("VmHWM");
    const qint64 rssAfterKb = Bench::procStatusKb("VmRSS");
    const qint64 size = QFileInfo(target).size();
    QFile::remove(target);

    Bench::ResultBlock block(QStringLiteral("bench_memory: one 2 GiB recording through the DownloadQueue"));
    block.line(QStringLiteral("result"),
        !result          ? QStringLiteral("did not finish within %1").arg(Bench::secondsText(timeoutMs))
            : result->ok ? QStringLiteral("ok, sha256 %1")
                               .arg(QString::fromLatin1(result->sha256Hex.left(16)) + QStringLiteral("..."))
                         : QStringLiteral("failed: %1").arg(result->error.detail));
    block.line(QStringLiteral("machine"), Bench::machineLoad());
    block.line(QStringLiteral("file size"), QStringLiteral("%1 bytes (%2)").arg(size).arg(Bench::megabytes(size)));
    block.line(QStringLiteral("time"), Bench::secondsText(elapsedMs));
    block.line(QStringLiteral("throughput"), Bench::megabytesPerSecond(size, elapsedMs));
    block.line(QStringLiteral("VmHWM before (process so far)"), kilobytes(hwmBeforeKb));
    block.line(QStringLiteral("peak reset before download"),
        reset ? QStringLiteral("yes (/proc/self/clear_refs)") : QStringLiteral("no; growth is against the old peak"));
    block.line(QStringLiteral("VmRSS before"), kilobytes(rssBeforeKb));
    block.line(QStringLiteral("VmHWM after"), kilobytes(hwmAfterKb));
    block.line(QStringLiteral("peak growth during download"),
        baselineKb >= 0 && hwmAfterKb >= 0 ? kilobytes(hwmAfterKb - baselineKb) : kilobytes(-1));
    block.line(QStringLiteral("largest VmRSS sampled (100 ms)"), kilobytes(maxRssKb));
    block.line(QStringLiteral("VmRSS after"), kilobytes(rssAfterKb));
    block.text(QStringLiteral("The figure includes the in-process simulator (its server thread and 64 KiB send "
                              "buffer per connection); kernel socket buffers and the page cache are not in RSS."));
    return result && result->ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench::quietLogs();
    try {
        return run();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_memory: %s\n", e.what());
        return 1;
    }
}
