// CredentialStore's own rules: timeouts, the start-up retry, refusals and
// callback delivery. The fake keychain is needed here because no real one can
// be made to hang or to fail exactly once on demand.
#include <gtest/gtest.h>

#include <QElapsedTimer>

#include <memory>

#include "core/secrets/credentialstore.h"
#include "fakekeychainbackend.h"
#include "secretstestsupport.h"

using namespace std::chrono_literals;
using Custody::Secrets::CredentialResult;
using Custody::Secrets::CredentialStore;
using Custody::Secrets::KeychainReply;
using Custody::Secrets::Test::FakeKeychainBackend;
using Custody::Secrets::Test::ResultCatcher;
using Status = CredentialResult::Status;

namespace {

struct StoreFixture : ::testing::Test
{
    StoreFixture()
    {
        auto owned = std::make_unique<FakeKeychainBackend>();
        backend = owned.get();
        store = std::make_unique<CredentialStore>(std::move(owned), QStringLiteral("CustodyTest"));
        store->setRetryDelay(20ms);
    }

    FakeKeychainBackend *backend = nullptr;
    std::unique_ptr<CredentialStore> store;
    QObject context;
};

KeychainReply failure(KeychainReply::Code code, const char *text)
{
    return { code, {}, QString::fromLatin1(text) };
}

} // namespace

TEST(CredentialStoreKeyTest, KeyNamesProfileAndClient)
{
    EXPECT_EQ(CredentialStore::keyFor(QStringLiteral("p-1"), QStringLiteral("c-2")), QStringLiteral("custody/p-1/c-2"));
    EXPECT_EQ(CredentialStore::defaultService(), QStringLiteral("Custody"));
}

TEST_F(StoreFixture, HangingKeychainTimesOutAsUnavailable)
{
    backend->hang = true;
    store->setTimeout(150ms);
    ResultCatcher catcher;
    QElapsedTimer clock;
    clock.start();
    store->read(QStringLiteral("p"), QStringLiteral("c"), &context, catcher.callback());
    ASSERT_TRUE(catcher.wait(5000));
    EXPECT_GE(clock.elapsed(), 140);
    EXPECT_EQ(catcher.result().status, Status::Unavailable);
    EXPECT_TRUE(catcher.result().message.contains(QStringLiteral("environment variable")));
    EXPECT_TRUE(catcher.result().detail.contains(QStringLiteral("did not answer")));
    EXPECT_EQ(store->pendingCount(), 0);
    EXPECT_EQ(backend->started, 1) << "a timed-out attempt is not retried";
}

TEST_F(StoreFixture, LateAnswerAfterTimeoutIsIgnored)
{
    backend->hang = true;
    store->setTimeout(50ms);
    ResultCatcher catcher;
    store->write(QStringLiteral("p"), QStringLiteral("c"), QStringLiteral("s3cret"), &context, catcher.callback());
    ASSERT_TRUE(catcher.wait(5000));
    ASSERT_EQ(backend->hung.size(), 1);
    // The keychain wakes up after all; the caller has its answer already.
    backend->answerHung({ KeychainReply::Code::Ok, {}, {} });
    QTest::qWait(30);
    EXPECT_EQ(catcher.calls(), 1);
    EXPECT_EQ(catcher.result().status, Status::Unavailable);
}

TEST_F(StoreFixture, DefaultTimeoutIsTenSeconds)
{
    EXPECT_EQ(store->timeout(), 10000ms);
}

TEST_F(StoreFixture, FirstUseFailureIsRetriedOnce)
{
    backend->scriptedReplies
        = { failure(KeychainReply::Code::Other, "The name org.freedesktop.secrets was not provided") };
    ResultCatcher writeDone;
    store->write(QStringLiteral("p"), QStringLiteral("c"), QStringLiteral("s3cret"), &context, writeDone.callback());
    ASSERT_TRUE(writeDone.wait());
    EXPECT_EQ(writeDone.result().status, Status::Ok);
    EXPECT_EQ(backend->started, 2);

    ResultCatcher readDone;
    store->read(QStringLiteral("p"), QStringLiteral("c"), &context, readDone.callback());
    ASSERT_TRUE(readDone.wait());
    EXPECT_EQ(readDone.result().status, Status::Ok);
    EXPECT_EQ(readDone.result().secret, QStringLiteral("s3cret"));
}

