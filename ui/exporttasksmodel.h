#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/store/taskrecord.h"

namespace Custody::Store {
class JobStore;
}

namespace Custody::Ui {

/// The tasks (remote jobs) of one export: their window, state, attempts, the
/// server's job id and contextId (for support requests) and the last error.
/// An export has at most a few thousand tasks, so they are read in one query.
class ExportTasksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportTasksModel)

public:
    enum Column { Kind, Window, State, Attempts, RemoteId, ContextId, LastError, ColumnCount };

    /// \a store must outlive the model.
    explicit ExportTasksModel(const Store::JobStore *store, QObject *parent = nullptr);

    /// Shows the tasks of \a id (0: none).
    void setExport(Store::ExportId id);
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Store::JobStore *m_store;
    Store::ExportId m_export = 0;
    QList<Store::TaskRecord> m_tasks;
};

} // namespace Custody::Ui
