#pragma once

#include "core/secrets/keychainbackend.h"

namespace Custody::Secrets {

/// The platform keychain through QtKeychain: Secret Service (GNOME Keyring)
/// or KWallet on Linux, Keychain on macOS, Credential Manager on Windows.
/// Plain-text fallback storage is always off.
class QtKeychainBackend final : public KeychainBackend
{
public:
    void start(Operation operation, const QString &service, const QString &key, const QString &data, QObject *context,
        Callback callback) override;
};

} // namespace Custody::Secrets
