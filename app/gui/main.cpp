#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "core/version.h"
#include "ui/mainwindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(Custody::applicationName());
    QApplication::setOrganizationName(Custody::organizationName());
    QApplication::setApplicationVersion(Custody::applicationVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Custody: evidence-grade exports from Genesys Cloud."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after <ms> milliseconds (for smoke tests)."), QStringLiteral("ms"));
    parser.addOption(quitAfter);
    parser.process(app);

    Custody::Ui::MainWindow window;
    window.show();
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    return QApplication::exec();
}
