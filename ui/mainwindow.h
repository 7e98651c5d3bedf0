#pragma once

#include <QMainWindow>
#include <QStringList>

#include <optional>
#include <variant>

#include "core/plan/exportspec.h"
#include "core/store/exportrecord.h"

class QAction;
class QComboBox;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;

namespace Custody::Jobs {
class Engine;
}

namespace Custody::Ui {

class JobActions;
class JobDetailsPane;
class JobsFilterProxyModel;
class JobsTableModel;
class SessionBroker;
class StatusPanel;
class WelcomePanel;

/// The main window: the jobs table above the details of the selected export,
/// the actions around them, the status bar and the tray icon. Layout and
/// wiring only; the work is done by the models, JobActions and the Engine.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// \a engine and \a broker must outlive the window.
    MainWindow(Jobs::Engine *engine, SessionBroker *broker, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Creates \a spec, shows it at the top of the list, selects it and
    /// starts it; returns its id, or the problems that stopped it.
    std::variant<Store::ExportId, QStringList> createAndStartExport(const Plan::ExportSpec &spec);
    /// Starts the simulated organisation and a first export of its last week
    /// into a new folder below demoFolder(). Returns the export's id, or nullopt
    /// with a message shown to the user.
    std::optional<Store::ExportId> startDemo();
    /// Where demo exports go; by default <Documents>/Custody demo.
    void setDemoFolder(const QString &folder) { m_demoFolder = folder; }
    QString demoFolder() const { return m_demoFolder; }

    /// Selects the row of \a id in the table; false if it is not shown.
    bool selectExport(Store::ExportId id);

    JobsTableModel *jobsModel() const { return m_model; }
    JobsFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *jobsView() const { return m_view; }
    JobDetailsPane *detailsPane() const { return m_details; }
    JobActions *jobActions() const { return m_actions; }
    StatusPanel *statusPanel() const { return m_status; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildCentral();
    void buildTray();
    void newExport();
    /// The new-export form, filled from \a prefill when given (duplicate).
    void openNewExportDialog(const std::optional<Plan::ExportSpec> &prefill);
    void showSettings();
    void refreshOrgNames();
    void updateCurrent();
    void updateWelcome();
    void onExportStopped(Store::ExportId id, Store::ExportState state, const QString &message);
    void notify(const QString &title, const QString &message, bool warning);
    bool anyRunning() const;
    void restoreSettings();
    void saveSettings() const;

    Jobs::Engine *m_engine;
    SessionBroker *m_broker;
    JobsTableModel *m_model = nullptr;
    JobsFilterProxyModel *m_proxy = nullptr;
    JobActions *m_actions = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePanel *m_welcome = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    JobDetailsPane *m_details = nullptr;
    StatusPanel *m_status = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_newExport = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_showWindow = nullptr;
    QString m_demoFolder;
    bool m_quitting = false;
};

} // namespace Custody::Ui
