#pragma once

#include <QTimer>
#include <QWidget>

#include <optional>

#include "ui/jobrow.h"

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Custody::Store {
class JobStore;
}

namespace Custody::Ui {

class EventLogModel;
class ExportItemsModel;
class ExportTasksModel;

/// The details of the selected export: its items (recordings, with state and
/// the server's reason for a failure), its tasks (remote jobs with their ids
/// and contextIds) and its audit trail with a filter. Ids can be selected and
/// copied (context menu "Copy" or Ctrl+C) for support requests.
///
/// While a running export is shown it refreshes every refreshIntervalMs
/// from the store; each refresh is a few indexed page reads.
class JobDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailsPane)

public:
    static constexpr int refreshIntervalMs = 2000;

    /// \a store is read for tasks, items and events; it must outlive the pane.
    explicit JobDetailsPane(const Store::JobStore *store, QWidget *parent = nullptr);
    ~JobDetailsPane() override;

    /// Shows \a row (or the empty state), keeping the current tab.
    void showExport(const std::optional<JobRow> &row);
    /// Updates the header for a changed \a row of the same export (no reread).
    void updateHeader(const JobRow &row);
    /// Reads tasks, items and new events again.
    void refresh();

    ExportItemsModel *itemsModel() const { return m_items; }
    ExportTasksModel *tasksModel() const { return m_tasks; }
    EventLogModel *eventsModel() const { return m_events; }

private:
    QTableView *makeTable(QAbstractItemModel *model, const QString &accessibleName);
    static void copySelection(QTableView *view);

    const Store::JobStore *m_store;
    std::optional<JobRow> m_row;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_ids = nullptr;
    QTabWidget *m_tabs = nullptr;
    ExportItemsModel *m_items = nullptr;
    ExportTasksModel *m_tasks = nullptr;
    EventLogModel *m_events = nullptr;
    QSortFilterProxyModel *m_eventFilter = nullptr;
    QLineEdit *m_eventFilterEdit = nullptr;
    QTimer m_refreshTimer;
};

} // namespace Custody::Ui
