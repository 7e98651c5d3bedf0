#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Custody::Ui {

/// A searchable list of named entities (queues, users) with a check box each.
/// A filter line above narrows the list by name or id; checked entries stay
/// checked while hidden by the filter.
class PickList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PickList)

public:
    /// \a title names the list for people and screen readers ("Queues").
    explicit PickList(const QString &title, QWidget *parent = nullptr);
    ~PickList() override;

    /// Replaces the entries with (id, name) pairs, keeping the check state of
    /// ids that remain. Entries are sorted by name.
    void setEntries(const QList<QPair<QString, QString>> &entries);
    int entryCount() const;

    /// Ids of the checked entries, in list order.
    QStringList checkedIds() const;
    /// Checks exactly \a ids. An id not in the list is added as an entry of
    /// its own, so a saved export's filter is never silently dropped.
    void setCheckedIds(const QStringList &ids);

    /// Narrows the visible entries; what the filter line does.
    void setFilterText(const QString &text);
    /// Number of entries the filter leaves visible.
    int visibleCount() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *view() const { return m_view; }

Q_SIGNALS:
    void checkedIdsChanged();

private:
    void updateCountLabel();

    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Custody::Ui
