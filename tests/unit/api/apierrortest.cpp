#include <gtest/gtest.h>

#include <QString>

#include "core/api/apierror.h"

using namespace Custody::Api;
using Kind = ApiError::Kind;

namespace {

struct StatusCase
{
    int status;
    Kind kind;
    bool transient;
};

void PrintTo(const StatusCase &c, std::ostream *os)
{
    *os << "HTTP " << c.status;
}

class StatusToKindTest : public ::testing::TestWithParam<StatusCase>
{
};

TEST_P(StatusToKindTest, MapsStatusToKind)
{
    const StatusCase c = GetParam();
    EXPECT_EQ(ApiError::kindForStatus(c.status), c.kind);
    const ApiError error = ApiError::fromHttp(c.status, QByteArray(), QByteArray(), QString());
    EXPECT_EQ(error.kind, c.kind);
    EXPECT_EQ(error.httpStatus, c.status);
    EXPECT_EQ(error.isTransient(), c.transient);
}

INSTANTIATE_TEST_SUITE_P(AllStatuses, StatusToKindTest,
    ::testing::Values(StatusCase { 429, Kind::Limit, true }, StatusCase { 408, Kind::Transient, true },
        StatusCase { 500, Kind::Transient, true }, StatusCase { 502, Kind::Transient, true },
        StatusCase { 503, Kind::Transient, true }, StatusCase { 504, Kind::Transient, true },
        StatusCase { 501, Kind::Protocol, false }, StatusCase { 505, Kind::Protocol, false },
        StatusCase { 401, Kind::Auth, false }, StatusCase { 403, Kind::Permission, false },
        StatusCase { 404, Kind::NotFound, false }, StatusCase { 400, Kind::BadRequest, false },
        StatusCase { 409, Kind::BadRequest, false }, StatusCase { 413, Kind::BadRequest, false },
        StatusCase { 415, Kind::BadRequest, false }, StatusCase { 200, Kind::Protocol, false },
        StatusCase { 302, Kind::Protocol, false }));

const QString getDetail = QStringLiteral("GET https://api.mypurecloud.ie/api/v2/recording/batchrequests/abc");

} // namespace

TEST(ApiErrorTest, ParsesErrorBody)
{
    const QByteArray body = R"({"message":"Rate limit exceeded the maximum. Retry the request in [13] seconds",
        "code":"too.many.requests.retry.after","status":429,"contextId":"ctx-body-1","details":[],"errors":[]})";
    const ApiError error = ApiError::fromHttp(429, body, "corr-header-1", getDetail);
    EXPECT_EQ(error.kind, Kind::Limit);
    EXPECT_EQ(error.code, QStringLiteral("too.many.requests.retry.after"));
    EXPECT_EQ(
        error.serverMessage, QStringLiteral("Rate limit exceeded the maximum. Retry the request in [13] seconds"));
    EXPECT_EQ(error.contextId, QStringLiteral("ctx-body-1")) << "the body's contextId wins over the header";
    ASSERT_TRUE(error.retryAfterSeconds.has_value()) << "the wait is read from the message";
    EXPECT_EQ(*error.retryAfterSeconds, 13);
    EXPECT_TRUE(error.detail.startsWith(getDetail));
    EXPECT_TRUE(error.detail.contains(QStringLiteral("HTTP 429")));
    EXPECT_TRUE(error.detail.contains(QStringLiteral("too.many.requests.retry.after")));
}

TEST(ApiErrorTest, FallsBackToCorrelationHeaderForContextId)
{
    const QByteArray body = R"({"status":404,"code":"not.found","message":"The requested resource was not found."})";
    const ApiError error = ApiError::fromHttp(404, body, "  corr-77 ", getDetail);
    EXPECT_EQ(error.kind, Kind::NotFound);
    EXPECT_EQ(error.contextId, QStringLiteral("corr-77"));
    EXPECT_FALSE(error.retryAfterSeconds.has_value());
}

TEST(ApiErrorTest, MalformedJsonIsStillAnErrorOfTheStatusKind)
{
    const ApiError error = ApiError::fromHttp(503, "{\"message\": \"half a bo", "corr-9", getDetail);
    EXPECT_EQ(error.kind, Kind::Transient);
    EXPECT_TRUE(error.serverMessage.isEmpty());
    EXPECT_TRUE(error.code.isEmpty());
    EXPECT_EQ(error.contextId, QStringLiteral("corr-9"));
    EXPECT_TRUE(error.detail.contains(QStringLiteral("not a JSON object"))) << error.detail.toStdString();
    EXPECT_TRUE(error.detail.contains(QStringLiteral("half a bo")));
}

