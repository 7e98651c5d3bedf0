#include "core/transfer/downloadjob.h"

#include <QDir>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>

#include "core/transfer/bandwidthlimiter.h"
#include "core/transfer/storageerror.h"

Q_LOGGING_CATEGORY(lcDownload, "custody.transfer.download")

namespace Custody::Transfer {

namespace {

using Api::ApiError;

constexpr qint64 hashStepBytes = 8 * 1024 * 1024; // re-hashing a part yields to the event loop this often
constexpr qint64 maxErrorTextBytes = 16 * 1024; // an S3 error document is far smaller

void abortReply(QNetworkReply *reply)
{
    if (reply) {
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    }
}

struct ContentRange
{
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1; ///< -1 for "*"
};

// "bytes 100-199/1000", "bytes 100-199/*" or, on 416, "bytes */1000".
ContentRange parseContentRange(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)\s*$)"));
    ContentRange range;
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return range;
    if (match.hasCaptured(1)) {
        range.first = match.captured(1).toLongLong();
        range.last = match.captured(2).toLongLong();
    }
    if (match.captured(3) != QLatin1String("*"))
        range.total = match.captured(3).toLongLong();
    return range;
}

} // namespace

DownloadJob::DownloadJob(QNetworkAccessManager *network, QUrl url, QString targetPath, qint64 expectedSize,
    BandwidthLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(url))
    , m_expectedSize(expectedSize)
    , m_limiter(limiter)
    , m_part(std::move(targetPath))
    , m_reply(nullptr, &abortReply)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DownloadJob::sendRequest);
    if (m_limiter)
        connect(m_limiter, &BandwidthLimiter::sliceStarted, this, &DownloadJob::onSliceStarted);
}

DownloadJob::~DownloadJob()
{
    if (m_limiter)
        m_limiter->unregisterJob(this);
    // m_reply's deleter aborts the transfer; m_part closes and keeps the file.
}

Api::RetryPolicy DownloadJob::defaultRetryPolicy()
{
    Api::RetryPolicy policy;
    // Presigned URLs expire: wait briefly, because the part is resumed anyway.
    policy.base = std::chrono::milliseconds(250);
    policy.max = std::chrono::milliseconds(5000);
    policy.maxAttempts = defaultMaxAttempts;
    return policy;
}

QString DownloadJob::requestDetail() const
{
    return ApiError::requestDetail("GET", m_url);
}

void DownloadJob::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    QTimer::singleShot(0, this, &DownloadJob::prepare);
}

void DownloadJob::kill()
{
    m_killed = true;
    m_retryTimer.stop();
    releaseReply();
    m_part.close();
    if (m_limiter)
        m_limiter->unregisterJob(this);
}

void DownloadJob::prepare()
{
    if (m_killed || m_finished)
        return;
    if (const Api::Status opened = m_part.open(); !opened.ok())
        return finishWithError(opened.error());
    hashStep();
}

// A part left by a cut or a crash is hashed again before anything is
// appended, so the final digest covers every byte of the file.
void DownloadJob::hashStep()
{
    if (m_killed || m_finished)
        return;
    const Api::Result<bool> done = m_part.hashExisting(hashStepBytes);
    if (!done.ok())
        return finishWithError(done.error());
    if (!done.value()) {
        QTimer::singleShot(0, this, &DownloadJob::hashStep);
        return;
    }
    sendRequest();
}

