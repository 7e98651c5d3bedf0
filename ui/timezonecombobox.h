#pragma once

#include <QComboBox>
#include <QTimeZone>

namespace Custody::Ui {

/// An editable, searchable list of IANA time zones ("Europe/Berlin").
///
/// Typing filters the list by any part of the id ("berl" finds
/// Europe/Berlin). Text that names no zone is not accepted: when editing ends
/// the box returns to the last valid zone, so zone() is always valid.
class TimeZoneComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZoneComboBox)

public:
    explicit TimeZoneComboBox(QWidget *parent = nullptr);
    ~TimeZoneComboBox() override;

    QTimeZone zone() const { return m_zone; }
    /// Selects \a zone; ignored when the zone is invalid or not in the list.
    void setZone(const QTimeZone &zone);

Q_SIGNALS:
    void zoneChanged(const QTimeZone &zone);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onIndexChanged(int index);
    void revertText();

    QTimeZone m_zone;
};

} // namespace Custody::Ui
