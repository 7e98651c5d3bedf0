#pragma once

#include <QDialog>

#include "core/settings/appsettings.h"

class QListWidget;
class QNetworkAccessManager;
class QSettings;
class QStackedWidget;

namespace Custody::Secrets {
class CredentialStore;
}

namespace Custody::Ui {

class BehaviourPage;
class NetworkPage;
class ProfilesPage;
class TransfersPage;

/// The settings: one page per area (organisation profiles, transfers,
/// behaviour, network), chosen from a list on the left.
///
/// OK and Apply write the typed settings to \a settings, apply the proxy to
/// the whole process and emit settingsApplied(); Cancel drops them. Profiles
/// are saved to their own file (and secrets to the keychain) as the user
/// works on that page; OK also saves a profile left edited but unsaved.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { Profiles, Transfers, Behaviour, Network };

    /// \a profileStorePath is the profiles JSON file (ProfileStore);
    /// \a credentials holds the client secrets; \a settings is read now and
    /// written on OK or Apply. Connection tests use \a nam, or a network
    /// manager of the dialog's own when it is null. The references must
    /// outlive the dialog.
    SettingsDialog(const QString &profileStorePath, Secrets::CredentialStore &credentials, QSettings &settings,
        QWidget *parent = nullptr, QNetworkAccessManager *nam = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;

    ProfilesPage *profilesPage() const { return m_profiles; }
    TransfersPage *transfersPage() const { return m_transfers; }
    BehaviourPage *behaviourPage() const { return m_behaviour; }
    NetworkPage *networkPage() const { return m_network; }

    /// The settings as entered on the pages (not yet saved).
    Settings::AppSettings enteredSettings() const;

public Q_SLOTS:
    /// Saves and applies what the pages hold; false (and the page with the
    /// problem shown) when something cannot be saved.
    bool apply();
    void accept() override;

Q_SIGNALS:
    /// The settings were saved; the owner passes them on (e.g. download
    /// limits to the engine).
    void settingsApplied(const Custody::Settings::AppSettings &settings);

private:
    QSettings &m_settings;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    ProfilesPage *m_profiles = nullptr;
    TransfersPage *m_transfers = nullptr;
    BehaviourPage *m_behaviour = nullptr;
    NetworkPage *m_network = nullptr;
};

} // namespace Custody::Ui
