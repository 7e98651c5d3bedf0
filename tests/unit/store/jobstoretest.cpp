#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimeZone>

#include "core/store/jobstore.h"
#include "rawdatabase.h"
#include "storefixture.h"

using namespace Custody::Store;

namespace {

class JobStoreTest : public StoreFixture
{
protected:
    TaskId newTask(const QString &key)
    {
        const auto upsert = m_store.upsertTask(task(key));
        EXPECT_TRUE(upsert.ok());
        return upsert.ok() ? upsert.value().id : 0;
    }

    QList<EventRecord> allEvents()
    {
        const auto page = m_store.events(m_exportId, 0, 100000);
        EXPECT_TRUE(page.ok());
        return page.ok() ? page.value() : QList<EventRecord> {};
    }
};

TEST_F(JobStoreTest, CreatedExportReadsBack)
{
    const auto record = m_store.exportById(m_exportId);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record.value().name, QStringLiteral("Claims March"));
    EXPECT_EQ(record.value().profileId, QStringLiteral("profile-1"));
    EXPECT_EQ(record.value().specJson, QStringLiteral(R"({"queue":"Claims"})"));
    EXPECT_EQ(record.value().destination, QStringLiteral("/srv/legal/case-4711"));
    EXPECT_EQ(record.value().state, ExportState::Created);
    EXPECT_FALSE(record.value().uuid.isNull());
    EXPECT_TRUE(record.value().createdAt.isValid());
    EXPECT_EQ(record.value().createdAt.offsetFromUtc(), 0);
    EXPECT_FALSE(record.value().finishedAt.isValid());

    const auto missing = m_store.exportById(m_exportId + 100);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, StoreError::Kind::NotFound);
}

TEST_F(JobStoreTest, ExportStateChangesSetFinishedAtAndAreAudited)
{
    ASSERT_TRUE(m_store.setExportState(m_exportId, ExportState::Running, QStringLiteral("started")).ok());
    EXPECT_FALSE(m_store.exportById(m_exportId).value().finishedAt.isValid());
    ASSERT_TRUE(m_store.setExportState(m_exportId, ExportState::Completed).ok());
    const auto record = m_store.exportById(m_exportId);
    EXPECT_EQ(record.value().state, ExportState::Completed);
    EXPECT_TRUE(record.value().finishedAt.isValid());

    const QList<EventRecord> events = allEvents();
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(0).kind, QString(EventKind::ExportCreated));
    EXPECT_EQ(events.at(1).fromState, QStringLiteral("CREATED"));
    EXPECT_EQ(events.at(1).toState, QStringLiteral("RUNNING"));
    EXPECT_EQ(events.at(1).message, QStringLiteral("started"));
    EXPECT_EQ(events.at(2).toState, QStringLiteral("COMPLETED"));

    EXPECT_EQ(m_store.setExportState(m_exportId + 9, ExportState::Running).error().kind, StoreError::Kind::NotFound);
}

TEST_F(JobStoreTest, ListExportsCountsItemsByState)
{
    const auto second = m_store.createExport({ {}, QStringLiteral("Second"), {}, QStringLiteral("{}"), {} });
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(m_store.addItems(m_exportId, items(0, 5)).value(), 5);
    ASSERT_EQ(m_store.addItems(second.value(), items(0, 3)).value(), 3);
    ASSERT_TRUE(m_store.transitionItems({ 1, 2 }, ItemState::Batched, QStringLiteral("batch")).ok());

    const auto list = m_store.listExports();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list.value().size(), 2);
    EXPECT_EQ(list.value().at(0).id, second.value()) << "newest first";
    EXPECT_EQ(list.value().at(0).items.total(), 3);
    EXPECT_EQ(list.value().at(1).name, QStringLiteral("Claims March"));
    EXPECT_EQ(list.value().at(1).items.count(ItemState::Pending), 3);
    EXPECT_EQ(list.value().at(1).items.count(ItemState::Batched), 2);
    EXPECT_EQ(list.value().at(1).items.total(), 5);
}

