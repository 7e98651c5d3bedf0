// Queues, users, the organisation, its limits and recording settings
// (genesys-api.md sections 2.3, 6.3 and 6.4).
#include <gtest/gtest.h>

#include "contractsupport.h"

using namespace Custody::Test;

namespace {

QStringList names(const QJsonArray &entities)
{
    QStringList out;
    for (const QJsonValue &v : entities)
        out.append(v.toObject().value(QStringLiteral("name")).toString());
    return out;
}

} // namespace

TEST(DirectoryContract, UsersArePagedInTheEntityListingEnvelope)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    const int total = int(sim.server().org().users().size());
    ASSERT_GT(total, 10);
    const int pageCount = (total + 4) / 5;

    const HttpResult first = http.api(sim, "GET", QStringLiteral("/api/v2/users?pageSize=5"), token);
    ASSERT_EQ(first.status, 200);
    const QJsonObject page1 = first.object();
    EXPECT_EQ(page1.value(QStringLiteral("entities")).toArray().size(), 5);
    EXPECT_EQ(page1.value(QStringLiteral("pageSize")).toInt(), 5);
    EXPECT_EQ(page1.value(QStringLiteral("pageNumber")).toInt(), 1);
    EXPECT_EQ(page1.value(QStringLiteral("total")).toInt(), total);
    EXPECT_EQ(page1.value(QStringLiteral("pageCount")).toInt(), pageCount);
    EXPECT_TRUE(page1.value(QStringLiteral("selfUri")).toString().startsWith(QStringLiteral("/api/v2/users?")));
    EXPECT_TRUE(page1.contains(QStringLiteral("nextUri")));
    EXPECT_FALSE(page1.contains(QStringLiteral("previousUri")));
    const QJsonObject user = page1.value(QStringLiteral("entities")).toArray().first().toObject();
    for (const char *field : { "id", "name", "email", "selfUri" })
        EXPECT_TRUE(user.contains(QLatin1String(field))) << field;

    // Following nextUri walks every user exactly once.
    QStringList seen;
    QString next = page1.value(QStringLiteral("selfUri")).toString();
    for (int guard = 0; !next.isEmpty() && guard < 50; ++guard) {
        const HttpResult page = http.api(sim, "GET", next, token);
        ASSERT_EQ(page.status, 200) << next.toStdString();
        for (const QJsonValue &v : page.object().value(QStringLiteral("entities")).toArray())
            seen.append(v.toObject().value(QStringLiteral("id")).toString());
        next = page.object().value(QStringLiteral("nextUri")).toString();
    }
    EXPECT_EQ(seen.size(), total);
    EXPECT_EQ(QSet<QString>(seen.begin(), seen.end()).size(), total);

    const HttpResult last
        = http.api(sim, "GET", QStringLiteral("/api/v2/users?pageSize=5&pageNumber=%1").arg(pageCount), token);
    ASSERT_EQ(last.status, 200);
    EXPECT_EQ(last.object().value(QStringLiteral("entities")).toArray().size(), total - 5 * (pageCount - 1));
    EXPECT_TRUE(last.object().contains(QStringLiteral("previousUri")));
    EXPECT_FALSE(last.object().contains(QStringLiteral("nextUri")));
}

TEST(DirectoryContract, QueuesArePagedAndFilteredByName)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    const HttpResult all = http.api(sim, "GET", QStringLiteral("/api/v2/routing/queues?pageSize=100"), token);
    ASSERT_EQ(all.status, 200);
    EXPECT_EQ(all.object().value(QStringLiteral("total")).toInt(), sim.server().org().queues().size());
    EXPECT_EQ(all.object().value(QStringLiteral("pageCount")).toInt(), 1);
    EXPECT_FALSE(all.object().contains(QStringLiteral("nextUri")));

    const HttpResult exact = http.api(sim, "GET", QStringLiteral("/api/v2/routing/queues?name=Sales"), token);
    ASSERT_EQ(exact.status, 200);
    EXPECT_EQ(names(exact.object().value(QStringLiteral("entities")).toArray()), QStringList { "Sales" });
    EXPECT_EQ(exact.object().value(QStringLiteral("total")).toInt(), 1);

    const HttpResult prefix = http.api(sim, "GET", QStringLiteral("/api/v2/routing/queues?name=S*"), token);
    ASSERT_EQ(prefix.status, 200);
    QStringList found = names(prefix.object().value(QStringLiteral("entities")).toArray());
    found.sort();
    EXPECT_EQ(found, (QStringList { "Sales", "Support" }));

    const HttpResult none = http.api(sim, "GET", QStringLiteral("/api/v2/routing/queues?name=Nothing"), token);
    ASSERT_EQ(none.status, 200);
    EXPECT_EQ(none.object().value(QStringLiteral("total")).toInt(), 0);
    EXPECT_TRUE(none.object().value(QStringLiteral("entities")).toArray().isEmpty());
}

