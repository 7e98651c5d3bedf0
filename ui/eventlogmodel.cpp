#include "ui/eventlogmodel.h"

#include <QLocale>

#include "core/store/jobstore.h"

namespace Custody::Ui {

EventLogModel::EventLogModel(const Store::JobStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void EventLogModel::setExport(Store::ExportId id)
{
    beginResetModel();
    m_export = id;
    m_events.clear();
    m_atEnd = id == 0;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
}

void EventLogModel::poll()
{
    if (m_export == 0)
        return;
    m_atEnd = false;
    fetchMore({});
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool EventLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void EventLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const Store::EventId after = m_events.isEmpty() ? 0 : m_events.constLast().id;
    const auto page = m_store->events(m_export, after, pageSize);
    if (!page.ok() || page.value().isEmpty()) {
        m_atEnd = true;
        return;
    }
    m_atEnd = page.value().size() < pageSize;
    const int first = static_cast<int>(m_events.size());
    beginInsertRows({}, first, first + static_cast<int>(page.value().size()) - 1);
    m_events.append(page.value());
    endInsertRows();
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::EventRecord &event = m_events.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Time)
        return event.at.toString(Qt::ISODateWithMs);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(event.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Kind:
        return event.kind;
    case Change:
        if (event.fromState.isEmpty() && event.toState.isEmpty())
            return QString();
        return tr("%1 → %2", "state change: from → to").arg(event.fromState, event.toState);
    case Message: {
        QString text = event.message;
        if (event.taskId)
            text = tr("task %1: %2", "event about a task").arg(*event.taskId).arg(text);
        else if (event.itemId)
            text = tr("item %1: %2", "event about an item").arg(*event.itemId).arg(text);
        return text;
    }
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time", "column: when the event happened");
    case Kind:
        return tr("Event", "column: kind of event");
    case Change:
        return tr("Change", "column: state change");
    case Message:
        return tr("Details", "column: event message");
    default:
        return {};
    }
}

} // namespace Custody::Ui
