#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>

#include "core/jobs/engine.h"
#include "core/profiles/profilestore.h"
#include "core/store/jobstore.h"
#include "core/version.h"
#include "ui/appicon.h"
#include "ui/demoorg.h"
#include "ui/jobactions.h"
#include "ui/jobdetailspane.h"
#include "ui/jobsfilterproxymodel.h"
#include "ui/jobstablemodel.h"
#include "ui/newexportdialog.h"
#include "ui/progressdelegate.h"
#include "ui/sessionbroker.h"
#include "ui/settingsdialog.h"
#include "ui/statuspanel.h"
#include "ui/welcomepanel.h"

namespace Custody::Ui {

MainWindow::MainWindow(Jobs::Engine *engine, SessionBroker *broker, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_broker(broker)
    , m_model(new JobsTableModel(engine, this))
    , m_proxy(new JobsFilterProxyModel(this))
    , m_demoFolder(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                       .filePath(QStringLiteral("Custody demo")))
{
    setWindowTitle(tr("Custody %1").arg(Custody::applicationVersion()));
    setWindowIcon(appIcon());
    m_proxy->setSourceModel(m_model);
    m_model->setHiddenExports(JobActions::hiddenExports());
    m_model->setPalette(palette());
    m_actions = new JobActions(engine, broker, m_model, this);
    buildActions();
    buildCentral();
    buildMenus();
    buildToolBar();
    m_status = new StatusPanel(m_model, m_broker, statusBar());
    buildTray();

    connect(m_actions, &JobActions::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_actions, &JobActions::duplicateRequested, this,
        [this](const Plan::ExportSpec &spec) { openNewExportDialog(spec); });
    connect(m_model, &JobsTableModel::exportStopped, this, &MainWindow::onExportStopped);
    connect(m_model, &JobsTableModel::loaded, this, &MainWindow::updateWelcome);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateWelcome);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateWelcome);
    connect(m_model, &JobsTableModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The list of exports could not be read: %1").arg(message));
    });
    connect(m_broker, &SessionBroker::demoStarted, this, &MainWindow::refreshOrgNames);
    refreshOrgNames();

    resize(1200, 750);
    restoreSettings();
    m_model->reload();
    updateWelcome();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_newExport = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Export…"), this);
    m_newExport->setShortcut(QKeySequence::New);
    m_newExport->setStatusTip(tr("Choose an organisation, the days and what to export"));
    connect(m_newExport, &QAction::triggered, this, &MainWindow::newExport);
    m_settings = new QAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Settings…"), this);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
    });
    m_showWindow = new QAction(tr("&Show Custody"), this);
    connect(m_showWindow, &QAction::triggered, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newExport);
    file->addSeparator();
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *exportMenu = menuBar()->addMenu(tr("&Export", "menu"));
    m_actions->addTo(exportMenu);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *focusSearch = view->addAction(tr("&Find Export"));
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, this, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    auto *focusList = view->addAction(tr("Go to &List"));
    focusList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(focusList, &QAction::triggered, this, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Custody"), this, [this] {
        QMessageBox::about(this, tr("About Custody"),
            tr("<b>Custody %1</b><p>Evidence-grade exports of call recordings and conversation records from "
               "Genesys Cloud, with manifests and SHA-256 hashes.</p>")
                .arg(Custody::applicationVersion()));
    });
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main", "toolbar name"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newExport);
    bar->addSeparator();
    m_actions->addTo(bar);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_stateFilter = new QComboBox(bar);
    m_stateFilter->setAccessibleName(tr("Show exports"));
    m_stateFilter->addItem(tr("All exports", "filter"), int(JobsFilterProxyModel::StateFilter::All));
    m_stateFilter->addItem(tr("Active", "filter"), int(JobsFilterProxyModel::StateFilter::Active));
    m_stateFilter->addItem(tr("Finished", "filter"), int(JobsFilterProxyModel::StateFilter::Finished));
    m_stateFilter->addItem(tr("Needs attention", "filter"), int(JobsFilterProxyModel::StateFilter::NeedsAttention));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateFilter(static_cast<JobsFilterProxyModel::StateFilter>(m_stateFilter->currentData().toInt()));
    });
    bar->addWidget(m_stateFilter);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search name, organisation, folder or id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search exports"));
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &JobsFilterProxyModel::setTextFilter);
    bar->addWidget(m_search);
}

