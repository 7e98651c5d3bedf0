#pragma once

#include <QWidget>

#include "core/profiles/orgprofile.h"

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace Custody::Ui {

/// The fields of one organisation profile: name, region or custom base URL,
/// OAuth client id, where the secret comes from, and the default time zone.
/// It edits a copy; nothing is saved here. There is no secret field: the
/// secret is handled by SecretPanel and never passes through a form field.
class ProfileForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    explicit ProfileForm(QWidget *parent = nullptr);
    ~ProfileForm() override;

    /// Shows \a profile; profile() returns it unchanged until the user edits.
    void setProfile(const Profiles::OrgProfile &profile);
    /// The profile as currently entered (same id as the one set).
    Profiles::OrgProfile profile() const;

    /// Switches the secret source to an environment variable and puts the
    /// cursor in its name field.
    void useEnvironmentVariable();

    // The fields, for keyboard wiring and tests.
    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *regionButton() const { return m_useRegion; }
    QComboBox *regionCombo() const { return m_region; }
    QRadioButton *gatewayButton() const { return m_useGateway; }
    QLineEdit *gatewayEdit() const { return m_gateway; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QRadioButton *keychainButton() const { return m_useKeychain; }
    QRadioButton *environmentButton() const { return m_useEnvironment; }
    QLineEdit *variableEdit() const { return m_variable; }
    QComboBox *timeZoneCombo() const { return m_timeZone; }

Q_SIGNALS:
    /// The user changed any field.
    void edited();

private:
    void updateEnabled();

    Profiles::OrgProfile m_profile;
    QLineEdit *m_name = nullptr;
    QRadioButton *m_useRegion = nullptr;
    QComboBox *m_region = nullptr;
    QRadioButton *m_useGateway = nullptr;
    QLineEdit *m_gateway = nullptr;
    QLineEdit *m_clientId = nullptr;
    QRadioButton *m_useKeychain = nullptr;
    QRadioButton *m_useEnvironment = nullptr;
    QLineEdit *m_variable = nullptr;
    QComboBox *m_timeZone = nullptr;
    bool m_loading = false; ///< setProfile() is filling the fields: not an edit
};

} // namespace Custody::Ui
