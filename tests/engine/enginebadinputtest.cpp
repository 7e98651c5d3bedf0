// Bad credentials, missing permissions, unusable folders and garbled answers:
// each must stop with a message that says what is wrong, and never crash.
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include "enginetestsupport.h"

namespace Custody::Test {
namespace {

TEST(EngineBadInput, wrongClientSecretFailsWithACredentialsMessage)
{
    EngineHarness harness(engineSimConfig(1, 10));
    const QString folder = harness.folder(QStringLiteral("secret"));
    const Store::ExportId id = harness.create(harness.spec(folder));
    ASSERT_GT(id, 0);
    const Jobs::OrgConnection wrong
        = harness.connection(QStringLiteral("custody-demo"), QStringLiteral("not-the-secret"));

    const ExportOutcome outcome = harness.run(id, wrong, 20000);
    ASSERT_TRUE(outcome.stopped);
    EXPECT_EQ(outcome.state, Store::ExportState::Failed);
    EXPECT_TRUE(outcome.message.contains(QStringLiteral("credentials")))
        << "the message should speak of the credentials: " << outcome.message.toStdString();
    EXPECT_TRUE(outcome.message.contains(QStringLiteral("secret"))) << outcome.message.toStdString();
    const auto record = harness.store().exportById(id);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record.value().state, Store::ExportState::Failed);
    // Nothing beyond the token request reached the API.
    EXPECT_EQ(harness.stats().value(QStringLiteral("apiRequests")).toInt(), 0);
}

TEST(EngineBadInput, clientWithoutRecordingPermissionFailsNamingThePermission)
{
    Sim::SimConfig config = engineSimConfig(1, 20);
    config.clients.append({ QStringLiteral("analytics-only"), QStringLiteral("analytics-secret"),
        { QStringLiteral("analytics:conversationDetail:view"), QStringLiteral("routing:queue:view") } });
    EngineHarness harness(config);
    const QString folder = harness.folder(QStringLiteral("permission"));
    const Plan::ExportSpec spec = harness.spec(folder);
    const ExpectedExport expected = expectedFor(harness.org(), spec);
    const Store::ExportId id = harness.create(spec);
    ASSERT_GT(id, 0);

    const ExportOutcome outcome = harness.run(
        id, harness.connection(QStringLiteral("analytics-only"), QStringLiteral("analytics-secret")), 30000);
    ASSERT_TRUE(outcome.stopped);
    EXPECT_EQ(outcome.state, Store::ExportState::Failed);
    EXPECT_TRUE(outcome.message.contains(QStringLiteral("permission"))) << outcome.message.toStdString();
    // The batch request was refused, not retried into the ground.
    const QJsonObject refused = harness.stats()
                                    .value(QStringLiteral("requests"))
                                    .toObject()
                                    .value(QStringLiteral("POST /api/v2/recording/batchrequests"))
                                    .toObject();
    EXPECT_GE(refused.value(QStringLiteral("403")).toInt(), 1);
    EXPECT_LE(refused.value(QStringLiteral("403")).toInt(), 2);
    // What the client could read is kept: the conversation records.
    EXPECT_EQ(conversationIdsInJsonl(folder), expected.conversationIds);
    EXPECT_TRUE(harness.items(id, Store::ItemState::Downloaded).isEmpty());
}

TEST(EngineBadInput, destinationBelowARegularFileIsRefusedBeforeAnythingIsStored)
{
    EngineHarness harness(engineSimConfig(1, 5));
    const QString blocker = harness.folder(QStringLiteral("blocker"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a folder");
    file.close();
    const QString destination = QDir(blocker).filePath(QStringLiteral("export"));

    const auto created = harness.engine().createExport(harness.spec(destination));
    const auto *problems = std::get_if<QStringList>(&created);
    ASSERT_TRUE(problems) << "an export below a regular file was accepted";
    ASSERT_FALSE(problems->isEmpty());
    EXPECT_TRUE(problems->join(QLatin1Char(' ')).contains(QStringLiteral("blocker")))
        << "the problem should name the folder: " << problems->join(QLatin1Char(' ')).toStdString();
    const auto exports = harness.store().listExports();
    ASSERT_TRUE(exports.ok());
    EXPECT_TRUE(exports.value().isEmpty());
    EXPECT_TRUE(QFileInfo(blocker).isFile()) << "the file in the way must be left alone";
}

TEST(EngineBadInput, garbledJsonIsRetriedOrNamedButNeverCrashes)
{
    Sim::SimConfig config = engineSimConfig(1, 15);
    // The faults' dice follow the seed: this one garbles several answers in a
    // row (retries with backoff) and still lets the run end within seconds.
    config.seed = 21;
    EngineHarness harness(config);
    ASSERT_TRUE(harness.server().applyFaults({ { QStringLiteral("malformedJsonProbability"), 0.5 } }).isEmpty());
    const QString folder = harness.folder(QStringLiteral("garbled"));
    const Plan::ExportSpec spec = harness.spec(folder);
    const ExpectedExport expected = expectedFor(harness.org(), spec);
    const Store::ExportId id = harness.create(spec);
    ASSERT_GT(id, 0);

    const ExportOutcome outcome = harness.run(id, harness.connection(), 60000);
    ASSERT_TRUE(outcome.stopped) << "no end within a minute";
    if (outcome.state == Store::ExportState::Failed) {
        // Out of retries: the message must say why, and downloaded files stay.
        EXPECT_TRUE(outcome.message.contains(QStringLiteral("malformed"), Qt::CaseInsensitive))
            << outcome.message.toStdString();
        for (const Store::ItemRecord &item : harness.items(id, Store::ItemState::Downloaded))
            EXPECT_EQ(fileSha256(QDir(folder).filePath(item.relativePath)), item.sha256);
    } else {
        ASSERT_TRUE(
            outcome.state == Store::ExportState::Completed || outcome.state == Store::ExportState::CompletedWithErrors)
            << Store::toString(outcome.state).toStdString() << ": " << outcome.message.toStdString();
        const int files = expectCompleteEvidence(harness, id, folder, expected);
        expectOnlyArchivedFailed(harness, id, expected);
        printFigures("malformed JSON 50 %", harness.stats(), files, outcome.elapsedMs);
    }
}

} // namespace
} // namespace Custody::Test
