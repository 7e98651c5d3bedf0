#pragma once

#include <QWidget>

#include "core/profiles/orgprofile.h"
#include "core/secrets/credentialresult.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace Custody::Secrets {
class CredentialStore;
}

namespace Custody::Ui {

class FieldMessage;

/// Where a profile's client secret stands, and the only way to change it.
///
/// It never shows a stored secret: it says "Stored in the keychain" or "Not
/// set", and offers "Replace secret…" and "Forget secret", both through the
/// CredentialStore. Keychain calls are asynchronous: while one runs the
/// panel shows a busy state and its buttons are disabled; a result that
/// arrives after the profile changed is ignored. When the keychain is
/// unavailable it says so plainly and offers the environment variable route;
/// it never falls back to storing the secret anywhere else.
class SecretPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretPanel)

public:
    enum class State {
        NoProfile, ///< nothing to act on: the profile is not saved yet
        Environment, ///< the profile reads its secret from an environment variable
        Checking, ///< asking the keychain whether a secret is stored
        Stored,
        NotSet,
        Writing,
        Removing,
        Unavailable, ///< the keychain cannot be used; see message()
        Failed, ///< the last keychain call failed for another reason; see message()
    };
    Q_ENUM(State)

    explicit SecretPanel(Secrets::CredentialStore &credentials, QWidget *parent = nullptr);
    ~SecretPanel() override;

    /// Shows the secret of the saved \a profile and asks the keychain whether
    /// one is stored. Pass nullopt for a profile that is not saved yet.
    void setProfile(const std::optional<Profiles::OrgProfile> &profile);

    State state() const { return m_state; }
    bool isBusy() const;
    /// The status line as shown: never the secret.
    QString statusText() const;
    /// The keychain's explanation of the last failure (translated), or empty.
    QString message() const;
    /// Whether "Use an environment variable instead" is offered.
    bool offersEnvironment() const;

public Q_SLOTS:
    /// Asks for the new secret in a small dialog with a password field.
    void askForSecret();
    /// Stores \a secret in the keychain for the current profile, replacing any.
    void replaceSecret(const QString &secret);
    /// Deletes the current profile's secret from the keychain.
    void forgetSecret();
    /// Reads the keychain again to refresh the status.
    void refresh();

Q_SIGNALS:
    /// The user wants to keep the secret in an environment variable instead.
    void environmentRequested();
    void stateChanged(Custody::Ui::SecretPanel::State state);

private:
    void setState(State state, const QString &message = {});
    void onResult(const Secrets::CredentialResult &result, State okState);

    Secrets::CredentialStore &m_credentials;
    std::optional<Profiles::OrgProfile> m_profile;
    State m_state = State::NoProfile;
    QString m_message;
    quint64 m_generation = 0; ///< bumped on every profile change and request, so late answers are dropped
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_replace = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_useEnvironment = nullptr;
    FieldMessage *m_problem = nullptr;
};

} // namespace Custody::Ui
