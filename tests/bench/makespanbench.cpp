// bench_makespan: a 10,000-conversation week exported through the Engine
// against custody-sim in-process, compared with the lower bound that the
// simulator's limits and processing times allow (see lowerbound.h), and the
// API requests it took, per endpoint. Prints figures; never fails on them.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <optional>
#include <variant>

#include "bench/benchsupport.h"
#include "bench/lowerbound.h"
#include "core/api/clock.h"
#include "core/jobs/engine.h"
#include "core/plan/planner.h"
#include "core/store/jobstore.h"

using namespace Custody;

namespace {

constexpr int exportTimeoutMs = 10 * 60 * 1000;

// Realistic shapes with compressed time: the lower bound is tens of seconds,
// and media are small enough that the disk is not what limits the run.
Sim::SimConfig weekConfig()
{
    Sim::SimConfig config;
    config.seed = 42;
    config.conversationsPerDay = 1430;
    config.days = 7;
    config.endDate = QDate(2024, 3, 11);
    config.timeZone = QStringLiteral("Europe/Berlin");
    config.analyticsJob = { 2000, 0.5 };
    config.analyticsQueuedMs = 200;
    config.batchRequest = { 1000, 10.0 };
    config.mediaMeanBytes = 50 * 1024;
    return config;
}

// Loopback throughput the way the engine receives bytes (QNetworkAccessManager,
// four streams, as many as the engine downloads at once), without disk or hash.
double measureLoopback(qint64 *bytes)
{
    Sim::SimConfig config = Test::fastSimConfig();
    config.conversationsPerDay = 20;
    config.days = 1;
    config.mediaFixedBytes = 64 * 1024 * 1024;
    Test::SimFixture sim(config);
    const auto recordings = Bench::availableAudio(sim.server().org(), 4);
    return Bench::loopbackBytesPerSecond(Bench::presignedUrls(sim, recordings), bytes);
}

qint64 number(const QJsonObject &object, const QString &key)
{
    return qint64(object.value(key).toDouble());
}

void printRequests(const QJsonObject &stats, qint64 downloaded, const Bench::LowerBound &lb)
{
    Bench::ResultBlock block(QStringLiteral("bench_requests: API requests per endpoint"));
    struct Route
    {
        QString name;
        qint64 total = 0;
        QString statuses;
    };
    QList<Route> routes;
    const QJsonObject requests = stats.value(QStringLiteral("requests")).toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        Route route { it.key(), 0, {} };
        const QJsonObject byStatus = it.value().toObject();
        for (auto s = byStatus.begin(); s != byStatus.end(); ++s) {
            route.total += qint64(s.value().toDouble());
            route.statuses += QStringLiteral("%1%2:%3").arg(route.statuses.isEmpty() ? QString() : QStringLiteral(" "),
                s.key(), QString::number(qint64(s.value().toDouble())));
        }
        routes.append(route);
    }
    std::sort(routes.begin(), routes.end(), [](const Route &a, const Route &b) { return a.total > b.total; });
    for (const Route &route : routes) {
        const QString perRecording = downloaded > 0
            ? QStringLiteral("%1 per recording").arg(double(route.total) / double(downloaded), 0, 'f', 4)
            : QString();
        block.line(route.name, QStringLiteral("%1  (%2)  %3").arg(route.total).arg(route.statuses, perRecording));
    }
    const qint64 api = number(stats, QStringLiteral("apiRequests"));
    block.line(QStringLiteral("API requests (/api/*)"), QString::number(api));
    block.line(QStringLiteral("minimum API requests (lower bound)"), QString::number(lb.minApiRequests));
    block.line(QStringLiteral("used / minimum"),
        lb.minApiRequests > 0 ? QString::number(double(api) / double(lb.minApiRequests), 'f', 2) : QStringLiteral("-"));
    block.line(QStringLiteral("API requests per recording"),
        downloaded > 0 ? QString::number(double(api) / double(downloaded), 'f', 4) : QStringLiteral("-"));
    block.line(QStringLiteral("minimum per recording"),
        downloaded > 0 ? QString::number(double(lb.minApiRequests) / double(downloaded), 'f', 4) : QStringLiteral("-"));
    block.line(QStringLiteral("tokens issued"), QString::number(number(stats, QStringLiteral("tokensIssued"))));
}