TEST_F(JobStoreTest, UpsertTaskIsIdempotent)
{
    const auto first = m_store.upsertTask(task(QStringLiteral("key-a")));
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first.value().created);
    const auto again = m_store.upsertTask(task(QStringLiteral("key-a")));
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.value().created);
    EXPECT_EQ(again.value().id, first.value().id);
    ASSERT_TRUE(m_store.upsertTask(task(QStringLiteral("key-b"))).value().created);

    const auto tasks = m_store.tasksForExport(m_exportId);
    ASSERT_TRUE(tasks.ok());
    ASSERT_EQ(tasks.value().size(), 2);
    const TaskRecord &stored = tasks.value().at(0);
    EXPECT_EQ(stored.state, TaskState::Queued);
    EXPECT_EQ(stored.kind, TaskKind::Analytics);
    EXPECT_EQ(stored.idempotencyKey, QStringLiteral("key-a"));
    EXPECT_EQ(stored.payloadJson, QStringLiteral(R"({"page":1})"));
    EXPECT_EQ(stored.attempts, 0);

    qsizetype created = 0;
    for (const EventRecord &event : allEvents())
        created += event.kind == QString(EventKind::TaskCreated) ? 1 : 0;
    EXPECT_EQ(created, 2);
}

TEST_F(JobStoreTest, UpsertTaskRefusesAKeyOfAnotherExport)
{
    newTask(QStringLiteral("shared"));
    const auto other = m_store.createExport({ {}, QStringLiteral("Other"), {}, QStringLiteral("{}"), {} });
    NewTask foreign = task(QStringLiteral("shared"));
    foreign.exportId = other.value();
    const auto result = m_store.upsertTask(foreign);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, StoreError::Kind::Conflict);
    EXPECT_TRUE(m_store.tasksForExport(other.value()).value().isEmpty());
}

TEST_F(JobStoreTest, ForwardPathRecordsEveryTransitionInOrder)
{
    const TaskId id = newTask(QStringLiteral("k"));
    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Submitting, QStringLiteral("submit")).ok());
    TaskChange change;
    change.remoteId = QStringLiteral("job-42");
    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Processing, QStringLiteral("accepted"), change).ok());
    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Collecting, QStringLiteral("fulfilled remotely")).ok());
    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Fulfilled, QStringLiteral("all pages read")).ok());

    const auto stored = m_store.taskById(id);
    EXPECT_EQ(stored.value().state, TaskState::Fulfilled);
    EXPECT_EQ(stored.value().remoteId, QStringLiteral("job-42"));
    EXPECT_EQ(stored.value().attempts, 1);

    QList<EventRecord> events;
    for (const EventRecord &event : allEvents()) {
        if (event.taskId == id)
            events.append(event);
    }
    const QStringList expectedTo { QStringLiteral("QUEUED"), QStringLiteral("SUBMITTING"), QStringLiteral("PROCESSING"),
        QStringLiteral("COLLECTING"), QStringLiteral("FULFILLED") };
    ASSERT_EQ(events.size(), expectedTo.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        EXPECT_EQ(events.at(i).toState, expectedTo.at(i));
        if (i > 0) {
            EXPECT_EQ(events.at(i).fromState, expectedTo.at(i - 1));
            EXPECT_GT(events.at(i).id, events.at(i - 1).id);
            EXPECT_GE(events.at(i).at, events.at(i - 1).at);
        }
    }
    EXPECT_EQ(events.at(2).message, QStringLiteral("accepted"));
}

TEST_F(JobStoreTest, IllegalTransitionWritesNothing)
{
    const TaskId id = newTask(QStringLiteral("k"));
    const auto before = m_store.taskById(id).value();
    const qsizetype eventsBefore = allEvents().size();

    TaskChange change;
    change.remoteId = QStringLiteral("should-not-stick");
    change.error = QStringLiteral("nope");
    const StoreStatus status = m_store.transitionTask(id, TaskState::Fulfilled, QStringLiteral("skip ahead"), change);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, StoreError::Kind::IllegalTransition);
    EXPECT_TRUE(status.error().detail.contains(QStringLiteral("QUEUED -> FULFILLED")));

    const auto after = m_store.taskById(id).value();
    EXPECT_EQ(after.state, TaskState::Queued);
    EXPECT_TRUE(after.remoteId.isEmpty());
    EXPECT_TRUE(after.lastError.isEmpty());
    EXPECT_EQ(after.updatedAt, before.updatedAt);
    EXPECT_EQ(allEvents().size(), eventsBefore);

    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Cancelled, QStringLiteral("user")).ok());
    EXPECT_EQ(m_store.transitionTask(id, TaskState::Queued, {}).error().kind, StoreError::Kind::IllegalTransition);
    EXPECT_EQ(m_store.transitionTask(id + 50, TaskState::Failed, {}).error().kind, StoreError::Kind::NotFound);
}

