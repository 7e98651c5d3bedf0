// The whole export against custody-sim with nothing going wrong: every file,
// every hash, every piece of evidence checked against the simulated org.
#include <QJsonArray>

#include <gtest/gtest.h>

#include "core/evidence/fileverifier.h"
#include "enginetestsupport.h"
#include "sim/contractsupport.h"

namespace Custody::Test {
namespace {

/// The errorMsg the simulator gives for each of \a recordings, asked for
/// directly in a batch request of their own.
QHash<QString, QString> serverErrors(EngineHarness &harness, const QList<const Sim::SimRecording *> &recordings)
{
    QHash<QString, QString> errors;
    if (recordings.isEmpty())
        return errors;
    HttpClient http;
    QJsonArray items;
    for (const Sim::SimRecording *r : recordings)
        items.append(batchItem(r->conversationId, r->id));
    const HttpResult batch = completedBatch(http, harness.sim(), http.token(harness.sim()), items);
    for (const QJsonValue &v : batch.object().value(QStringLiteral("results")).toArray())
        errors.insert(v.toObject().value(QStringLiteral("recordingId")).toString(),
            v.toObject().value(QStringLiteral("errorMsg")).toString());
    return errors;
}

TEST(EngineExport, happyPathExportsEveryAvailableRecordingWithItsServedBytes)
{
    EngineHarness harness(engineSimConfig(7, 30));
    const QString folder = harness.folder(QStringLiteral("happy"));
    const Plan::ExportSpec spec = harness.spec(folder);
    const ExpectedExport expected = expectedFor(harness.org(), spec);
    ASSERT_GT(expected.available.size(), 100) << "the org is too small to say much";
    ASSERT_FALSE(expected.archived.isEmpty()) << "the org should hold archived recordings";

    const Store::ExportId id = harness.create(spec);
    ASSERT_GT(id, 0);
    const ExportOutcome outcome = harness.run(id, harness.connection(), 60000);
    ASSERT_TRUE(outcome.stopped) << "the export did not stop within a minute";
    EXPECT_TRUE(
        outcome.state == Store::ExportState::Completed || outcome.state == Store::ExportState::CompletedWithErrors)
        << Store::toString(outcome.state).toStdString() << ": " << outcome.message.toStdString();
    EXPECT_EQ(outcome.state, Store::ExportState::CompletedWithErrors) << "archived recordings are failures";
    const auto record = harness.store().exportById(id);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record.value().state, outcome.state);

    const int files = expectCompleteEvidence(harness, id, folder, expected);
    EXPECT_EQ(files, expected.available.size());

    // Archived recordings failed with the server's own words.
    const QList<Store::ItemRecord> failed = harness.items(id, Store::ItemState::Failed);
    EXPECT_EQ(failed.size(), expected.archived.size());
    const QHash<QString, QString> errors = serverErrors(harness, expected.archived.values());
    for (const Store::ItemRecord &item : failed) {
        EXPECT_TRUE(expected.archived.contains(item.recordingId))
            << "unexpected failure " << item.recordingId.toStdString() << ": " << item.error.toStdString();
        EXPECT_FALSE(item.error.isEmpty());
        EXPECT_EQ(item.error, errors.value(item.recordingId));
    }
    // Nothing was left half-way.
    const auto counts = harness.store().countItems(id);
    ASSERT_TRUE(counts.ok());
    for (Store::ItemState state : { Store::ItemState::Pending, Store::ItemState::Batched, Store::ItemState::UrlReady,
             Store::ItemState::Downloading })
        EXPECT_EQ(counts.value().count(state), 0) << Store::toString(state).toStdString();

    const QJsonObject stats = harness.stats();
    EXPECT_EQ(stats.value(QStringLiteral("tooManyRequests")).toInt(), 0);
    EXPECT_EQ(stats.value(QStringLiteral("requestsDuringRetryAfter")).toInt(), 0);
    printFigures("happy path", stats, files, outcome.elapsedMs);
}

TEST(EngineExport, secondStartOfACompletedExportDownloadsNothingAgain)
{
    EngineHarness harness(engineSimConfig(1, 10));
    const QString folder = harness.folder(QStringLiteral("again"));
    const Store::ExportId id = harness.create(harness.spec(folder));
    ASSERT_GT(id, 0);
    const ExportOutcome first = harness.run(id, harness.connection(), 30000);
    ASSERT_TRUE(first.stopped);
    ASSERT_TRUE(Store::isFinished(first.state)) << first.message.toStdString();
    const qint64 mediaBefore = qint64(harness.stats().value(QStringLiteral("mediaRequests")).toDouble());
    ASSERT_GT(mediaBefore, 0);

    // A finished export is not run again: starting it downloads nothing, and
    // if it says anything it says it is still finished the same way.
    const std::size_t mark = harness.stopCount();
    harness.engine().start(id, harness.engine().session(harness.connection()));
    const ExportOutcome second = harness.waitForStop(id, mark, 1000);
    if (second.stopped) {
        EXPECT_EQ(second.state, first.state) << second.message.toStdString();
    }
    EXPECT_EQ(qint64(harness.stats().value(QStringLiteral("mediaRequests")).toDouble()), mediaBefore);
    EXPECT_TRUE(Evidence::FileVerifier::verify(folder).passed());
}

} // namespace
} // namespace Custody::Test
