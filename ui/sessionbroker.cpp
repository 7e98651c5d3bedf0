#include "ui/sessionbroker.h"

#include <QPointer>
#include <QTimer>

#include "core/jobs/engine.h"
#include "core/secrets/secretresolver.h"
#include "ui/demoorg.h"

namespace Custody::Ui {

SessionBroker::SessionBroker(Jobs::Engine *engine, Secrets::CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_credentials(credentials)
{
}

SessionBroker::~SessionBroker() = default;

void SessionBroker::setProfiles(const QList<Profiles::OrgProfile> &profiles)
{
    m_profiles = profiles;
}

QList<Profiles::OrgProfile> SessionBroker::profiles() const
{
    QList<Profiles::OrgProfile> all = m_profiles;
    if (m_demo && m_demo->isRunning())
        all.append(m_demo->profile());
    return all;
}

bool SessionBroker::startDemo(QString *error)
{
    if (m_demo && m_demo->isRunning())
        return true;
    auto demo = std::make_unique<DemoOrg>();
    if (!demo->start(error))
        return false;
    m_demo = std::move(demo);
    Q_EMIT demoStarted();
    return true;
}

void SessionBroker::withSession(const QString &profileId, QObject *context, Ready ready, Failed failed)
{
    if (profileId == DemoOrg::profileId()) {
        QString error;
        if (!startDemo(&error)) {
            const QString message = tr("The simulated organisation could not start: %1").arg(error);
            QTimer::singleShot(0, context, [failed, message] { failed(message); });
            return;
        }
        Jobs::OrgSession *session = m_engine->session(m_demo->connection());
        if (!m_sessions.contains(session))
            m_sessions.append(session);
        QTimer::singleShot(0, context, [ready, session] { ready(session); });
        return;
    }
    const auto profile = std::find_if(
        m_profiles.cbegin(), m_profiles.cend(), [&](const Profiles::OrgProfile &p) { return p.id == profileId; });
    if (profile == m_profiles.cend()) {
        const QString message = tr("The organisation profile of this export no longer exists. Add it again in "
                                   "Settings, or duplicate the export for another organisation.");
        QTimer::singleShot(0, context, [failed, message] { failed(message); });
        return;
    }
    if (!m_credentials) {
        const QString message
            = tr("The keychain is not available, so the secret of \"%1\" cannot be read.").arg(profile->name);
        QTimer::singleShot(0, context, [failed, message] { failed(message); });
        return;
    }
    const Profiles::OrgProfile chosen = *profile;
    Secrets::resolveSecret(
        chosen, *m_credentials, context, [this, chosen, ready, failed](const Secrets::CredentialResult &secret) {
            if (!secret.ok())
                return failed(secret.message);
            Jobs::OrgConnection connection;
            connection.profileId = chosen.id;
            connection.hosts = chosen.hosts();
            connection.description = QStringLiteral("%1 (%2)").arg(chosen.name, chosen.hosts().apiBase.host());
            connection.clientId = chosen.clientId;
            connection.clientSecret = secret.secret;
            Jobs::OrgSession *session = m_engine->session(connection);
            if (!m_sessions.contains(session))
                m_sessions.append(session);
            ready(session);
        });
}

QList<Jobs::OrgSession *> SessionBroker::sessions() const
{
    QList<Jobs::OrgSession *> alive;
    for (const QPointer<Jobs::OrgSession> &session : m_sessions)
        if (session)
            alive.append(session.data());
    return alive;
}

} // namespace Custody::Ui
