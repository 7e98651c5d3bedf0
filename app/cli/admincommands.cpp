// status, verify, profiles and secrets: commands that need no export run.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

#include "commands.h"
#include "core/api/region.h"
#include "core/evidence/fileverifier.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/credentialstore.h"
#include "core/store/jobstore.h"
#include "exportcommand.h"

namespace Custody::Cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

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

QString profilesPath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("profiles")) ? parser.value(QStringLiteral("profiles"))
                                                    : Profiles::ProfileStore::defaultFilePath();
}

} // namespace

int statusCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List exports and their progress."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("store"), tr("The job store file."), QStringLiteral("file") });
    parser.process(arguments);
    Store::JobStore store;
    const auto opened = store.open(
        parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : defaultStorePath());
    if (!opened.ok()) {
        err() << opened.error().userMessage() << "\n";
        return ExitUsage;
    }
    const auto exports = store.listExports();
    if (!exports.ok()) {
        err() << exports.error().userMessage() << "\n";
        return ExitUsage;
    }
    if (exports.value().isEmpty())
        out() << tr("No exports yet.") << "\n";
    const QLocale locale;
    for (const Store::ExportSummary &e : exports.value()) {
        out() << e.uuid.toString(QUuid::WithoutBraces) << "  " << Store::toString(e.state).leftJustified(22) << " "
              << tr("%1 downloaded, %2 failed")
                     .arg(locale.toString(e.items.count(Store::ItemState::Downloaded)),
                         locale.toString(e.items.count(Store::ItemState::Failed)))
              << "  " << e.name << "  " << QDir::toNativeSeparators(e.destination) << "\n";
    }
    return ExitOk;
}

int verifyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Recheck every file of an export folder against its manifest."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("folder"), tr("The export folder."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(ExitUsage);
    const QString folder = parser.positionalArguments().constFirst();
    const Evidence::VerifyReport report = Evidence::FileVerifier::verify(folder);
    if (!report.manifestReadable) {
        err() << report.errorString << "\n";
        return ExitDestination;
    }
    for (const QString &path : report.missing)
        out() << tr("missing: ") << path << "\n";
    for (const Evidence::ChangedFile &file : report.changed)
        out() << tr("changed: ") << file.relativePath << " (" << file.expectedSize << " -> " << file.actualSize
              << " bytes, sha256 " << file.expectedSha256.left(12) << " -> " << file.actualSha256.left(12) << ")\n";
    for (const QString &path : report.unreadable)
        out() << tr("unreadable: ") << path << "\n";
    for (const QString &path : report.extra)
        out() << tr("extra: ") << path << "\n";
    for (const QString &path : report.incomplete)
        out() << tr("incomplete download: ") << path << "\n";
    out() << tr("%1 files match the manifest; %2 missing, %3 changed, %4 extra.")
                 .arg(QLocale().toString(report.ok.size()))
                 .arg(QLocale().toString(report.missing.size()))
                 .arg(QLocale().toString(report.changed.size()))
                 .arg(QLocale().toString(report.extra.size()))
          << "\n";
    return report.passed() ? ExitOk : ExitItemsFailed;
}

int profilesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage org profiles: add, list, remove."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list or remove"));
    parser.addOptions({
        { QStringLiteral("profiles"), tr("The profiles file."), QStringLiteral("file") },
        { QStringLiteral("name"), tr("Profile name."), QStringLiteral("name") },
        { QStringLiteral("region"), tr("Region domain, e.g. mypurecloud.ie."), QStringLiteral("domain") },
        { QStringLiteral("gateway"), tr("Custom base URL serving login and API."), QStringLiteral("url") },
        { QStringLiteral("client-id"), tr("OAuth client id (client credentials grant)."), QStringLiteral("id") },
        { QStringLiteral("secret-env"), tr("Read the secret from this environment variable instead of the keychain."),
            QStringLiteral("variable") },
        { QStringLiteral("tz"), tr("Default time zone of the org, e.g. Europe/Berlin."), QStringLiteral("zone") },
    });
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        parser.showHelp(ExitUsage);
    Profiles::ProfileStore profiles(profilesPath(parser));
    const Profiles::ProfileStoreResult loaded = profiles.load();
    if (!loaded.ok) {
        err() << loaded.message << "\n";
        return ExitUsage;
    }
    const QString action = positional.constFirst();
    if (action == QStringLiteral("list")) {
        for (const Profiles::OrgProfile &p : profiles.list())
            out() << p.name << "  " << p.hosts().apiBase.toString() << "  " << p.clientId << "  "
                  << (p.secretSource.isKeychain() ? tr("secret in keychain")
                                                  : tr("secret in $%1").arg(p.secretSource.variableName()))
                  << "\n";
        return ExitOk;
    }
    if (action == QStringLiteral("add")) {
        Profiles::OrgProfile profile = Profiles::OrgProfile::create(parser.value(QStringLiteral("name")));
        profile.regionDomain = parser.value(QStringLiteral("region"));
        profile.gatewayUrl = QUrl(parser.value(QStringLiteral("gateway")));
        profile.clientId = parser.value(QStringLiteral("client-id"));
        profile.timeZone = parser.value(QStringLiteral("tz")).toLatin1();
        if (parser.isSet(QStringLiteral("secret-env")))
            profile.secretSource
                = Secrets::SecretSource::environmentVariable(parser.value(QStringLiteral("secret-env")));
        const Profiles::ProfileStoreResult added = profiles.add(profile);
        if (!added.ok) {
            err() << added.message << "\n";
            return ExitUsage;
        }
        out() << tr("Added profile %1.").arg(profile.name) << "\n";
        if (profile.secretSource.isKeychain())
            out() << tr("Now store its client secret: custody-cli secrets set \"%1\"").arg(profile.name) << "\n";
        return ExitOk;
    }
    if (action == QStringLiteral("remove") && positional.size() == 2) {
        const auto profile = profiles.find(positional.at(1));
        if (!profile) {
            err() << tr("No profile named \"%1\".").arg(positional.at(1)) << "\n";
            return ExitUsage;
        }
        const Profiles::ProfileStoreResult removed = profiles.remove(profile->id);
        if (!removed.ok) {
            err() << removed.message << "\n";
            return ExitUsage;
        }
        // The secret goes with the profile.
        Secrets::CredentialStore credentials;
        int code = ExitOk;
        credentials.remove(profile->id, profile->clientId, qApp, [&code](const Secrets::CredentialResult &result) {
            if (!result.ok() && result.status != Secrets::CredentialResult::Status::NotFound) {
                err() << result.message << "\n";
                code = ExitAuth;
            }
            QCoreApplication::quit();
        });
        QCoreApplication::exec();
        out() << tr("Removed profile %1.").arg(profile->name) << "\n";
        return code;
    }
    parser.showHelp(ExitUsage);
}

int secretsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Store a profile's OAuth client secret in the OS keychain. The secret is read from standard input."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("profiles"), tr("The profiles file."), QStringLiteral("file") });
    parser.addPositionalArgument(QStringLiteral("set"), tr("set"));
    parser.addPositionalArgument(QStringLiteral("profile"), tr("Profile name or id."));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.constFirst() != QStringLiteral("set"))
        parser.showHelp(ExitUsage);
    Profiles::ProfileStore profiles(profilesPath(parser));
    if (const auto loaded = profiles.load(); !loaded.ok) {
        err() << loaded.message << "\n";
        return ExitUsage;
    }
    const auto profile = profiles.find(positional.at(1));
    if (!profile) {
        err() << tr("No profile named \"%1\".").arg(positional.at(1)) << "\n";
        return ExitUsage;
    }
    QTextStream in(stdin);
    const QString secret = in.readLine().trimmed();
    if (secret.isEmpty()) {
        err() << tr("No secret on standard input. Example: custody-cli secrets set \"%1\" < secret.txt")
                     .arg(profile->name)
              << "\n";
        return ExitUsage;
    }
    Secrets::CredentialStore credentials;
    int code = ExitOk;
    credentials.write(profile->id, profile->clientId, secret, qApp, [&code](const Secrets::CredentialResult &result) {
        if (!result.ok()) {
            err() << result.message << "\n";
            code = ExitAuth;
        }
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    if (code == ExitOk)
        out() << tr("Stored the client secret of %1 in the keychain.").arg(profile->name) << "\n";
    return code;
}

} // namespace Custody::Cli
