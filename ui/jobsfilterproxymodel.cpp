#include "ui/jobsfilterproxymodel.h"

#include <QDateTime>

#include "ui/jobstablemodel.h"

namespace Custody::Ui {

JobsFilterProxyModel::JobsFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobsTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Live progress changes sort keys many times a second; re-sorting on each
    // batch is what a user expects from a "Speed" or "Progress" sort.
    setDynamicSortFilter(true);
}

void JobsFilterProxyModel::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateFilter();
}

void JobsFilterProxyModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool JobsFilterProxyModel::matches(StateFilter filter, JobDisplayState state)
{
    switch (filter) {
    case StateFilter::All:
        return true;
    case StateFilter::Active:
        return state == JobDisplayState::Queued || state == JobDisplayState::Submitting
            || state == JobDisplayState::Processing || state == JobDisplayState::Downloading
            || state == JobDisplayState::Paused;
    case StateFilter::Finished:
        return state == JobDisplayState::Fulfilled || state == JobDisplayState::Cancelled
            || state == JobDisplayState::Failed;
    case StateFilter::NeedsAttention:
        return state == JobDisplayState::Attention || state == JobDisplayState::Failed
            || state == JobDisplayState::Paused;
    }
    return true;
}

bool JobsFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    const auto state = static_cast<JobDisplayState>(first.data(JobsTableModel::DisplayStateRole).toInt());
    if (!matches(m_state, state))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : { JobsTableModel::Name, JobsTableModel::Org, JobsTableModel::Destination }) {
        if (model->index(sourceRow, column, sourceParent)
                .data(JobsTableModel::RawValueRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return first.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive); // the export's uuid
}

bool JobsFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(JobsTableModel::RawValueRole);
    const QVariant b = right.data(JobsTableModel::RawValueRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Equal keys: newest export first, so the order is stable and predictable.
    return left.data(JobsTableModel::ExportIdRole).toLongLong() > right.data(JobsTableModel::ExportIdRole).toLongLong();
}

} // namespace Custody::Ui
