// bench_throughput: 200 recordings of 2 MiB each from custody-sim, fetched by
// the engine's DownloadQueue (4 and 8 at once) and by curl with the same
// parallelism on the same presigned URLs. Prints MB/s and ratios.
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <exception>

#include "bench/benchsupport.h"
#include "core/transfer/downloadqueue.h"

using namespace Custody;

namespace {

constexpr int fileCount = 200;
constexpr qint64 fileBytes = 2 * 1024 * 1024;
constexpr int runTimeoutMs = 3 * 60 * 1000;

struct Figures
{
    qint64 elapsedMs = 0;
    qint64 bytes = 0;
    int ok = 0;
    int failed = 0;
    double processCpu = 0; ///< this process: the simulator, plus the engine when it downloads
    double childCpu = 0; ///< curl
    QString note;
};

Figures runQueue(const QList<QUrl> &urls, const QString &folder, int concurrency)
{
    QNetworkAccessManager nam; // fresh connections for every run, as curl has
    Transfer::DownloadQueue queue(&nam);
    queue.setMaxConcurrent(concurrency);
    Figures f;
    Bench::EventWait allDone;
    const int count = int(urls.size());
    QObject::connect(&queue, &Transfer::DownloadQueue::downloadFinished, &queue,
        [&](const QString &, const Transfer::DownloadResult &result) {
            if (result.ok) {
                ++f.ok;
                f.bytes += result.size;
            } else {
                ++f.failed;
                f.note = result.error.detail;
            }
            if (f.ok + f.failed == count)
                allDone.quit();
        });
    const Bench::CpuSeconds cpu = Bench::cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < urls.size(); ++i)
        queue.enqueue(
            { urls.at(i), QDir(folder).filePath(QStringLiteral("%1.wav").arg(i)), fileBytes, QString::number(i) });
    allDone.wait(runTimeoutMs);
    f.elapsedMs = timer.elapsed();
    f.processCpu = Bench::cpuSeconds().self - cpu.self;
    return f;
}

Figures runCurl(const QString &curl, const QList<QUrl> &urls, const QString &folder, int concurrency)
{
    Figures f;
    const QString configPath = QDir(folder).filePath(QStringLiteral("curl.config"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Text)) {
        f.note = QStringLiteral("cannot write %1").arg(configPath);
        return f;
    }
    const QString outputs = QDir(folder).filePath(QStringLiteral("out"));
    QDir().mkpath(outputs);
    for (int i = 0; i < urls.size(); ++i)
        config.write(QStringLiteral("url = \"%1\"\noutput = \"%2/%3.wav\"\n")
                         .arg(urls.at(i).toString(QUrl::FullyEncoded), outputs)
                         .arg(i)
                         .toUtf8());
    config.close();
    const Bench::CpuSeconds cpu = Bench::cpuSeconds();
    QProcess process;
    // curl draws its parallel progress meter even with -s; keep stderr for errors only.
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(curl,
        { QStringLiteral("--parallel"), QStringLiteral("--parallel-max"), QString::number(concurrency),
            QStringLiteral("--fail"), QStringLiteral("-s"), QStringLiteral("-K"), configPath });
    if (!process.waitForFinished(runTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        f.note = QStringLiteral("curl did not finish");
    }
    f.elapsedMs = timer.elapsed();
    f.processCpu = Bench::cpuSeconds().self - cpu.self;
    f.childCpu = Bench::cpuSeconds().children - cpu.children;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        f.note = QStringLiteral("curl exit code %1: %2")
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError().right(200)).simplified());
    QDirIterator files(outputs, QDir::Files);
    while (files.hasNext()) {
        const qint64 size = QFileInfo(files.next()).size();
        f.bytes += size;
        (size == fileBytes ? f.ok : f.failed) += 1;
    }
    f.failed += int(urls.size()) - f.ok - f.failed;
    return f;
}

