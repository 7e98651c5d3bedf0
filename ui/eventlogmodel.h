#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/store/eventrecord.h"

namespace Custody::Store {
class JobStore;
}

namespace Custody::Ui {

/// The audit trail of one export (the events table), oldest first, read a
/// page at a time; poll() appends what was written since the last read.
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { Time, Kind, Change, Message, ColumnCount };
    static constexpr int pageSize = 500;

    /// \a store must outlive the model.
    explicit EventLogModel(const Store::JobStore *store, QObject *parent = nullptr);

    /// Shows the events of \a id (0: none).
    void setExport(Store::ExportId id);
    /// Appends events written since the last read (at most one page per call).
    void poll();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const Store::JobStore *m_store;
    Store::ExportId m_export = 0;
    QList<Store::EventRecord> m_events;
    bool m_atEnd = true;
};

} // namespace Custody::Ui