TEST_F(JobStoreTest, FailureKeepsErrorAndRetryGoesBackToQueued)
{
    const TaskId id = newTask(QStringLiteral("k"));
    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Submitting, {}).ok());
    TaskChange failure;
    failure.error = QStringLiteral("HTTP 503");
    failure.contextId = QStringLiteral("ctx-1");
    failure.nextAttemptAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Failed, QStringLiteral("server busy"), failure).ok());
    auto stored = m_store.taskById(id).value();
    EXPECT_EQ(stored.lastError, QStringLiteral("HTTP 503"));
    EXPECT_EQ(stored.lastContextId, QStringLiteral("ctx-1"));
    EXPECT_EQ(stored.nextAttemptAt, *failure.nextAttemptAt);
    EXPECT_TRUE(allEvents().constLast().message.contains(QStringLiteral("HTTP 503")));

    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Queued, QStringLiteral("retry")).ok());
    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Submitting, {}).ok());
    stored = m_store.taskById(id).value();
    EXPECT_EQ(stored.attempts, 2);
    EXPECT_FALSE(stored.nextAttemptAt.isValid());
    EXPECT_EQ(stored.lastError, QStringLiteral("HTTP 503")) << "the last error is history, kept until replaced";
}

TEST_F(JobStoreTest, PausedTaskResumesWhereItWas)
{
    const TaskId id = newTask(QStringLiteral("k"));
    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Submitting, {}).ok());
    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Processing, {}).ok());
    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Paused, QStringLiteral("user paused")).ok());
    EXPECT_EQ(m_store.taskById(id).value().pausedFrom, TaskState::Processing);

    const StoreStatus wrong = m_store.transitionTask(id, TaskState::Submitting, {});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, StoreError::Kind::IllegalTransition);

    ASSERT_TRUE(m_store.resumeTask(id, QStringLiteral("user resumed")).ok());
    const auto stored = m_store.taskById(id).value();
    EXPECT_EQ(stored.state, TaskState::Processing);
    EXPECT_FALSE(stored.pausedFrom.has_value());
    EXPECT_EQ(stored.attempts, 1);
    EXPECT_EQ(m_store.resumeTask(id, {}).error().kind, StoreError::Kind::IllegalTransition);
}

TEST_F(JobStoreTest, InjectedFailureRollsBackTransition)
{
    const TaskId id = newTask(QStringLiteral("k"));
    const qsizetype eventsBefore = allEvents().size();
    m_store.setFailAfterOperations(2); // the update succeeds, the event insert fails
    const StoreStatus status = m_store.transitionTask(id, TaskState::Submitting, {});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, StoreError::Kind::Injected);
    EXPECT_EQ(m_store.taskById(id).value().state, TaskState::Queued);
    EXPECT_EQ(m_store.taskById(id).value().attempts, 0);
    EXPECT_EQ(allEvents().size(), eventsBefore);
    EXPECT_TRUE(m_store.transitionTask(id, TaskState::Submitting, {}).ok()) << "the hook fires once";
}

