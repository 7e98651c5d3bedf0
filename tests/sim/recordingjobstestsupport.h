#pragma once

// Shared pieces of the recording-jobs contract tests.
#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "core/sim/simorg.h"
#include "simtestsupport.h"

namespace Custody::Test::RecordingJobs {

inline const QString jobsPath = QStringLiteral("/api/v2/recording/jobs");
inline const QString intervalStart = QStringLiteral("2024-03-12T12:00:00.000Z");
inline const QString intervalEnd = QStringLiteral("2024-03-14T12:00:00.000Z");

/// Enough archived and deleted recordings in a small org to see them counted.
inline Custody::Sim::SimConfig jobConfig()
{
    auto config = fastSimConfig();
    config.archivedFraction = 0.15;
    config.deletedFraction = 0.05;
    return config;
}

inline QJsonObject exportQuery()
{
    return { { QStringLiteral("action"), QStringLiteral("EXPORT") },
        { QStringLiteral("actionDate"), QStringLiteral("2024-04-01T00:00:00.000Z") },
        { QStringLiteral("integrationId"), QStringLiteral("3f1c0000-0000-4000-8000-00000000s3") },
        { QStringLiteral("conversationQuery"),
            QJsonObject { { QStringLiteral("interval"), intervalStart + QLatin1Char('/') + intervalEnd },
                { QStringLiteral("order"), QStringLiteral("asc") },
                { QStringLiteral("orderBy"), QStringLiteral("conversationStart") } } } };
}

inline QJsonObject deleteQuery()
{
    QJsonObject query = exportQuery();
    query.insert(QStringLiteral("action"), QStringLiteral("DELETE"));
    query.remove(QStringLiteral("integrationId"));
    return query;
}

/// What the org holds for the interval, counted here without the sim's own matching.
struct Expected
{
    int conversations = 0;
    int recordings = 0;
    int archived = 0;
    int deleted = 0;
    QSet<QString> archivedPairs; ///< "conversationId/recordingId"
};

inline Expected expectedFor(SimFixture &sim)
{
    const QDateTime start = QDateTime::fromString(intervalStart, Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(intervalEnd, Qt::ISODateWithMs);
    Expected expected;
    for (const auto &conversation : sim.server().org().conversations()) {
        if (!(conversation.start < end && conversation.end > start))
            continue;
        ++expected.conversations;
        for (const auto &recording : conversation.recordings) {
            if (recording.fileState == Custody::Sim::SimFileState::Deleted) {
                ++expected.deleted;
                continue;
            }
            ++expected.recordings;
            if (recording.fileState == Custody::Sim::SimFileState::Archived) {
                ++expected.archived;
                expected.archivedPairs.insert(conversation.id + QLatin1Char('/') + recording.id);
            }
        }
    }
    return expected;
}

inline QString stateOf(const HttpResult &result)
{
    return result.object().value(QStringLiteral("state")).toString();
}

struct Session
{
    SimFixture &sim;
    HttpClient http;
    QString token;

    explicit Session(SimFixture &fixture, const QString &client = QStringLiteral("custody-demo"),
        const QString &secret = QStringLiteral("demo-secret"))
        : sim(fixture)
        , token(http.token(fixture, client, secret))
    {
    }

    HttpResult call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return http.api(sim, verb, path, token, body);
    }
    HttpResult create(const QJsonObject &query = exportQuery()) { return call("POST", jobsPath, query); }
    HttpResult waitFor(const QString &id, const QString &state)
    {
        return http.pollUntil(
            sim, jobsPath + QLatin1Char('/') + id, token, [&](const HttpResult &r) { return stateOf(r) == state; });
    }
    HttpResult execute(const QString &id)
    {
        return call("PUT", jobsPath + QLatin1Char('/') + id,
            QJsonObject { { QStringLiteral("state"), QStringLiteral("PROCESSING") } });
    }
};

inline QString idOf(const HttpResult &result)
{
    return result.object().value(QStringLiteral("id")).toString();
}

inline void expectLimitRefusal(const HttpResult &result, int status)
{
    EXPECT_EQ(result.status, status);
    const QJsonObject body = result.object();
    EXPECT_EQ(body.value(QStringLiteral("status")).toInt(), status);
    EXPECT_TRUE(body.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("at most 2 recording jobs may be PENDING or PROCESSING")))
        << result.body.constData();
    const QJsonObject limit = body.value(QStringLiteral("limit")).toObject();
    EXPECT_FALSE(limit.value(QStringLiteral("key")).toString().isEmpty());
    EXPECT_EQ(limit.value(QStringLiteral("namespace")).toString(), QStringLiteral("recording"));
    EXPECT_EQ(limit.value(QStringLiteral("value")).toInt(), 2);
    EXPECT_FALSE(body.value(QStringLiteral("contextId")).toString().isEmpty());
}

inline int peakRecordingJobs(SimFixture &sim)
{
    HttpClient http;
    const QJsonObject stats = http.get(sim.url(QStringLiteral("/sim/stats"))).object();
    return stats.value(QStringLiteral("peakConcurrentJobs"))
        .toObject()
        .value(QStringLiteral("recordingJobs"))
        .toInt(-1);
}

} // namespace Custody::Test::RecordingJobs
