#include <QCommandLineParser>
#include <QCoreApplication>

#include "core/version.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("custody-cli"));
    QCoreApplication::setOrganizationName(Custody::organizationName());
    QCoreApplication::setApplicationVersion(Custody::applicationVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Custody command line: export Genesys Cloud recordings and conversation records."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
