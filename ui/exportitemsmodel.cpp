#include "ui/exportitemsmodel.h"

#include <QLocale>

#include "core/store/jobstore.h"

namespace Custody::Ui {

ExportItemsModel::ExportItemsModel(const Store::JobStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void ExportItemsModel::setExport(Store::ExportId id)
{
    m_export = id;
    refresh();
}

void ExportItemsModel::refresh()
{
    beginResetModel();
    m_items.clear();
    m_storeOffset = 0;
    m_atEnd = m_export == 0;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
}

int ExportItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ExportItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ExportItemsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ExportItemsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    // Conversation-level placeholders that a batch expanded into recordings
    // are bookkeeping, not files: they are left out. A few pages at most per
    // call, so a long run of them cannot stall the UI.
    QList<Store::ItemRecord> shown;
    for (int pages = 0; pages < 4 && shown.isEmpty() && !m_atEnd; ++pages) {
        const auto page = m_store->itemsForExport(m_export, std::nullopt, pageSize, m_storeOffset);
        if (!page.ok() || page.value().isEmpty()) {
            m_atEnd = true;
            break;
        }
        m_atEnd = page.value().size() < pageSize;
        m_storeOffset += static_cast<int>(page.value().size());
        for (const Store::ItemRecord &item : page.value())
            if (!(item.state == Store::ItemState::Skipped && item.recordingId.isEmpty()))
                shown.append(item);
    }
    if (shown.isEmpty())
        return;
    const int first = static_cast<int>(m_items.size());
    beginInsertRows({}, first, first + static_cast<int>(shown.size()) - 1);
    m_items.append(shown);
    endInsertRows();
}

QVariant ExportItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::ItemRecord &item = m_items.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return item.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Conversation:
        return item.conversationId;
    case Recording:
        return item.recordingId.isEmpty() ? tr("(all recordings)", "item stands for every recording")
                                          : item.recordingId;
    case State:
        return stateName(item.state);
    case Size:
        return item.size ? QLocale().formattedDataSize(*item.size) : QString();
    case Sha256:
        return item.sha256;
    case Reason:
        return item.error;
    default:
        return {};
    }
}

QVariant ExportItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Conversation:
        return tr("Conversation", "column: conversation id");
    case Recording:
        return tr("Recording", "column: recording id");
    case State:
        return tr("State", "column: item state");
    case Size:
        return tr("Size", "column: file size");
    case Sha256:
        return tr("SHA-256", "column: file hash");
    case Reason:
        return tr("Server reason", "column: why an item failed");
    default:
        return {};
    }
}

QString ExportItemsModel::stateName(Store::ItemState state)
{
    switch (state) {
    case Store::ItemState::Pending:
        return tr("Waiting", "item state");
    case Store::ItemState::Batched:
        return tr("Requested", "item state: in a batch download request");
    case Store::ItemState::UrlReady:
        return tr("Ready to download", "item state");
    case Store::ItemState::Downloading:
        return tr("Downloading", "item state");
    case Store::ItemState::Downloaded:
        return tr("Downloaded", "item state");
    case Store::ItemState::Failed:
        return tr("Failed", "item state");
    case Store::ItemState::Skipped:
        return tr("Skipped", "item state");
    }
    return {};
}

} // namespace Custody::Ui
