#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include "core/jobs/remotejob.h"

namespace Custody::Jobs {

/// A recording the bulk job could not export (e.g. archived), as the server lists it.
struct BulkFailedRecording
{
    QString conversationId;
    QString recordingId;
};

/// One recording bulk EXPORT job (POST /api/v2/recording/jobs): submit it (or
/// find one submitted before, see below), poll while PENDING, execute it with
/// PUT {"state":"PROCESSING"} once READY, poll until FULFILLED, then read its
/// failed recordings. The recordings themselves go to the org's S3 bucket.
///
/// A POST whose outcome is unknown (no answer, 5xx) may have created a job,
/// and the org may run only two. So the POST is never resent automatically;
/// a caller that retries such a job passes \a adoptCreatedAfter, and the job
/// first lists the client's own EXPORT jobs and takes over one whose query
/// echo is ours (interval, integration and action date) created since then.
class RecordingBulkJob final : public RemoteJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingBulkJob)

public:
    /// \a jobsQuery is the RecordingJobsQuery to POST. \a existingJobId, when
    /// set, is polled instead of submitting.
    RecordingBulkJob(Api::ApiClient *client, const QJsonObject &jobsQuery, const QString &existingJobId,
        const QDateTime &adoptCreatedAfter, QObject *parent = nullptr);

    /// Codes set on error().code so the caller can tell how to go on.
    static constexpr auto refusedCode = "recording.bulk.refused"; ///< the org's cap: queue and retry later
    static constexpr auto failedCode = "recording.bulk.failed"; ///< the server's job FAILED: submit anew
    static constexpr auto goneCode = "recording.bulk.gone"; ///< the server no longer knows the job: submit anew
    static constexpr auto cancelledCode = "recording.bulk.cancelled"; ///< someone cancelled it in Genesys Cloud

    /// The RecordingJobsQuery for one interval of \a conversationQuery.
    static QJsonObject jobsQuery(
        const QJsonObject &conversationQuery, const QString &integrationId, const QDateTime &actionDate);
    /// Whether \a error is the server refusing a job because the org already
    /// runs as many as it may (429, or 400 with limit namespace "recording").
    static bool isCapRefusal(const Api::ApiError &error);
    /// Whether the listed \a job is the one \a jobsQuery created, created at or after \a since.
    static bool isOurJob(const QJsonObject &job, const QJsonObject &jobsQuery, const QDateTime &since);

    /// True when an earlier submission's job was found and taken over.
    bool adopted() const { return m_adopted; }
    /// The job's last status (totals, state), as the server gave it.
    const QJsonObject &lastStatus() const { return m_status; }
    const QList<BulkFailedRecording> &failedRecordings() const { return m_failed; }

Q_SIGNALS:
    /// The server reported \a state ("PENDING", "READY", "PROCESSING", ...) for the first time.
    void stateChanged(const QString &state);

protected:
    void doStart() override;

private:
    void findExisting(int page);
    void submit();
    void poll();
    void execute();
    void fetchFailures(int page);
    void failRemote(const char *code, const QString &message);

    QJsonObject m_query;
    QDateTime m_adoptAfter;
    QJsonObject m_status;
    QString m_state;
    QList<BulkFailedRecording> m_failed;
    int m_executeRefusals = 0;
    int m_executeErrors = 0;
    bool m_adopted = false;
};

} // namespace Custody::Jobs
