#include <gtest/gtest.h>

#include <QStringList>

#include "core/secrets/credentialresult.h"

using Custody::Secrets::CredentialResult;
using Status = CredentialResult::Status;

TEST(CredentialResultTest, UnavailableNamesTheCauseAndTheWayOut)
{
    const auto result = CredentialResult::unavailable(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    EXPECT_EQ(result.status, Status::Unavailable);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.detail, QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    EXPECT_TRUE(result.message.startsWith(QStringLiteral("No keychain is available on this system")));
    EXPECT_TRUE(result.message.contains(result.detail));
    EXPECT_TRUE(result.message.contains(QStringLiteral("never stores secrets in plain text")));
    EXPECT_TRUE(result.message.contains(QStringLiteral("environment variable")));
    EXPECT_TRUE(result.message.contains(QStringLiteral("GNOME Keyring")));
}

TEST(CredentialResultTest, TimeoutSaysHowLongItWaited)
{
    const auto result = CredentialResult::timedOut(10);
    EXPECT_EQ(result.status, Status::Unavailable);
    EXPECT_TRUE(result.message.contains(QStringLiteral("10 second")));
    EXPECT_TRUE(result.detail.contains(QStringLiteral("10 s")));
}

TEST(CredentialResultTest, NotFoundAndAccessDeniedSayWhatToDo)
{
    const auto missing = CredentialResult::notFound(QStringLiteral("custody/p/c"));
    EXPECT_EQ(missing.status, Status::NotFound);
    EXPECT_TRUE(missing.message.contains(QStringLiteral("Enter the client secret again")));
    EXPECT_TRUE(missing.detail.contains(QStringLiteral("custody/p/c")));

    const auto denied = CredentialResult::accessDenied(QStringLiteral("locked"));
    EXPECT_EQ(denied.status, Status::AccessDenied);
    EXPECT_TRUE(denied.message.contains(QStringLiteral("Unlock your keyring")));
}

TEST(CredentialResultTest, SuccessCarriesTheSecretOnly)
{
    const auto result = CredentialResult::success(QStringLiteral("abc"));
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.secret, QStringLiteral("abc"));
    EXPECT_TRUE(result.message.isEmpty());
}

TEST(CredentialResultTest, StatusNamesAreDistinct)
{
    const QStringList names { CredentialResult::statusName(Status::Ok), CredentialResult::statusName(Status::NotFound),
        CredentialResult::statusName(Status::Unavailable), CredentialResult::statusName(Status::AccessDenied),
        CredentialResult::statusName(Status::Failed) };
    EXPECT_EQ(names.join(QLatin1Char(',')), QStringLiteral("ok,not-found,unavailable,access-denied,failed"));
}
