#include <gtest/gtest.h>

#include <iostream>

#include <QElapsedTimer>
#include <QSet>
#include <QTimeZone>

#include "core/store/jobstore.h"
#include "rawdatabase.h"
#include "storefixture.h"

using namespace Custody::Store;

namespace {

const QString Hash = QStringLiteral("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08");

class JobStoreItemsTest : public StoreFixture
{
protected:
    QList<ItemId> pageIds(std::optional<ItemState> state, int limit, int offset)
    {
        QList<ItemId> ids;
        const auto page = m_store.itemsForExport(m_exportId, state, limit, offset);
        EXPECT_TRUE(page.ok());
        if (page.ok()) {
            for (const ItemRecord &item : page.value())
                ids.append(item.id);
        }
        return ids;
    }

    qint64 itemRows() const
    {
        RawDatabase raw(dbPath());
        return raw.count(QStringLiteral("items"));
    }

    qsizetype eventCount() { return m_store.events(m_exportId, 0, 1000000).value().size(); }

    // Brings item \a id from PENDING to DOWNLOADING.
    void toDownloading(ItemId id)
    {
        ASSERT_TRUE(m_store.transitionItems({ id }, ItemState::Batched, QStringLiteral("batch")).ok());
        ASSERT_TRUE(m_store
                        .setItemUrl(id, QUrl(QStringLiteral("https://media.example/r.opus?X-Sig=secret")),
                            QDateTime::currentDateTimeUtc(), QStringLiteral("audio/ogg"), QStringLiteral("job-1"))
                        .ok());
        ASSERT_TRUE(m_store.transitionItems({ id }, ItemState::Downloading, QStringLiteral("start")).ok());
    }
};

TEST_F(JobStoreItemsTest, AddItemsIgnoresDuplicatesAcrossCalls)
{
    const auto first = m_store.addItems(m_exportId, items(0, 10));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.value(), 10);
    const auto second = m_store.addItems(m_exportId, items(5, 10)); // 5..14: 5 known, 5 new
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.value(), 5);
    const auto third = m_store.addItems(m_exportId, items(0, 15));
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third.value(), 0);
    EXPECT_EQ(itemRows(), 15);

    const auto counts = m_store.countItems(m_exportId);
    EXPECT_EQ(counts.value().count(ItemState::Pending), 15);
    EXPECT_EQ(counts.value().total(), 15);

    const auto item = m_store.itemById(1).value();
    EXPECT_EQ(item.conversationId, QStringLiteral("conv-0"));
    EXPECT_EQ(item.recordingId, QStringLiteral("rec-0"));
    EXPECT_EQ(item.metadataJson, QStringLiteral(R"({"n":0})"));
    EXPECT_EQ(item.state, ItemState::Pending);
    EXPECT_FALSE(item.size.has_value());
}

TEST_F(JobStoreItemsTest, SameRecordingInAnotherExportIsNotADuplicate)
{
    const auto other = m_store.createExport({ {}, QStringLiteral("Other"), {}, QStringLiteral("{}"), {} });
    ASSERT_EQ(m_store.addItems(m_exportId, items(0, 3)).value(), 3);
    ASSERT_EQ(m_store.addItems(other.value(), items(0, 3)).value(), 3);
    EXPECT_EQ(itemRows(), 6);
}

TEST_F(JobStoreItemsTest, AddItemsIsOneTransaction)
{
    const qsizetype eventsBefore = eventCount();
    m_store.setFailAfterOperations(5); // the fifth insert of ten fails
    const auto failed = m_store.addItems(m_exportId, items(0, 10));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, StoreError::Kind::Injected);
    EXPECT_EQ(itemRows(), 0) << "the four inserts before the failure are rolled back";
    EXPECT_EQ(eventCount(), eventsBefore);

    const auto retried = m_store.addItems(m_exportId, items(0, 10));
    ASSERT_TRUE(retried.ok());
    EXPECT_EQ(retried.value(), 10);
}

