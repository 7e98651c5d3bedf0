#include "ui/secretpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/secrets/credentialstore.h"
#include "core/secrets/secretresolver.h"
#include "ui/fieldmessage.h"
#include "ui/secretdialog.h"

namespace Custody::Ui {

using Secrets::CredentialResult;

SecretPanel::SecretPanel(Secrets::CredentialStore &credentials, QWidget *parent)
    : QWidget(parent)
    , m_credentials(credentials)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_replace(new QPushButton(tr("Replace Secret…"), this))
    , m_forget(new QPushButton(tr("Forget Secret"), this))
    , m_useEnvironment(new QPushButton(tr("Use an Environment Variable Instead"), this))
    , m_problem(new FieldMessage(this))
{
    setAccessibleName(tr("Client secret"));
    m_status->setObjectName(QStringLiteral("secretStatus"));
    m_status->setAccessibleName(tr("Client secret status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    // An indeterminate bar: keychains give no progress, only an answer.
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Waiting for the keychain"));
    m_busy->hide();
    m_replace->setObjectName(QStringLiteral("replaceSecret"));
    m_forget->setObjectName(QStringLiteral("forgetSecret"));
    m_useEnvironment->setObjectName(QStringLiteral("useEnvironment"));
    m_useEnvironment->hide();

    connect(m_replace, &QPushButton::clicked, this, &SecretPanel::askForSecret);
    connect(m_forget, &QPushButton::clicked, this, &SecretPanel::forgetSecret);
    connect(m_useEnvironment, &QPushButton::clicked, this, &SecretPanel::environmentRequested);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replace);
    buttons->addWidget(m_forget);
    buttons->addWidget(m_useEnvironment);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(statusRow);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    setState(State::NoProfile);
}

SecretPanel::~SecretPanel() = default;

void SecretPanel::setProfile(const std::optional<Profiles::OrgProfile> &profile)
{
    ++m_generation;
    m_profile = profile;
    if (!m_profile)
        return setState(State::NoProfile);
    if (!m_profile->secretSource.isKeychain())
        return setState(State::Environment);
    refresh();
}

bool SecretPanel::isBusy() const
{
    return m_state == State::Checking || m_state == State::Writing || m_state == State::Removing;
}

QString SecretPanel::statusText() const
{
    return m_status->text();
}

QString SecretPanel::message() const
{
    return m_message;
}

bool SecretPanel::offersEnvironment() const
{
    return !m_useEnvironment->isHidden();
}

void SecretPanel::askForSecret()
{
    if (!m_profile || isBusy())
        return;
    SecretDialog dialog(m_profile->name, this);
    if (dialog.exec() == QDialog::Accepted)
        replaceSecret(dialog.takeSecret());
}

void SecretPanel::replaceSecret(const QString &secret)
{
    if (!m_profile || !m_profile->secretSource.isKeychain() || isBusy() || secret.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    setState(State::Writing);
    m_credentials.write(
        m_profile->id, m_profile->clientId, secret, this, [this, generation](const CredentialResult &result) {
            if (generation == m_generation)
                onResult(result, State::Stored);
        });
}

void SecretPanel::forgetSecret()
{
    if (!m_profile || !m_profile->secretSource.isKeychain() || isBusy())
        return;
    const quint64 generation = ++m_generation;
    setState(State::Removing);
    m_credentials.remove(m_profile->id, m_profile->clientId, this, [this, generation](const CredentialResult &result) {
        if (generation == m_generation)
            onResult(result, State::NotSet);
    });
}

void SecretPanel::refresh()
{
    if (!m_profile || !m_profile->secretSource.isKeychain())
        return;
    const quint64 generation = ++m_generation;
    setState(State::Checking);
    // The read brings the secret into memory only to learn that it exists; it is dropped here.
    m_credentials.read(m_profile->id, m_profile->clientId, this, [this, generation](const CredentialResult &result) {
        if (generation == m_generation)
            onResult(result, State::Stored);
    });
}

void SecretPanel::onResult(const CredentialResult &result, State okState)
{
    switch (result.status) {
    case CredentialResult::Status::Ok:
        return setState(okState);
    case CredentialResult::Status::NotFound:
        // Forgetting what is already gone leaves the wanted outcome.
        return setState(State::NotSet);
    case CredentialResult::Status::Unavailable:
        return setState(State::Unavailable, result.message);
    case CredentialResult::Status::AccessDenied:
    case CredentialResult::Status::Failed:
        return setState(State::Failed, result.message);
    }
}

void SecretPanel::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    QString status;
    switch (state) {
    case State::NoProfile:
        status = tr("Save the profile first; then you can store its client secret.");
        break;
    case State::Environment: {
        const QString name = m_profile ? m_profile->secretSource.variableName() : QString();
        status = Secrets::readEnvironmentSecret(name).ok()
            ? tr("Read from the environment variable %1, which is set for this session.").arg(name)
            : tr("Read from the environment variable %1, which is NOT set for this session. Set it before "
                 "starting Custody.")
                  .arg(name);
        break;
    }
    case State::Checking:
        status = tr("Checking the keychain…");
        break;
    case State::Stored:
        //: Status of the client secret
        status = tr("Stored in the keychain");
        break;
    case State::NotSet:
        //: Status of the client secret
        status = tr("Not set");
        break;
    case State::Writing:
        status = tr("Storing the secret in the keychain…");
        break;
    case State::Removing:
        status = tr("Removing the secret from the keychain…");
        break;
    case State::Unavailable:
        status = tr("The keychain is not available");
        break;
    case State::Failed:
        status = tr("The keychain did not do what was asked");
        break;
    }
    m_status->setText(status);
    m_problem->setProblems(message.isEmpty() ? QStringList() : QStringList { message });

    const bool busy = isBusy();
    const bool keychain = m_profile && m_profile->secretSource.isKeychain();
    m_busy->setVisible(busy);
    m_replace->setEnabled(keychain && !busy);
    m_forget->setEnabled(keychain && !busy && state != State::NotSet);
    m_useEnvironment->setVisible(state == State::Unavailable);
    Q_EMIT stateChanged(state);
}

} // namespace Custody::Ui