void MainWindow::buildCentral()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setAccessibleName(tr("Exports"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(JobsTableModel::Progress, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobsTableModel::Created, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setIconSize(QSize(16, 16));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths { { JobsTableModel::Name, 170 }, { JobsTableModel::Org, 140 },
        { JobsTableModel::DateRange, 185 }, { JobsTableModel::Content, 135 }, { JobsTableModel::State, 165 },
        { JobsTableModel::Progress, 235 }, { JobsTableModel::Throughput, 85 }, { JobsTableModel::Eta, 80 },
        { JobsTableModel::Destination, 260 } };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // Shortcuts of the actions work while the list has focus, never in a text field.
    const QList<QAction *> jobActions { m_actions->pauseAction(), m_actions->resumeAction(), m_actions->cancelAction(),
        m_actions->retryFailedAction(), m_actions->openFolderAction(), m_actions->openReportAction(),
        m_actions->openManifestAction(), m_actions->verifyAction(), m_actions->duplicateAction(),
        m_actions->removeAction(), m_actions->copyIdAction() };
    m_view->addActions(jobActions);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        m_actions->addTo(&menu);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QAbstractItemView::doubleClicked, m_actions->openFolderAction(), &QAction::trigger);

    m_details = new JobDetailsPane(m_engine->store(), this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_welcome = new WelcomePanel(this);
    connect(m_welcome, &WelcomePanel::tryDemoRequested, this, [this] { startDemo(); });
    connect(m_welcome, &WelcomePanel::addOrganisationRequested, this, &MainWindow::showSettings);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCurrent);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row()) {
                const JobRow &row = m_model->jobAt(m_proxy->mapToSource(current).row());
                m_actions->setCurrent(row);
                m_details->updateHeader(row);
            }
        });
}

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(appIcon(), this);
    m_tray->setToolTip(tr("Custody"));
    auto *menu = new QMenu(this);
    menu->addAction(m_showWindow);
    menu->addAction(m_newExport);
    menu->addSeparator();
    menu->addAction(m_quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            m_showWindow->trigger();
    });
    m_tray->show();
}

void MainWindow::updateCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_actions->setCurrent(std::nullopt);
        m_details->showExport(std::nullopt);
        return;
    }
    const JobRow &row = m_model->jobAt(m_proxy->mapToSource(current).row());
    m_actions->setCurrent(row);
    m_details->showExport(row);
}

void MainWindow::updateWelcome()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->canFetchMore({}) && !m_model->isLoading();
    const bool welcome = empty && m_broker->profiles().isEmpty();
    m_stack->setCurrentWidget(welcome ? static_cast<QWidget *>(m_welcome) : m_splitter);
}

