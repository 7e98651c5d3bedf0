#include <gtest/gtest.h>

#include <stdexcept>

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include "core/store/jobstore.h"
#include "core/store/schema.h"
#include "rawdatabase.h"

using namespace Custody::Store;

namespace {

class SchemaTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("jobs.sqlite")); }

    // A ladder of this build's steps plus a version-2 step that changes the schema and data, then fails.
    static QList<MigrationStep> ladderWithFailingStep(bool throwInstead = false)
    {
        QList<MigrationStep> ladder = Schema::ladder();
        ladder.append(
            MigrationStep { Schema::CurrentVersion + 1, [throwInstead](QSqlDatabase &db) -> StoreStatus {
                               StoreStatus partial = Schema::execAll(db,
                                   { QStringLiteral("CREATE TABLE extra (id INTEGER PRIMARY KEY)"),
                                       QStringLiteral("ALTER TABLE exports ADD COLUMN colour TEXT"),
                                       QStringLiteral("DELETE FROM exports") });
                               if (!partial)
                                   return partial;
                               if (throwInstead)
                                   throw std::runtime_error("step blew up");
                               return StoreError { StoreError::Kind::Migration, QStringLiteral("simulated failure") };
                           } });
        return ladder;
    }

    QTemporaryDir m_dir;
};

TEST_F(SchemaTest, FreshFileGetsTablesIndexesAndVersion)
{
    JobStore store;
    ASSERT_TRUE(store.open(dbPath()).ok());
    EXPECT_TRUE(store.isOpen());

    RawDatabase raw(dbPath());
    ASSERT_TRUE(raw.isOpen());
    EXPECT_EQ(raw.tables(),
        (QStringList {
            QStringLiteral("events"), QStringLiteral("exports"), QStringLiteral("items"), QStringLiteral("tasks") }));
    EXPECT_EQ(raw.indexes(),
        (QStringList { QStringLiteral("events_export_id"), QStringLiteral("items_export_state"),
            QStringLiteral("tasks_export_state") }));
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
    EXPECT_GE(Schema::CurrentVersion, 1);
}

TEST_F(SchemaTest, ConnectionUsesWalAndTheRequiredPragmas)
{
    JobStore store;
    ASSERT_TRUE(store.open(dbPath()).ok());
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    ASSERT_TRUE(db.isOpen());
    const auto mode = Schema::journalMode(db);
    ASSERT_TRUE(mode.ok());
    EXPECT_EQ(mode.value(), QStringLiteral("wal"));

    RawDatabase raw(dbPath());
    // WAL is a property of the file: a fresh connection sees it too, and the -wal file exists.
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower(), QStringLiteral("wal"));
    EXPECT_TRUE(QFile::exists(dbPath() + QStringLiteral("-wal")));

    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1); // NORMAL
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), Schema::BusyTimeoutMs);
}

TEST_F(SchemaTest, EmptyVersionZeroFileIsMigrated)
{
    {
        QFile file(dbPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    ASSERT_EQ(QFile(dbPath()).size(), 0);
    JobStore store;
    ASSERT_TRUE(store.open(dbPath()).ok());
    RawDatabase raw(dbPath());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
    EXPECT_TRUE(raw.tables().contains(QStringLiteral("tasks")));
}

TEST_F(SchemaTest, ReopenRunsNoStep)
{
    int runs = 0;
    QList<MigrationStep> counting;
    for (const MigrationStep &step : Schema::ladder()) {
        counting.append(MigrationStep { step.version, [&runs, apply = step.apply](QSqlDatabase &db) {
                                           ++runs;
                                           return apply(db);
                                       } });
    }
    {
        JobStore store;
        ASSERT_TRUE(store.open(dbPath(), counting).ok());
        ASSERT_TRUE(
            store.createExport({ {}, QStringLiteral("Claims"), {}, QStringLiteral("{}"), QStringLiteral("/tmp/out") })
                .ok());
    }
    EXPECT_EQ(runs, counting.size());
    runs = 0;
    JobStore again;
    ASSERT_TRUE(again.open(dbPath(), counting).ok());
    EXPECT_EQ(runs, 0);
    const auto exports = again.listExports();
    ASSERT_TRUE(exports.ok());
    EXPECT_EQ(exports.value().size(), 1);
}

TEST_F(SchemaTest, FailedStepRollsBackEverything)
{
    {
        JobStore store;
        ASSERT_TRUE(store.open(dbPath()).ok());
        ASSERT_TRUE(
            store.createExport({ {}, QStringLiteral("Claims"), {}, QStringLiteral("{}"), QStringLiteral("/tmp/out") })
                .ok());
    }
    for (const bool throwInstead : { false, true }) {
        JobStore store;
        const StoreStatus status = store.open(dbPath(), ladderWithFailingStep(throwInstead));
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.error().kind, StoreError::Kind::Migration);
        EXPECT_FALSE(status.error().userMessage().isEmpty());
        EXPECT_FALSE(store.isOpen());

        RawDatabase raw(dbPath());
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
        EXPECT_FALSE(raw.tables().contains(QStringLiteral("extra")));
        EXPECT_EQ(raw.count(QStringLiteral("exports")), 1) << "the step's DELETE must be undone";
        EXPECT_FALSE(raw.exec(QStringLiteral("SELECT colour FROM exports"))) << "the step's column must be gone";
    }
    JobStore store;
    EXPECT_TRUE(store.open(dbPath()).ok());
}

TEST_F(SchemaTest, FailedLadderOnNewFileLeavesItEmpty)
{
    JobStore store;
    ASSERT_FALSE(store.open(dbPath(), ladderWithFailingStep()).ok());
    RawDatabase raw(dbPath());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    EXPECT_TRUE(raw.tables().isEmpty());
}

TEST_F(SchemaTest, NewerFileIsRefused)
{
    {
        RawDatabase raw(dbPath());
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 5)));
    }
    JobStore store;
    const StoreStatus status = store.open(dbPath());
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, StoreError::Kind::TooNew);
    RawDatabase raw(dbPath());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion + 5);
    EXPECT_TRUE(raw.tables().isEmpty());
}

TEST_F(SchemaTest, UnwritableLocationFailsToOpen)
{
    QFile blocker(m_dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    JobStore store;
    const StoreStatus status = store.open(m_dir.filePath(QStringLiteral("file/jobs.sqlite")));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, StoreError::Kind::Open);
    EXPECT_FALSE(store.isOpen());
}

} // namespace