int run()
{
    QTemporaryDir temp;
    if (!temp.isValid()) {
        std::fprintf(stderr, "bench_makespan: no temporary folder\n");
        return 1;
    }
    qint64 probeBytes = 0;
    const double loopback = measureLoopback(&probeBytes);

    const Sim::SimConfig config = weekConfig();
    Test::SimFixture sim(config);
    const Sim::SimOrg &org = sim.server().org();

    Store::JobStore store;
    if (const auto opened = store.open(temp.filePath(QStringLiteral("custody.db"))); !opened.ok()) {
        std::fprintf(stderr, "bench_makespan: %s\n", qPrintable(opened.error().userMessage()));
        return 1;
    }
    QNetworkAccessManager nam;
    Jobs::Engine engine(&store, &nam, Api::Clock::system());

    Plan::ExportSpec spec;
    spec.name = QStringLiteral("bench week");
    spec.profileId = QStringLiteral("bench");
    spec.timeZoneId = config.timeZone;
    spec.range = { config.endDate.addDays(-config.days), config.endDate.addDays(-1) };
    spec.destinationFolder = temp.filePath(QStringLiteral("export"));

    const Bench::LowerBound lb
        = Bench::LowerBound::compute(config, org, Plan::Planner::windows(spec), Bench::ClientLimits(), loopback);

    const auto created = engine.createExport(spec);
    if (const auto *problems = std::get_if<QStringList>(&created)) {
        std::fprintf(stderr, "bench_makespan: %s\n", qPrintable(problems->join(QLatin1Char(' '))));
        return 1;
    }
    const Store::ExportId id = std::get<Store::ExportId>(created);
    Jobs::OrgConnection connection;
    connection.profileId = spec.profileId;
    connection.description = QStringLiteral("custody-sim at %1").arg(sim.server().baseUrl());
    connection.hosts = Api::ApiHosts::forGateway(QUrl(sim.server().baseUrl()));
    connection.clientId = config.clients.constFirst().id;
    connection.clientSecret = config.clients.constFirst().secret;

    std::optional<Store::ExportState> finalState;
    QString finalMessage;
    Bench::EventWait stopped;
    QObject::connect(&engine, &Jobs::Engine::stopped, &engine,
        [&](Store::ExportId stoppedId, Store::ExportState state, const QString &message) {
            if (stoppedId == id) {
                finalState = state;
                finalMessage = message;
                stopped.quit();
            }
        });
    QElapsedTimer lastReport;
    lastReport.start();
    QObject::connect(
        &engine, &Jobs::Engine::progressChanged, &engine, [&](Store::ExportId, const Jobs::ExportProgress &p) {
            if (lastReport.elapsed() < 15000)
                return;
            lastReport.restart();
            std::fprintf(stderr, "  ... windows %lld/%lld, %lld files, %lld to go\n", qint64(p.windowsDone),
                qint64(p.windowsTotal), qint64(p.downloaded), qint64(p.remaining));
        });

    std::fprintf(stderr, "bench_makespan: exporting %lld conversations (lower bound %.1f s) ...\n",
        qint64(org.conversations().size()), lb.totalSec);
    QElapsedTimer timer;
    timer.start();
    engine.start(id, engine.session(connection));
    stopped.wait(exportTimeoutMs);
    const qint64 makespanMs = timer.elapsed();

    const QJsonObject stats = sim.server().stats();
    const auto counts = store.countItems(id);
    const qint64 downloaded = counts.ok() ? counts.value().count(Store::ItemState::Downloaded) : -1;
    const qint64 failed = counts.ok() ? counts.value().count(Store::ItemState::Failed) : -1;
    const Jobs::ExportRun *exportRun = engine.run(id);
    const qint64 conversations = exportRun ? exportRun->progress().conversations : -1;
    const qint64 api = number(stats, QStringLiteral("apiRequests"));
    const QJsonObject peaks = stats.value(QStringLiteral("peakConcurrentJobs")).toObject();

    {
        Bench::ResultBlock block(QStringLiteral("bench_makespan: 10,000-conversation week through the Engine"));
        block.line(QStringLiteral("org"),
            QStringLiteral("%1 conversations over %2 days (%3), %4 recordings")
                .arg(org.conversations().size())
                .arg(config.days)
                .arg(config.timeZone)
                .arg(lb.recordings));
        block.line(QStringLiteral("timings"),
            QStringLiteral("analytics %1 ms + %2 ms/conv (queued %3 ms), batch %4 ms + %5 ms/result, "
                           "media mean %6 KiB, %7 req/min")
                .arg(config.analyticsJob.fixedMs)
                .arg(config.analyticsJob.perUnitMs)
                .arg(config.analyticsQueuedMs)
                .arg(config.batchRequest.fixedMs)
                .arg(config.batchRequest.perUnitMs)
                .arg(config.mediaMeanBytes / 1024)
                .arg(config.rateLimitPerMinute));
        block.line(QStringLiteral("loopback probe"),
            QStringLiteral("%1 in 4 streams -> %2 MB/s")
                .arg(Bench::megabytes(probeBytes))
                .arg(loopback / 1e6, 0, 'f', 1));
        block.line(QStringLiteral("machine"), Bench::machineLoad());
        block.section(QStringLiteral("lower bound"));
        for (const QString &line : lb.explain(config))
            block.text(line);
        block.section(QStringLiteral("measured"));
        block.line(QStringLiteral("result"),
            finalState ? QStringLiteral("%1: %2").arg(Store::toString(*finalState), finalMessage)
                       : QStringLiteral("did not finish within %1").arg(Bench::secondsText(exportTimeoutMs)));
        block.line(QStringLiteral("makespan"), Bench::secondsText(makespanMs));
        block.line(QStringLiteral("lower bound"), QStringLiteral("%1 s").arg(lb.totalSec, 0, 'f', 2));
        block.line(QStringLiteral("ratio makespan / LB"),
            lb.totalSec > 0 ? QString::number(double(makespanMs) / 1000.0 / lb.totalSec, 'f', 2) : QStringLiteral("-"));
        block.line(QStringLiteral("conversations received"), QString::number(conversations));
        block.line(QStringLiteral("recordings downloaded"),
            QStringLiteral("%1 of %2 downloadable (%3 items failed: archived/deleted/errors)")
                .arg(downloaded)
                .arg(lb.downloadableRecordings)
                .arg(failed));
        block.line(
            QStringLiteral("bytes served (media)"), Bench::megabytes(number(stats, QStringLiteral("bytesServed"))));
        block.line(QStringLiteral("API requests used (apiRequests)"), QString::number(api));
        block.line(QStringLiteral("requests per recording"),
            downloaded > 0 ? QString::number(double(api) / double(downloaded), 'f', 4) : QStringLiteral("-"));
        block.line(QStringLiteral("media GETs"), QString::number(number(stats, QStringLiteral("mediaRequests"))));
        block.line(QStringLiteral("429s received"), QString::number(number(stats, QStringLiteral("tooManyRequests"))));
        block.line(QStringLiteral("requests during Retry-After"),
            QString::number(number(stats, QStringLiteral("requestsDuringRetryAfter"))));
        block.line(QStringLiteral("peak concurrent jobs"),
            QStringLiteral("analytics %1, batch %2")
                .arg(number(peaks, QStringLiteral("analytics")))
                .arg(number(peaks, QStringLiteral("batch"))));
    }
    printRequests(stats, downloaded, lb);
    return finalState ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Bench::quietLogs();
    try {
        return run();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_makespan: %s\n", e.what());
        return 1;
    }
}
