#include "ui/jobdetailspane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/eventlogmodel.h"
#include "ui/exportitemsmodel.h"
#include "ui/exporttasksmodel.h"
#include "ui/jobstablemodel.h"

namespace Custody::Ui {

JobDetailsPane::JobDetailsPane(const Store::JobStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_items(new ExportItemsModel(store, this))
    , m_tasks(new ExportTasksModel(store, this))
    , m_events(new EventLogModel(store, this))
    , m_eventFilter(new QSortFilterProxyModel(this))
{
    setAccessibleName(tr("Export details"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_ids = new QLabel(this);
    // Selectable by mouse and keyboard; QLabel then offers "Copy" in its context menu.
    m_ids->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_ids->setFocusPolicy(Qt::TabFocus);
    m_ids->setAccessibleName(tr("Export id and folder"));

    m_eventFilter->setSourceModel(m_events);
    m_eventFilter->setFilterKeyColumn(-1);
    m_eventFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_eventFilterEdit = new QLineEdit(this);
    m_eventFilterEdit->setPlaceholderText(tr("Filter the audit trail (state, id, message)…"));
    m_eventFilterEdit->setClearButtonEnabled(true);
    m_eventFilterEdit->setAccessibleName(tr("Audit trail filter"));
    connect(m_eventFilterEdit, &QLineEdit::textChanged, m_eventFilter, &QSortFilterProxyModel::setFilterFixedString);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(makeTable(m_items, tr("Recordings of the export")), tr("&Recordings", "details tab"));
    m_tabs->addTab(makeTable(m_tasks, tr("Server jobs of the export")), tr("Server &jobs", "details tab"));
    auto *eventsPage = new QWidget(m_tabs);
    auto *eventsLayout = new QVBoxLayout(eventsPage);
    eventsLayout->setContentsMargins(0, 4, 0, 0);
    eventsLayout->addWidget(m_eventFilterEdit);
    eventsLayout->addWidget(makeTable(m_eventFilter, tr("Audit trail of the export")));
    m_tabs->addTab(eventsPage, tr("&Audit trail", "details tab"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_ids);
    layout->addWidget(m_tabs, 1);

    m_refreshTimer.setInterval(refreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &JobDetailsPane::refresh);
    showExport(std::nullopt);
}

JobDetailsPane::~JobDetailsPane() = default;

QTableView *JobDetailsPane::makeTable(QAbstractItemModel *model, const QString &accessibleName)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(150);
    auto *copy = new QAction(tr("&Copy", "copy the selected cells"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, view, [view] { copySelection(view); });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return view;
}

void JobDetailsPane::copySelection(QTableView *view)
{
    QModelIndexList cells = view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && view->currentIndex().isValid())
        cells.append(view->currentIndex());
    std::sort(cells.begin(), cells.end());
    QString text;
    int row = cells.isEmpty() ? -1 : cells.first().row();
    for (const QModelIndex &cell : std::as_const(cells)) {
        if (!text.isEmpty())
            text += cell.row() == row ? QLatin1Char('\t') : QLatin1Char('\n');
        row = cell.row();
        text += cell.data().toString();
    }
    QApplication::clipboard()->setText(text);
}

void JobDetailsPane::showExport(const std::optional<JobRow> &row)
{
    const Store::ExportId previous = m_row ? m_row->summary.id : 0;
    m_row = row;
    const Store::ExportId id = row ? row->summary.id : 0;
    m_tabs->setEnabled(row.has_value());
    if (!row) {
        m_title->setText(tr("No export selected"));
        m_summary->setText(tr("Select an export in the list to see its recordings, server jobs and audit trail."));
        m_ids->clear();
        m_refreshTimer.stop();
    } else {
        updateHeader(*row);
    }
    if (id != previous) {
        m_items->setExport(id);
        m_tasks->setExport(id);
        m_events->setExport(id);
    }
}

void JobDetailsPane::updateHeader(const JobRow &row)
{
    if (!m_row || m_row->summary.id != row.summary.id)
        return;
    const bool wasRunning = m_row->summary.state == Store::ExportState::Running;
    m_row = row;
    const QLocale locale;
    m_title->setText(row.summary.name);
    QStringList parts { JobsTableModel::stateText(row), JobsTableModel::rangeText(row),
        JobsTableModel::contentText(row) };
    if (row.filesTotal() > 0)
        parts << tr("%1 of %2 recordings, %3 failed")
                     .arg(locale.toString(row.filesDone()), locale.toString(row.filesTotal()),
                         locale.toString(row.filesFailed()));
    parts.removeAll(QString());
    QString summary = parts.join(QStringLiteral("  ·  "));
    if (!row.message.isEmpty())
        summary += QLatin1Char('\n') + row.message;
    m_summary->setText(summary);
    m_ids->setText(tr("Export id: %1    Folder: %2")
                       .arg(row.summary.uuid.toString(QUuid::WithoutBraces), row.summary.destination));
    const bool running = row.summary.state == Store::ExportState::Running;
    if (running && !m_refreshTimer.isActive())
        m_refreshTimer.start();
    else if (!running) {
        m_refreshTimer.stop();
        if (wasRunning)
            refresh(); // the final states
    }
}

void JobDetailsPane::refresh()
{
    if (!m_row)
        return;
    // Items and tasks change state in place, so they are read again; the
    // audit trail only grows, so only the new events are appended.
    m_items->refresh();
    m_tasks->refresh();
    m_events->poll();
}

} // namespace Custody::Ui
