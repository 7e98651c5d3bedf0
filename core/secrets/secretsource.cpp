#include "core/secrets/secretsource.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Custody::Secrets {

namespace {

const QString kKindKey = QStringLiteral("kind");
const QString kVariableKey = QStringLiteral("variable");
const QString kKeychainKind = QStringLiteral("keychain");
const QString kEnvironmentKind = QStringLiteral("environment");

} // namespace

SecretSource SecretSource::keychain()
{
    return {};
}

SecretSource SecretSource::environmentVariable(const QString &name)
{
    SecretSource source;
    source.m_kind = Kind::EnvironmentVariable;
    source.m_variable = name;
    return source;
}

QStringList SecretSource::validate() const
{
    if (m_kind == Kind::Keychain)
        return {};
    if (m_variable.isEmpty()) {
        return { QCoreApplication::translate("Custody::Secrets::SecretSource",
            "Name the environment variable that holds the client secret, e.g. CUSTODY_SECRET_PROD.") };
    }
    static const QRegularExpression portableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!portableName.match(m_variable).hasMatch()) {
        return { QCoreApplication::translate("Custody::Secrets::SecretSource",
            "\"%1\" is not a usable environment variable name. Use letters, digits and underscores only, not "
            "starting with a digit, e.g. CUSTODY_SECRET_PROD.")
                     .arg(m_variable) };
    }
    return {};
}

QJsonObject SecretSource::toJson() const
{
    if (m_kind == Kind::Keychain)
        return { { kKindKey, kKeychainKind } };
    return { { kKindKey, kEnvironmentKind }, { kVariableKey, m_variable } };
}

std::optional<SecretSource> SecretSource::fromJson(const QJsonObject &object, QString *error)
{
    const QString kind = object.value(kKindKey).toString();
    if (kind == kKeychainKind)
        return keychain();
    if (kind == kEnvironmentKind)
        return environmentVariable(object.value(kVariableKey).toString());
    if (error) {
        *error = QCoreApplication::translate("Custody::Secrets::SecretSource",
            "The secret source \"%1\" is unknown; expected \"keychain\" or \"environment\".")
                     .arg(kind);
    }
    return std::nullopt;
}

} // namespace Custody::Secrets
