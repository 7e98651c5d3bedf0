#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

#include "core/jobs/orgsession.h"
#include "core/profiles/orgprofile.h"

namespace Custody::Jobs {
class Engine;
}

namespace Custody::Secrets {
class CredentialStore;
}

namespace Custody::Ui {

class DemoOrg;

/// Finds the OrgSession an export runs over. For a saved profile it fetches
/// the secret (keychain or environment, asynchronously); for the demo profile
/// it starts the in-process simulator on first use and never touches the
/// keychain.
class SessionBroker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionBroker)

public:
    using Ready = std::function<void(Jobs::OrgSession *session)>;
    using Failed = std::function<void(const QString &message)>;

    /// \a engine must outlive the broker; \a credentials may be null (then only
    /// profiles whose secret is in the environment, and the demo, work).
    SessionBroker(Jobs::Engine *engine, Secrets::CredentialStore *credentials, QObject *parent = nullptr);
    ~SessionBroker() override;

    void setProfiles(const QList<Profiles::OrgProfile> &profiles);
    /// The saved profiles, plus the demo profile while the demo runs.
    QList<Profiles::OrgProfile> profiles() const;

    /// Starts the simulated org (idempotent); false with \a error if it cannot.
    bool startDemo(QString *error = nullptr);
    DemoOrg *demo() const { return m_demo.get(); }
    /// The keychain access given at construction; null when there is none.
    Secrets::CredentialStore *credentials() const { return m_credentials; }

    /// Calls \a ready with the session of \a profileId, or \a failed with a
    /// translated reason. Both run later, never inside this call, and are
    /// dropped if \a context is destroyed first.
    void withSession(const QString &profileId, QObject *context, Ready ready, Failed failed);

    /// The sessions handed out so far (for the status bar).
    QList<Jobs::OrgSession *> sessions() const;

Q_SIGNALS:
    void demoStarted();

private:
    Jobs::Engine *m_engine;
    Secrets::CredentialStore *m_credentials;
    QList<Profiles::OrgProfile> m_profiles;
    std::unique_ptr<DemoOrg> m_demo;
    QList<QPointer<Jobs::OrgSession>> m_sessions;
};

} // namespace Custody::Ui
