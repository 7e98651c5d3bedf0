#pragma once

#include "core/secrets/credentialstore.h"

namespace Custody::Profiles {
struct OrgProfile;
}

namespace Custody::Secrets {

/// The value of environment variable \a name as a result: Ok with the secret,
/// or NotFound with a message naming the variable when it is unset or empty.
CredentialResult readEnvironmentSecret(const QString &name);

/// Fetches the client secret of \a profile from where its SecretSource says:
/// the keychain through \a store, or its environment variable. \a callback
/// runs once and always later, never inside this call; it is dropped if
/// \a context (may be null) is destroyed first.
void resolveSecret(
    const Profiles::OrgProfile &profile, CredentialStore &store, QObject *context, CredentialStore::Callback callback);

} // namespace Custody::Secrets
