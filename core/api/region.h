#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Custody::Api {

/// One Genesys Cloud region, keyed on its domain (SDK enum names have changed
/// over time; the domain has not).
struct Region
{
    QString domain; ///< e.g. "mypurecloud.ie"
    QString sdkKey; ///< e.g. "eu_west_1", for people who know the SDK names
    QString location; ///< untranslated English location, e.g. "Europe (Ireland)"

    QUrl apiBaseUrl() const; ///< https://api.<domain>
    QUrl loginBaseUrl() const; ///< https://login.<domain>
};

/// Where requests go: either derived from a region, or one gateway base URL
/// that serves login, API and media (custody-sim, corporate API gateways).
struct ApiHosts
{
    QUrl apiBase;
    QUrl loginBase;

    static ApiHosts forRegion(const Region &region);
    static ApiHosts forGateway(const QUrl &gatewayBase);
};

/// Every public Genesys Cloud region known to Custody.
const QList<Region> &allRegions();

/// The region whose domain is \a domain, or nullptr.
const Region *findRegion(const QString &domain);

} // namespace Custody::Api