void DownloadJob::sendRequest()
{
    if (m_killed || m_finished)
        return;
    if (!m_network) {
        return finishWithError(ApiError { ApiError::Kind::Cancelled, 0, QNetworkReply::OperationCanceledError, {}, {},
            {}, QStringLiteral("%1: the network manager went away").arg(requestDetail()), std::nullopt });
    }
    ++m_attempts;
    m_role = BodyRole::Pending;
    m_requestedOffset = m_skipRange ? 0 : m_part.size();
    m_skipRange = false;
    m_expectedEnd = -1;
    m_total = -1;
    m_replyFinished = false;
    m_waitingForQuota = false;
    m_errorText.clear();

    QNetworkRequest request(m_url);
    request.setTransferTimeout(int(m_transferTimeout.count()));
    // Transparent decompression would break byte offsets, Range and the hash.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (m_requestedOffset > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_requestedOffset) + '-');
        const QByteArray etag = m_part.storedEtag();
        if (!etag.isEmpty())
            request.setRawHeader("If-Range", etag);
    }
    m_reply.reset(m_network->get(request));
    // Always bounded: when the job stops reading (bandwidth cap, slow disk)
    // the socket pushes back instead of the reply buffering the whole file.
    m_reply->setReadBufferSize(readBufferBytes);
    connect(m_reply.get(), &QNetworkReply::metaDataChanged, this, &DownloadJob::onMetaDataChanged);
    connect(m_reply.get(), &QNetworkReply::readyRead, this, &DownloadJob::onReadyRead);
    connect(m_reply.get(), &QNetworkReply::finished, this, &DownloadJob::onReplyFinished);
}

void DownloadJob::decideBodyRole()
{
    Q_ASSERT(m_role == BodyRole::Pending);
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return; // no HTTP answer at all: concludeAttempt() reports the network error
    m_httpStatus = statusAttribute.toInt();
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QByteArray etag = m_reply->rawHeader("ETag");
    const qint64 contentLength = m_reply->header(QNetworkRequest::ContentLengthHeader).isValid()
        ? m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
        : -1;

    if (m_httpStatus == 206) {
        const ContentRange range = parseContentRange(m_reply->rawHeader("Content-Range"));
        // Some servers answer a range past the end with an impossible 206
        // ("bytes 500-399/400") instead of 416; both mean the same.
        const bool impossible
            = range.last < range.first || (range.total >= 0 && range.last >= range.total) || range.first < 0;
        if (impossible && range.first == m_requestedOffset && m_requestedOffset > 0)
            return decideUnsatisfiable(range.total);
        if (impossible || range.first != m_requestedOffset) {
            qCWarning(lcDownload) << requestDetail() << "answered Content-Range" << m_reply->rawHeader("Content-Range")
                                  << "for a request from" << m_requestedOffset << "; asking for the whole file";
            m_role = BodyRole::StartOver;
            return;
        }
        m_resumed = m_requestedOffset > 0;
        m_expectedEnd = range.last + 1;
        m_total = range.total;
    } else if (m_httpStatus == 200) {
        if (m_part.size() > 0) {
            // The server ignored Range (or If-Range saw a new ETag): the whole
            // file follows, so what the part holds is worthless.
            if (const Api::Status emptied = m_part.truncate(); !emptied.ok())
                return failLocal(emptied.error());
            m_resumed = false;
        }
        m_expectedEnd = contentLength;
        m_total = contentLength;
    } else if (m_httpStatus == 416) {
        return decideUnsatisfiable(parseContentRange(m_reply->rawHeader("Content-Range")).total);
    } else {
        m_role = BodyRole::ErrorText;
        return;
    }
    m_part.storeEtag(etag);
    if (m_limiter)
        m_limiter->registerJob(this);
    m_chunk.resize(chunkBytes);
    m_role = BodyRole::File;
    Q_EMIT progress(m_part.size(), m_total);
}

// The server cannot send anything from the part's end on: either the part
// already is the whole file, or it is not a prefix of this file at all.
void DownloadJob::decideUnsatisfiable(qint64 fileSize)
{
    const qint64 fullSize = fileSize >= 0 ? fileSize : m_expectedSize;
    if (fullSize >= 0 && m_part.size() == fullSize) {
        m_resumed = true;
        m_total = fullSize;
        m_role = BodyRole::PartIsComplete;
        return;
    }
    qCWarning(lcDownload) << requestDetail() << "cannot continue a part of" << m_part.size() << "bytes (file size"
                          << fullSize << "); asking for the whole file";
    m_role = BodyRole::StartOver;
}

