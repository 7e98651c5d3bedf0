#include "ui/profilespage.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/secrets/credentialstore.h"
#include "ui/connectiontestpanel.h"
#include "ui/fieldmessage.h"
#include "ui/profileform.h"
#include "ui/secretpanel.h"

namespace Custody::Ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

ProfilesPage::ProfilesPage(
    const QString &profileStorePath, Secrets::CredentialStore &credentials, QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent)
    , m_store(profileStorePath)
    , m_credentials(credentials)
    , m_list(new QListWidget(this))
    //: Button: add an organisation profile
    , m_add(new QPushButton(tr("&Add"), this))
    //: Button: remove the selected organisation profile
    , m_remove(new QPushButton(tr("Remo&ve…"), this))
    , m_save(new QPushButton(tr("&Save Profile"), this))
    , m_form(new ProfileForm(this))
    , m_secret(new SecretPanel(credentials, this))
    , m_test(new ConnectionTestPanel(credentials, nam, this))
    , m_message(new FieldMessage(this))
{
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Organisation profiles"));
    m_list->setMaximumWidth(220);
    m_add->setObjectName(QStringLiteral("addProfile"));
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_message->setObjectName(QStringLiteral("profilesMessage"));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *profileBox = new QGroupBox(tr("Profile"), this);
    auto *profileLayout = new QVBoxLayout(profileBox);
    profileLayout->addWidget(m_form);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    profileLayout->addLayout(saveRow);
    profileLayout->addWidget(m_message);
    //: Group title: the OAuth client secret of the profile
    auto *secretBox = new QGroupBox(tr("Client Secret"), this);
    (new QVBoxLayout(secretBox))->addWidget(m_secret);
    //: Group title: checking that the profile can sign in
    auto *testBox = new QGroupBox(tr("Connection"), this);
    (new QVBoxLayout(testBox))->addWidget(m_test);
    auto *right = new QVBoxLayout;
    right->addWidget(profileBox);
    right->addWidget(secretBox);
    right->addWidget(testBox);
    right->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesPage::onSelectionChanged);
    connect(m_add, &QPushButton::clicked, this, &ProfilesPage::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesPage::removeSelectedProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfilesPage::saveProfile);
    connect(m_form, &ProfileForm::edited, this, [this] {
        m_test->reset();
        updateButtons();
    });
    connect(m_secret, &SecretPanel::environmentRequested, this, [this] {
        m_form->useEnvironmentVariable();
        m_message->setInformation(tr("Name the environment variable that holds the client secret, then save the "
                                     "profile. Set the variable before starting Custody."));
    });
    connect(m_test, &ConnectionTestPanel::testRequested, this, &ProfilesPage::testConnection);

    const Profiles::ProfileStoreResult loaded = m_store.load();
    if (!loaded.ok) {
        // The store refuses changes to a damaged file; so does the page.
        m_message->setProblems({ loaded.message });
        m_add->setEnabled(false);
        m_form->setEnabled(false);
        m_save->setEnabled(false);
        m_remove->setEnabled(false);
        return;
    }
    if (m_store.list().isEmpty())
        addProfile();
    else
        reloadList(m_store.list().constFirst().id);
}

ProfilesPage::~ProfilesPage() = default;

QString ProfilesPage::currentId() const
{
    return m_shown ? m_shown->id : QString();
}

bool ProfilesPage::hasUnsavedChanges() const
{
    return m_shown && m_form->isEnabled() && m_form->profile() != *m_shown;
}

bool ProfilesPage::commitPending()
{
    return !hasUnsavedChanges() || saveProfile();
}

QString ProfilesPage::messageText() const
{
    return m_message->text();
}

void ProfilesPage::addProfile()
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(-1);
    //: Name given to a new organisation profile until the user renames it
    showProfile(Profiles::OrgProfile::create(tr("New organisation")), false);
    m_form->nameEdit()->setFocus(Qt::OtherFocusReason);
    m_form->nameEdit()->selectAll();
}

