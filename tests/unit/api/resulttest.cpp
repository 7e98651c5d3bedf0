#include <gtest/gtest.h>

#include <memory>

#include <QString>

#include "core/api/result.h"

using namespace Custody::Api;

namespace {

Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return ApiError::localIo(QStringLiteral("not a positive number: %1").arg(text));
    return value;
}

Status checkEven(int value)
{
    if (value % 2 != 0)
        return ApiError::localIo(QStringLiteral("odd"));
    return {};
}

} // namespace

TEST(ResultTest, HoldsValueOrError)
{
    const Result<int> good = parsePositive(QStringLiteral("12"));
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(good.value(), 12);
    EXPECT_EQ(good.valueOr(-1), 12);

    const Result<int> bad = parsePositive(QStringLiteral("-3"));
    ASSERT_FALSE(bad.ok());
    EXPECT_FALSE(static_cast<bool>(bad));
    EXPECT_EQ(bad.error().kind, ApiError::Kind::LocalIo);
    EXPECT_TRUE(bad.error().detail.contains(QStringLiteral("-3")));
    EXPECT_EQ(bad.valueOr(-1), -1);
}

TEST(ResultTest, StatusSucceedsWithEmptyBraces)
{
    EXPECT_TRUE(checkEven(4).ok());
    const Status odd = checkEven(3);
    ASSERT_FALSE(odd.ok());
    EXPECT_EQ(odd.error().detail, QStringLiteral("odd"));
}

TEST(ResultTest, MovesOutMoveOnlyValues)
{
    Result<std::unique_ptr<int>> result(std::make_unique<int>(7));
    ASSERT_TRUE(result.ok());
    const std::unique_ptr<int> owned = std::move(result).value();
    ASSERT_NE(owned, nullptr);
    EXPECT_EQ(*owned, 7);
}
