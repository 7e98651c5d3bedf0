#include "ui/filterpanel.h"

#include <algorithm>

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/fieldmessage.h"
#include "ui/picklist.h"

namespace Custody::Ui {

namespace {

template <typename T> QList<T> checkedValues(const QList<QPair<T, QCheckBox *>> &boxes)
{
    QList<T> values;
    for (const auto &[value, box] : boxes) {
        if (box->isChecked())
            values.append(value);
    }
    // Everything checked is no restriction; the spec says so with an empty list.
    return values.size() == boxes.size() ? QList<T>() : values;
}

template <typename T> void checkValues(const QList<QPair<T, QCheckBox *>> &boxes, const QList<T> &values)
{
    for (const auto &[value, box] : boxes)
        box->setChecked(values.isEmpty() || values.contains(value));
}

template <typename T> bool noneChecked(const QList<QPair<T, QCheckBox *>> &boxes)
{
    return std::none_of(boxes.cbegin(), boxes.cend(), [](const auto &pair) { return pair.second->isChecked(); });
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_queues(new PickList(tr("Queues"), this))
    , m_users(new PickList(tr("Agents", "users who handled the conversation"), this))
    , m_message(new FieldMessage(this))
{
    setAccessibleName(tr("Filters"));
    auto *checks = new QGridLayout;
    checks->addWidget(new QLabel(tr("Direction:"), this), 0, 0);
    const std::pair<Plan::Direction, QString> directions[] = {
        { Plan::Direction::Inbound, tr("&Inbound") },
        { Plan::Direction::Outbound, tr("&Outbound") },
    };
    int column = 1;
    for (const auto &[direction, label] : directions) {
        auto *box = new QCheckBox(label, this);
        box->setChecked(true);
        m_directions.append({ direction, box });
        checks->addWidget(box, 0, column++);
    }

    checks->addWidget(new QLabel(tr("Media:", "conversation media types"), this), 1, 0);
    const std::pair<Plan::MediaType, QString> mediaTypes[] = {
        { Plan::MediaType::Voice, tr("&Voice") },
        { Plan::MediaType::Chat, tr("C&hat") },
        { Plan::MediaType::Email, tr("E&mail") },
        { Plan::MediaType::Message, tr("Messa&ge", "messaging media type (SMS, social)") },
        { Plan::MediaType::Callback, tr("Call&back") },
    };
    column = 1;
    for (const auto &[mediaType, label] : mediaTypes) {
        auto *box = new QCheckBox(label, this);
        box->setChecked(true);
        m_mediaTypes.append({ mediaType, box });
        checks->addWidget(box, 1, column++);
    }
    checks->setColumnStretch(column, 1);

    auto *lists = new QHBoxLayout;
    lists->addWidget(m_queues);
    lists->addWidget(m_users);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(lists, 1);
    layout->addLayout(checks);
    layout->addWidget(m_message);

    connect(m_queues, &PickList::checkedIdsChanged, this, &FilterPanel::changed);
    connect(m_users, &PickList::checkedIdsChanged, this, &FilterPanel::changed);
    for (const auto &pair : std::as_const(m_directions))
        connect(pair.second, &QCheckBox::toggled, this, &FilterPanel::changed);
    for (const auto &pair : std::as_const(m_mediaTypes))
        connect(pair.second, &QCheckBox::toggled, this, &FilterPanel::changed);
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::setQueues(const QList<QPair<QString, QString>> &queues)
{
    m_queues->setEntries(queues);
}

void FilterPanel::setUsers(const QList<QPair<QString, QString>> &users)
{
    m_users->setEntries(users);
}

Plan::ExportFilters FilterPanel::filters() const
{
    Plan::ExportFilters filters;
    filters.queueIds = m_queues->checkedIds();
    filters.userIds = m_users->checkedIds();
    filters.directions = checkedValues(m_directions);
    filters.mediaTypes = checkedValues(m_mediaTypes);
    return filters;
}

void FilterPanel::setFilters(const Plan::ExportFilters &filters)
{
    m_queues->setCheckedIds(filters.queueIds);
    m_users->setCheckedIds(filters.userIds);
    checkValues(m_directions, filters.directions);
    checkValues(m_mediaTypes, filters.mediaTypes);
}

QStringList FilterPanel::problems() const
{
    QStringList problems;
    if (noneChecked(m_directions))
        problems.append(tr("Check at least one direction (check both to include every conversation)."));
    if (noneChecked(m_mediaTypes))
        problems.append(tr("Check at least one media type (check all to include every conversation)."));
    return problems;
}

void FilterPanel::showProblems(const QStringList &problems)
{
    m_message->setProblems(problems);
}

QCheckBox *FilterPanel::directionBox(Plan::Direction direction) const
{
    for (const auto &[value, box] : m_directions) {
        if (value == direction)
            return box;
    }
    return nullptr;
}

QCheckBox *FilterPanel::mediaTypeBox(Plan::MediaType mediaType) const
{
    for (const auto &[value, box] : m_mediaTypes) {
        if (value == mediaType)
            return box;
    }
    return nullptr;
}

} // namespace Custody::Ui
