// custody-sim: serves the simulated Genesys Cloud org until interrupted.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>

#include "core/sim/simorg.h"
#include "core/sim/simserver.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
#ifdef Q_OS_UNIX
    const char byte = 1;
    [[maybe_unused]] auto written = ::write(signalPipe[1], &byte, 1);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("custody-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTODY_SIM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A simulated Genesys Cloud organisation served over HTTP on loopback: OAuth, analytics jobs, "
                       "recordings, batch downloads, recording bulk jobs, rate limits and switchable faults."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0 picks one)."),
        QStringLiteral("port"), QStringLiteral("8765"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generated org."),
        QStringLiteral("n"), QStringLiteral("42"));
    const QCommandLineOption perDay(QStringLiteral("conversations-per-day"), QStringLiteral("Conversations per day."),
        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Days of history, ending yesterday."),
        QStringLiteral("n"), QStringLiteral("14"));
    const QCommandLineOption endDate(QStringLiteral("end-date"),
        QStringLiteral("First day (UTC, yyyy-MM-dd) with no data; default today."), QStringLiteral("date"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), QStringLiteral("OAuth client id."),
        QStringLiteral("id"), QStringLiteral("custody-demo"));
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"), QStringLiteral("OAuth client secret."),
        QStringLiteral("secret"), QStringLiteral("demo-secret"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"), QStringLiteral("API requests per minute per client."),
        QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption ttl(QStringLiteral("url-ttl-minutes"),
        QStringLiteral("recordingBatchDownloadUrlTtl in minutes (2 to 60)."), QStringLiteral("minutes"),
        QStringLiteral("60"));
    const QCommandLineOption mediaBytes(QStringLiteral("media-bytes"),
        QStringLiteral("Every recording is exactly this many bytes (e.g. 2147483648)."), QStringLiteral("bytes"));
    const QCommandLineOption fast(QStringLiteral("fast"), QStringLiteral("Short job timings, for tests and demos."));
    const QCommandLineOption admin(
        QStringLiteral("admin"), QStringLiteral("Serve /sim/stats, /sim/faults, /sim/config."));
    const QCommandLineOption printConfig(
        QStringLiteral("print-config"), QStringLiteral("Print the configuration in force as JSON and exit."));
    const QCommandLineOption describe(
        QStringLiteral("describe"), QStringLiteral("Print a summary of the generated org as JSON and exit."));
    parser.addOptions({ port, seed, perDay, days, endDate, clientId, clientSecret, rate, ttl, mediaBytes, fast, admin,
        printConfig, describe });
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    auto number = [&](const QCommandLineOption &option, qint64 min, qint64 max) {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < min || value > max) {
            err << "custody-sim: --" << option.names().constFirst() << " must be a number from " << min << " to " << max
                << "\n";
            std::exit(2);
        }
        return value;
    };

    Custody::Sim::SimConfig config;
    config.port = quint16(number(port, 0, 65535));
    config.seed = quint64(number(seed, 0, std::numeric_limits<qint64>::max()));
    config.conversationsPerDay = int(number(perDay, 0, 1000000));
    config.days = int(number(days, 0, 3660));
    config.rateLimitPerMinute = int(number(rate, 1, 1000000));
    config.urlTtlMinutes = int(number(ttl, 1, 60));
    config.admin = parser.isSet(admin);
    config.clients = { { parser.value(clientId), parser.value(clientSecret), {} } };
    if (parser.isSet(mediaBytes))
        config.mediaFixedBytes = number(mediaBytes, 64, std::numeric_limits<qint64>::max());
    if (parser.isSet(endDate)) {
        config.endDate = QDate::fromString(parser.value(endDate), Qt::ISODate);
        if (!config.endDate.isValid()) {
            err << "custody-sim: --end-date must be a date like 2024-03-15\n";
            return 2;
        }
    }
    if (parser.isSet(fast)) {
        config.analyticsJob = { 300, 0.05 };
        config.analyticsQueuedMs = 50;
        config.batchRequest = { 200, 2.0 };
        config.recordingJobQuery = { 300, 0.05 };
        config.recordingJobProcess = { 400, 1.0 };
        config.transcodingPolls = 1;
    }

    if (parser.isSet(printConfig)) {
        out << QJsonDocument(config.toJson()).toJson();
        return 0;
    }
    Custody::Sim::SimServer server(config);
    if (parser.isSet(describe)) {
        out << QJsonDocument(server.org().summaryJson()).toJson();
        return 0;
    }
    QString error;
    if (!server.start(&error)) {
        err << "custody-sim: " << error << "\n";
        return 1;
    }
    out << "custody-sim listening on " << server.baseUrl() << " (client id " << parser.value(clientId) << ")"
        << Qt::endl;

#ifdef Q_OS_UNIX
    if (::pipe(signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
#endif
    const int code = QCoreApplication::exec();
    server.stop();
    return code;
}
