// custody-cli: headless exports over the same engine as the desktop app.
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include "commands.h"
#include "core/i18n/translations.h"
#include "core/version.h"
#include "exportcommand.h"

namespace {

const char *const usage = QT_TRANSLATE_NOOP("Custody::Cli", R"(Usage: custody-cli <command> [options]

Commands:
  export     Export recordings and conversation records (see custody-cli export --help);
             export --demo runs a complete export against a simulated org
  resume     Continue an interrupted or paused export:  resume <export-id>
  cancel     Cancel an export:                            cancel <export-id>
  status     List exports and their progress
  verify     Recheck an export folder against its manifest: verify <folder>
  profiles   Manage org profiles: profiles add|list|remove
  secrets    Store a profile's client secret in the OS keychain: secrets set <profile>

Options: --help, --version; custody-cli <command> --help shows a command's options.

Exit codes: 0 all exported, 1 some items failed (listed), 2 usage error,
            3 authentication or permission error, 4 destination error.
)");

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("custody-cli"));
    QCoreApplication::setOrganizationName(Custody::organizationName());
    QCoreApplication::setApplicationVersion(Custody::applicationVersion());
    // The system's language; the command line has no language setting.
    Custody::installTranslators(app, QString());

    // Progress lines are the output; library chatter only with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("custody.*.debug=false\ncustody.*.info=false"));

    QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (arguments.size() < 2 || arguments.at(1) == QStringLiteral("--help")
        || arguments.at(1) == QStringLiteral("-h")) {
        out << QCoreApplication::translate("Custody::Cli", usage);
        return arguments.size() < 2 ? Custody::Cli::ExitUsage : Custody::Cli::ExitOk;
    }
    if (arguments.at(1) == QStringLiteral("--version") || arguments.at(1) == QStringLiteral("-v")) {
        out << "custody-cli " << Custody::applicationVersion() << "\n";
        return Custody::Cli::ExitOk;
    }
    const QString command = arguments.at(1);
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("custody-cli ") + command;
    if (command == QStringLiteral("export"))
        return Custody::Cli::exportCommand(arguments);
    if (command == QStringLiteral("resume"))
        return Custody::Cli::resumeCommand(arguments);
    if (command == QStringLiteral("cancel"))
        return Custody::Cli::cancelCommand(arguments);
    if (command == QStringLiteral("status"))
        return Custody::Cli::statusCommand(arguments);
    if (command == QStringLiteral("verify"))
        return Custody::Cli::verifyCommand(arguments);
    if (command == QStringLiteral("profiles"))
        return Custody::Cli::profilesCommand(arguments);
    if (command == QStringLiteral("secrets"))
        return Custody::Cli::secretsCommand(arguments);
    QTextStream(stderr) << QCoreApplication::translate("Custody::Cli", "Unknown command \"%1\".\n\n").arg(command)
                        << QCoreApplication::translate("Custody::Cli", usage);
    return Custody::Cli::ExitUsage;
}
