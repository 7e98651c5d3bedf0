#include "ui/connectiontestpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/api/clock.h"
#include "core/jobs/orgsession.h"
#include "core/secrets/secretresolver.h"
#include "ui/fieldmessage.h"

namespace Custody::Ui {

ConnectionTestPanel::ConnectionTestPanel(
    Secrets::CredentialStore &credentials, QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent)
    , m_credentials(credentials)
    , m_ownNam(nam ? nullptr : std::make_unique<QNetworkAccessManager>())
    , m_nam(nam ? nam : m_ownNam.get())
    , m_button(new QPushButton(tr("&Test Connection"), this))
    , m_busy(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_problem(new FieldMessage(this))
{
    setAccessibleName(tr("Connection test"));
    m_button->setObjectName(QStringLiteral("testConnection"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->hide();
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_result->hide();

    connect(m_button, &QPushButton::clicked, this, &ConnectionTestPanel::testRequested);

    auto *row = new QHBoxLayout;
    row->addWidget(m_button);
    row->addWidget(m_busy);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(m_problem);
}

ConnectionTestPanel::~ConnectionTestPanel() = default;

QString ConnectionTestPanel::resultText() const
{
    return m_state == State::Failed ? m_problem->text() : m_result->text();
}

void ConnectionTestPanel::test(const Profiles::OrgProfile &profile)
{
    reset();
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));
    setRunning(true);
    m_secretContext = std::make_unique<QObject>();
    Secrets::resolveSecret(
        profile, m_credentials, m_secretContext.get(), [this, profile](const Secrets::CredentialResult &secret) {
            if (!secret.ok())
                return fail(secret.message);
            connectWith(profile, secret.secret);
        });
}

void ConnectionTestPanel::reset()
{
    m_secretContext.reset();
    m_session.reset();
    m_state = State::Idle;
    m_result->clear();
    m_result->hide();
    m_problem->clear();
    setRunning(false);
}

void ConnectionTestPanel::connectWith(const Profiles::OrgProfile &profile, const QString &secret)
{
    Jobs::OrgConnection connection;
    connection.profileId = profile.id;
    connection.hosts = profile.hosts();
    connection.description = QStringLiteral("%1 (%2)").arg(profile.name, connection.hosts.apiBase.host());
    connection.clientId = profile.clientId;
    connection.clientSecret = secret;
    m_session = std::make_unique<Jobs::OrgSession>(m_nam, Api::Clock::system(), connection);
    connect(m_session.get(), &Jobs::OrgSession::ready, this, &ConnectionTestPanel::succeed);
    connect(m_session.get(), &Jobs::OrgSession::failed, this,
        [this](const Api::ApiError &error) { fail(error.userMessage()); });
    m_session->connectToOrg();
}

void ConnectionTestPanel::succeed()
{
    const Jobs::OrgSession &session = *m_session;
    const QString text = tr("Connected. Rate limit: %1 requests per minute. Download links stay valid for %2 "
                            "minutes. Visible to this client: %3 queues, %4 users.")
                             .arg(session.requestLimitPerMinute())
                             .arg(session.urlTtlSeconds() / 60)
                             .arg(session.queueNames().size())
                             .arg(session.userNames().size());
    // The session holds the secret in memory; it has served its purpose.
    m_session.release()->deleteLater();
    setRunning(false);
    m_state = State::Succeeded;
    m_result->setText(text);
    m_result->show();
    Q_EMIT finished(true);
}

void ConnectionTestPanel::fail(const QString &message)
{
    if (m_session)
        m_session.release()->deleteLater();
    setRunning(false);
    m_state = State::Failed;
    m_problem->setProblems({ message });
    Q_EMIT finished(false);
}

void ConnectionTestPanel::setRunning(bool running)
{
    if (running)
        m_state = State::Running;
    m_busy->setVisible(running);
    m_button->setEnabled(!running);
}

} // namespace Custody::Ui
