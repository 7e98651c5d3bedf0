// The composition root of the desktop application: builds the store, the
// network access manager, the engine and the window, and passes each its
// dependencies. Nothing else in the application constructs these.
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

#include "core/api/clock.h"
#include "core/i18n/translations.h"
#include "core/jobs/engine.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/credentialstore.h"
#include "core/settings/appsettings.h"
#include "core/store/jobstore.h"
#include "core/version.h"
#include "ui/demoorg.h"
#include "ui/jobstablemodel.h"
#include "ui/mainwindow.h"
#include "ui/sessionbroker.h"

namespace {

/// --screenshot, second part: two slowed-down exports and a cancelled one;
/// once files are arriving, selects the busiest and saves the picture.
void screenshotBusyExports(Custody::Ui::MainWindow *window, Custody::Jobs::Engine *engine,
    Custody::Ui::SessionBroker *broker, const QString &file)
{
    using namespace Custody;
    // Slow enough to catch the exports mid-way; the demo org is on loopback.
    engine->setBandwidthLimit(900 * 1024);
    const QDir folder(window->demoFolder());
    const auto fortnight = window->createAndStartExport(
        broker->demo()->sampleSpec(QApplication::translate("main", "Complaints, last fortnight"),
            folder.filePath(QStringLiteral("complaints-fortnight")), 13));
    const auto cancelled = window->createAndStartExport(broker->demo()->sampleSpec(
        QApplication::translate("main", "Test run"), folder.filePath(QStringLiteral("test-run")), 2));
    if (const auto *id = std::get_if<Store::ExportId>(&cancelled))
        QTimer::singleShot(1500, engine, [engine, id = *id] { engine->cancel(id); });
    const auto week = window->startDemo();
    if (!week || !std::holds_alternative<Store::ExportId>(fortnight))
        return QApplication::exit(1);

    auto *poll = new QTimer(window);
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        Ui::JobsTableModel *model = window->jobsModel();
        const int row = model->rowOf(*week);
        const bool enough = row >= 0 && model->jobAt(row).filesDone() >= 40;
        const bool late = QDateTime::currentMSecsSinceEpoch() - startedMs > 60000;
        if (!enough && !late)
            return;
        poll->stop();
        window->selectExport(*week);
        // Let the details pane and the status bar catch up before the picture.
        QTimer::singleShot(2500, window, [window, file] {
            const bool saved = window->grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    });
    poll->start(250);
}

/// --screenshot: runs a short demo export to its end first (so the list
/// shows a finished export too), then the busy ones.
void runScreenshot(Custody::Ui::MainWindow *window, Custody::Jobs::Engine *engine, Custody::Ui::SessionBroker *broker,
    const QString &file)
{
    using namespace Custody;
    QString error;
    if (!broker->startDemo(&error))
        return QApplication::exit(1);
    QDir().mkpath(window->demoFolder());
    const auto first = window->createAndStartExport(
        broker->demo()->sampleSpec(QApplication::translate("main", "Legal hold, one day"),
            QDir(window->demoFolder()).filePath(QStringLiteral("legal-hold")), 1));
    const auto *id = std::get_if<Store::ExportId>(&first);
    if (!id)
        return QApplication::exit(1);
    QObject::connect(
        window->jobsModel(), &Ui::JobsTableModel::exportStopped, window, [=, id = *id](Store::ExportId stopped) {
            if (stopped == id)
                screenshotBusyExports(window, engine, broker, file);
        });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(Custody::applicationName());
    QApplication::setOrganizationName(Custody::organizationName());
    QApplication::setApplicationVersion(Custody::applicationVersion());
    Custody::installTranslators(app, Custody::Settings::AppSettings::load(QSettings()).behaviour.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Custody: evidence-grade exports from Genesys Cloud."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after <ms> milliseconds (for smoke tests)."), QStringLiteral("ms"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QApplication::translate("main", "Start on a simulated organisation."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Run demo exports in a temporary folder, save a picture of the window to <file> and quit."),
        QStringLiteral("file"));
    const QCommandLineOption storeOption(QStringLiteral("store"),
        QApplication::translate("main", "The job store file (default: in the application data folder)."),
        QStringLiteral("file"));
    parser.addOptions({ quitAfter, demo, screenshot, storeOption });
    parser.process(app);

    // A screenshot run must leave the user's data alone: its store, settings
    // and demo files live in a temporary folder.
    const bool screenshotMode = parser.isSet(screenshot);
    QTemporaryDir scratch;
    if (screenshotMode) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.filePath(QStringLiteral("settings")));
    }
    QString storePath = parser.value(storeOption);
    if (screenshotMode)
        storePath = scratch.filePath(QStringLiteral("custody.db"));
    else if (storePath.isEmpty())
        storePath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                        .filePath(QStringLiteral("custody.db"));
    QDir().mkpath(QFileInfo(storePath).absolutePath());

    Custody::Store::JobStore store;
    const auto opened = store.open(storePath);
    if (!opened.ok()) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Custody Cannot Start"), opened.error().userMessage());
        return 1;
    }
    QNetworkAccessManager nam;
    Custody::Jobs::Engine engine(&store, &nam, Custody::Api::Clock::system());
    {
        const QSettings settings;
        const auto applied = Custody::Settings::AppSettings::load(settings);
        engine.setMaxDownloads(applied.transfers.maxDownloads);
        engine.setBandwidthLimit(applied.transfers.bandwidthBytesPerSecond);
    }
    // The screenshot run never reads the keychain: without a credential
    // store only the simulated organisation can be used. (The demo never
    // does either; SessionBroker serves it without a secret lookup.)
    std::unique_ptr<Custody::Secrets::CredentialStore> credentials;
    if (!screenshotMode)
        credentials = std::make_unique<Custody::Secrets::CredentialStore>();
    Custody::Ui::SessionBroker broker(&engine, credentials.get());
    if (!screenshotMode) {
        Custody::Profiles::ProfileStore profiles(Custody::Profiles::ProfileStore::defaultFilePath());
        if (profiles.load().ok)
            broker.setProfiles(profiles.list());
    }

    Custody::Ui::MainWindow window(&engine, &broker);
    if (screenshotMode)
        window.setDemoFolder(scratch.filePath(QStringLiteral("exports")));
    window.show();
    if (screenshotMode)
        QTimer::singleShot(0, &window, [&] { runScreenshot(&window, &engine, &broker, parser.value(screenshot)); });
    else if (parser.isSet(demo))
        QTimer::singleShot(0, &window, [&window] { window.startDemo(); });
    if (parser.isSet(quitAfter))
        // exit(), not quit(): a smoke test must not stop at the "exports are
        // running" question that closing the window asks.
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, [] { QCoreApplication::exit(0); });
    return QApplication::exec();
}
