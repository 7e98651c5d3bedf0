#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

#include "core/api/region.h"
#include "core/secrets/secretsource.h"

namespace Custody::Profiles {

/// One Genesys Cloud organisation Custody exports from: where its API lives
/// (a region, or one gateway base URL such as a corporate proxy or the local
/// simulator), which OAuth client to use, and where that client's secret
/// comes from.
///
/// There is deliberately NO secret field: profiles are saved as plain JSON,
/// so the secret lives only in the keychain (key from keychainKey()) or in the
/// environment variable named by secretSource.
struct OrgProfile
{
    QString id; ///< stable uuid without braces; never changes, keys the keychain entry
    QString name; ///< unique among profiles, shown to the user
    QString regionDomain; ///< e.g. "mypurecloud.ie"; empty when gatewayUrl is used
    QUrl gatewayUrl; ///< used instead of a region when set
    QString clientId; ///< OAuth client credentials client id
    Secrets::SecretSource secretSource;
    QByteArray timeZone; ///< IANA id for planning day boundaries; empty: the system's zone

    /// A profile with a fresh id and \a name, in the keychain, with nothing else set.
    static OrgProfile create(const QString &name);

    bool usesGateway() const { return !gatewayUrl.isEmpty(); }

    /// The hosts to call. Only meaningful for a profile that validate()s.
    Api::ApiHosts hosts() const;

    /// The keychain key of this profile's secret.
    QString keychainKey() const;

    /// Translated problems, one sentence each; empty when the profile is usable.
    QStringList validate() const;

    /// JSON for profiles.json; never contains a secret.
    QJsonObject toJson() const;
    /// The profile in \a object, or nullopt with a translated reason in
    /// \a error. Fields it does not know are ignored and not kept, so a secret
    /// pasted into the file by hand is dropped on the next save.
    static std::optional<OrgProfile> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const OrgProfile &, const OrgProfile &) = default;
};

/// Whether \a host is this computer: localhost, 127.0.0.1 or ::1 (any case,
/// brackets allowed). Plain http is accepted only there.
bool isLoopbackHost(const QString &host);

} // namespace Custody::Profiles