TEST(ApiErrorTest, HtmlFromAProxyIsNotedAndShortened)
{
    QByteArray html = "<html><body><h1>502 Bad Gateway</h1>";
    html += QByteArray(5000, 'x');
    const ApiError error = ApiError::fromHttp(502, html, QByteArray(), getDetail);
    EXPECT_EQ(error.kind, Kind::Transient);
    EXPECT_TRUE(error.serverMessage.isEmpty());
    EXPECT_TRUE(error.detail.contains(QStringLiteral("502 Bad Gateway")));
    EXPECT_LT(error.detail.size(), 400);
}

TEST(ApiErrorTest, JsonThatIsNotAnObjectOrHasWrongTypesIsTolerated)
{
    const ApiError array = ApiError::fromHttp(400, "[1,2,3]", QByteArray(), getDetail);
    EXPECT_EQ(array.kind, Kind::BadRequest);
    EXPECT_TRUE(array.detail.contains(QStringLiteral("not a JSON object")));

    const ApiError wrongTypes
        = ApiError::fromHttp(403, R"({"message": 12, "code": ["x"], "contextId": null})", "corr-1", getDetail);
    EXPECT_EQ(wrongTypes.kind, Kind::Permission);
    EXPECT_TRUE(wrongTypes.serverMessage.isEmpty());
    EXPECT_TRUE(wrongTypes.code.isEmpty());
    EXPECT_EQ(wrongTypes.contextId, QStringLiteral("corr-1"));
}

TEST(ApiErrorTest, EmptyBodyIsNotedInDetail)
{
    const ApiError error = ApiError::fromHttp(504, QByteArray(), QByteArray(), getDetail);
    EXPECT_EQ(error.kind, Kind::Transient);
    EXPECT_TRUE(error.detail.contains(QStringLiteral("empty body")));
}

TEST(ApiErrorTest, InvalidClientIsAnAuthErrorOnBothStatuses)
{
    for (const int status : { 400, 401 }) {
        const ApiError error = ApiError::fromHttp(status,
            R"({"error":"invalid_client","description":"client not found","error_description":"client not found"})",
            QByteArray(), QStringLiteral("POST https://login.mypurecloud.ie/oauth/token"));
        EXPECT_EQ(error.kind, Kind::Auth) << status;
        EXPECT_TRUE(error.isInvalidClient());
        EXPECT_FALSE(error.isTransient());
        EXPECT_EQ(error.code, QStringLiteral("invalid_client"));
        EXPECT_EQ(error.serverMessage, QStringLiteral("client not found"));
        const QString message = error.userMessage();
        EXPECT_TRUE(message.contains(QStringLiteral("client ID or the client secret"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("client not found")));
    }
}

TEST(ApiErrorTest, OtherOAuthErrorsKeepTheStatusKind)
{
    const ApiError error
        = ApiError::fromHttp(400, R"({"error":"unsupported_grant_type","description":"bad grant"})", QByteArray(), {});
    EXPECT_EQ(error.kind, Kind::BadRequest);
    EXPECT_FALSE(error.isInvalidClient());
    EXPECT_EQ(error.serverMessage, QStringLiteral("bad grant"));
}

TEST(ApiErrorTest, PermissionMessageSaysWhatToDoAndCarriesServerWordsAndReference)
{
    const QByteArray body = R"({"status":403,"code":"missing.any.permissions","contextId":"c0ffee-42",
        "message":"You must have at least one of the following permissions assigned: recording:recording:view"})";
    const ApiError error = ApiError::fromHttp(403, body, QByteArray(), getDetail);
    const QString message = error.userMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("lacks a permission")));
    EXPECT_TRUE(message.contains(QStringLiteral("recording:recording:view")));
    EXPECT_TRUE(message.contains(QStringLiteral("administrator")));
    EXPECT_TRUE(message.contains(QStringLiteral("Support reference: c0ffee-42.")));
    EXPECT_FALSE(message.contains(QStringLiteral("https://"))) << "technical detail stays out of the user text";
}

TEST(ApiErrorTest, EveryKindHasADistinctMessageWithReference)
{
    QStringList messages;
    for (const int status : { 401, 403, 404, 400, 429, 503, 501 }) {
        ApiError error = ApiError::fromHttp(status, R"({"message":"server says so"})", "ref-1", getDetail);
        const QString message = error.userMessage();
        EXPECT_TRUE(message.contains(QStringLiteral("server says so"))) << status << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("ref-1"))) << status;
        EXPECT_FALSE(messages.contains(message)) << status;
        messages << message;
    }
}

