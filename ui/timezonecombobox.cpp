#include "ui/timezonecombobox.h"

#include <QCompleter>
#include <QLineEdit>

namespace Custody::Ui {

TimeZoneComboBox::TimeZoneComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    setAccessibleName(tr("Time zone"));
    setToolTip(tr("The time zone in which the chosen days begin and end. Type part of a name to search."));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        addItem(QString::fromLatin1(id));

    // Matching anywhere in the id: people type the city, not the continent.
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);

    connect(this, &QComboBox::currentIndexChanged, this, &TimeZoneComboBox::onIndexChanged);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &TimeZoneComboBox::revertText);
    setZone(QTimeZone::systemTimeZone());
    if (!m_zone.isValid())
        setZone(QTimeZone::utc());
}

TimeZoneComboBox::~TimeZoneComboBox() = default;

void TimeZoneComboBox::setZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    const int index = findText(QString::fromLatin1(zone.id()), Qt::MatchFixedString);
    if (index < 0)
        return;
    setCurrentIndex(index);
    onIndexChanged(index); // also when the index did not change but the text did
}

void TimeZoneComboBox::onIndexChanged(int index)
{
    if (index < 0)
        return;
    const QTimeZone zone(itemText(index).toLatin1());
    if (!zone.isValid())
        return;
    if (currentText() != itemText(index))
        setEditText(itemText(index));
    if (zone == m_zone)
        return;
    m_zone = zone;
    Q_EMIT zoneChanged(m_zone);
}

void TimeZoneComboBox::revertText()
{
    const int index = findText(currentText().trimmed(), Qt::MatchFixedString);
    if (index >= 0) {
        setCurrentIndex(index);
        onIndexChanged(index);
    } else if (m_zone.isValid()) {
        setEditText(QString::fromLatin1(m_zone.id()));
    }
}

void TimeZoneComboBox::focusOutEvent(QFocusEvent *event)
{
    QComboBox::focusOutEvent(event);
    revertText();
}

} // namespace Custody::Ui
