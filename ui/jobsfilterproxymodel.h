#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include "ui/jobrow.h"

namespace Custody::Ui {

/// Sorts the jobs table on the raw values (JobsTableModel::RawValueRole) and
/// filters it by state and by text (name, organisation, destination or id).
class JobsFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsFilterProxyModel)

public:
    /// A group of display states the user can filter on.
    enum class StateFilter { All, Active, Finished, NeedsAttention };

    explicit JobsFilterProxyModel(QObject *parent = nullptr);

    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }
    /// Case-insensitive substring; empty shows everything.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    /// Whether a row in \a state passes \a filter.
    static bool matches(StateFilter filter, JobDisplayState state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    StateFilter m_state = StateFilter::All;
    QString m_text;
};

} // namespace Custody::Ui
