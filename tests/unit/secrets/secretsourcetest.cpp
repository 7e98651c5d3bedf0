#include <gtest/gtest.h>

#include "core/secrets/secretsource.h"

using Custody::Secrets::SecretSource;

TEST(SecretSourceTest, DefaultIsTheKeychain)
{
    const SecretSource source;
    EXPECT_TRUE(source.isKeychain());
    EXPECT_EQ(source, SecretSource::keychain());
    EXPECT_TRUE(source.validate().isEmpty());
}

TEST(SecretSourceTest, JsonRoundTrip)
{
    for (const SecretSource &source :
        { SecretSource::keychain(), SecretSource::environmentVariable(QStringLiteral("CUSTODY_SECRET_PROD")) }) {
        const auto back = SecretSource::fromJson(source.toJson());
        ASSERT_TRUE(back.has_value());
        EXPECT_EQ(*back, source);
    }
    EXPECT_EQ(
        SecretSource::environmentVariable(QStringLiteral("X")).toJson().value(QStringLiteral("variable")).toString(),
        QStringLiteral("X"));
}

TEST(SecretSourceTest, UnknownKindIsRejectedWithAReason)
{
    QString error;
    EXPECT_FALSE(SecretSource::fromJson(QJsonObject { { QStringLiteral("kind"), QStringLiteral("file") } }, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("file")));
}

TEST(SecretSourceTest, VariableNamesMustBePortable)
{
    EXPECT_TRUE(SecretSource::environmentVariable(QStringLiteral("CUSTODY_SECRET_PROD")).validate().isEmpty());
    EXPECT_TRUE(SecretSource::environmentVariable(QStringLiteral("_x9")).validate().isEmpty());
    EXPECT_EQ(SecretSource::environmentVariable(QString()).validate().size(), 1);
    EXPECT_EQ(SecretSource::environmentVariable(QStringLiteral("9LIVES")).validate().size(), 1);
    EXPECT_EQ(SecretSource::environmentVariable(QStringLiteral("MY-SECRET")).validate().size(), 1);
    EXPECT_EQ(SecretSource::environmentVariable(QStringLiteral("A=B")).validate().size(), 1);
}
