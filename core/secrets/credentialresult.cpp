#include "core/secrets/credentialresult.h"

#include <QCoreApplication>

namespace Custody::Secrets {

namespace {

// Every failure ends with the same way out, so a headless run is never stuck
// on a keychain it cannot reach.
QString fallbackAdvice()
{
    return QCoreApplication::translate("Custody::Secrets::CredentialResult",
        "Custody never stores secrets in plain text; set the secret in an environment variable and name it in the "
        "profile instead, or start a keyring such as GNOME Keyring or KWallet.");
}

} // namespace

QString CredentialResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not-found");
    case Status::Unavailable:
        return QStringLiteral("unavailable");
    case Status::AccessDenied:
        return QStringLiteral("access-denied");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

CredentialResult CredentialResult::success(const QString &secret)
{
    return { Status::Ok, secret, {}, {} };
}

CredentialResult CredentialResult::notFound(const QString &key)
{
    return { Status::NotFound, {},
        QCoreApplication::translate("Custody::Secrets::CredentialResult",
            "No secret is stored in the keychain for this profile. Enter the client secret again in the profile "
            "settings, or name an environment variable that holds it."),
        QStringLiteral("no keychain entry for %1").arg(key) };
}

CredentialResult CredentialResult::unavailable(const QString &detail)
{
    return { Status::Unavailable, {},
        QCoreApplication::translate(
            "Custody::Secrets::CredentialResult", "No keychain is available on this system (%1). %2")
            .arg(detail, fallbackAdvice()),
        detail };
}

CredentialResult CredentialResult::timedOut(int seconds)
{
    const QString detail = QStringLiteral("keychain did not answer within %1 s").arg(seconds);
    return { Status::Unavailable, {},
        QCoreApplication::translate("Custody::Secrets::CredentialResult",
            "The keychain did not answer within %n second(s); it may be waiting for a password prompt that cannot "
            "be shown. %1",
            nullptr, seconds)
            .arg(fallbackAdvice()),
        detail };
}

CredentialResult CredentialResult::accessDenied(const QString &detail)
{
    return { Status::AccessDenied, {},
        QCoreApplication::translate("Custody::Secrets::CredentialResult",
            "The keychain refused access (%1). Unlock your keyring and try again. %2")
            .arg(detail, fallbackAdvice()),
        detail };
}

CredentialResult CredentialResult::failed(const QString &message, const QString &detail)
{
    return { Status::Failed, {}, message, detail };
}

} // namespace Custody::Secrets
