#include "ui/jobactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QToolBar>
#include <QUrl>

#include "core/jobs/engine.h"
#include "core/store/jobstore.h"
#include "ui/jobstablemodel.h"
#include "ui/sessionbroker.h"
#include "ui/verifytask.h"

namespace Custody::Ui {

namespace {

const QString hiddenKey = QStringLiteral("jobs/hiddenExports");
constexpr int kRetryPage = 1000;

bool canPause(const JobRow &row)
{
    return row.summary.state == Store::ExportState::Running;
}

bool canResume(const JobRow &row)
{
    using Store::ExportState;
    return row.summary.state == ExportState::Paused || row.summary.state == ExportState::Created
        || row.summary.state == ExportState::Failed;
}

} // namespace

JobActions::JobActions(Jobs::Engine *engine, SessionBroker *broker, JobsTableModel *model, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_engine(engine)
    , m_broker(broker)
    , m_model(model)
    , m_dialogParent(dialogParent)
{
    m_pause = make(tr("&Pause"), QKeySequence(Qt::CTRL | Qt::Key_P), tr("Pause the export; it can resume later"),
        &JobActions::pause);
    m_resume = make(tr("&Resume"), QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Start or resume the export where it stopped"), &JobActions::resume);
    m_cancel = make(tr("&Cancel Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
        tr("Stop the export for good; files already exported stay"), &JobActions::cancel);
    m_retry = make(tr("Retry &Failed Items"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        tr("Try the items that failed again"), &JobActions::retryFailed);
    m_openFolder = make(tr("Open &Folder"), QKeySequence(Qt::CTRL | Qt::Key_O),
        tr("Show the export's folder in the file manager"), &JobActions::openFolder);
    m_openReport = make(tr("Open Custody &Report"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
        tr("Open custody-report.txt: who exported what, when, and the manifest's hash"), &JobActions::openReport);
    m_openManifest = make(tr("Open &Manifest"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        tr("Open manifest.csv: one line per file with its SHA-256"), &JobActions::openManifest);
    m_verify = make(tr("&Verify Files…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
        tr("Rehash every file and compare it with the manifest"), &JobActions::verify);
    m_duplicate = make(tr("&Duplicate as New Export"), QKeySequence(Qt::CTRL | Qt::Key_D),
        tr("Create a new export with the same organisation, dates and filters"), &JobActions::duplicate);
    m_remove = make(tr("Remove from &List…"), QKeySequence(QKeySequence::Delete),
        tr("Hide the export from this list; its files are not touched"), &JobActions::remove);
    m_copyId = make(tr("Copy Export &Id"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        tr("Copy the export's id for a support request or the case file"), &JobActions::copyId);
    m_pause->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-pause")));
    m_resume->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_openFolder->setIcon(QIcon::fromTheme(QStringLiteral("folder-open")));
    m_verify->setIcon(QIcon::fromTheme(QStringLiteral("security-high")));
    updateEnabled();
}

JobActions::~JobActions() = default;

QAction *JobActions::make(
    const QString &text, const QKeySequence &shortcut, const QString &tip, void (JobActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // The shortcuts act on the jobs table; a text field keeps Ctrl+C, Delete and the like.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void JobActions::addTo(QMenu *menu) const
{
    menu->addActions({ m_resume, m_pause, m_cancel, m_retry });
    menu->addSeparator();
    menu->addActions({ m_openFolder, m_openReport, m_openManifest, m_verify });
    menu->addSeparator();
    menu->addActions({ m_duplicate, m_copyId, m_remove });
}

void JobActions::addTo(QToolBar *toolBar) const
{
    toolBar->addActions({ m_resume, m_pause, m_cancel });
    toolBar->addSeparator();
    toolBar->addActions({ m_openFolder, m_verify });
}

void JobActions::setCurrent(const std::optional<JobRow> &row)
{
    m_current = row;
    updateEnabled();
}

std::optional<Store::ExportId> JobActions::currentId() const
{
    if (!m_current)
        return std::nullopt;
    return m_current->summary.id;
}

void JobActions::updateEnabled()
{
    const bool any = m_current.has_value();
    const bool running = any && m_current->summary.state == Store::ExportState::Running;
    m_pause->setEnabled(any && canPause(*m_current));
    m_resume->setEnabled(any && canResume(*m_current));
    m_cancel->setEnabled(any && !Store::isFinished(m_current->summary.state));
    m_retry->setEnabled(
        any && !running && m_current->filesFailed() > 0 && m_current->summary.state != Store::ExportState::Cancelled);
    m_openFolder->setEnabled(any);
    m_openReport->setEnabled(any && Store::isFinished(m_current->summary.state));
    m_openManifest->setEnabled(any && Store::isFinished(m_current->summary.state));
    m_verify->setEnabled(any && !running && !m_verifyTask);
    m_duplicate->setEnabled(any);
    m_remove->setEnabled(any && !running);
    m_copyId->setEnabled(any);
}

void JobActions::startExport(Store::ExportId id, const QString &profileId)
{
    m_userPaused.remove(id);
    Q_EMIT statusMessage(tr("Connecting to the organisation…"));
    m_broker->withSession(
        profileId, this, [this, id](Jobs::OrgSession *session) { m_engine->start(id, session); },
        [this](const QString &message) { QMessageBox::warning(m_dialogParent, tr("Cannot Start Export"), message); });
}

void JobActions::pause()
{
    if (!m_current)
        return;
    m_userPaused.insert(m_current->summary.id);
    m_engine->pause(m_current->summary.id);
}

void JobActions::resume()
{
    if (m_current)
        startExport(m_current->summary.id, m_current->profileId);
}

void JobActions::cancel()
{
    if (!m_current)
        return;
    const Store::ExportId id = m_current->summary.id;
    QMessageBox box(QMessageBox::Warning, tr("Cancel Export"),
        tr("Cancel \"%1\"? It cannot be resumed afterwards.").arg(m_current->summary.name), QMessageBox::NoButton,
        m_dialogParent);
    box.setInformativeText(tr("Files already exported stay in %1.").arg(m_current->summary.destination));
    QPushButton *confirm = box.addButton(tr("Cancel Export", "button"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep Running", "button"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    m_engine->cancel(id);
    if (!m_engine->run(id)) // not running: the store changed, the engine will not say so
        m_model->reload();
}

void JobActions::retryFailed()
{
    if (!m_current)
        return;
    const Store::ExportId id = m_current->summary.id;
    Store::JobStore *store = m_engine->store();
    QList<Store::ItemId> ids;
    for (int offset = 0;; offset += kRetryPage) {
        const auto page = store->itemsForExport(id, Store::ItemState::Failed, kRetryPage, offset);
        if (!page.ok()) {
            QMessageBox::warning(m_dialogParent, tr("Cannot Retry"), page.error().userMessage());
            return;
        }
        for (const Store::ItemRecord &item : page.value())
            ids.append(item.id);
        if (page.value().size() < kRetryPage)
            break;
    }
    if (ids.isEmpty())
        return;
    Store::Transaction transaction = store->transaction();
    const auto moved
        = store->transitionItems(ids, Store::ItemState::Pending, QStringLiteral("retry requested by user"));
    // A finished export does not start again; reopen it as paused so the run picks the items up.
    const auto reopened = Store::isFinished(m_current->summary.state)
        ? store->setExportState(id, Store::ExportState::Paused, QStringLiteral("failed items queued again by user"))
        : Store::StoreStatus();
    if (!transaction.isActive() || !moved.ok() || !reopened.ok() || !transaction.commit().ok()) {
        QMessageBox::warning(m_dialogParent, tr("Cannot Retry"),
            !moved.ok() ? moved.error().userMessage()
                        : tr("The export could not be reopened. Check that the disk is not full, then try again."));
        return;
    }
    Q_EMIT statusMessage(tr("%n failed item(s) queued again.", "", static_cast<int>(ids.size())));
    startExport(id, m_current->profileId);
}

void JobActions::openFolder()
{
    if (!m_current)
        return;
    if (!QDir(m_current->summary.destination).exists()) {
        QMessageBox::information(m_dialogParent, tr("Folder Not Found"),
            tr("%1 does not exist. If it is on a network share, check that the share is connected.")
                .arg(m_current->summary.destination));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_current->summary.destination));
}

void JobActions::openFile(const QString &fileName, const QString &missingMessage)
{
    if (!m_current)
        return;
    const QString path = QDir(m_current->summary.destination).filePath(fileName);
    if (!QFileInfo::exists(path)) {
        QMessageBox::information(m_dialogParent, tr("File Not Found"), missingMessage.arg(path));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void JobActions::openReport()
{
    openFile(QStringLiteral("custody-report.txt"),
        tr("%1 is missing. The report is written when an export finishes; if it did, the file was moved or deleted."));
}

void JobActions::openManifest()
{
    openFile(QStringLiteral("manifest.csv"),
        tr("%1 is missing. The manifest is written when an export finishes; if it did, the file was moved or "
           "deleted."));
}

void JobActions::verify()
{
    if (!m_current || m_verifyTask)
        return;
    const QString name = m_current->summary.name;
    const qint64 expected = m_current->filesDone();
    auto *dialog = new QProgressDialog(tr("Checking the files of \"%1\" against the manifest…").arg(name),
        tr("Stop", "stop verifying"), 0, static_cast<int>(std::max<qint64>(expected, 1)), m_dialogParent);
    dialog->setWindowTitle(tr("Verify Files"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumDuration(300);
    m_verifyTask = new VerifyTask(this);
    connect(m_verifyTask, &VerifyTask::progress, dialog, [dialog](qint64 files, qint64 bytes) {
        if (files > dialog->maximum())
            dialog->setMaximum(static_cast<int>(files));
        dialog->setValue(static_cast<int>(files));
        dialog->setLabelText(
            tr("%1 files checked (%2).").arg(QLocale().toString(files), QLocale().formattedDataSize(bytes)));
    });
    connect(dialog, &QProgressDialog::canceled, m_verifyTask, &VerifyTask::cancel);
    connect(m_verifyTask, &VerifyTask::finished, this, [this, dialog, name](const Evidence::VerifyReport &report) {
        dialog->close();
        m_verifyTask->deleteLater();
        m_verifyTask = nullptr;
        updateEnabled();
        showVerifyReport(report, name);
    });
    m_verifyTask->start(m_current->summary.destination);
    updateEnabled();
}

void JobActions::showVerifyReport(const Evidence::VerifyReport &report, const QString &name)
{
    if (report.cancelled)
        return Q_EMIT statusMessage(tr("Verification stopped."));
    if (!report.manifestReadable) {
        QMessageBox::warning(m_dialogParent, tr("Cannot Verify"), report.errorString);
        return;
    }
    const QLocale locale;
    if (report.passed()) {
        QMessageBox::information(m_dialogParent, tr("Verification Passed"),
            tr("All %1 files of \"%2\" match the manifest.").arg(locale.toString(report.ok.size()), name));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Verification Found Problems"),
        tr("\"%1\" does not match its manifest: %2 missing, %3 changed, %4 unreadable, %5 extra, %6 incomplete.")
            .arg(name, locale.toString(report.missing.size()), locale.toString(report.changed.size()),
                locale.toString(report.unreadable.size()), locale.toString(report.extra.size()),
                locale.toString(report.incomplete.size())),
        QMessageBox::Ok, m_dialogParent);
    QStringList details;
    for (const QString &path : report.missing)
        details << tr("missing: %1").arg(path);
    for (const Evidence::ChangedFile &file : report.changed)
        details << tr("changed: %1").arg(file.relativePath);
    for (const QString &path : report.unreadable)
        details << tr("unreadable: %1").arg(path);
    for (const QString &path : report.extra)
        details << tr("extra: %1").arg(path);
    for (const QString &path : report.incomplete)
        details << tr("incomplete: %1").arg(path);
    box.setDetailedText(details.join(QLatin1Char('\n')));
    box.exec();
}

void JobActions::duplicate()
{
    if (!m_current)
        return;
    const auto record = m_engine->store()->exportById(m_current->summary.id);
    const auto spec = record.ok() ? Plan::ExportSpec::fromJsonBytes(record.value().specJson.toUtf8())
                                  : Plan::ParseResult<Plan::ExportSpec>::failure(QString());
    if (!spec) {
        QMessageBox::warning(m_dialogParent, tr("Cannot Duplicate"),
            tr("The settings of this export could not be read, so it cannot be copied."));
        return;
    }
    Plan::ExportSpec copy = spec.value();
    copy.name = tr("%1 (copy)", "name of a duplicated export").arg(copy.name);
    // Never the same folder: two exports must not write into one manifest.
    QString folder = copy.destinationFolder + tr(" (copy)", "folder suffix of a duplicated export");
    for (int n = 2; QFileInfo::exists(folder); ++n)
        folder = copy.destinationFolder + tr(" (copy %1)", "folder suffix of a duplicated export").arg(n);
    copy.destinationFolder = folder;
    Q_EMIT duplicateRequested(copy);
}

void JobActions::remove()
{
    if (!m_current)
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove from List"),
        tr("Remove \"%1\" from the list?").arg(m_current->summary.name), QMessageBox::NoButton, m_dialogParent);
    box.setInformativeText(tr("Only the entry disappears. The exported files, the manifest and the custody report "
                              "stay in %1, and the audit trail stays in Custody's journal.")
                               .arg(m_current->summary.destination));
    QPushButton *confirm = box.addButton(tr("Remove from List", "button"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    QSettings settings;
    QStringList hidden = settings.value(hiddenKey).toStringList();
    hidden.append(m_current->summary.uuid.toString(QUuid::WithoutBraces));
    settings.setValue(hiddenKey, hidden);
    m_model->hideExport(m_current->summary.id);
}

void JobActions::copyId()
{
    if (!m_current)
        return;
    QApplication::clipboard()->setText(m_current->summary.uuid.toString(QUuid::WithoutBraces));
    Q_EMIT statusMessage(tr("Export id copied."));
}

QSet<QUuid> JobActions::hiddenExports()
{
    QSet<QUuid> uuids;
    const QStringList hidden = QSettings().value(hiddenKey).toStringList();
    for (const QString &text : hidden)
        uuids.insert(QUuid::fromString(text));
    return uuids;
}

} // namespace Custody::Ui