TEST(ApiErrorTest, NoReferenceWithoutContextId)
{
    const ApiError error = ApiError::fromHttp(404, QByteArray(), QByteArray(), getDetail);
    EXPECT_FALSE(error.userMessage().contains(QStringLiteral("Support reference")));
}

TEST(ApiErrorTest, LimitMessageGivesTheWait)
{
    ApiError error = ApiError::fromHttp(429, R"({"code":"too.many.requests"})", QByteArray(), getDetail);
    EXPECT_FALSE(error.retryAfterSeconds.has_value());
    error.retryAfterSeconds = 42;
    EXPECT_TRUE(error.userMessage().contains(QStringLiteral("42 second")));
}

TEST(ApiErrorTest, NetworkErrorsMapToKinds)
{
    using E = QNetworkReply::NetworkError;
    for (const E transient : { E::ConnectionRefusedError, E::RemoteHostClosedError, E::TimeoutError,
             E::TemporaryNetworkFailureError, E::ProxyTimeoutError }) {
        const ApiError error = ApiError::fromNetwork(transient, QStringLiteral("GET https://x/y: timeout"));
        EXPECT_EQ(error.kind, Kind::Transient) << int(transient);
        EXPECT_TRUE(error.isTransient());
        EXPECT_EQ(error.networkError, transient);
        EXPECT_EQ(error.httpStatus, 0);
    }
    EXPECT_EQ(ApiError::fromNetwork(E::OperationCanceledError, {}).kind, Kind::Cancelled);
    EXPECT_FALSE(ApiError::fromNetwork(E::OperationCanceledError, {}).isTransient());
    EXPECT_EQ(ApiError::fromNetwork(E::SslHandshakeFailedError, {}).kind, Kind::Protocol);
    EXPECT_FALSE(ApiError::fromNetwork(E::SslHandshakeFailedError, {}).isTransient());
    EXPECT_EQ(ApiError::fromNetwork(E::TooManyRedirectsError, {}).kind, Kind::Protocol);
}

TEST(ApiErrorTest, NetworkMessagesDifferByCause)
{
    using E = QNetworkReply::NetworkError;
    const QString refused = ApiError::fromNetwork(E::ConnectionRefusedError, {}).userMessage();
    const QString timeout = ApiError::fromNetwork(E::TimeoutError, {}).userMessage();
    const QString tls = ApiError::fromNetwork(E::SslHandshakeFailedError, {}).userMessage();
    EXPECT_TRUE(refused.contains(QStringLiteral("refused")));
    EXPECT_TRUE(timeout.contains(QStringLiteral("timed out")));
    EXPECT_TRUE(tls.contains(QStringLiteral("secure connection")));
}

TEST(ApiErrorTest, LocalIoNamesTheFileInTheMessage)
{
    const ApiError error
        = ApiError::localIo(QStringLiteral("cannot open /exports/case-4711/a.opus.part: No space left"));
    EXPECT_EQ(error.kind, Kind::LocalIo);
    EXPECT_FALSE(error.isTransient());
    EXPECT_TRUE(error.userMessage().contains(QStringLiteral("/exports/case-4711/a.opus.part")));
    EXPECT_TRUE(error.userMessage().contains(QStringLiteral("free space")));
}

TEST(ApiErrorTest, RequestDetailDropsQueryAndCredentials)
{
    const QUrl url(QStringLiteral("https://user:pw@bucket.s3.amazonaws.com/rec/a.opus?X-Amz-Signature=secret#frag"));
    const QString detail = ApiError::requestDetail("GET", url);
    EXPECT_EQ(detail, QStringLiteral("GET https://bucket.s3.amazonaws.com/rec/a.opus"));
}

TEST(ApiErrorTest, ParsesRetryAfterHeader)
{
    EXPECT_EQ(ApiError::parseRetryAfter(" 13 "), std::optional<int>(13));
    EXPECT_EQ(ApiError::parseRetryAfter("0"), std::optional<int>(0));
    EXPECT_FALSE(ApiError::parseRetryAfter("-4").has_value());
    EXPECT_FALSE(ApiError::parseRetryAfter("soon").has_value());
    EXPECT_FALSE(ApiError::parseRetryAfter("").has_value());
}

TEST(ApiErrorTest, KindNamesAreDistinct)
{
    QStringList names;
    for (const Kind kind : { Kind::Transient, Kind::Auth, Kind::Permission, Kind::NotFound, Kind::BadRequest,
             Kind::Limit, Kind::LocalIo, Kind::Cancelled, Kind::Protocol }) {
        const QString name = ApiError::kindName(kind);
        EXPECT_FALSE(names.contains(name));
        names << name;
    }
    EXPECT_EQ(ApiError::kindName(Kind::LocalIo), QStringLiteral("local-io"));
}