QString describe(const Figures &f)
{
    QString text = QStringLiteral("%1 in %2 -> %3  (%4 ok, %5 failed; CPU s: process %6, curl %7)")
                       .arg(Bench::megabytes(f.bytes), Bench::secondsText(f.elapsedMs),
                           Bench::megabytesPerSecond(f.bytes, f.elapsedMs))
                       .arg(f.ok)
                       .arg(f.failed)
                       .arg(f.processCpu, 0, 'f', 2)
                       .arg(f.childCpu, 0, 'f', 2);
    if (!f.note.isEmpty())
        text += QStringLiteral("  [%1]").arg(f.note);
    return text;
}

QString ratio(const Figures &a, const Figures &b)
{
    const double x = Bench::bytesPerSecond(a.bytes, a.elapsedMs);
    const double y = Bench::bytesPerSecond(b.bytes, b.elapsedMs);
    return y > 0 ? QString::number(x / y, 'f', 2) : QStringLiteral("-");
}

int run()
{
    Sim::SimConfig config = Test::fastSimConfig();
    config.conversationsPerDay = 400;
    config.days = 1;
    config.mediaFixedBytes = fileBytes;
    config.batchRequest = { 100, 1.0 };
    Test::SimFixture sim(config);
    const auto recordings = Bench::availableAudio(sim.server().org(), fileCount);
    const QList<QUrl> urls = Bench::presignedUrls(sim, recordings);
    if (urls.size() < fileCount || std::any_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isEmpty(); })) {
        std::fprintf(stderr, "bench_throughput: got only %lld usable URLs\n", qint64(urls.size()));
        return 1;
    }
    QTemporaryDir temp;
    if (!temp.isValid())
        return 1;
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));

    Bench::ResultBlock block(QStringLiteral("bench_throughput: %1 files of %2 over loopback")
                                 .arg(fileCount)
                                 .arg(Bench::megabytes(fileBytes)));
    block.text(QStringLiteral("DownloadQueue: streams to .part, SHA-256, fsync, rename; curl: writes files only."));
    block.text(QStringLiteral("Both run against the same in-process custody-sim, which generates the bytes;"));
    block.text(QStringLiteral("'process' CPU is the simulator's share plus, for DownloadQueue runs, the engine's."));
    block.line(QStringLiteral("machine"), Bench::machineLoad());
    {
        qint64 bytes = 0;
        QElapsedTimer timer;
        timer.start();
        Bench::loopbackBytesPerSecond(urls, &bytes);
        block.line(QStringLiteral("QNAM alone, bodies dropped"),
            QStringLiteral("%1 in %2 -> %3  (no disk, no hash; all requested at once)")
                .arg(Bench::megabytes(bytes), Bench::secondsText(timer.elapsed()),
                    Bench::megabytesPerSecond(bytes, timer.elapsed())));
    }
    QMap<int, Figures> engine, byCurl;
    for (const int concurrency : { 4, 8 }) {
        const QString folder = temp.filePath(QStringLiteral("run%1").arg(concurrency));
        QDir().mkpath(folder);
        engine[concurrency] = runQueue(urls, folder, concurrency);
        QDir(folder).removeRecursively();
        block.line(QStringLiteral("DownloadQueue, %1 at once").arg(concurrency), describe(engine[concurrency]));
        if (curl.isEmpty()) {
            block.line(QStringLiteral("curl, %1 parallel").arg(concurrency), QStringLiteral("skipped: curl not found"));
            continue;
        }
        QDir().mkpath(folder);
        byCurl[concurrency] = runCurl(curl, urls, folder, concurrency);
        QDir(folder).removeRecursively();
        block.line(QStringLiteral("curl --parallel-max %1").arg(concurrency), describe(byCurl[concurrency]));
        block.line(QStringLiteral("ratio DownloadQueue / curl (%1)").arg(concurrency),
            ratio(engine[concurrency], byCurl[concurrency]));
    }
    block.line(QStringLiteral("ratio DownloadQueue 8 / 4"), ratio(engine[8], engine[4]));
    block.text(QStringLiteral("Note: QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host and port."));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench::quietLogs();
    try {
        return run();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_throughput: %s\n", e.what());
        return 1;
    }
}