TEST(DirectoryContract, PageSizeOutOfRangeIs400ErrorBody)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    for (const QString &query : { QStringLiteral("pageSize=0"), QStringLiteral("pageSize=501"),
             QStringLiteral("pageSize=abc"), QStringLiteral("pageNumber=0") }) {
        for (const QString &path : { QStringLiteral("/api/v2/users"), QStringLiteral("/api/v2/routing/queues") }) {
            const HttpResult r = http.api(sim, "GET", path + QLatin1Char('?') + query, token);
            ASSERT_EQ(r.status, 400) << (path + query).toStdString();
            const QJsonObject body = r.object();
            EXPECT_EQ(body.value(QStringLiteral("status")).toInt(), 400);
            EXPECT_FALSE(body.value(QStringLiteral("code")).toString().isEmpty());
            EXPECT_FALSE(body.value(QStringLiteral("message")).toString().isEmpty());
            EXPECT_EQ(body.value(QStringLiteral("contextId")).toString().toLatin1(), r.header("ININ-Correlation-Id"));
        }
    }
}

TEST(DirectoryContract, PlatformApiLimitsCarryTheConfiguredRate)
{
    auto config = fastSimConfig();
    config.rateLimitPerMinute = 123;
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);
    const HttpResult r
        = http.api(sim, "GET", QStringLiteral("/api/v2/organizations/limits/namespaces/platform.api"), token);
    ASSERT_EQ(r.status, 200);
    const QJsonArray entities = r.object().value(QStringLiteral("entities")).toArray();
    ASSERT_FALSE(entities.isEmpty());
    bool found = false;
    for (const QJsonValue &v : entities) {
        const QJsonObject limit = v.toObject();
        EXPECT_TRUE(limit.value(QStringLiteral("key")).isString());
        EXPECT_EQ(limit.value(QStringLiteral("namespace")).toString(), QStringLiteral("platform.api"));
        EXPECT_TRUE(limit.value(QStringLiteral("value")).isDouble());
        if (limit.value(QStringLiteral("key")).toString()
            == QStringLiteral("client.credentials.token.rate.per.minute")) {
            found = true;
            EXPECT_EQ(limit.value(QStringLiteral("value")).toInt(), 123);
        }
    }
    EXPECT_TRUE(found);
    // The advertised value is the one enforced: the headers agree.
    EXPECT_EQ(r.header("inin-ratelimit-allowed"), QByteArray("123"));
}

TEST(DirectoryContract, UnknownLimitNamespaceIs404)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    const HttpResult r
        = http.api(sim, "GET", QStringLiteral("/api/v2/organizations/limits/namespaces/no.such.namespace"), token);
    ASSERT_EQ(r.status, 404);
    EXPECT_EQ(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("not.found"));
    EXPECT_EQ(r.object().value(QStringLiteral("status")).toInt(), 404);
}

TEST(DirectoryContract, RecordingSettingsGiveTheUrlTtlInMinutes)
{
    auto config = fastSimConfig();
    config.urlTtlMinutes = 17;
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);
    const HttpResult r = http.api(sim, "GET", QStringLiteral("/api/v2/recording/settings"), token);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.object().value(QStringLiteral("recordingBatchDownloadUrlTtl")).toInt(), 17);
    EXPECT_TRUE(r.object().value(QStringLiteral("recordingPlaybackUrlTtl")).isDouble());

    // A seconds-scale fault still reports whole minutes, never 0.
    ASSERT_TRUE(sim.server().applyFaults({ { QStringLiteral("urlTtlSeconds"), 5 } }).isEmpty());
    const HttpResult faulted = http.api(sim, "GET", QStringLiteral("/api/v2/recording/settings"), token);
    EXPECT_EQ(faulted.object().value(QStringLiteral("recordingBatchDownloadUrlTtl")).toInt(), 1);
}

TEST(DirectoryContract, OrganizationsMeDescribesTheOrg)
{
    auto config = fastSimConfig();
    config.organizationName = QStringLiteral("Contract Org");
    SimFixture sim(config);
    HttpClient http;
    const QString token = http.token(sim);
    const HttpResult r = http.api(sim, "GET", QStringLiteral("/api/v2/organizations/me"), token);
    ASSERT_EQ(r.status, 200);
    const QJsonObject org = r.object();
    EXPECT_EQ(org.value(QStringLiteral("id")).toString(), sim.server().org().id());
    EXPECT_EQ(org.value(QStringLiteral("name")).toString(), QStringLiteral("Contract Org"));
    EXPECT_EQ(org.value(QStringLiteral("selfUri")).toString(), QStringLiteral("/api/v2/organizations/me"));
    EXPECT_FALSE(org.value(QStringLiteral("id")).toString().isEmpty());
}

TEST(DirectoryContract, UnknownApiPathIs404ErrorBodyWithCorrelationId)
{
    SimFixture sim;
    HttpClient http;
    const QString token = http.token(sim);
    const HttpResult r = http.api(sim, "GET", QStringLiteral("/api/v2/no/such/thing"), token);
    ASSERT_EQ(r.status, 404);
    EXPECT_EQ(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("not.found"));
    EXPECT_FALSE(r.header("ININ-Correlation-Id").isEmpty());
    EXPECT_EQ(r.object().value(QStringLiteral("contextId")).toString().toLatin1(), r.header("ININ-Correlation-Id"));
}
