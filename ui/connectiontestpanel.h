#pragma once

#include <QWidget>

#include <memory>

#include "core/profiles/orgprofile.h"

class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace Custody::Jobs {
class OrgSession;
}
namespace Custody::Secrets {
class CredentialStore;
}

namespace Custody::Ui {

class FieldMessage;

/// "Test connection" for a profile as entered: fetches its secret (keychain
/// or environment), signs in with a temporary OrgSession and reports what
/// the exports will work with: the request limit, how long download links
/// last, and how many queues and users the client can see. Nothing waits:
/// the result arrives through the session's signals.
class ConnectionTestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestPanel)

public:
    enum class State { Idle, Running, Succeeded, Failed };
    Q_ENUM(State)

    /// \a nam carries the test's requests; when null the panel makes its own.
    ConnectionTestPanel(Secrets::CredentialStore &credentials, QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~ConnectionTestPanel() override;

    State state() const { return m_state; }
    /// The last outcome as shown to the user.
    QString resultText() const;

public Q_SLOTS:
    /// Tests \a profile; a test still running is abandoned.
    void test(const Custody::Profiles::OrgProfile &profile);
    /// Abandons a running test and clears the result.
    void reset();

Q_SIGNALS:
    /// The user pressed "Test Connection": the owner answers with test(profile).
    void testRequested();
    void finished(bool ok);

private:
    void connectWith(const Profiles::OrgProfile &profile, const QString &secret);
    void succeed();
    void fail(const QString &message);
    void setRunning(bool running);

    Secrets::CredentialStore &m_credentials;
    std::unique_ptr<QNetworkAccessManager> m_ownNam;
    QNetworkAccessManager *m_nam = nullptr;
    std::unique_ptr<Jobs::OrgSession> m_session;
    std::unique_ptr<QObject> m_secretContext; ///< drops a pending secret lookup when the test is abandoned
    State m_state = State::Idle;
    QPushButton *m_button = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_result = nullptr;
    FieldMessage *m_problem = nullptr;
};

} // namespace Custody::Ui