// Headers alone can settle an attempt (an impossible Content-Range), before
// or without any body bytes arriving.
void DownloadJob::onMetaDataChanged()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_role != BodyRole::Pending || status == 0 || (status >= 300 && status < 400))
        return; // nothing yet, or a redirect Qt follows by itself
    decideBodyRole();
    // A 416 carries a short error document and ends by itself. A 206 whose
    // range cannot be served may announce a body that never comes, so that
    // reply is abandoned at once, from the event loop (aborting a reply
    // inside its own metaDataChanged() confuses its error bookkeeping).
    if (m_httpStatus != 206 || (m_role != BodyRole::PartIsComplete && m_role != BodyRole::StartOver))
        return;
    QTimer::singleShot(0, this, [this, attempt = m_attempts] {
        if (m_reply && m_attempts == attempt && !m_finished)
            concludeAttempt();
    });
}

void DownloadJob::onReadyRead()
{
    if (m_role == BodyRole::Pending)
        decideBodyRole();
    switch (m_role) {
    case BodyRole::File:
        return streamBody();
    case BodyRole::ErrorText:
        return collectErrorText();
    case BodyRole::PartIsComplete:
    case BodyRole::StartOver:
    case BodyRole::Pending:
        // The body is of no use; drop it so the bounded buffer never stalls
        // the reply before finished().
        if (m_reply && m_reply->isOpen())
            m_reply->skip(m_reply->bytesAvailable());
        return;
    }
}

void DownloadJob::onReplyFinished()
{
    m_replyFinished = true;
    onReadyRead(); // drains what is left; a File body concludes once it is all on disk
    if (m_role != BodyRole::File && !m_finished && m_reply)
        concludeAttempt();
}

void DownloadJob::onSliceStarted()
{
    if (m_waitingForQuota) {
        m_waitingForQuota = false;
        streamBody();
    }
}

void DownloadJob::streamBody()
{
    while (m_reply && m_reply->bytesAvailable() > 0) {
        qint64 allowed = chunkBytes;
        if (m_limiter) {
            allowed = std::min(allowed, m_limiter->quota(this));
            if (allowed <= 0) {
                m_waitingForQuota = true;
                m_limiter->waitForSlice();
                return;
            }
        }
        const qint64 n = m_reply->read(m_chunk.data(), std::min(allowed, m_reply->bytesAvailable()));
        if (n <= 0)
            break;
        if (const Api::Status written = m_part.append(m_chunk.constData(), n); !written.ok())
            return failLocal(written.error());
        if (m_limiter)
            m_limiter->consume(this, n);
        Q_EMIT progress(m_part.size(), m_total);
    }
    if (m_replyFinished && m_reply && m_reply->bytesAvailable() == 0)
        concludeAttempt();
}

void DownloadJob::collectErrorText()
{
    const qint64 room = maxErrorTextBytes - m_errorText.size();
    if (!m_reply->isOpen())
        return;
    if (room > 0)
        m_errorText += m_reply->read(room);
    m_reply->skip(m_reply->bytesAvailable());
}

