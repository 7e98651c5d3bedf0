#pragma once

#include <QWidget>

#include "core/settings/behavioursettings.h"

class QCheckBox;
class QComboBox;

namespace Custody::Ui {

class FieldMessage;

/// Settings page: tray, notifications and the interface language. A new
/// language takes effect after a restart, which the page says.
class BehaviourPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BehaviourPage)

public:
    explicit BehaviourPage(const Settings::BehaviourSettings &settings, QWidget *parent = nullptr);
    ~BehaviourPage() override;

    Settings::BehaviourSettings settings() const;
    /// Whether the chosen language differs from the one in use.
    bool languageChanged() const;

    QCheckBox *trayCheck() const { return m_tray; }
    QCheckBox *notificationsCheck() const { return m_notifications; }
    QComboBox *languageCombo() const { return m_language; }

private:
    QString m_initialLanguage;
    QCheckBox *m_tray = nullptr;
    QCheckBox *m_notifications = nullptr;
    QComboBox *m_language = nullptr;
    FieldMessage *m_restartNote = nullptr;
};

} // namespace Custody::Ui
