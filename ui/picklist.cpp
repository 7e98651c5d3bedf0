#include "ui/picklist.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Custody::Ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

PickList::PickList(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Search the tooltip role too, where the id is, so a pasted id is found.
    m_proxy->setFilterRole(Qt::ToolTipRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->sort(0);

    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Search by name or id"));
    //: Accessible name of the search line above a list of queues or users; %1 is the list's title
    m_filter->setAccessibleName(tr("Search %1").arg(title));
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setAccessibleName(title);
    m_count->setAccessibleName(tr("%1 chosen").arg(title));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setBuddy(m_filter);
    layout->addWidget(titleLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, this, &PickList::setFilterText);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        updateCountLabel();
        Q_EMIT checkedIdsChanged();
    });
    updateCountLabel();
}

PickList::~PickList() = default;

void PickList::setEntries(const QList<QPair<QString, QString>> &entries)
{
    const QStringList checked = checkedIds();
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    for (const auto &[id, name] : entries) {
        auto *item = new QStandardItem(name.isEmpty() ? id : name);
        item->setData(id, kIdRole);
        item->setToolTip(name + QLatin1Char(' ') + id);
        item->setCheckable(true);
        item->setCheckState(Qt::Unchecked);
        m_model->appendRow(item);
    }
    m_proxy->invalidate();
    setCheckedIds(checked);
}

int PickList::entryCount() const
{
    return m_model->rowCount();
}

QStringList PickList::checkedIds() const
{
    QStringList ids;
    // List order of the model, not the filter: hidden entries stay chosen.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(kIdRole).toString());
    }
    return ids;
}

void PickList::setCheckedIds(const QStringList &ids)
{
    {
        const QSignalBlocker blocker(m_model);
        QSet<QString> wanted(ids.cbegin(), ids.cend());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QStandardItem *item = m_model->item(row);
            const bool check = wanted.remove(item->data(kIdRole).toString());
            item->setCheckState(check ? Qt::Checked : Qt::Unchecked);
        }
        for (const QString &id : ids) {
            if (!wanted.contains(id))
                continue;
            wanted.remove(id);
            //: An entry of the queue or user list whose name is not known; %1 is its id
            auto *item = new QStandardItem(tr("Unknown (%1)").arg(id));
            item->setData(id, kIdRole);
            item->setToolTip(id);
            item->setCheckable(true);
            item->setCheckState(Qt::Checked);
            m_model->appendRow(item);
        }
    }
    m_proxy->invalidate();
    m_view->viewport()->update();
    updateCountLabel();
    Q_EMIT checkedIdsChanged();
}

void PickList::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    else
        m_proxy->setFilterFixedString(text.trimmed());
}

int PickList::visibleCount() const
{
    return m_proxy->rowCount();
}

void PickList::updateCountLabel()
{
    const qsizetype checked = checkedIds().size();
    if (m_model->rowCount() == 0) {
        m_count->setText(tr("None loaded: connect to the organisation to choose from a list."));
    } else if (checked == 0) {
        //: Under a list of queues or users of which none is checked
        m_count->setText(tr("None chosen: no restriction."));
    } else {
        m_count->setText(tr("%1 of %2 chosen").arg(checked).arg(m_model->rowCount()));
    }
}

} // namespace Custody::Ui
