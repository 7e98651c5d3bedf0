#pragma once

#include <QWidget>

#include <optional>

#include "core/profiles/profilestore.h"

class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace Custody::Secrets {
class CredentialStore;
}

namespace Custody::Ui {

class ConnectionTestPanel;
class FieldMessage;
class ProfileForm;
class SecretPanel;

/// Settings page: the organisation profiles. A list on the left with Add and
/// Remove; on the right the selected profile's fields, its client secret
/// (SecretPanel) and a connection test. Profile changes are saved to the
/// profiles file when the user presses "Save Profile" (or when the dialog is
/// accepted); secrets go to the keychain at once, and removing a profile also
/// deletes its keychain entry.
class ProfilesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesPage)

public:
    /// Profiles from the file at \a profileStorePath; secrets through
    /// \a credentials; connection tests over \a nam (null: a private one).
    ProfilesPage(const QString &profileStorePath, Secrets::CredentialStore &credentials,
        QNetworkAccessManager *nam = nullptr, QWidget *parent = nullptr);
    ~ProfilesPage() override;

    const Profiles::ProfileStore &store() const { return m_store; }
    /// The id of the profile in the form (saved or a new draft), or empty.
    QString currentId() const;
    /// Whether the form differs from what is saved (a new draft always does).
    bool hasUnsavedChanges() const;
    /// Saves unsaved form changes; true when nothing is left unsaved.
    bool commitPending();

    ProfileForm *form() const { return m_form; }
    SecretPanel *secretPanel() const { return m_secret; }
    ConnectionTestPanel *connectionTest() const { return m_test; }
    /// The page-level message line (save problems, removal outcome).
    QString messageText() const;

public Q_SLOTS:
    /// Starts a new, unsaved profile in the form.
    void addProfile();
    /// Saves the form as a new profile or over the selected one; true on success.
    bool saveProfile();
    /// Asks for confirmation, then removes the selected profile.
    void removeSelectedProfile();
    /// Removes profile \a id and deletes its keychain entry, without asking.
    void removeProfile(const QString &id);
    /// Shows the saved profile \a id in the form.
    void selectProfile(const QString &id);
    /// Tests the connection with the profile as entered.
    void testConnection();

private:
    void reloadList(const QString &selectId);
    void onSelectionChanged();
    void showProfile(const Profiles::OrgProfile &profile, bool saved);
    void forgetKeychainEntry(const QString &profileId, const QString &clientId, const QString &profileName);
    void updateButtons();

    Profiles::ProfileStore m_store;
    Secrets::CredentialStore &m_credentials;
    /// The form's content right after it was filled (normalised by the
    /// form), to tell real edits from a freshly shown profile.
    std::optional<Profiles::OrgProfile> m_shown;
    bool m_shownSaved = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    ProfileForm *m_form = nullptr;
    SecretPanel *m_secret = nullptr;
    ConnectionTestPanel *m_test = nullptr;
    FieldMessage *m_message = nullptr;
};

} // namespace Custody::Ui
