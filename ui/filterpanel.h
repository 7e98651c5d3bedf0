#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

#include "core/plan/exportfilters.h"

class QCheckBox;

namespace Custody::Ui {

class FieldMessage;
class PickList;

/// The filters of a date-range export: queues and users picked from
/// searchable lists, directions and media types as check boxes.
///
/// Nothing picked in a list means "no restriction" there. For the check
/// boxes, all checked means no restriction, and none checked is a problem:
/// it would otherwise look like a way to export nothing.
class FilterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPanel)

public:
    explicit FilterPanel(QWidget *parent = nullptr);
    ~FilterPanel() override;

    /// (id, name) pairs of the organisation's queues and users.
    void setQueues(const QList<QPair<QString, QString>> &queues);
    void setUsers(const QList<QPair<QString, QString>> &users);

    Plan::ExportFilters filters() const;
    void setFilters(const Plan::ExportFilters &filters);

    /// Problems the spec cannot express (no direction or no media type checked).
    QStringList problems() const;
    /// Shows \a problems (those found here and by the spec) under the filters.
    void showProblems(const QStringList &problems);

    PickList *queueList() const { return m_queues; }
    PickList *userList() const { return m_users; }
    QCheckBox *directionBox(Plan::Direction direction) const;
    QCheckBox *mediaTypeBox(Plan::MediaType mediaType) const;

Q_SIGNALS:
    void changed();

private:
    PickList *m_queues = nullptr;
    PickList *m_users = nullptr;
    QList<QPair<Plan::Direction, QCheckBox *>> m_directions;
    QList<QPair<Plan::MediaType, QCheckBox *>> m_mediaTypes;
    FieldMessage *m_message = nullptr;
};

} // namespace Custody::Ui
