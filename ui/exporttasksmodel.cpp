#include "ui/exporttasksmodel.h"

#include "core/store/jobstore.h"

namespace Custody::Ui {

ExportTasksModel::ExportTasksModel(const Store::JobStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void ExportTasksModel::setExport(Store::ExportId id)
{
    m_export = id;
    refresh();
}

void ExportTasksModel::refresh()
{
    beginResetModel();
    m_tasks.clear();
    if (m_export != 0) {
        const auto tasks = m_store->tasksForExport(m_export);
        if (tasks.ok())
            m_tasks = tasks.value();
    }
    endResetModel();
}

int ExportTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

int ExportTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExportTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::TaskRecord &task = m_tasks.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return task.lastError;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return Store::toString(task.kind);
    case Window:
        return task.windowLabel;
    case State:
        return Store::toString(task.state);
    case Attempts:
        return task.attempts;
    case RemoteId:
        return task.remoteId;
    case ContextId:
        return task.lastContextId;
    case LastError:
        return task.lastError;
    default:
        return {};
    }
}

QVariant ExportTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind", "column: task kind");
    case Window:
        return tr("Window", "column: time window of the task");
    case State:
        return tr("State", "column: task state");
    case Attempts:
        return tr("Attempts", "column");
    case RemoteId:
        return tr("Server job id", "column");
    case ContextId:
        return tr("Context id", "column: the server's correlation id");
    case LastError:
        return tr("Last error", "column");
    default:
        return {};
    }
}

} // namespace Custody::Ui
