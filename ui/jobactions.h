#pragma once

#include <QObject>
#include <QSet>
#include <QUuid>

#include <optional>

#include "core/plan/exportspec.h"
#include "ui/jobrow.h"

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace Custody::Evidence {
struct VerifyReport;
}

namespace Custody::Jobs {
class Engine;
}

namespace Custody::Ui {

class JobsTableModel;
class SessionBroker;
class VerifyTask;

/// What the user can do to one export, as QActions with shortcuts, shared by
/// the toolbar, the menu bar and the table's context menu. The view only
/// tells which export is current; everything else happens here, through the
/// Engine and the store.
class JobActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobActions)

public:
    /// \a dialogParent parents the confirmations and progress dialogs.
    JobActions(Jobs::Engine *engine, SessionBroker *broker, JobsTableModel *model, QWidget *dialogParent);
    ~JobActions() override;

    /// The export the actions apply to (the table's current row), or none.
    void setCurrent(const std::optional<JobRow> &row);
    std::optional<Store::ExportId> currentId() const;

    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *retryFailedAction() const { return m_retry; }
    QAction *openFolderAction() const { return m_openFolder; }
    QAction *openReportAction() const { return m_openReport; }
    QAction *openManifestAction() const { return m_openManifest; }
    QAction *verifyAction() const { return m_verify; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *removeAction() const { return m_remove; }
    QAction *copyIdAction() const { return m_copyId; }

    /// Adds the actions, grouped with separators.
    void addTo(QMenu *menu) const;
    void addTo(QToolBar *toolBar) const;

    /// Starts (or resumes) \a id over its profile's session.
    void startExport(Store::ExportId id, const QString &profileId);
    /// Whether the user paused \a id (so its pause needs no notification).
    bool wasPausedByUser(Store::ExportId id) const { return m_userPaused.contains(id); }

    /// Export uuids the user removed from the list, kept in QSettings.
    static QSet<QUuid> hiddenExports();

Q_SIGNALS:
    /// For the status bar: a short translated line.
    void statusMessage(const QString &text);
    /// The user asked for a copy of an export; \a spec is ready to create.
    void duplicateRequested(const Custody::Plan::ExportSpec &spec);

private:
    QAction *make(const QString &text, const QKeySequence &shortcut, const QString &tip, void (JobActions::*slot)());
    void updateEnabled();
    void pause();
    void resume();
    void cancel();
    void retryFailed();
    void openFolder();
    void openReport();
    void openManifest();
    void openFile(const QString &fileName, const QString &missingMessage);
    void verify();
    void duplicate();
    void remove();
    void copyId();
    void showVerifyReport(const Evidence::VerifyReport &report, const QString &name);

    Jobs::Engine *m_engine;
    SessionBroker *m_broker;
    JobsTableModel *m_model;
    QWidget *m_dialogParent;
    std::optional<JobRow> m_current;
    QSet<Store::ExportId> m_userPaused;
    VerifyTask *m_verifyTask = nullptr;

    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_openReport = nullptr;
    QAction *m_openManifest = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_copyId = nullptr;
};

} // namespace Custody::Ui
