#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace Custody::Sim {

class SimOrg;

enum class RecordingJobState { Pending, Ready, Processing, Fulfilled, Cancelled, Failed };

QString recordingJobStateName(RecordingJobState state);
/// False for anything outside the RecordingJob state enum.
bool parseRecordingJobState(const QString &name, RecordingJobState *out);

/// The AddressableEntityRef id the sim reports as a job's creator: a client
/// credentials grant has no user, so each OAuth client gets a stable UUID.
QString recordingJobUserId(const QString &clientId);

struct RecordingJobFailure
{
    QString conversationId;
    QString recordingId;
};

/// One bulk recording job. Its state at any moment follows from the stored
/// times, so nothing runs in the background.
struct RecordingJob
{
    QString id;
    QString clientId;
    QString action; ///< EXPORT, DELETE or ARCHIVE
    QJsonObject query; ///< the RecordingJobsQuery as submitted
    qint64 createdMs = 0;
    qint64 readyAtMs = 0; ///< end of PENDING (the query phase)
    qint64 executedAtMs = 0; ///< 0 until PUT {"state":"PROCESSING"}
    qint64 doneAtMs = 0; ///< end of PROCESSING, once executed
    qint64 cancelledAtMs = 0; ///< 0 unless DELETEd
    bool fails = false; ///< decided at creation: FAILED instead of READY
    int totalConversations = 0;
    int totalRecordings = 0; ///< non-deleted recordings of the matched conversations
    int totalSkippedRecordings = 0; ///< deleted ones
    std::vector<RecordingJobFailure> failures;

    RecordingJobState state(qint64 nowMs) const;
    /// PENDING or PROCESSING: what the per-org cap counts.
    bool isActive(qint64 nowMs) const;
    QJsonObject toJson(qint64 nowMs) const;
    /// The failed recordings, visible once the job has FULFILLED.
    std::vector<RecordingJobFailure> visibleFailures(qint64 nowMs) const;

private:
    /// The state ignoring cancellation.
    RecordingJobState phaseAt(qint64 ms) const;
};

/// All recording jobs of the org, in creation order. Callers hold jobsMutex.
struct RecordingJobRegistry
{
    QHash<QString, std::shared_ptr<RecordingJob>> byId;
    std::vector<std::shared_ptr<RecordingJob>> ordered;

    void add(const std::shared_ptr<RecordingJob> &job);
    int activeCount(qint64 nowMs) const;
};

/// Checks a RecordingJobsQuery and, when it is valid, fills the job's
/// action, query and matched totals. Returns an error message (and sets
/// \a code to the ErrorBody code) for a 400, else an empty string.
QString prepareRecordingJob(const QJsonObject &body, const SimOrg &org, RecordingJob *job, QString *code);

} // namespace Custody::Sim