TEST_F(JobStoreItemsTest, AddItemsRefusesIncompleteItemsAndUnknownExports)
{
    QList<NewItem> list = items(0, 3);
    list[1].conversationId.clear();
    EXPECT_FALSE(m_store.addItems(m_exportId, list).ok());
    EXPECT_FALSE(m_store.addItems(m_exportId + 1000, items(0, 3)).ok());
    EXPECT_EQ(itemRows(), 0);
}

TEST_F(JobStoreItemsTest, ConversationLevelItemsHaveAnEmptyRecordingIdAndAreFoundByKey)
{
    const auto added = m_store.addItems(m_exportId, { { QStringLiteral("c1"), QString(), QStringLiteral("{}") } });
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added.value(), 1);
    const auto again
        = m_store.addItems(m_exportId, { { QStringLiteral("c1"), QStringLiteral(""), QStringLiteral("{}") } });
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), 0); // '' and a null string are the same key
    const auto found = m_store.itemByKey(m_exportId, QStringLiteral("c1"), QString());
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found.value().recordingId.isEmpty());
    EXPECT_FALSE(m_store.itemByKey(m_exportId, QStringLiteral("c1"), QStringLiteral("r1")).ok());
}

TEST_F(JobStoreItemsTest, HundredThousandItemsInOneBatch)
{
    constexpr int Count = 100000;
    const QList<NewItem> list = items(0, Count);
    QElapsedTimer timer;
    timer.start();
    const auto added = m_store.addItems(m_exportId, list);
    const qint64 elapsed = timer.elapsed();
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added.value(), Count);
    std::cout << "[ timing   ] addItems of " << Count << " items: " << elapsed << " ms" << std::endl;

    timer.restart();
    const auto counts = m_store.countItems(m_exportId);
    std::cout << "[ timing   ] countItems over " << Count << " items: " << timer.elapsed() << " ms" << std::endl;
    EXPECT_EQ(counts.value().count(ItemState::Pending), Count);

    timer.restart();
    const QList<ItemId> lastPage = pageIds(std::nullopt, 100, Count - 50);
    std::cout << "[ timing   ] last page of " << Count << " items: " << timer.elapsed() << " ms" << std::endl;
    EXPECT_EQ(lastPage.size(), 50);
}

TEST_F(JobStoreItemsTest, PagingCoversEveryItemOnce)
{
    ASSERT_TRUE(m_store.addItems(m_exportId, items(0, 250)).ok());
    QSet<ItemId> seen;
    QList<qsizetype> sizes;
    for (int offset = 0; offset < 300; offset += 100) {
        const QList<ItemId> page = pageIds(std::nullopt, 100, offset);
        sizes.append(page.size());
        for (qsizetype i = 1; i < page.size(); ++i)
            EXPECT_LT(page.at(i - 1), page.at(i)) << "pages are in id order";
        for (const ItemId id : page)
            EXPECT_FALSE(seen.contains(id));
        seen.unite(QSet<ItemId>(page.cbegin(), page.cend()));
    }
    EXPECT_EQ(sizes, (QList<qsizetype> { 100, 100, 50 }));
    EXPECT_EQ(seen.size(), 250);

    QList<ItemId> batch;
    for (ItemId id = 10; id < 40; ++id)
        batch.append(id);
    ASSERT_TRUE(m_store.transitionItems(batch, ItemState::Batched, QStringLiteral("batch 1")).ok());
    EXPECT_EQ(pageIds(ItemState::Batched, 20, 0), batch.mid(0, 20));
    EXPECT_EQ(pageIds(ItemState::Batched, 20, 20), batch.mid(20));
    EXPECT_EQ(pageIds(ItemState::Pending, 1000, 0).size(), 220);
    EXPECT_TRUE(pageIds(ItemState::Downloaded, 10, 0).isEmpty());
}

