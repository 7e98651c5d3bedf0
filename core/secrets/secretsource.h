#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Custody::Secrets {

/// Where a profile's OAuth client secret comes from: the platform keychain
/// (the default), or an environment variable the user names, for headless runs
/// where no keychain exists (e.g. CUSTODY_SECRET_PROD). Only the variable's
/// name is ever stored, never its value.
class SecretSource final
{
public:
    enum class Kind { Keychain, EnvironmentVariable };

    /// The keychain.
    SecretSource() = default;

    static SecretSource keychain();
    static SecretSource environmentVariable(const QString &name);

    Kind kind() const { return m_kind; }
    bool isKeychain() const { return m_kind == Kind::Keychain; }
    /// The variable's name; empty for the keychain.
    QString variableName() const { return m_variable; }

    /// Translated problems; empty when usable. A variable name must be a
    /// portable one: letters, digits and underscores, not starting with a digit.
    QStringList validate() const;

    /// {"kind":"keychain"} or {"kind":"environment","variable":"NAME"}.
    QJsonObject toJson() const;
    /// The source described by \a object, or nullopt with a translated reason in \a error.
    static std::optional<SecretSource> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const SecretSource &, const SecretSource &) = default;

private:
    Kind m_kind = Kind::Keychain;
    QString m_variable;
};

} // namespace Custody::Secrets