void DownloadJob::concludeAttempt()
{
    QNetworkReply::NetworkError networkError = m_reply->error();
    const QString errorString = m_reply->errorString();
    const BodyRole role = m_role;
    const qint64 received = m_part.size();
    releaseReply();
    if (m_limiter)
        m_limiter->unregisterJob(this);

    switch (role) {
    case BodyRole::PartIsComplete:
        return commit();
    case BodyRole::StartOver:
        if (m_requestedOffset == 0) {
            return finishWithError(ApiError { ApiError::Kind::Protocol, m_httpStatus, networkError, {}, {}, {},
                QStringLiteral("%1: HTTP %2 for a request without Range").arg(requestDetail()).arg(m_httpStatus),
                std::nullopt });
        }
        // Not a failure of the transfer: ask again at once, without Range.
        // The part stays until a 200 proves the whole file follows (a server
        // may also answer 416 to a ranged request for a reason of its own,
        // such as an expired URL, and the part must survive that).
        m_skipRange = true;
        QTimer::singleShot(0, this, &DownloadJob::sendRequest);
        return;
    case BodyRole::ErrorText: {
        const ApiError error = StorageError::fromResponse(m_httpStatus, m_errorText, requestDetail());
        if (error.kind == ApiError::Kind::NotFound)
            m_part.remove();
        return error.isTransient() ? failAttempt(error) : finishWithError(error);
    }
    case BodyRole::Pending:
    case BodyRole::File:
        break;
    }

    const bool complete = m_expectedEnd < 0 || received == m_expectedEnd;
    if (networkError == QNetworkReply::NoError && role == BodyRole::File && complete)
        return commit();

    // The transfer timeout aborts the reply as if it had been cancelled; this
    // job never cancels a reply it still listens to, so it was the timeout.
    if (networkError == QNetworkReply::OperationCanceledError)
        networkError = QNetworkReply::TimeoutError;
    QString detail = QStringLiteral("%1: %2").arg(requestDetail(), errorString);
    if (networkError == QNetworkReply::NoError) {
        // The body ended early without an error from the network layer.
        networkError = QNetworkReply::RemoteHostClosedError;
        detail = QStringLiteral("%1: the body ended at byte %2 of %3")
                     .arg(requestDetail())
                     .arg(received)
                     .arg(m_expectedEnd);
    }
    ApiError error = ApiError::fromNetwork(networkError, detail);
    error.httpStatus = m_httpStatus;
    failAttempt(error);
}

void DownloadJob::commit()
{
    if (m_expectedSize >= 0 && m_part.size() != m_expectedSize) {
        const ApiError error { ApiError::Kind::Protocol, m_httpStatus, QNetworkReply::NoError,
            QStringLiteral("size.mismatch"), {}, {},
            QStringLiteral("%1: received %2 bytes, expected %3")
                .arg(requestDetail())
                .arg(m_part.size())
                .arg(m_expectedSize),
            std::nullopt };
        m_part.remove();
        return finishWithError(error);
    }
    const qint64 size = m_part.size();
    const Api::Result<QByteArray> digest = m_part.commit();
    if (!digest.ok())
        return finishWithError(digest.error());
    DownloadResult result;
    result.ok = true;
    result.path = m_part.targetPath();
    result.size = size;
    result.sha256Hex = digest.value();
    result.contentType = m_contentType;
    result.httpStatus = m_httpStatus;
    result.resumed = m_resumed;
    finish(result);
}

// Retries what can succeed on retry; the part stays, so the next attempt
// continues with Range instead of starting over.
void DownloadJob::failAttempt(const ApiError &error)
{
    ++m_failures;
    const auto delay = m_retryPolicy.nextDelay(error, m_failures, QRandomGenerator::global()->generateDouble());
    if (!delay)
        return finishWithError(error);
    qCInfo(lcDownload) << "retrying in" << delay->count() << "ms after" << error.detail << "(" << m_part.size()
                       << "bytes kept)";
    m_retryTimer.start(*delay);
}

void DownloadJob::failLocal(const ApiError &error)
{
    releaseReply();
    if (m_limiter)
        m_limiter->unregisterJob(this);
    finishWithError(error);
}

void DownloadJob::finishWithError(const ApiError &error)
{
    qCWarning(lcDownload) << "download of" << QDir::toNativeSeparators(m_part.targetPath())
                          << "failed:" << error.detail;
    // A part is kept for a later resume; an empty one would only be clutter.
    m_part.closeOrRemoveIfEmpty();
    DownloadResult result;
    result.path = m_part.targetPath();
    result.size = m_part.size();
    result.contentType = m_contentType;
    result.httpStatus = m_httpStatus;
    result.resumed = m_resumed;
    result.error = error;
    finish(result);
}

void DownloadJob::finish(DownloadResult result)
{
    Q_ASSERT(!m_finished);
    m_finished = true;
    m_chunk = QByteArray();
    Q_EMIT finished(result);
}

void DownloadJob::releaseReply()
{
    m_waitingForQuota = false;
    m_reply.reset();
}

} // namespace Custody::Transfer
