#include "core/profiles/orgprofile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTimeZone>
#include <QUuid>

#include "core/secrets/credentialstore.h"

namespace Custody::Profiles {

namespace {

const QString kIdKey = QStringLiteral("id");
const QString kNameKey = QStringLiteral("name");
const QString kRegionKey = QStringLiteral("region");
const QString kGatewayKey = QStringLiteral("gateway");
const QString kClientIdKey = QStringLiteral("clientId");
const QString kSecretSourceKey = QStringLiteral("secretSource");
const QString kTimeZoneKey = QStringLiteral("timeZone");

std::optional<QString> gatewayProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return QCoreApplication::translate("Custody::Profiles::OrgProfile",
            "The gateway address \"%1\" is not a valid URL. Enter it as https://host[:port][/path].")
            .arg(url.toString());
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return QCoreApplication::translate(
            "Custody::Profiles::OrgProfile", "The gateway address must start with https:// (\"%1\" was given).")
            .arg(url.scheme());
    }
    if (!url.userInfo().isEmpty()) {
        return QCoreApplication::translate("Custody::Profiles::OrgProfile",
            "The gateway address must not contain a user name or password: profiles are stored as plain "
            "text. Remove the part before \"@\".");
    }
    if (url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate("Custody::Profiles::OrgProfile",
            "The gateway address must not contain a query (?…) or fragment (#…). Remove them.");
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return QCoreApplication::translate("Custody::Profiles::OrgProfile",
            "Plain http:// is allowed only for a gateway on this computer (localhost, 127.0.0.1 or ::1): "
            "over any network the client secret and access tokens would travel unencrypted. Use https://.");
    }
    return std::nullopt;
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    QString bare = host.trimmed().toLower();
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    // Only the usual spellings: 127.0.0.2 or 0x7f.1 reach this computer too,
    // but accepting odd forms only widens what a typo can reach.
    if (bare == QLatin1String("localhost") || bare == QLatin1String("127.0.0.1"))
        return true;
    return bare.contains(QLatin1Char(':')) && QHostAddress(bare) == QHostAddress(QHostAddress::LocalHostIPv6);
}

OrgProfile OrgProfile::create(const QString &name)
{
    OrgProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    return profile;
}

Api::ApiHosts OrgProfile::hosts() const
{
    if (usesGateway())
        return Api::ApiHosts::forGateway(gatewayUrl);
    if (const Api::Region *region = Api::findRegion(regionDomain))
        return Api::ApiHosts::forRegion(*region);
    return {};
}

QString OrgProfile::keychainKey() const
{
    return Secrets::CredentialStore::keyFor(id, clientId);
}

QStringList OrgProfile::validate() const
{
    QStringList problems;
    if (QUuid::fromString(id).isNull())
        problems << QCoreApplication::translate(
            "Custody::Profiles::OrgProfile", "The profile id \"%1\" is not a uuid. Create the profile again.")
                        .arg(id);
    if (name.trimmed().isEmpty())
        problems << QCoreApplication::translate(
            "Custody::Profiles::OrgProfile", "The profile has no name. Give it a name, e.g. the organisation's.");

    if (usesGateway() && !regionDomain.isEmpty()) {
        problems << QCoreApplication::translate(
            "Custody::Profiles::OrgProfile", "The profile names both a region and a gateway address. Keep only one.");
    } else if (usesGateway()) {
        if (const auto problem = gatewayProblem(gatewayUrl))
            problems << *problem;
    } else if (regionDomain.isEmpty()) {
        problems << QCoreApplication::translate("Custody::Profiles::OrgProfile",
            "The profile has neither a region nor a gateway address. Choose the organisation's region.");
    } else if (!Api::findRegion(regionDomain)) {
        problems << QCoreApplication::translate("Custody::Profiles::OrgProfile",
            "\"%1\" is not a known Genesys Cloud region. Choose one from the list, e.g. mypurecloud.ie, "
            "or enter a gateway address.")
                        .arg(regionDomain);
    }

    if (clientId.trimmed().isEmpty()) {
        problems << QCoreApplication::translate("Custody::Profiles::OrgProfile",
            "The OAuth client id is empty. Copy it from the client credentials OAuth client in Genesys "
            "Cloud Admin.");
    } else if (clientId.trimmed() != clientId || clientId.contains(QLatin1Char('/'))) {
        problems << QCoreApplication::translate("Custody::Profiles::OrgProfile",
            "The OAuth client id \"%1\" contains spaces or slashes. Copy it again without them.")
                        .arg(clientId);
    }
    problems << secretSource.validate();

    if (!timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(timeZone)) {
        problems << QCoreApplication::translate("Custody::Profiles::OrgProfile",
            "\"%1\" is not a time zone known on this system. Use an IANA name such as Europe/Dublin, "
            "or leave it empty to use the system's zone.")
                        .arg(QString::fromUtf8(timeZone));
    }
    return problems;
}

QJsonObject OrgProfile::toJson() const
{
    QJsonObject object {
        { kIdKey, id },
        { kNameKey, name },
        { kClientIdKey, clientId },
        { kSecretSourceKey, secretSource.toJson() },
    };
    if (usesGateway())
        object.insert(kGatewayKey, gatewayUrl.toString());
    else
        object.insert(kRegionKey, regionDomain);
    if (!timeZone.isEmpty())
        object.insert(kTimeZoneKey, QString::fromUtf8(timeZone));
    return object;
}

std::optional<OrgProfile> OrgProfile::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<OrgProfile> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    for (const QString &key : { kIdKey, kNameKey, kClientIdKey }) {
        if (!object.value(key).isString())
            return fail(
                QCoreApplication::translate("Custody::Profiles::OrgProfile", "The profile entry has no text \"%1\".")
                    .arg(key));
    }

    OrgProfile profile;
    profile.id = object.value(kIdKey).toString();
    profile.name = object.value(kNameKey).toString();
    profile.clientId = object.value(kClientIdKey).toString();
    profile.regionDomain = object.value(kRegionKey).toString();
    if (object.contains(kGatewayKey))
        profile.gatewayUrl = QUrl(object.value(kGatewayKey).toString(), QUrl::StrictMode);
    profile.timeZone = object.value(kTimeZoneKey).toString().toUtf8();

    // Older or hand-written entries without a source use the keychain.
    if (object.contains(kSecretSourceKey)) {
        QString reason;
        const auto source = Secrets::SecretSource::fromJson(object.value(kSecretSourceKey).toObject(), &reason);
        if (!source)
            return fail(reason);
        profile.secretSource = *source;
    }
    return profile;
}

} // namespace Custody::Profiles
