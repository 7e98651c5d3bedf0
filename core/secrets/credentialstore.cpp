#include "core/secrets/credentialstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include "core/secrets/qtkeychainbackend.h"

namespace Custody::Secrets {

Q_LOGGING_CATEGORY(lcSecrets, "custody.secrets")

namespace {

QString operationName(KeychainBackend::Operation operation)
{
    switch (operation) {
    case KeychainBackend::Operation::Read:
        return QStringLiteral("read");
    case KeychainBackend::Operation::Write:
        return QStringLiteral("write");
    case KeychainBackend::Operation::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

// Anything but "not found" is keychain trouble: a read that fails must never
// look like "no secret stored".
CredentialResult resultFor(const KeychainReply &reply, const QString &key)
{
    switch (reply.code) {
    case KeychainReply::Code::Ok:
        return CredentialResult::success(reply.data);
    case KeychainReply::Code::EntryNotFound:
        return CredentialResult::notFound(key);
    case KeychainReply::Code::AccessDenied:
        return CredentialResult::accessDenied(reply.errorString);
    case KeychainReply::Code::NoBackend:
    case KeychainReply::Code::Other:
        return CredentialResult::unavailable(reply.errorString);
    case KeychainReply::Code::CouldNotDelete:
        return CredentialResult::failed(
            QCoreApplication::translate("Custody::Secrets::CredentialStore",
                "The keychain could not delete the stored secret (%1). Remove the entry \"%2\" with your "
                "keychain's own tool.")
                .arg(reply.errorString, key),
            reply.errorString);
    }
    return CredentialResult::unavailable(reply.errorString);
}

bool isStartupFailure(KeychainReply::Code code)
{
    return code == KeychainReply::Code::NoBackend || code == KeychainReply::Code::Other;
}

} // namespace

/// One read, write or remove, from submit() to its single callback. It is the
/// connection context of every attempt, so deleting it silences late answers.
class CredentialStore::Request final : public QObject
{
public:
    explicit Request(QObject *parent)
        : QObject(parent)
    {
        timer.setSingleShot(true);
    }

    Operation operation = Operation::Read;
    QString key;
    QString data;
    QPointer<QObject> context;
    bool guarded = false; ///< a context was given, so its destruction drops the callback
    Callback callback;
    bool retried = false;
    bool done = false;
    QTimer timer;
};

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : CredentialStore(std::make_unique<QtKeychainBackend>(), service, parent)
{
}

CredentialStore::CredentialStore(std::unique_ptr<KeychainBackend> backend, const QString &service, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_service(service)
{
    Q_ASSERT(m_backend);
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::defaultService()
{
    return QStringLiteral("Custody");
}

QString CredentialStore::keyFor(const QString &profileId, const QString &clientId)
{
    return QStringLiteral("custody/%1/%2").arg(profileId, clientId);
}

void CredentialStore::read(const QString &profileId, const QString &clientId, QObject *context, Callback callback)
{
    submit(Operation::Read, profileId, clientId, {}, context, std::move(callback));
}

void CredentialStore::write(
    const QString &profileId, const QString &clientId, const QString &secret, QObject *context, Callback callback)
{
    submit(Operation::Write, profileId, clientId, secret, context, std::move(callback));
}

void CredentialStore::remove(const QString &profileId, const QString &clientId, QObject *context, Callback callback)
{
    submit(Operation::Remove, profileId, clientId, {}, context, std::move(callback));
}

void CredentialStore::submit(Operation operation, const QString &profileId, const QString &clientId,
    const QString &secret, QObject *context, Callback callback)
{
    auto *request = new Request(this);
    request->operation = operation;
    request->key = keyFor(profileId, clientId);
    request->data = secret;
    request->context = context;
    request->guarded = context != nullptr;
    request->callback = std::move(callback);
    ++m_pending;
    connect(&request->timer, &QTimer::timeout, request, [this, request] { onTimeout(request); });

    // Refusals still answer later, like every other result.
    QString refusal;
    if (profileId.trimmed().isEmpty() || clientId.trimmed().isEmpty()) {
        refusal = QCoreApplication::translate("Custody::Secrets::CredentialStore",
            "The profile has no id or no OAuth client id, so its secret has no keychain entry.");
    } else if (operation == Operation::Write && secret.isEmpty()) {
        refusal = QCoreApplication::translate(
            "Custody::Secrets::CredentialStore", "The client secret is empty. Enter the secret to store.");
    } else if (operation == Operation::Write && secret.toUtf8().size() > kMaxSecretBytes) {
        refusal = QCoreApplication::translate("Custody::Secrets::CredentialStore",
            "The client secret is longer than %1 bytes, more than the keychain can hold on every system. "
            "Check that you pasted the client secret and nothing else.")
                      .arg(kMaxSecretBytes);
    }
    if (!refusal.isEmpty()) {
        QTimer::singleShot(0, request, [this, request, refusal] {
            finish(request, CredentialResult::failed(refusal, QStringLiteral("request refused before start")));
        });
        return;
    }
    startAttempt(request);
}

void CredentialStore::startAttempt(Request *request)
{
    qCDebug(lcSecrets).noquote() << "keychain" << operationName(request->operation) << request->key
                                 << (request->retried ? "started (retry)" : "started");
    request->timer.start(m_timeout);
    m_backend->start(request->operation, m_service, request->key, request->data, request,
        [this, request](const KeychainReply &reply) { onReply(request, reply); });
}

void CredentialStore::onReply(Request *request, const KeychainReply &reply)
{
    if (request->done)
        return;
    request->timer.stop();
    if (!isStartupFailure(reply.code)) {
        m_backendAnswered = true;
    } else if (!m_backendAnswered && !request->retried) {
        qCInfo(lcSecrets).noquote() << "keychain" << operationName(request->operation) << request->key
                                    << "failed at first use, retrying:" << reply.errorString;
        request->retried = true;
        QTimer::singleShot(m_retryDelay, request, [this, request] { startAttempt(request); });
        return;
    }
    finish(request, resultFor(reply, request->key));
}

void CredentialStore::onTimeout(Request *request)
{
    if (request->done)
        return;
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(m_timeout).count();
    finish(request, CredentialResult::timedOut(static_cast<int>(seconds)));
}

void CredentialStore::finish(Request *request, const CredentialResult &result)
{
    Q_ASSERT(!request->done);
    request->done = true;
    request->timer.stop();
    --m_pending;
    if (result.ok() || result.status == CredentialResult::Status::NotFound) {
        qCDebug(lcSecrets).noquote() << "keychain" << operationName(request->operation) << request->key
                                     << CredentialResult::statusName(result.status);
    } else {
        qCWarning(lcSecrets).noquote() << "keychain" << operationName(request->operation) << request->key
                                       << CredentialResult::statusName(result.status) << result.detail;
    }

    // The callback may destroy this store, so nothing touches members after it.
    const Callback callback = std::move(request->callback);
    const bool dropped = request->guarded && !request->context;
    request->data.clear();
    request->deleteLater();
    if (!dropped && callback)
        callback(result);
}

} // namespace Custody::Secrets