bool ProfilesPage::saveProfile()
{
    if (!m_shown)
        return false;
    const Profiles::OrgProfile edited = m_form->profile();
    const std::optional<Profiles::OrgProfile> before = m_shownSaved ? m_store.find(edited.id) : std::nullopt;
    const Profiles::ProfileStoreResult result = before ? m_store.update(edited) : m_store.add(edited);
    if (!result.ok) {
        m_message->setProblems(result.message.split(QLatin1Char('\n')));
        return false;
    }
    QString note = tr("Saved \"%1\".").arg(edited.name);
    // A secret stored under the old client id, or kept in the keychain after
    // the user moved it to an environment variable, must not linger there.
    if (before && before->secretSource.isKeychain()
        && (!result.staleKeychainKey.isEmpty() || !edited.secretSource.isKeychain())) {
        forgetKeychainEntry(before->id, before->clientId, edited.name);
        note += QLatin1Char(' ')
            + (edited.secretSource.isKeychain()
                    ? tr("The client ID changed, so the secret stored for the old one is being removed from the "
                         "keychain. Store the new client's secret.")
                    : tr("The secret it kept in the keychain is being removed; it now comes from %1.")
                          .arg(edited.secretSource.variableName()));
    }
    reloadList(edited.id);
    m_message->setInformation(note);
    return true;
}

void ProfilesPage::removeSelectedProfile()
{
    if (!m_shown || !m_shownSaved)
        return;
    const auto answer = QMessageBox::question(this, tr("Remove Profile"),
        tr("Remove the profile \"%1\"? Its client secret is deleted from the keychain as well. Exports already made "
           "are not affected.")
            .arg(m_shown->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeProfile(m_shown->id);
}

void ProfilesPage::removeProfile(const QString &id)
{
    const std::optional<Profiles::OrgProfile> profile = m_store.find(id);
    if (!profile || profile->id != id)
        return;
    const Profiles::ProfileStoreResult result = m_store.remove(id);
    if (!result.ok) {
        m_message->setProblems({ result.message });
        return;
    }
    if (m_store.list().isEmpty())
        addProfile();
    else
        reloadList(m_store.list().constFirst().id);
    m_message->setInformation(tr("Removed \"%1\".").arg(profile->name));
    if (!result.staleKeychainKey.isEmpty())
        forgetKeychainEntry(profile->id, profile->clientId, profile->name);
}

void ProfilesPage::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ProfilesPage::testConnection()
{
    m_test->test(m_form->profile());
}

void ProfilesPage::reloadList(const QString &selectId)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Profiles::OrgProfile &profile : m_store.list()) {
            auto *item = new QListWidgetItem(profile.name, m_list);
            item->setData(kIdRole, profile.id);
        }
    }
    m_list->setCurrentRow(-1);
    selectProfile(selectId);
}

void ProfilesPage::onSelectionChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (const auto profile = m_store.find(item->data(kIdRole).toString()))
        showProfile(*profile, true);
}

void ProfilesPage::showProfile(const Profiles::OrgProfile &profile, bool saved)
{
    m_form->setProfile(profile);
    m_shown = m_form->profile();
    m_shownSaved = saved;
    m_message->clear();
    m_test->reset();
    m_secret->setProfile(saved ? std::optional(profile) : std::nullopt);
    updateButtons();
}

void ProfilesPage::forgetKeychainEntry(const QString &profileId, const QString &clientId, const QString &profileName)
{
    m_credentials.remove(
        profileId, clientId, this, [this, profileId, clientId, profileName](const Secrets::CredentialResult &result) {
            if (result.ok() || result.status == Secrets::CredentialResult::Status::NotFound)
                return;
            m_message->setProblems(
                { tr("The secret of \"%1\" could not be deleted from the keychain: %2 Delete the "
                     "entry \"%3\" of \"%4\" with the system's keychain tool.")
                        .arg(profileName, result.message, Secrets::CredentialStore::keyFor(profileId, clientId),
                            m_credentials.service()) });
        });
}

void ProfilesPage::updateButtons()
{
    m_remove->setEnabled(m_shownSaved);
    m_save->setEnabled(m_shown.has_value());
}

} // namespace Custody::Ui
