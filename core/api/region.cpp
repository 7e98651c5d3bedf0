#include "core/api/region.h"

namespace Custody::Api {

QUrl Region::apiBaseUrl() const
{
    return QUrl(QStringLiteral("https://api.") + domain);
}

QUrl Region::loginBaseUrl() const
{
    return QUrl(QStringLiteral("https://login.") + domain);
}

ApiHosts ApiHosts::forRegion(const Region &region)
{
    return { region.apiBaseUrl(), region.loginBaseUrl() };
}

ApiHosts ApiHosts::forGateway(const QUrl &gatewayBase)
{
    return { gatewayBase, gatewayBase };
}

const QList<Region> &allRegions()
{
    // Domains from the SDKs' region tables; locations are best known names.
    static const QList<Region> regions = {
        { QStringLiteral("mypurecloud.com"), QStringLiteral("us_east_1"), QStringLiteral("US East (Virginia)") },
        { QStringLiteral("use2.us-gov-pure.cloud"), QStringLiteral("us_east_2"),
            QStringLiteral("US East 2 (Ohio, government)") },
        { QStringLiteral("usw2.pure.cloud"), QStringLiteral("us_west_2"), QStringLiteral("US West (Oregon)") },
        { QStringLiteral("cac1.pure.cloud"), QStringLiteral("ca_central_1"), QStringLiteral("Canada (Central)") },
        { QStringLiteral("sae1.pure.cloud"), QStringLiteral("sa_east_1"), QStringLiteral("South America (São Paulo)") },
        { QStringLiteral("mxc1.pure.cloud"), QStringLiteral("mx_central_1"), QStringLiteral("Mexico (Central)") },
        { QStringLiteral("mypurecloud.ie"), QStringLiteral("eu_west_1"), QStringLiteral("Europe (Ireland)") },
        { QStringLiteral("euw2.pure.cloud"), QStringLiteral("eu_west_2"), QStringLiteral("Europe (London)") },
        { QStringLiteral("mypurecloud.de"), QStringLiteral("eu_central_1"), QStringLiteral("Europe (Frankfurt)") },
        { QStringLiteral("euc2.pure.cloud"), QStringLiteral("eu_central_2"), QStringLiteral("Europe (Zurich)") },
        { QStringLiteral("edee1.eusc-pure.cloud"), QStringLiteral("eusc_de_east_1"),
            QStringLiteral("EU sovereign cloud (Germany)") },
        { QStringLiteral("mec1.pure.cloud"), QStringLiteral("me_central_1"), QStringLiteral("Middle East (UAE)") },
        { QStringLiteral("aps1.pure.cloud"), QStringLiteral("ap_south_1"), QStringLiteral("Asia Pacific (Mumbai)") },
        { QStringLiteral("mypurecloud.jp"), QStringLiteral("ap_northeast_1"), QStringLiteral("Asia Pacific (Tokyo)") },
        { QStringLiteral("apne2.pure.cloud"), QStringLiteral("ap_northeast_2"),
            QStringLiteral("Asia Pacific (Seoul)") },
        { QStringLiteral("apne3.pure.cloud"), QStringLiteral("ap_northeast_3"),
            QStringLiteral("Asia Pacific (Osaka)") },
        { QStringLiteral("mypurecloud.com.au"), QStringLiteral("ap_southeast_2"),
            QStringLiteral("Asia Pacific (Sydney)") },
        { QStringLiteral("apse1.pure.cloud"), QStringLiteral("ap_southeast_1"),
            QStringLiteral("Asia Pacific (Singapore)") },
    };
    return regions;
}

const Region *findRegion(const QString &domain)
{
    for (const Region &region : allRegions()) {
        if (region.domain.compare(domain, Qt::CaseInsensitive) == 0)
            return &region;
    }
    return nullptr;
}

} // namespace Custody::Api
