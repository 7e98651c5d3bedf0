// export, resume and cancel: the commands that drive the engine.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <optional>

#include "commands.h"
#include "core/api/clock.h"
#include "core/evidence/fileverifier.h"
#include "core/jobs/engine.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/credentialstore.h"
#include "core/secrets/secretresolver.h"
#include "core/sim/simorg.h"
#include "core/sim/simserver.h"
#include "core/store/jobstore.h"
#include "exportcommand.h"
#include "specoptions.h"

namespace Custody::Cli {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// lupdate files the tr() calls of this file under the enclosing namespace,
// so the catalogue is looked up under the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("Custody::Cli", text);
}

const QCommandLineOption storeOption(
    QStringLiteral("store"), QStringLiteral("The job store file."), QStringLiteral("file"));
const QCommandLineOption profilesOption(
    QStringLiteral("profiles"), QStringLiteral("The profiles file."), QStringLiteral("file"));

/// What an engine run needs, alive for the whole command.
struct EngineHost
{
    Store::JobStore store;
    QNetworkAccessManager nam;
    std::unique_ptr<Jobs::Engine> engine;
    std::unique_ptr<Secrets::CredentialStore> credentials;

    bool open(const QCommandLineParser &parser)
    {
        const QString path = parser.isSet(storeOption) ? parser.value(storeOption) : defaultStorePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        const auto opened = store.open(path);
        if (!opened.ok()) {
            err() << opened.error().userMessage() << "\n";
            return false;
        }
        engine = std::make_unique<Jobs::Engine>(&store, &nam, Api::Clock::system());
        credentials = std::make_unique<Secrets::CredentialStore>();
        return true;
    }
};

std::optional<Profiles::OrgProfile> loadProfile(const QCommandLineParser &parser, const QString &name)
{
    Profiles::ProfileStore profiles(
        parser.isSet(profilesOption) ? parser.value(profilesOption) : Profiles::ProfileStore::defaultFilePath());
    const Profiles::ProfileStoreResult loaded = profiles.load();
    if (!loaded.ok) {
        err() << loaded.message << "\n";
        return std::nullopt;
    }
    auto profile = profiles.find(name);
    if (!profile)
        err() << tr("No profile named \"%1\". List them with: custody-cli profiles list").arg(name) << "\n";
    return profile;
}

/// Resolves the profile's secret (keychain or environment) and runs the export.
int runWithProfile(EngineHost &host, Store::ExportId id, const Profiles::OrgProfile &profile)
{
    ExportCommand command(host.engine.get());
    int code = ExitOk;
    QObject::connect(&command, &ExportCommand::done, qApp, [&code](int exitCode) {
        code = exitCode;
        QCoreApplication::quit();
    });
    Secrets::resolveSecret(profile, *host.credentials, &command, [&](const Secrets::CredentialResult &secret) {
        if (!secret.ok()) {
            err() << secret.message << "\n";
            code = ExitAuth;
            return QCoreApplication::quit();
        }
        Jobs::OrgConnection connection;
        connection.profileId = profile.id;
        connection.hosts = profile.hosts();
        connection.description = QStringLiteral("%1 (%2)").arg(profile.name, profile.hosts().apiBase.host());
        connection.clientId = profile.clientId;
        connection.clientSecret = secret.secret;
        command.run(id, connection);
    });
    QCoreApplication::exec();
    return code;
}

std::optional<Store::ExportRecord> findExport(Store::JobStore &store, const QString &idOrUuid)
{
    const auto list = store.listExports();
    if (list.ok()) {
        for (const Store::ExportSummary &summary : list.value()) {
            if (summary.uuid.toString(QUuid::WithoutBraces) == idOrUuid || QString::number(summary.id) == idOrUuid) {
                const auto record = store.exportById(summary.id);
                if (record.ok())
                    return record.value();
            }
        }
    }
    err() << tr("No export \"%1\". List them with: custody-cli status").arg(idOrUuid) << "\n";
    return std::nullopt;
}

