#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/store/itemrecord.h"

namespace Custody::Store {
class JobStore;
}

namespace Custody::Ui {

/// The recordings of one export, read from the store a page at a time as the
/// view scrolls (canFetchMore/fetchMore): an export can hold 100,000 items,
/// and one indexed page of pageSize rows is a quick query. Skipped
/// conversation-level placeholders (expanded into recordings) are left out.
class ExportItemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportItemsModel)

public:
    enum Column { Conversation, Recording, State, Size, Sha256, Reason, ColumnCount };
    static constexpr int pageSize = 500;

    /// \a store must outlive the model.
    explicit ExportItemsModel(const Store::JobStore *store, QObject *parent = nullptr);

    /// Shows the items of \a id (0: none), from the first page.
    void setExport(Store::ExportId id);
    /// Reads the first page again, e.g. after states changed.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Translated name of an item state, e.g. "Downloaded".
    static QString stateName(Store::ItemState state);

private:
    const Store::JobStore *m_store;
    Store::ExportId m_export = 0;
    QList<Store::ItemRecord> m_items;
    int m_storeOffset = 0; // store rows read, placeholders included
    bool m_atEnd = true;
};

} // namespace Custody::Ui
