#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <memory>

#include "core/api/retrypolicy.h"
#include "core/transfer/downloadresult.h"
#include "core/transfer/resumablepartfile.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Custody::Transfer {

class BandwidthLimiter;

/// Downloads one presigned URL to a file, following the KJob contract:
/// start() returns at once; finished() is emitted exactly once, unless the
/// job is killed or deleted first; kill() aborts quietly.
///
/// The body is streamed in chunks of at most chunkBytes to "<target>.part"
/// and hashed (SHA-256) on the way; the reply's read buffer is bounded, so
/// memory stays flat whatever the file size or bandwidth cap. On success the
/// part is synced and renamed over the target in one step.
///
/// Resume: an existing part (from a cut connection or an earlier run) is
/// hashed again and continued with "Range: bytes=<size>-" (plus If-Range
/// when its ETag was stored). A 206 must start exactly there; a 200 means the
/// server sent everything again, so the part is emptied; a 416 (or a 206 whose
/// range cannot exist) with a part of the full size means the part is already
/// complete; otherwise the job asks once more without Range, and the part is
/// emptied only when that 200 arrives.
///
/// Failures: connection cuts, timeouts and 5xx are Transient and retried
/// inside the job (with Range resume) per the retry policy. 403 is
/// Permission with code "url.expired" or "url.rejected" and keeps the part,
/// so a job with a fresh URL continues it. 404 is NotFound and removes the
/// part. Local file trouble is LocalIo and keeps the part.
/// No credentials are ever sent: presigned URLs carry their own signature.
class DownloadJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadJob)

public:
    static constexpr qint64 chunkBytes = 256 * 1024; ///< most bytes read and written at once
    static constexpr qint64 readBufferBytes = 1024 * 1024; ///< bound of the reply's buffer
    static constexpr std::chrono::milliseconds defaultTransferTimeout { 60000 };
    static constexpr int defaultMaxAttempts = 3;

    /// \a targetPath is absolute; its folder is created when missing.
    /// \a expectedSize is -1 when unknown; when known, a finished file of
    /// another size is an error. \a limiter may be null (no cap) and must
    /// outlive the job's transfer or be deleted (the job then runs uncapped).
    DownloadJob(QNetworkAccessManager *network, QUrl url, QString targetPath, qint64 expectedSize = -1,
        BandwidthLimiter *limiter = nullptr, QObject *parent = nullptr);
    /// Aborts a running transfer and keeps the part for a later resume.
    ~DownloadJob() override;

    /// Time without any data before an attempt counts as a Transient failure.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    /// The backoff between attempts; only Transient and Limit errors retry.
    void setRetryPolicy(const Api::RetryPolicy &policy) { m_retryPolicy = policy; }
    /// Attempts in total, the first one included (default 3).
    void setMaxAttempts(int attempts) { m_retryPolicy.maxAttempts = std::max(1, attempts); }

    /// Begins the download from the event loop; returns at once.
    void start();
    /// Stops quietly: no finished(), the part is kept.
    void kill();

    QUrl url() const { return m_url; }
    QString targetPath() const { return m_part.targetPath(); }
    QString partPath() const { return m_part.partPath(); }
    qint64 expectedSize() const { return m_expectedSize; }
    /// Requests sent so far.
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }

    /// The short backoff used unless setRetryPolicy() says otherwise.
    static Api::RetryPolicy defaultRetryPolicy();

Q_SIGNALS:
    /// \a received counts the whole file, resumed bytes included; \a total
    /// is -1 until the server said how large the file is. Emitted once with
    /// the starting offset before the first body bytes of each attempt.
    void progress(qint64 received, qint64 total);
    void finished(const Custody::Transfer::DownloadResult &result);

private:
    /// What the current reply's body is for, decided from its headers.
    enum class BodyRole {
        Pending, ///< headers not seen yet
        File, ///< the file's bytes: stream to the part
        ErrorText, ///< an error answer: keep a bounded excerpt
        PartIsComplete, ///< 416 and the part already holds the whole file
        StartOver, ///< the server cannot continue this part: ask again without Range
    };

    void prepare();
    void hashStep();
    void sendRequest();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onSliceStarted();
    void decideBodyRole();
    void decideUnsatisfiable(qint64 fileSize);
    void streamBody();
    void collectErrorText();
    void concludeAttempt();
    void commit();
    void failAttempt(const Api::ApiError &error);
    void failLocal(const Api::ApiError &error);
    void finishWithError(const Api::ApiError &error);
    void finish(DownloadResult result);
    void releaseReply();
    QString requestDetail() const;

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_url;
    qint64 m_expectedSize = -1;
    QPointer<BandwidthLimiter> m_limiter;
    std::chrono::milliseconds m_transferTimeout = defaultTransferTimeout;
    Api::RetryPolicy m_retryPolicy = defaultRetryPolicy();
    ResumablePartFile m_part;
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> m_reply;
    QTimer m_retryTimer;
    QByteArray m_chunk; ///< the one read buffer, chunkBytes long while a transfer runs
    QByteArray m_errorText;

    // The current attempt.
    BodyRole m_role = BodyRole::Pending;
    qint64 m_requestedOffset = 0;
    qint64 m_expectedEnd = -1; ///< file offset where this response's body ends, -1 unknown
    qint64 m_total = -1;
    bool m_replyFinished = false;
    bool m_waitingForQuota = false;
    bool m_skipRange = false; ///< the next request asks for the whole file

    // The whole job.
    int m_attempts = 0;
    int m_failures = 0;
    int m_httpStatus = 0;
    QString m_contentType;
    bool m_resumed = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_killed = false;
};

} // namespace Custody::Transfer
