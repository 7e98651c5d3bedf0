// The generated org: determinism, shape of the traffic, and media that is
// generated on demand rather than held in memory.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QSet>

#include "contractsupport.h"
#include "core/sim/simmedia.h"

using namespace Custody::Test;
using Custody::Sim::SimConfig;
using Custody::Sim::SimConversation;
using Custody::Sim::SimFileState;
using Custody::Sim::SimOrg;
using Custody::Sim::SimRecording;

namespace {

SimConfig orgConfig(int days, int perDay)
{
    SimConfig config = fastSimConfig();
    config.days = days;
    config.conversationsPerDay = perDay;
    return config;
}

QStringList conversationIds(const SimOrg &org)
{
    QStringList ids;
    for (const SimConversation &c : org.conversations())
        ids.append(c.id);
    return ids;
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

TEST(SimOrgGeneration, SameSeedGivesTheSameOrgAndAnotherSeedDoesNot)
{
    const SimOrg a(orgConfig(3, 40));
    const SimOrg b(orgConfig(3, 40));
    EXPECT_EQ(a.summaryJson(), b.summaryJson());
    EXPECT_EQ(conversationIds(a), conversationIds(b));
    EXPECT_EQ(a.conversations().back().recordings.size(), b.conversations().back().recordings.size());

    SimConfig other = orgConfig(3, 40);
    other.seed += 1;
    const SimOrg c(other);
    EXPECT_NE(c.id(), a.id());
    const QStringList idsA = conversationIds(a);
    const QStringList idsC = conversationIds(c);
    EXPECT_FALSE(QSet<QString>(idsA.begin(), idsA.end()).intersects(QSet<QString>(idsC.begin(), idsC.end())));
}

TEST(SimOrgGeneration, EachLocalDayHoldsTheConfiguredConversations)
{
    const SimConfig config = orgConfig(5, 37); // mid-March 2024 in Berlin: no DST change
    const SimOrg org(config);
    ASSERT_EQ(org.conversations().size(), size_t(5 * 37));
    QHash<QDate, int> perDay;
    for (const SimConversation &c : org.conversations())
        perDay[c.start.toTimeZone(org.timeZone()).date()] += 1;
    EXPECT_EQ(perDay.size(), 5);
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        EXPECT_EQ(it.value(), 37) << it.key().toString(Qt::ISODate).toStdString();
    EXPECT_EQ(org.timeZone().id(), QByteArray("Europe/Berlin"));
    for (size_t i = 1; i < org.conversations().size(); ++i)
        ASSERT_LE(org.conversations()[i - 1].start, org.conversations()[i].start); // sorted by start
}

TEST(SimOrgGeneration, TrafficIsMostlyBusinessHoursAndVoice)
{
    const SimOrg org(orgConfig(7, 200));
    int business = 0, voice = 0;
    QSet<QString> mediaTypes;
    for (const SimConversation &c : org.conversations()) {
        const int hour = c.start.toTimeZone(org.timeZone()).time().hour();
        business += hour >= 8 && hour < 18 ? 1 : 0;
        voice += c.mediaType == QStringLiteral("voice") ? 1 : 0;
        mediaTypes.insert(c.mediaType);
        EXPECT_LT(c.start, c.end);
    }
    const double total = double(org.conversations().size());
    EXPECT_GT(business / total, 0.75);
    EXPECT_LT(business / total, 0.99); // some traffic outside hours too
    EXPECT_GT(voice / total, 0.5);
    EXPECT_TRUE(mediaTypes.contains(QStringLiteral("chat")) && mediaTypes.contains(QStringLiteral("email")));
}

TEST(SimOrgGeneration, RecordingsPerConversationAndFileStates)
{
    const SimOrg org(orgConfig(30, 200)); // large enough for the default 3% archived and 1% deleted
    QHash<int, int> byCount;
    int archived = 0, deleted = 0, recordings = 0;
    for (const SimConversation &c : org.conversations()) {
        byCount[int(c.recordings.size())] += 1;
        for (const SimRecording &r : c.recordings) {
            ++recordings;
            archived += r.fileState == SimFileState::Archived ? 1 : 0;
            deleted += r.fileState == SimFileState::Deleted ? 1 : 0;
            EXPECT_EQ(r.conversationId, c.id);
            EXPECT_GE(r.start, c.start);
            EXPECT_LE(r.end, c.end);
            EXPECT_GT(r.nativeBytes, 0);
            EXPECT_EQ(org.recording(r.id), &r);
        }
    }
    for (auto it = byCount.cbegin(); it != byCount.cend(); ++it) {
        EXPECT_GE(it.key(), 0);
        EXPECT_LE(it.key(), 3);
    }
    EXPECT_GT(byCount.value(0), 0);
    EXPECT_GT(byCount.value(1), 0);
    EXPECT_GT(byCount.value(2) + byCount.value(3), 0);
    EXPECT_GT(archived, 0);
    EXPECT_GT(deleted, 0);
    EXPECT_NEAR(double(archived) / recordings, 0.03, 0.015);
    EXPECT_NEAR(double(deleted) / recordings, 0.01, 0.008);
}

TEST(SimOrgGeneration, OverlappingAgreesWithABruteForceScan)
{
    const SimOrg org(orgConfig(3, 60));
    const QDateTime first = org.firstDay();
    const QList<QPair<qint64, qint64>> windows = { { 0, 3600 }, { 9 * 3600, 9 * 3600 + 60 }, { 30 * 3600, 50 * 3600 },
        { -3600, 600 }, { 71 * 3600, 80 * 3600 }, { 12 * 3600 + 17, 12 * 3600 + 18 }, { 0, 72 * 3600 } };
    for (const auto &[from, to] : windows) {
        const QDateTime start = first.addSecs(from), end = first.addSecs(to);
        std::vector<const SimConversation *> expected;
        for (const SimConversation &c : org.conversations()) {
            if (c.start < end && c.end > start)
                expected.push_back(&c);
        }
        EXPECT_EQ(org.overlapping(start, end), expected) << from << ".." << to;
    }
    // Windows ending exactly at a conversation start or starting at its end exclude it.
    const SimConversation &c = org.conversations()[10];
    const auto excludes = [&](const std::vector<const SimConversation *> &v) {
        return std::find(v.begin(), v.end(), &c) == v.end();
    };
    EXPECT_TRUE(excludes(org.overlapping(c.start.addSecs(-60), c.start)));
    EXPECT_TRUE(excludes(org.overlapping(c.end, c.end.addSecs(60))));
    EXPECT_FALSE(excludes(org.overlapping(c.end.addMSecs(-1), c.end)));
}

TEST(SimOrgGeneration, MultiGigabyteRecordingServesAFarRangeQuickly)
{
    auto config = fastSimConfig();
    config.days = 1;
    config.conversationsPerDay = 4;
    config.mediaFixedBytes = 2'100'000'000;
    config.batchRequest = { 0, 0.0 };
    SimFixture sim(config);
    HttpClient http;
    const SimRecording *recording = findRecording(sim.server().org(), isPlayableAudio);
    ASSERT_NE(recording, nullptr);
    ASSERT_EQ(recording->nativeBytes, 2'100'000'000);
    const QString url = firstResultUrl(
        completedBatch(http, sim, http.token(sim), { batchItem(recording->conversationId, recording->id) }));
    ASSERT_FALSE(url.isEmpty());

    const qint64 rssBefore = residentKb();
    QElapsedTimer timer;
    timer.start();
    const HttpResult part = http.get(url, { { "Range", "bytes=2000000000-2000000099" } });
    const qint64 elapsed = timer.elapsed();
    ASSERT_EQ(part.status, 206);
    EXPECT_EQ(part.header("Content-Range"), QByteArray("bytes 2000000000-2000000099/2100000000"));
    ASSERT_EQ(part.body.size(), 100);
    QByteArray expected(100, Qt::Uninitialized);
    Custody::Sim::SimMediaBody(*recording, {}).fill(2'000'000'000, expected.data(), 100);
    EXPECT_EQ(part.body, expected);
    EXPECT_NE(part.body, QByteArray(100, '\0'));
    EXPECT_LT(elapsed, 5000); // generous; generating 2 GB first would take far longer
    if (rssBefore > 0) {
        EXPECT_LT(residentKb() - rssBefore, 200 * 1024); // nowhere near 2 GB
    }

    // The header still describes the whole file.
    const HttpResult head = http.get(url, { { "Range", "bytes=0-43" } });
    ASSERT_EQ(head.body.size(), 44);
    EXPECT_EQ(head.body.left(4), QByteArray("RIFF"));
}