/// Parses a command line that names one export (resume, cancel), opens the
/// job store and finds the export; tells the user why when it cannot.
std::optional<Store::ExportRecord> openNamedExport(QCommandLineParser &parser, const QStringList &arguments,
    const QList<QCommandLineOption> &options, EngineHost &host)
{
    parser.addHelpOption();
    parser.addOptions(options);
    parser.addPositionalArgument(QStringLiteral("export"), tr("The export's id (see custody-cli status)."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(ExitUsage);
    if (!host.open(parser))
        return std::nullopt;
    return findExport(host.store, parser.positionalArguments().constFirst());
}

int runDemo(EngineHost &host, const QCommandLineParser &parser, const SpecOptions &)
{
    Sim::SimConfig config;
    config.days = 7;
    config.conversationsPerDay = 40;
    config.mediaMeanBytes = 200 * 1024;
    config.analyticsJob = { 400, 0.2 };
    config.analyticsQueuedMs = 100;
    config.batchRequest = { 300, 5.0 };
    config.transcodingPolls = 1;
    Sim::SimServer sim(config);
    QString error;
    if (!sim.start(&error)) {
        err() << error << "\n";
        return ExitUsage;
    }
    Plan::ExportSpec spec;
    spec.name = tr("Demo export");
    spec.profileId = QStringLiteral("demo");
    spec.timeZoneId = QString::fromLatin1(sim.org().timeZone().id());
    // The simulated org's data ends with the day before its end date, whatever
    // the local date in its zone is now.
    const QDate lastDay = sim.org().endDay().date().addDays(-1);
    spec.range = { lastDay.addDays(-6), lastDay };
    spec.destinationFolder = QDir(parser.isSet(QStringLiteral("dest")) ? parser.value(QStringLiteral("dest"))
                                                                       : QStringLiteral("custody-demo-export"))
                                 .absolutePath();
    if (QDir(spec.destinationFolder).exists() && !QDir(spec.destinationFolder).isEmpty()) {
        err() << tr("The demo writes into a new folder, but %1 is not empty. Remove it or choose another with --dest.")
                     .arg(spec.destinationFolder)
              << "\n";
        return ExitDestination;
    }
    const auto created = host.engine->createExport(spec);
    if (const auto *problems = std::get_if<QStringList>(&created)) {
        err() << problems->join(QLatin1Char('\n')) << "\n";
        return ExitDestination;
    }
    QTextStream(stdout) << tr("Demo: a simulated org (%1, %2) serves %3 conversations on %4.")
                               .arg(sim.org().name(), spec.timeZoneId)
                               .arg(QLocale().toString(sim.org().conversations().size()))
                               .arg(sim.baseUrl())
                        << Qt::endl;
    ExportCommand command(host.engine.get());
    int code = ExitOk;
    QObject::connect(&command, &ExportCommand::done, qApp, [&code](int exitCode) {
        code = exitCode;
        QCoreApplication::quit();
    });
    Jobs::OrgConnection connection;
    connection.profileId = QStringLiteral("demo");
    connection.description = tr("custody-sim demo org at %1").arg(sim.baseUrl());
    connection.hosts = Api::ApiHosts::forGateway(QUrl(sim.baseUrl()));
    connection.clientId = config.clients.constFirst().id;
    connection.clientSecret = config.clients.constFirst().secret;
    command.run(std::get<Store::ExportId>(created), connection);
    QCoreApplication::exec();
    if (code == ExitOk || code == ExitItemsFailed) {
        const Evidence::VerifyReport report = Evidence::FileVerifier::verify(spec.destinationFolder);
        QTextStream(stdout) << tr("Verified %1 files against manifest.csv: %2 missing, %3 changed, %4 extra.")
                                   .arg(QLocale().toString(report.ok.size()))
                                   .arg(QLocale().toString(report.missing.size()))
                                   .arg(QLocale().toString(report.changed.size()))
                                   .arg(QLocale().toString(report.extra.size()))
                            << Qt::endl;
        if (!report.passed())
            code = ExitItemsFailed;
    }
    return code;
}

} // namespace

QString defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("custody.db"));
}

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export recordings and conversation records from Genesys Cloud."));
    parser.addHelpOption();
    SpecOptions specOptions;
    specOptions.addTo(parser);
    const QCommandLineOption profile(
        QStringLiteral("profile"), tr("Org profile name or id."), QStringLiteral("profile"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), tr("Export a demo week from a simulated org started in-process."));
    const QCommandLineOption downloads(QStringLiteral("max-downloads"), tr("Concurrent downloads (default 4)."),
        QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption bandwidth(QStringLiteral("bandwidth"), tr("Bandwidth cap in bytes per second (0: none)."),
        QStringLiteral("bytes"), QStringLiteral("0"));
    parser.addOptions({ profile, demo, downloads, bandwidth, storeOption, profilesOption });
    parser.process(arguments);

    EngineHost host;
    if (!host.open(parser))
        return ExitUsage;
    host.engine->setMaxDownloads(parser.value(downloads).toInt());
    host.engine->setBandwidthLimit(parser.value(bandwidth).toLongLong());
    if (parser.isSet(demo))
        return runDemo(host, parser, specOptions);
    if (!parser.isSet(profile)) {
        err() << tr("Name the org profile with --profile (see custody-cli profiles list), or try --demo.") << "\n";
        return ExitUsage;
    }
    const auto orgProfile = loadProfile(parser, parser.value(profile));
    if (!orgProfile)
        return ExitUsage;
    Plan::ExportSpec spec;
    spec.profileId = orgProfile->id;
    spec.timeZoneId = QString::fromLatin1(orgProfile->timeZone);
    const QStringList problems = specOptions.fill(parser, &spec, QDate::currentDate());
    if (!problems.isEmpty()) {
        err() << problems.join(QLatin1Char('\n')) << "\n";
        return ExitUsage;
    }
    if (spec.name.isEmpty())
        spec.name = tr("Export of %1").arg(spec.range.toString());
    const auto created = host.engine->createExport(spec);
    if (const auto *list = std::get_if<QStringList>(&created)) {
        err() << list->join(QLatin1Char('\n')) << "\n";
        return ExitUsage;
    }
    return runWithProfile(host, std::get<Store::ExportId>(created), *orgProfile);
}

int resumeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Continue an interrupted or paused export."));
    EngineHost host;
    const auto record = openNamedExport(parser, arguments, { storeOption, profilesOption }, host);
    if (!record)
        return ExitUsage;
    const auto profile = loadProfile(parser, record->profileId);
    if (!profile)
        return ExitUsage;
    return runWithProfile(host, record->id, *profile);
}

int cancelCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Cancel an export. Files already exported stay where they are."));
    EngineHost host;
    const auto record = openNamedExport(parser, arguments, { storeOption }, host);
    if (!record)
        return ExitUsage;
    const auto status
        = host.store.setExportState(record->id, Store::ExportState::Cancelled, tr("Cancelled from the command line."));
    if (!status.ok()) {
        err() << status.error().userMessage() << "\n";
        return ExitUsage;
    }
    QTextStream(stdout) << tr("Cancelled %1.").arg(record->name) << Qt::endl;
    return ExitOk;
}

} // namespace Custody::Cli
