#include "core/secrets/secretresolver.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include "core/profiles/orgprofile.h"

namespace Custody::Secrets {

CredentialResult readEnvironmentSecret(const QString &name)
{
    if (name.isEmpty()) {
        return CredentialResult::failed(QCoreApplication::translate("Custody::Secrets::SecretResolver",
                                            "The profile reads its secret from an environment variable but names "
                                            "none. Name the variable in the profile, e.g. CUSTODY_SECRET_PROD."),
            QStringLiteral("no environment variable named"));
    }
    const QString value = qEnvironmentVariable(name.toLocal8Bit().constData());
    if (value.isEmpty()) {
        return { CredentialResult::Status::NotFound, {},
            QCoreApplication::translate("Custody::Secrets::SecretResolver",
                "The environment variable %1 is not set or is empty, and this profile reads its client secret from "
                "it. Set %1 to the OAuth client secret before starting Custody.")
                .arg(name),
            QStringLiteral("environment variable %1 unset or empty").arg(name) };
    }
    return CredentialResult::success(value);
}

void resolveSecret(
    const Profiles::OrgProfile &profile, CredentialStore &store, QObject *context, CredentialStore::Callback callback)
{
    if (profile.secretSource.isKeychain()) {
        store.read(profile.id, profile.clientId, context, std::move(callback));
        return;
    }
    // Deliver later like the keychain route, so callers need only one code path.
    const CredentialResult result = readEnvironmentSecret(profile.secretSource.variableName());
    const bool guarded = context != nullptr;
    QTimer::singleShot(
        0, &store, [guard = QPointer<QObject>(context), guarded, result, callback = std::move(callback)] {
            if (guarded && !guard)
                return;
            callback(result);
        });
}

} // namespace Custody::Secrets