TEST_F(JobStoreTest, RemoteIdAndPayloadUpdates)
{
    const TaskId id = newTask(QStringLiteral("k"));
    ASSERT_TRUE(m_store.setTaskRemoteId(id, QStringLiteral("remote-7")).ok());
    ASSERT_TRUE(m_store.setTaskPayload(id, QStringLiteral(R"({"cursor":"abc"})")).ok());
    const auto stored = m_store.taskById(id).value();
    EXPECT_EQ(stored.remoteId, QStringLiteral("remote-7"));
    EXPECT_EQ(stored.payloadJson, QStringLiteral(R"({"cursor":"abc"})"));
    EXPECT_EQ(allEvents().constLast().kind, QString(EventKind::TaskRemoteId));
    EXPECT_EQ(m_store.setTaskPayload(id + 3, {}).error().kind, StoreError::Kind::NotFound);
    EXPECT_EQ(m_store.setTaskRemoteId(id + 3, {}).error().kind, StoreError::Kind::NotFound);
}

TEST_F(JobStoreTest, TasksFilterByState)
{
    const TaskId a = newTask(QStringLiteral("a"));
    newTask(QStringLiteral("b"));
    ASSERT_TRUE(m_store.transitionTask(a, TaskState::Submitting, {}).ok());
    const auto queued = m_store.tasksForExport(m_exportId, TaskState::Queued);
    ASSERT_EQ(queued.value().size(), 1);
    EXPECT_EQ(queued.value().at(0).idempotencyKey, QStringLiteral("b"));
    EXPECT_EQ(m_store.tasksForExport(m_exportId, TaskState::Submitting).value().at(0).id, a);
    EXPECT_TRUE(m_store.tasksForExport(m_exportId, TaskState::Fulfilled).value().isEmpty());
}

TEST_F(JobStoreTest, EventsPageByAfterId)
{
    for (int i = 0; i < 25; ++i) {
        const auto id = m_store.appendEvent(
            { m_exportId, {}, {}, QStringLiteral("note"), {}, {}, QStringLiteral("note %1").arg(i) });
        ASSERT_TRUE(id.ok());
    }
    QList<EventRecord> seen;
    EventId after = 0;
    int pages = 0;
    for (;;) {
        const auto page = m_store.events(m_exportId, after, 10);
        ASSERT_TRUE(page.ok());
        if (page.value().isEmpty())
            break;
        ++pages;
        seen.append(page.value());
        after = page.value().constLast().id;
    }
    EXPECT_EQ(pages, 3);
    ASSERT_EQ(seen.size(), 26); // export-created + 25 notes
    EXPECT_EQ(seen.at(1).message, QStringLiteral("note 0"));
    EXPECT_EQ(seen.constLast().message, QStringLiteral("note 24"));
    for (qsizetype i = 1; i < seen.size(); ++i)
        EXPECT_GT(seen.at(i).id, seen.at(i - 1).id);
    EXPECT_FALSE(m_store.appendEvent({ m_exportId, {}, {}, {}, {}, {}, {} }).ok()) << "a kind is required";
    EXPECT_FALSE(m_store.appendEvent({ m_exportId + 77, {}, {}, QStringLiteral("note"), {}, {}, {} }).ok())
        << "foreign keys are enforced";
}

TEST_F(JobStoreTest, NestedTransactionsCommitAndRollBackAsAUnit)
{
    {
        Transaction outer = m_store.transaction();
        ASSERT_TRUE(outer.isActive());
        ASSERT_TRUE(m_store.upsertTask(task(QStringLiteral("inside"))).ok()); // nests as a savepoint
        {
            Transaction inner = m_store.transaction();
            ASSERT_TRUE(inner.isActive());
            ASSERT_TRUE(m_store.upsertTask(task(QStringLiteral("rolled back"))).ok());
        } // inner guard rolls back its savepoint
        ASSERT_TRUE(outer.commit().ok());
    }
    const auto tasks = m_store.tasksForExport(m_exportId).value();
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_EQ(tasks.at(0).idempotencyKey, QStringLiteral("inside"));
    {
        Transaction outer = m_store.transaction();
        ASSERT_TRUE(m_store.upsertTask(task(QStringLiteral("dropped"))).ok());
    } // never committed
    EXPECT_EQ(m_store.tasksForExport(m_exportId).value().size(), 1);
}

