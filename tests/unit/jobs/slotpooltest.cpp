#include <QCoreApplication>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "core/jobs/slotpool.h"

namespace Custody::Jobs {
namespace {

TEST(SlotPool, grantsOnlyFromTheEventLoopNeverInsideAcquire)
{
    SlotPool pool(2);
    QObject owner;
    bool granted = false;
    pool.acquire(&owner, [&] { granted = true; });
    EXPECT_FALSE(granted);
    EXPECT_EQ(pool.running(), 0);
    EXPECT_EQ(pool.waiting(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return granted; }, 1000));
    EXPECT_EQ(pool.running(), 1);
    EXPECT_EQ(pool.waiting(), 0);
}

TEST(SlotPool, neverGrantsMoreThanMaxAndGrantsInArrivalOrder)
{
    SlotPool pool(2);
    QObject owner;
    std::vector<int> order;
    int peak = 0;
    for (int i = 0; i < 5; ++i)
        pool.acquire(&owner, [&, i] {
            order.push_back(i);
            peak = std::max(peak, pool.running());
        });
    QTest::qWait(50);
    EXPECT_EQ(order, (std::vector<int> { 0, 1 }));
    EXPECT_EQ(pool.running(), 2);
    EXPECT_EQ(pool.waiting(), 3);

    pool.release();
    EXPECT_EQ(order.size(), 2u) << "release() must not grant synchronously";
    ASSERT_TRUE(QTest::qWaitFor([&] { return order.size() == 3; }, 1000));
    EXPECT_EQ(order.back(), 2);
    pool.release();
    pool.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return order.size() == 5; }, 1000));
    EXPECT_EQ(order, (std::vector<int> { 0, 1, 2, 3, 4 }));
    EXPECT_LE(peak, 2);
    EXPECT_EQ(pool.running(), 2);
}

TEST(SlotPool, dropsTheRequestOfAContextDestroyedBeforeItsGrant)
{
    SlotPool pool(1);
    QObject first;
    auto second = std::make_unique<QObject>();
    QObject third;
    bool gotFirst = false, gotSecond = false, gotThird = false;
    pool.acquire(&first, [&] { gotFirst = true; });
    pool.acquire(second.get(), [&] { gotSecond = true; });
    pool.acquire(&third, [&] { gotThird = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return gotFirst; }, 1000));
    second.reset();
    pool.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return gotThird; }, 1000));
    EXPECT_FALSE(gotSecond);
    EXPECT_EQ(pool.running(), 1) << "the dropped request must not keep a slot";
}

TEST(SlotPool, sharedByTwoOwnersItStillCapsThemTogether)
{
    // Two exports of one org: each would run 3 at once, the org allows 2.
    SlotPool pool(2);
    QObject exportA, exportB;
    int running = 0, peak = 0, done = 0;
    std::function<void()> work = [&] {
        ++running;
        peak = std::max(peak, running);
        QTimer::singleShot(5, &exportA, [&] {
            --running;
            ++done;
            pool.release();
        });
    };
    for (int i = 0; i < 3; ++i) {
        pool.acquire(&exportA, work);
        pool.acquire(&exportB, work);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return done == 6; }, 2000));
    EXPECT_EQ(peak, 2);
    EXPECT_EQ(pool.running(), 0);
}

TEST(SlotPool, aGrantThatAcquiresAgainIsServedLaterNotReentrantly)
{
    SlotPool pool(1);
    QObject owner;
    int depth = 0, maxDepth = 0, grants = 0;
    std::function<void()> grant = [&] {
        ++depth;
        maxDepth = std::max(maxDepth, depth);
        ++grants;
        if (grants < 3) {
            pool.release();
            pool.acquire(&owner, grant);
        }
        --depth;
    };
    pool.acquire(&owner, grant);
    ASSERT_TRUE(QTest::qWaitFor([&] { return grants == 3; }, 1000));
    EXPECT_EQ(maxDepth, 1);
}

TEST(SlotPool, raisingTheMaximumGrantsWaitingRequests)
{
    SlotPool pool(1);
    QObject owner;
    int grants = 0;
    for (int i = 0; i < 3; ++i)
        pool.acquire(&owner, [&] { ++grants; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return grants == 1; }, 1000));
    QTest::qWait(20);
    EXPECT_EQ(grants, 1);
    pool.setMax(3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return grants == 3; }, 1000));
    EXPECT_EQ(pool.running(), 3);
}

TEST(OrgSlotPools, bulkAllowsExactlyTwoAsGenesysDoes)
{
    OrgSlotPools pools;
    EXPECT_EQ(pools.bulk.max(), 2);
    EXPECT_EQ(pools.analytics.max(), OrgSlotPools::defaultAnalytics);
    EXPECT_EQ(pools.batch.max(), OrgSlotPools::defaultBatch);
}

} // namespace
} // namespace Custody::Jobs
