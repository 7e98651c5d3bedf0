#pragma once

#include <QString>

namespace Custody::Secrets {

/// The outcome of one keychain operation (or of reading a secret from any
/// source), as a value. message is translated and says what happened and what
/// to do; detail is the untranslated technical text (the keychain's own error
/// string) for logs. Neither ever contains the secret itself.
struct CredentialResult
{
    enum class Status {
        Ok, ///< done; secret holds the value for reads
        NotFound, ///< nothing is stored under the key (or the variable is unset)
        Unavailable, ///< no usable keychain: missing, not started, or not answering
        AccessDenied, ///< the keychain is locked or refused access
        Failed, ///< anything else, including requests refused before they started
    };

    Status status = Status::Failed;
    QString secret; ///< only set by a successful read
    QString message;
    QString detail;

    bool ok() const { return status == Status::Ok; }

    /// A stable lowercase name ("ok", "not-found", ...), for logs and tests.
    static QString statusName(Status status);

    /// Success; \a secret is empty for writes and removals.
    static CredentialResult success(const QString &secret = {});
    /// Nothing stored under \a key.
    static CredentialResult notFound(const QString &key);
    /// The keychain is missing or broken; \a detail is its error string.
    static CredentialResult unavailable(const QString &detail);
    /// The keychain did not answer within \a seconds (e.g. a prompt nobody can see).
    static CredentialResult timedOut(int seconds);
    /// The keychain is locked or refused access; \a detail is its error string.
    static CredentialResult accessDenied(const QString &detail);
    /// Any other failure: \a message is already translated.
    static CredentialResult failed(const QString &message, const QString &detail);
};

} // namespace Custody::Secrets