TEST_F(JobStoreItemsTest, TransitionItemsWritesOneEventPerItem)
{
    ASSERT_TRUE(m_store.addItems(m_exportId, items(0, 5)).ok());
    const qsizetype before = eventCount();
    ASSERT_TRUE(m_store.transitionItems({ 1, 2, 3, 2 }, ItemState::Batched, QStringLiteral("batch 1")).ok());
    const auto events = m_store.events(m_exportId, 0, 1000).value().mid(before);
    ASSERT_EQ(events.size(), 3) << "a repeated id is moved once";
    for (qsizetype i = 0; i < events.size(); ++i) {
        EXPECT_EQ(events.at(i).itemId, ItemId(i + 1));
        EXPECT_EQ(events.at(i).kind, QString(EventKind::ItemStateChanged));
        EXPECT_EQ(events.at(i).fromState, QStringLiteral("PENDING"));
        EXPECT_EQ(events.at(i).toState, QStringLiteral("BATCHED"));
    }
    EXPECT_EQ(m_store.itemById(2).value().batchAttempts, 1);
    EXPECT_EQ(m_store.countItems(m_exportId).value().count(ItemState::Batched), 3);
}

TEST_F(JobStoreItemsTest, OneIllegalMoveRejectsTheWholeBatch)
{
    ASSERT_TRUE(m_store.addItems(m_exportId, items(0, 5)).ok());
    ASSERT_TRUE(m_store.transitionItems({ 3 }, ItemState::Batched, {}).ok());
    const qsizetype before = eventCount();
    const StoreStatus status = m_store.transitionItems({ 1, 2, 3, 4 }, ItemState::Batched, {});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind, StoreError::Kind::IllegalTransition);
    EXPECT_EQ(m_store.itemById(1).value().state, ItemState::Pending) << "items before the bad one are rolled back";
    EXPECT_EQ(m_store.itemById(1).value().batchAttempts, 0);
    EXPECT_EQ(eventCount(), before);

    EXPECT_EQ(m_store.transitionItems({ 1, 999 }, ItemState::Batched, {}).error().kind, StoreError::Kind::NotFound);
    EXPECT_EQ(m_store.itemById(1).value().state, ItemState::Pending);
}

TEST_F(JobStoreItemsTest, InjectedFailureMidBatchWritesNothing)
{
    ASSERT_TRUE(m_store.addItems(m_exportId, items(0, 5)).ok());
    const qsizetype before = eventCount();
    m_store.setFailAfterOperations(6); // item 3's update (writes: u1 e1 u2 e2 u3 e3 ...) -> e3 fails
    ASSERT_FALSE(m_store.transitionItems({ 1, 2, 3, 4, 5 }, ItemState::Batched, {}).ok());
    EXPECT_EQ(m_store.countItems(m_exportId).value().count(ItemState::Pending), 5);
    EXPECT_EQ(eventCount(), before);
}

