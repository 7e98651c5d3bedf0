// Exports of conversations named by id (legal requests often list calls):
// recordings through batches, records through the analytics multi-get.
#include <gtest/gtest.h>

#include "core/evidence/fileverifier.h"
#include "enginetestsupport.h"

namespace Custody::Test {

TEST(EngineIdList, namedConversationsExportTheirRecordingsAndRecords)
{
    EngineHarness harness(engineSimConfig(3, 60));
    const auto &conversations = harness.org().conversations();
    ASSERT_GT(conversations.size(), size_t(150));
    // 150 ids: two multi-get lookups (100 + 50), a mix of recorded and not.
    QStringList ids;
    QSet<QString> expectedRecordings;
    for (size_t i = 0; i < 150; ++i) {
        const Sim::SimConversation &c = conversations[i];
        ids.append(c.id);
        for (const Sim::SimRecording &r : c.recordings) {
            if (r.fileState == Sim::SimFileState::Available)
                expectedRecordings.insert(r.id);
        }
    }
    ids.append(QStringLiteral("00000000-0000-4000-8000-000000000000")); // not in the org

    Plan::ExportSpec spec = harness.spec(harness.folder(QStringLiteral("ids")));
    spec.selection = Plan::ExportSpec::Selection::ConversationIds;
    spec.conversationIds = ids;
    const Store::ExportId id = harness.create(spec);
    ASSERT_NE(id, 0);
    const ExportOutcome outcome = harness.run(id, harness.connection(), 90000);
    ASSERT_TRUE(outcome.stopped);
    ASSERT_TRUE(
        outcome.state == Store::ExportState::Completed || outcome.state == Store::ExportState::CompletedWithErrors)
        << outcome.message.toStdString();

    QSet<QString> downloaded;
    for (const Store::ItemRecord &item : harness.items(id, Store::ItemState::Downloaded)) {
        downloaded.insert(item.recordingId);
        const Sim::SimRecording *recording = harness.org().recording(item.recordingId);
        ASSERT_NE(recording, nullptr);
        EXPECT_EQ(item.sha256, servedSha256(*recording));
    }
    EXPECT_EQ(downloaded, expectedRecordings);

    // The records of every listed conversation the org knows, and no other.
    int lines = 0;
    const QSet<QString> inJsonl = conversationIdsInJsonl(spec.destinationFolder, &lines);
    QSet<QString> expectedIds(ids.cbegin(), ids.cend() - 1);
    EXPECT_EQ(inJsonl, expectedIds);
    EXPECT_EQ(lines, 150);
    EXPECT_TRUE(Evidence::FileVerifier::verify(spec.destinationFolder).passed());
    const QJsonObject requests = harness.stats().value(QStringLiteral("requests")).toObject();
    EXPECT_EQ(requests.value(QStringLiteral("GET /api/v2/analytics/conversations/details"))
                  .toObject()
                  .value(QStringLiteral("200"))
                  .toInt(),
        2);
}

} // namespace Custody::Test
