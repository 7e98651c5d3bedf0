#include "core/secrets/qtkeychainbackend.h"

#include <qt6keychain/keychain.h>

namespace Custody::Secrets {

namespace {

KeychainReply::Code codeFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainReply::Code::Ok;
    case QKeychain::EntryNotFound:
        return KeychainReply::Code::EntryNotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainReply::Code::AccessDenied;
    case QKeychain::NoBackendAvailable:
        return KeychainReply::Code::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
        return KeychainReply::Code::CouldNotDelete;
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return KeychainReply::Code::Other;
    }
    return KeychainReply::Code::Other;
}

// Jobs own themselves (setAutoDelete): QtKeychain's libsecret callbacks keep a
// raw pointer to the job, so deleting one in flight, e.g. through a parent,
// would crash later. A job that never finishes stays alive; our caller has
// given up on it by then through its own timeout.
QKeychain::Job *createJob(KeychainBackend::Operation operation, const QString &service, const QString &data)
{
    switch (operation) {
    case KeychainBackend::Operation::Read:
        return new QKeychain::ReadPasswordJob(service);
    case KeychainBackend::Operation::Write: {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setTextData(data);
        return job;
    }
    case KeychainBackend::Operation::Remove:
        return new QKeychain::DeletePasswordJob(service);
    }
    return nullptr;
}

} // namespace

void QtKeychainBackend::start(Operation operation, const QString &service, const QString &key, const QString &data,
    QObject *context, Callback callback)
{
    QKeychain::Job *job = createJob(operation, service, data);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [operation, callback = std::move(callback)](QKeychain::Job *finished) {
            KeychainReply reply;
            reply.code = codeFor(finished->error());
            reply.errorString = finished->errorString();
            if (operation == Operation::Read && reply.code == KeychainReply::Code::Ok)
                reply.data = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            callback(reply);
        });
    job->start();
}

} // namespace Custody::Secrets
