#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

#include "core/secrets/credentialresult.h"
#include "core/secrets/keychainbackend.h"

namespace Custody::Secrets {

/// OAuth client secrets in the platform keychain, one entry per profile and
/// client: key "custody/<profileId>/<clientId>" under a service name ("Custody"
/// unless a test picks its own). Every operation is asynchronous and ends in
/// exactly one CredentialResult, also when the keychain never answers: each
/// attempt has its own timeout, which reports Unavailable. The first failures
/// with "no backend" or "other error" are retried once after a short delay,
/// because Linux keyrings start on first use. Secrets are never logged, and
/// nothing is ever written to plain-text fallback storage.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using Callback = std::function<void(const CredentialResult &)>;

    static constexpr std::chrono::milliseconds kDefaultTimeout { 10000 };
    static constexpr std::chrono::milliseconds kDefaultRetryDelay { 500 };
    /// Windows Credential Manager keeps at most 2,560 bytes per entry; one
    /// limit on every platform keeps profiles portable. OAuth secrets are ~45.
    static constexpr qsizetype kMaxSecretBytes = 2048;

    /// A store over the platform keychain.
    explicit CredentialStore(const QString &service = defaultService(), QObject *parent = nullptr);
    /// A store over \a backend (tests use a backend that never answers).
    CredentialStore(std::unique_ptr<KeychainBackend> backend, const QString &service, QObject *parent = nullptr);
    ~CredentialStore() override;

    /// "Custody".
    static QString defaultService();
    /// "custody/<profileId>/<clientId>".
    static QString keyFor(const QString &profileId, const QString &clientId);

    QString service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /// Time allowed for each keychain attempt before it counts as Unavailable.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// Delay before the one retry of a first "no backend" or "other" failure.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    /// Requests started and not yet finished.
    int pendingCount() const { return m_pending; }

    /// Reads the secret of \a clientId in profile \a profileId. \a callback
    /// runs once, later, with the secret or a failure; it is dropped if
    /// \a context (may be null) is destroyed first, or if the store is.
    void read(const QString &profileId, const QString &clientId, QObject *context, Callback callback);
    /// Stores \a secret, replacing any earlier one.
    void write(
        const QString &profileId, const QString &clientId, const QString &secret, QObject *context, Callback callback);
    /// Deletes the entry. Removing an entry that does not exist is not an error
    /// for every keychain; some report NotFound.
    void remove(const QString &profileId, const QString &clientId, QObject *context, Callback callback);

private:
    class Request;
    using Operation = KeychainBackend::Operation;

    void submit(Operation operation, const QString &profileId, const QString &clientId, const QString &secret,
        QObject *context, Callback callback);
    void startAttempt(Request *request);
    void onReply(Request *request, const KeychainReply &reply);
    void onTimeout(Request *request);
    void finish(Request *request, const CredentialResult &result);

    std::unique_ptr<KeychainBackend> m_backend;
    QString m_service;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    std::chrono::milliseconds m_retryDelay = kDefaultRetryDelay;
    bool m_backendAnswered = false; ///< the keychain has answered once: no more start-up retries
    int m_pending = 0;
};

} // namespace Custody::Secrets