TEST_F(StoreFixture, PersistentFailureIsReportedAfterOneRetry)
{
    const auto noBackend = failure(KeychainReply::Code::NoBackend, "No keychain service available");
    backend->scriptedReplies = { noBackend, noBackend, noBackend };
    ResultCatcher catcher;
    store->read(QStringLiteral("p"), QStringLiteral("c"), &context, catcher.callback());
    ASSERT_TRUE(catcher.wait());
    EXPECT_EQ(backend->started, 2);
    EXPECT_EQ(catcher.result().status, Status::Unavailable);
    EXPECT_EQ(catcher.result().detail, QStringLiteral("No keychain service available"));
    EXPECT_TRUE(catcher.result().message.contains(QStringLiteral("No keychain service available")));
    EXPECT_TRUE(catcher.result().secret.isEmpty());
}

TEST_F(StoreFixture, NoStartupRetryOnceTheKeychainHasAnswered)
{
    ResultCatcher first;
    store->read(QStringLiteral("p"), QStringLiteral("c"), &context, first.callback());
    ASSERT_TRUE(first.wait());
    EXPECT_EQ(first.result().status, Status::NotFound);

    backend->scriptedReplies = { failure(KeychainReply::Code::Other, "Unknown error") };
    ResultCatcher second;
    store->read(QStringLiteral("p"), QStringLiteral("c"), &context, second.callback());
    ASSERT_TRUE(second.wait());
    EXPECT_EQ(second.result().status, Status::Unavailable);
    EXPECT_EQ(backend->started, 2);
}

TEST_F(StoreFixture, AccessDeniedAndDeleteFailuresAreNotRetried)
{
    backend->scriptedReplies
        = { failure(KeychainReply::Code::AccessDenied, "Cannot create an item in a locked collection") };
    ResultCatcher denied;
    store->write(QStringLiteral("p"), QStringLiteral("c"), QStringLiteral("x"), &context, denied.callback());
    ASSERT_TRUE(denied.wait());
    EXPECT_EQ(denied.result().status, Status::AccessDenied);
    EXPECT_TRUE(denied.result().message.contains(QStringLiteral("locked collection")));

    backend->scriptedReplies = { failure(KeychainReply::Code::CouldNotDelete, "Could not delete") };
    ResultCatcher removal;
    store->remove(QStringLiteral("p"), QStringLiteral("c"), &context, removal.callback());
    ASSERT_TRUE(removal.wait());
    EXPECT_EQ(removal.result().status, Status::Failed);
    EXPECT_TRUE(removal.result().message.contains(QStringLiteral("custody/p/c")));
    EXPECT_EQ(backend->started, 2);
}

TEST_F(StoreFixture, RefusesEmptyAndOversizedSecretsWithoutTouchingTheKeychain)
{
    ResultCatcher empty;
    store->write(QStringLiteral("p"), QStringLiteral("c"), QString(), &context, empty.callback());
    EXPECT_FALSE(empty.arrived()) << "results are delivered later, never inside the call";
    ASSERT_TRUE(empty.wait());
    EXPECT_EQ(empty.result().status, Status::Failed);

    ResultCatcher huge;
    store->write(QStringLiteral("p"), QStringLiteral("c"),
        QString(CredentialStore::kMaxSecretBytes + 1, QLatin1Char('x')), &context, huge.callback());
    ASSERT_TRUE(huge.wait());
    EXPECT_EQ(huge.result().status, Status::Failed);

    ResultCatcher noClient;
    store->read(QStringLiteral("p"), QString(), &context, noClient.callback());
    ASSERT_TRUE(noClient.wait());
    EXPECT_EQ(noClient.result().status, Status::Failed);
    EXPECT_EQ(backend->started, 0);
}

TEST_F(StoreFixture, CallbackIsDroppedWhenItsContextDies)
{
    ResultCatcher catcher;
    auto shortLived = std::make_unique<QObject>();
    store->write(QStringLiteral("p"), QStringLiteral("c"), QStringLiteral("x"), shortLived.get(), catcher.callback());
    shortLived.reset();
    QTest::qWait(50);
    EXPECT_FALSE(catcher.arrived());
    EXPECT_EQ(store->pendingCount(), 0);
}

TEST_F(StoreFixture, DestroyingTheStoreWithAHungRequestIsSafe)
{
    backend->hang = true;
    ResultCatcher catcher;
    store->read(QStringLiteral("p"), QStringLiteral("c"), &context, catcher.callback());
    EXPECT_EQ(store->pendingCount(), 1);
    store.reset();
    QTest::qWait(20);
    EXPECT_FALSE(catcher.arrived());
}
