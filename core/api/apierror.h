#pragma once

#include <optional>

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace Custody::Api {

/// What went wrong with one request to Genesys Cloud (or with the local file it
/// fed), as a value. The kind decides whether to retry or stop; detail is the
/// untranslated technical account for logs and the audit trail; userMessage()
/// is what a person reads: what happened and what to do.
struct ApiError
{
    /// The outcome classes that drive retry decisions.
    enum class Kind {
        Transient, ///< network trouble or a temporary server failure: retry with backoff
        Auth, ///< credentials or token rejected
        Permission, ///< the OAuth client lacks a permission (403)
        NotFound, ///< the resource does not exist (404)
        BadRequest, ///< the server rejected the request itself (other 4xx)
        Limit, ///< rate limited (429): wait for Retry-After, then retry
        LocalIo, ///< reading or writing a local file failed
        Cancelled, ///< the request was aborted on purpose
        Protocol, ///< TLS failure, unexpected status or an answer we cannot use
    };

    Kind kind = Kind::Protocol;
    int httpStatus = 0; ///< 0 when no HTTP response arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString code; ///< ErrorBody `code` (or OAuth `error`), e.g. "too.many.requests.retry.after"
    QString serverMessage; ///< ErrorBody `message` (or OAuth `error_description`), untranslated
    QString contextId; ///< ErrorBody `contextId`, else the correlation id header
    QString detail; ///< technical text: verb, URL without query, status, Qt error text
    std::optional<int> retryAfterSeconds;

    /// The single mapping from an HTTP status to a kind. 429 is Limit;
    /// 408, 500, 502, 503 and 504 are Transient (501 and other 5xx are not);
    /// 401 Auth, 403 Permission, 404 NotFound, other 4xx BadRequest; anything
    /// else (including 2xx/3xx handed in as an error) is Protocol.
    static Kind kindForStatus(int status);

    /// An error from an HTTP response. \a body is parsed defensively as a
    /// Genesys ErrorBody or an OAuth token error; a body that is empty or not
    /// JSON still gives an error of the status's kind, with a note in detail.
    /// \a correlationId is the ININ-Correlation-Id header (may be empty).
    /// \a detail should come from requestDetail(). For 429 without a
    /// Retry-After header the wait is taken from the message when it says so;
    /// callers overwrite retryAfterSeconds with the header when present.
    static ApiError fromHttp(
        int status, const QByteArray &body, const QByteArray &correlationId, const QString &detail);

    /// An error from the network layer when no HTTP status is available.
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &detail);

    /// A failure to read or write a local file; \a detail names the path and the OS error.
    static ApiError localIo(const QString &detail);

    /// "VERB scheme://host/path" with query, fragment and user info removed,
    /// so presigned signatures and tokens never reach a log.
    static QString requestDetail(const QByteArray &verb, const QUrl &url);

    /// Parses a Retry-After header value (integer seconds, as Genesys sends).
    static std::optional<int> parseRetryAfter(const QByteArray &headerValue);

    /// A stable lowercase name for the kind ("transient", "local-io", ...), for logs and storage.
    static QString kindName(Kind kind);

    /// True for the kinds that can succeed on retry: Transient and Limit.
    bool isTransient() const;

    /// True for an OAuth token endpoint answer of `invalid_client`.
    bool isInvalidClient() const;

    /// Translated text: what happened, the server's words when present, what
    /// to do, and the support reference (contextId) when present.
    QString userMessage() const;
};

} // namespace Custody::Api