TEST_F(JobStoreTest, SecondStoreOnTheSameFileSeesCommittedData)
{
    const TaskId id = newTask(QStringLiteral("k"));
    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Submitting, {}).ok());
    ASSERT_TRUE(m_store.addItems(m_exportId, items(0, 4)).ok());

    JobStore reader;
    ASSERT_TRUE(reader.open(dbPath()).ok());
    EXPECT_NE(reader.connectionName(), m_store.connectionName());
    EXPECT_EQ(reader.taskById(id).value().state, TaskState::Submitting);
    EXPECT_EQ(reader.countItems(m_exportId).value().total(), 4);

    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Processing, {}).ok());
    EXPECT_EQ(reader.taskById(id).value().state, TaskState::Processing) << "WAL readers see new commits";
    ASSERT_TRUE(reader.transitionTask(id, TaskState::Paused, QStringLiteral("from the other store")).ok());
    EXPECT_EQ(m_store.taskById(id).value().state, TaskState::Paused);
}

TEST_F(JobStoreTest, DataSurvivesCloseAndReopen)
{
    const TaskId id = newTask(QStringLiteral("k"));
    ASSERT_TRUE(m_store.transitionTask(id, TaskState::Submitting, {}).ok());
    ASSERT_TRUE(m_store.addItems(m_exportId, items(0, 6)).ok());
    const QList<EventRecord> eventsBefore = allEvents();
    const QString name = m_store.connectionName();
    m_store.close();
    EXPECT_FALSE(m_store.isOpen());
    EXPECT_FALSE(QSqlDatabase::contains(name)) << "the connection is unregistered";

    JobStore reopened;
    ASSERT_TRUE(reopened.open(dbPath()).ok());
    EXPECT_EQ(reopened.exportById(m_exportId).value().name, QStringLiteral("Claims March"));
    EXPECT_EQ(reopened.taskById(id).value().state, TaskState::Submitting);
    EXPECT_EQ(reopened.countItems(m_exportId).value().count(ItemState::Pending), 6);
    const auto eventsAfter = reopened.events(m_exportId, 0, 1000).value();
    ASSERT_EQ(eventsAfter.size(), eventsBefore.size());
    for (qsizetype i = 0; i < eventsAfter.size(); ++i) {
        EXPECT_EQ(eventsAfter.at(i).id, eventsBefore.at(i).id);
        EXPECT_EQ(eventsAfter.at(i).message, eventsBefore.at(i).message);
    }
}

TEST(JobStoreFilesTest, TwoStoresOnDifferentFilesStayApart)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    JobStore first;
    JobStore second;
    ASSERT_TRUE(first.open(dir.filePath(QStringLiteral("a/jobs.sqlite"))).ok());
    ASSERT_TRUE(second.open(dir.filePath(QStringLiteral("b/jobs.sqlite"))).ok());
    const auto a = first.createExport({ {}, QStringLiteral("A"), {}, QStringLiteral("{}"), {} });
    const auto b1 = second.createExport({ {}, QStringLiteral("B1"), {}, QStringLiteral("{}"), {} });
    const auto b2 = second.createExport({ {}, QStringLiteral("B2"), {}, QStringLiteral("{}"), {} });
    ASSERT_TRUE(a.ok() && b1.ok() && b2.ok());
    EXPECT_EQ(first.listExports().value().size(), 1);
    EXPECT_EQ(second.listExports().value().size(), 2);
    EXPECT_EQ(first.exportById(a.value()).value().name, QStringLiteral("A"));
    EXPECT_EQ(second.exportById(b1.value()).value().name, QStringLiteral("B1"));

    RawDatabase rawA(dir.filePath(QStringLiteral("a/jobs.sqlite")));
    EXPECT_EQ(rawA.count(QStringLiteral("exports")), 1);
}

TEST(JobStoreFilesTest, ClosedStoreReportsErrors)
{
    JobStore store;
    EXPECT_FALSE(store.isOpen());
    const auto result = store.createExport({ {}, QStringLiteral("A"), {}, QStringLiteral("{}"), {} });
    ASSERT_FALSE(result.ok());
    EXPECT_FALSE(result.error().userMessage().isEmpty());
    EXPECT_FALSE(store.listExports().ok());
}

} // namespace
