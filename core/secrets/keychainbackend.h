#pragma once

#include <QString>

#include <functional>

class QObject;

namespace Custody::Secrets {

/// What a keychain said about one operation, without the keychain library's
/// types, so CredentialStore's timeout and retry rules can be tested with a
/// backend that never answers.
struct KeychainReply
{
    enum class Code {
        Ok,
        EntryNotFound,
        AccessDenied,
        NoBackend, ///< no keychain service at all
        CouldNotDelete,
        Other, ///< includes "Unknown error" when libsecret itself is missing
    };

    Code code = Code::Other;
    QString data; ///< the stored text, for reads
    QString errorString; ///< the keychain's own words, untranslated
};

/// The seam between CredentialStore and a real keychain.
class KeychainBackend
{
public:
    enum class Operation { Read, Write, Remove };
    using Callback = std::function<void(const KeychainReply &)>;

    KeychainBackend() = default;
    virtual ~KeychainBackend() = default;
    KeychainBackend(const KeychainBackend &) = delete;
    KeychainBackend &operator=(const KeychainBackend &) = delete;

    /// Starts \a operation on \a key of \a service and returns at once.
    /// \a data is the text to store for writes and empty otherwise. \a callback
    /// runs at most once, later, and never after \a context is destroyed; a
    /// backend may never call it at all (a keychain prompt nobody answers).
    virtual void start(Operation operation, const QString &service, const QString &key, const QString &data,
        QObject *context, Callback callback)
        = 0;
};

} // namespace Custody::Secrets
