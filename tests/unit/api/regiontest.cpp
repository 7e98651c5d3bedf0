#include <gtest/gtest.h>

#include <QSet>

#include "core/api/region.h"

using namespace Custody::Api;

TEST(RegionTest, KnowsAllEighteenRegionsOnce)
{
    QSet<QString> domains;
    for (const Region &region : allRegions())
        domains.insert(region.domain);
    EXPECT_EQ(allRegions().size(), 18);
    EXPECT_EQ(domains.size(), 18);
}

TEST(RegionTest, DerivesApiAndLoginHostsFromTheDomain)
{
    const Region *ireland = findRegion(QStringLiteral("mypurecloud.ie"));
    ASSERT_NE(ireland, nullptr);
    const ApiHosts hosts = ApiHosts::forRegion(*ireland);
    EXPECT_EQ(hosts.apiBase.toString(), QStringLiteral("https://api.mypurecloud.ie"));
    EXPECT_EQ(hosts.loginBase.toString(), QStringLiteral("https://login.mypurecloud.ie"));
}

TEST(RegionTest, GatewayServesLoginAndApiFromOneBase)
{
    const ApiHosts hosts = ApiHosts::forGateway(QUrl(QStringLiteral("http://127.0.0.1:8765")));
    EXPECT_EQ(hosts.apiBase, hosts.loginBase);
    EXPECT_EQ(findRegion(QStringLiteral("example.com")), nullptr);
}