bool MainWindow::selectExport(Store::ExportId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

std::variant<Store::ExportId, QStringList> MainWindow::createAndStartExport(const Plan::ExportSpec &spec)
{
    const auto created = m_engine->createExport(spec);
    if (const auto *id = std::get_if<Store::ExportId>(&created)) {
        m_model->addExport(*id);
        updateWelcome();
        selectExport(*id);
        m_actions->startExport(*id, spec.profileId);
    }
    return created;
}

std::optional<Store::ExportId> MainWindow::startDemo()
{
    QString error;
    if (!m_broker->startDemo(&error)) {
        QMessageBox::warning(
            this, tr("Demo Unavailable"), tr("The simulated organisation could not start: %1").arg(error));
        return std::nullopt;
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmmss"));
    const QString folder = QDir(m_demoFolder).filePath(tr("Last week %1", "demo export folder").arg(stamp));
    QDir().mkpath(m_demoFolder);
    const auto created
        = createAndStartExport(m_broker->demo()->sampleSpec(tr("Claims queue, last week", "demo export name"), folder));
    if (const auto *problems = std::get_if<QStringList>(&created)) {
        QMessageBox::warning(this, tr("Demo Unavailable"), problems->join(QLatin1Char('\n')));
        return std::nullopt;
    }
    statusBar()->showMessage(tr("Exporting from the simulated organisation into %1").arg(folder), 8000);
    return std::get<Store::ExportId>(created);
}

void MainWindow::newExport()
{
    openNewExportDialog(std::nullopt);
}

void MainWindow::openNewExportDialog(const std::optional<Plan::ExportSpec> &prefill)
{
    if (m_broker->profiles().isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("No Organisation Yet"),
            tr("Custody has no organisation to export from. Try it with a simulated organisation now?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            startDemo();
        return;
    }
    NewExportDialog dialog(m_broker->profiles(), this);
    if (prefill)
        dialog.setSpec(*prefill);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto created = createAndStartExport(dialog.spec());
    if (const auto *problems = std::get_if<QStringList>(&created))
        QMessageBox::warning(this, tr("Cannot Create Export"), problems->join(QLatin1Char('\n')));
}

void MainWindow::refreshOrgNames()
{
    QHash<QString, QString> names { { DemoOrg::profileId(), DemoOrg::displayName() } };
    for (const Profiles::OrgProfile &profile : m_broker->profiles())
        names.insert(profile.id, profile.name);
    m_model->setOrgNames(names);
}

void MainWindow::showSettings()
{
    if (!m_broker->credentials()) {
        QMessageBox::information(this, tr("Settings Unavailable"),
            tr("This session runs without access to the keychain (demo or screenshot mode), so organisations "
               "cannot be added here. Start Custody normally to change the settings."));
        return;
    }
    QSettings settings;
    SettingsDialog dialog(Profiles::ProfileStore::defaultFilePath(), *m_broker->credentials(), settings, this);
    connect(&dialog, &SettingsDialog::settingsApplied, this, [this](const Settings::AppSettings &applied) {
        m_engine->setMaxDownloads(applied.transfers.maxDownloads);
        m_engine->setBandwidthLimit(applied.transfers.bandwidthBytesPerSecond);
    });
    dialog.exec();
    // Profiles are saved as the user edits them, whatever button closed the dialog.
    Profiles::ProfileStore profiles(Profiles::ProfileStore::defaultFilePath());
    if (profiles.load().ok)
        m_broker->setProfiles(profiles.list());
    refreshOrgNames();
    updateWelcome();
}

void MainWindow::onExportStopped(Store::ExportId id, Store::ExportState state, const QString &message)
{
    const int row = m_model->rowOf(id);
    const QString name = row >= 0 ? m_model->jobAt(row).summary.name : tr("An export");
    switch (state) {
    case Store::ExportState::Completed:
        notify(tr("Export finished"), tr("\"%1\" is complete and its manifest is written.").arg(name), false);
        break;
    case Store::ExportState::CompletedWithErrors:
        notify(tr("Export finished with errors"),
            tr("\"%1\" finished, but some recordings could not be exported. %2").arg(name, message), true);
        break;
    case Store::ExportState::Failed:
        notify(tr("Export failed"), tr("\"%1\" stopped: %2").arg(name, message), true);
        break;
    case Store::ExportState::Paused:
        if (!m_actions->wasPausedByUser(id))
            notify(tr("Export needs attention"), tr("\"%1\" paused: %2").arg(name, message), true);
        break;
    default:
        break;
    }
}

void MainWindow::notify(const QString &title, const QString &message, bool warning)
{
    statusBar()->showMessage(QStringLiteral("%1: %2").arg(title, message), 10000);
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, message, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

bool MainWindow::anyRunning() const
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_engine->run(m_model->jobAt(row).summary.id)
            && m_model->jobAt(row).summary.state == Store::ExportState::Running)
            return true;
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (anyRunning()) {
        QMessageBox box(QMessageBox::Question, tr("Exports Are Running"),
            tr("Exports are still running. Keep them running in the background?"), QMessageBox::NoButton, this);
        box.setInformativeText(m_tray ? tr("Custody stays in the system tray and tells you when they finish. If you "
                                           "quit, they pause and resume when you start Custody again.")
                                      : tr("If you quit, they pause and resume when you start Custody again."));
        QPushButton *keep
            = m_tray && !m_quitting ? box.addButton(tr("Keep Running in Tray"), QMessageBox::AcceptRole) : nullptr;
        QPushButton *quit = box.addButton(tr("Pause and Quit"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        m_quitting = false;
        if (keep && box.clickedButton() == keep) {
            hide();
            notify(tr("Custody is still running"), tr("Your exports continue; open Custody from the tray."), false);
            event->ignore();
            return;
        }
        if (box.clickedButton() != quit) {
            event->ignore();
            return;
        }
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_engine->run(m_model->jobAt(row).summary.id))
                m_engine->pause(m_model->jobAt(row).summary.id);
    }
    event->accept();
    QApplication::quit();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("mainWindow/jobsHeader")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/jobsHeader"), m_view->horizontalHeader()->saveState());
}

} // namespace Custody::Ui