TEST_F(JobStoreItemsTest, UrlThenDownloadIsRecorded)
{
    ASSERT_TRUE(m_store.addItems(m_exportId, items(0, 2)).ok());
    const QDateTime received(QDate(2024, 3, 1), QTime(10, 0, 0, 250), QTimeZone::utc());
    EXPECT_EQ(m_store.setItemUrl(1, QUrl(QStringLiteral("https://media.example/a")), received, {}, {}).error().kind,
        StoreError::Kind::IllegalTransition)
        << "a PENDING item has no batch yet";
    ASSERT_TRUE(m_store.transitionItems({ 1 }, ItemState::Batched, {}).ok());
    const QUrl url(QStringLiteral("https://media.example/rec%201.opus?X-Amz-Signature=abc%2Fdef&b=2"));
    ASSERT_TRUE(m_store.setItemUrl(1, url, received, QStringLiteral("audio/ogg"), QStringLiteral("batch-9")).ok());
    auto item = m_store.itemById(1).value();
    EXPECT_EQ(item.state, ItemState::UrlReady);
    EXPECT_EQ(item.url, url);
    EXPECT_EQ(item.urlReceivedAt, received);
    EXPECT_EQ(item.contentType, QStringLiteral("audio/ogg"));
    EXPECT_EQ(item.sourceJobId, QStringLiteral("batch-9"));
    const auto events = m_store.events(m_exportId, 0, 1000).value();
    EXPECT_FALSE(events.constLast().message.contains(QStringLiteral("Signature")))
        << "the presigned URL must not reach the audit trail";

    EXPECT_EQ(m_store.recordDownload(1, QStringLiteral("a.opus"), 10, Hash, {}).error().kind,
        StoreError::Kind::IllegalTransition)
        << "URL_READY must pass DOWNLOADING first";
    ASSERT_TRUE(m_store.transitionItems({ 1 }, ItemState::Downloading, {}).ok());
    EXPECT_FALSE(m_store.recordDownload(1, QStringLiteral("a.opus"), 10, QStringLiteral("xyz"), {}).ok());
    ASSERT_TRUE(m_store.recordDownload(1, QStringLiteral("2024-03-01/a.opus"), 4096, Hash, {}).ok());
    item = m_store.itemById(1).value();
    EXPECT_EQ(item.state, ItemState::Downloaded);
    EXPECT_EQ(item.relativePath, QStringLiteral("2024-03-01/a.opus"));
    EXPECT_EQ(item.size, 4096);
    EXPECT_EQ(item.sha256, Hash.toLower());
    EXPECT_EQ(item.sourceJobId, QStringLiteral("batch-9")) << "kept when no new job id is given";
    EXPECT_TRUE(item.url.isEmpty()) << "a used presigned URL is dropped";
    EXPECT_EQ(m_store.countItems(m_exportId).value().count(ItemState::Downloaded), 1);

    EXPECT_EQ(m_store.transitionItems({ 1 }, ItemState::Pending, {}).error().kind, StoreError::Kind::IllegalTransition)
        << "DOWNLOADED is terminal";
}

TEST_F(JobStoreItemsTest, ExpiredUrlSendsItemBackToANewBatch)
{
    ASSERT_TRUE(m_store.addItems(m_exportId, items(0, 1)).ok());
    toDownloading(1);
    ASSERT_TRUE(m_store.transitionItems({ 1 }, ItemState::Pending, QStringLiteral("URL expired")).ok());
    auto item = m_store.itemById(1).value();
    EXPECT_EQ(item.state, ItemState::Pending);
    EXPECT_TRUE(item.url.isEmpty());
    EXPECT_FALSE(item.urlReceivedAt.isValid());
    toDownloading(1);
    EXPECT_EQ(m_store.itemById(1).value().batchAttempts, 2);
}

TEST_F(JobStoreItemsTest, FailedItemKeepsErrorUntilRetried)
{
    ASSERT_TRUE(m_store.addItems(m_exportId, items(0, 2)).ok());
    ASSERT_TRUE(
        m_store.transitionItems({ 1, 2 }, ItemState::Failed, QStringLiteral("gave up"), QStringLiteral("HTTP 404"))
            .ok());
    EXPECT_EQ(m_store.itemById(2).value().error, QStringLiteral("HTTP 404"));
    EXPECT_TRUE(m_store.events(m_exportId, 0, 100).value().constLast().message.contains(QStringLiteral("HTTP 404")));
    ASSERT_TRUE(m_store.transitionItems({ 2 }, ItemState::Pending, QStringLiteral("retry")).ok());
    EXPECT_TRUE(m_store.itemById(2).value().error.isEmpty());
    ASSERT_TRUE(m_store.transitionItems({ 1 }, ItemState::Skipped, QStringLiteral("user skipped")).ok());
    const ItemCounts counts = m_store.countItems(m_exportId).value();
    EXPECT_EQ(counts.count(ItemState::Skipped), 1);
    EXPECT_EQ(counts.count(ItemState::Pending), 1);
    EXPECT_EQ(counts.count(ItemState::Failed), 0);
}

} // namespace
