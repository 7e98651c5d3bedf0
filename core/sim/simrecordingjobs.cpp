#include "core/sim/simrecordingjobs.h"

#include <QStringList>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

#include "core/sim/simcontext.h"
#include "core/sim/simorg.h"
#include "core/sim/simqueryfilter.h"

namespace Custody::Sim {

namespace {

const QString invalidValue = QStringLiteral("invalid.value");
const QString invalidDate = QStringLiteral("invalid.date");

bool parseInstant(const QString &text, QDateTime *out)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        return false;
    // Without an offset Qt assumes local time; the platform means UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    *out = time.toUTC();
    return true;
}

/// An ISO-8601 "start/end" interval with end after start; empty on success.
QString parseInterval(const QString &field, const QString &text, QDateTime *start, QDateTime *end, QString *code)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 2 || !parseInstant(parts.at(0), start) || !parseInstant(parts.at(1), end)) {
        *code = invalidDate;
        return QStringLiteral("%1 must be an ISO-8601 interval of two date-times, start/end; got '%2'.")
            .arg(field, text);
    }
    if (*end <= *start) {
        *code = invalidValue;
        return QStringLiteral("The end of %1 must be after its start.").arg(field);
    }
    return {};
}

void countRecordings(const std::vector<const SimConversation *> &conversations, RecordingJob *job)
{
    job->totalConversations = int(conversations.size());
    for (const SimConversation *conversation : conversations) {
        for (const SimRecording &recording : conversation->recordings) {
            if (recording.fileState == SimFileState::Deleted) {
                ++job->totalSkippedRecordings;
                continue;
            }
            ++job->totalRecordings;
            // An archived file cannot be copied to S3 without a restore first.
            if (recording.fileState == SimFileState::Archived && job->action == QStringLiteral("EXPORT"))
                job->failures.push_back({ conversation->id, recording.id });
        }
    }
}

QString matchConversationQuery(const QJsonValue &value, const SimOrg &org, RecordingJob *job, QString *code)
{
    if (!value.isObject()) {
        *code = invalidValue;
        return QStringLiteral("conversationQuery must be an AsyncConversationQuery object.");
    }
    const QJsonObject query = value.toObject();
    QDateTime start, end;
    const QString error = parseInterval(QStringLiteral("conversationQuery.interval"),
        query.value(QStringLiteral("interval")).toString(), &start, &end, code);
    if (!error.isEmpty())
        return error;
    // The same filter model as analytics jobs; evaluation, examples and
    // evaluation/survey/resolution filters are not simulated.
    SimQueryFilter conversationFilters, segmentFilters;
    QString filterError;
    if (!conversationFilters.parse(
            query.value(QStringLiteral("conversationFilters")), SimQueryFilter::Scope::Conversation, &filterError)
        || !segmentFilters.parse(
            query.value(QStringLiteral("segmentFilters")), SimQueryFilter::Scope::Segment, &filterError)) {
        *code = invalidValue;
        return filterError;
    }
    const bool startOfDay = query.value(QStringLiteral("startOfDayIntervalMatching")).toBool();
    if (startOfDay) {
        // Conversations that started on a UTC day the interval touches.
        start = QDateTime(start.date(), QTime(0, 0), QTimeZone::utc());
        end = QDateTime(end.addMSecs(-1).date().addDays(1), QTime(0, 0), QTimeZone::utc());
    }
    std::vector<const SimConversation *> matched;
    for (const SimConversation *c : org.overlapping(start, end)) {
        if (startOfDay && c->start < start)
            continue;
        if (!conversationFilters.isEmpty() || !segmentFilters.isEmpty()) {
            const QJsonObject analytics = c->toAnalyticsJson();
            if (!conversationFilters.matches(analytics) || !segmentFilters.matches(analytics))
                continue;
        }
        matched.push_back(c);
    }
    countRecordings(matched, job);
    return {};
}

QString matchAgedInterval(const QJsonValue &value, const SimOrg &org, RecordingJob *job, QString *code)
{
    QDateTime start, end;
    const QString error
        = parseInterval(QStringLiteral("agedConversationInterval"), value.toString(), &start, &end, code);
    if (!error.isEmpty())
        return error;
    if (end > start.addMonths(6)) {
        *code = invalidValue;
        return QStringLiteral("agedConversationInterval may span at most 6 months.");
    }
    // This path only reaches conversations older than five years.
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addYears(-5);
    std::vector<const SimConversation *> matched;
    for (const SimConversation *c : org.overlapping(start, end)) {
        if (c->start < cutoff)
            matched.push_back(c);
    }
    countRecordings(matched, job);
    return {};
}

} // namespace

QString recordingJobStateName(RecordingJobState state)
{
    switch (state) {
    case RecordingJobState::Pending:
        return QStringLiteral("PENDING");
    case RecordingJobState::Ready:
        return QStringLiteral("READY");
    case RecordingJobState::Processing:
        return QStringLiteral("PROCESSING");
    case RecordingJobState::Fulfilled:
        return QStringLiteral("FULFILLED");
    case RecordingJobState::Cancelled:
        return QStringLiteral("CANCELLED");
    case RecordingJobState::Failed:
        return QStringLiteral("FAILED");
    }
    return {};
}

bool parseRecordingJobState(const QString &name, RecordingJobState *out)
{
    for (const RecordingJobState state :
        { RecordingJobState::Pending, RecordingJobState::Ready, RecordingJobState::Processing,
            RecordingJobState::Fulfilled, RecordingJobState::Cancelled, RecordingJobState::Failed }) {
        if (recordingJobStateName(state) == name) {
            *out = state;
            return true;
        }
    }
    return false;
}

QString recordingJobUserId(const QString &clientId)
{
    static const QUuid space(QStringLiteral("6f1d3c2a-8b4e-4c7a-9e21-5a0c7d9b3e44"));
    return QUuid::createUuidV5(space, clientId).toString(QUuid::WithoutBraces);
}

RecordingJobState RecordingJob::phaseAt(qint64 ms) const
{
    if (ms < readyAtMs)
        return RecordingJobState::Pending;
    if (fails)
        return RecordingJobState::Failed;
    if (executedAtMs == 0 || ms < executedAtMs)
        return RecordingJobState::Ready;
    return ms < doneAtMs ? RecordingJobState::Processing : RecordingJobState::Fulfilled;
}

RecordingJobState RecordingJob::state(qint64 nowMs) const
{
    return cancelledAtMs > 0 && nowMs >= cancelledAtMs ? RecordingJobState::Cancelled : phaseAt(nowMs);
}

bool RecordingJob::isActive(qint64 nowMs) const
{
    const RecordingJobState s = state(nowMs);
    return s == RecordingJobState::Pending || s == RecordingJobState::Processing;
}

std::vector<RecordingJobFailure> RecordingJob::visibleFailures(qint64 nowMs) const
{
    return state(nowMs) == RecordingJobState::Fulfilled ? failures : std::vector<RecordingJobFailure> {};
}

QJsonObject RecordingJob::toJson(qint64 nowMs) const
{
    // A cancelled job keeps the counters it had reached when it was cancelled.
    const qint64 at = cancelledAtMs > 0 ? std::min(nowMs, cancelledAtMs) : nowMs;
    const RecordingJobState phase = phaseAt(at);
    const bool counted = phase != RecordingJobState::Pending && phase != RecordingJobState::Failed;
    const int failed = phase == RecordingJobState::Fulfilled ? int(failures.size()) : 0;
    const int succeeding = totalRecordings - int(failures.size());
    int processed = 0, percent = 0;
    if (phase == RecordingJobState::Fulfilled) {
        processed = succeeding;
        percent = 100;
    } else if (phase == RecordingJobState::Processing) {
        const double fraction = double(at - executedAtMs) / double(std::max<qint64>(1, doneAtMs - executedAtMs));
        processed = int(fraction * succeeding);
        percent = std::min(99, int(fraction * 100));
    }
    const QString self = QStringLiteral("/api/v2/recording/jobs/") + id;
    const QString userId = recordingJobUserId(clientId);
    QJsonObject json { { QStringLiteral("id"), id }, { QStringLiteral("state"), recordingJobStateName(state(nowMs)) },
        { QStringLiteral("recordingJobsQuery"), query },
        { QStringLiteral("dateCreated"), isoMs(QDateTime::fromMSecsSinceEpoch(createdMs, QTimeZone::utc())) },
        { QStringLiteral("user"),
            QJsonObject { { QStringLiteral("id"), userId },
                { QStringLiteral("selfUri"), QStringLiteral("/api/v2/users/") + userId } } },
        { QStringLiteral("totalConversations"), counted ? totalConversations : 0 },
        { QStringLiteral("totalRecordings"), counted ? totalRecordings : 0 },
        { QStringLiteral("totalSkippedRecordings"), counted ? totalSkippedRecordings : 0 },
        { QStringLiteral("totalFailedRecordings"), failed }, { QStringLiteral("totalProcessedRecordings"), processed },
        { QStringLiteral("percentProgress"), percent },
        { QStringLiteral("failedRecordings"), self + QStringLiteral("/failedrecordings") },
        { QStringLiteral("selfUri"), self } };
    if (phase == RecordingJobState::Failed)
        json.insert(QStringLiteral("errorMessage"),
            QStringLiteral("The recording job query failed. Submit the job again, over a smaller interval."));
    return json;
}

void RecordingJobRegistry::add(const std::shared_ptr<RecordingJob> &job)
{
    byId.insert(job->id, job);
    ordered.push_back(job);
}

int RecordingJobRegistry::activeCount(qint64 nowMs) const
{
    return int(
        std::count_if(ordered.begin(), ordered.end(), [nowMs](const auto &job) { return job->isActive(nowMs); }));
}

QString prepareRecordingJob(const QJsonObject &body, const SimOrg &org, RecordingJob *job, QString *code)
{
    *code = invalidValue;
    const QString action = body.value(QStringLiteral("action")).toString();
    if (!body.contains(QStringLiteral("action")))
        return QStringLiteral("action is required: EXPORT, DELETE or ARCHIVE.");
    if (action != QStringLiteral("EXPORT") && action != QStringLiteral("DELETE") && action != QStringLiteral("ARCHIVE"))
        return QStringLiteral("action must be EXPORT, DELETE or ARCHIVE; got '%1'.")
            .arg(body.value(QStringLiteral("action")).toVariant().toString());
    if (action == QStringLiteral("EXPORT") && body.value(QStringLiteral("integrationId")).toString().isEmpty())
        return QStringLiteral("integrationId is required for the EXPORT action.");
    for (const char *flag : { "includeRecordingsWithSensitiveData", "includeScreenRecordings",
             "includePolicyBasedRecordings", "includeSnippetRecordings", "clearExport" }) {
        const QJsonValue value = body.value(QLatin1String(flag));
        if (!value.isUndefined() && !value.isNull() && !value.isBool())
            return QStringLiteral("%1 must be true or false.").arg(QLatin1String(flag));
    }
    if (body.value(QStringLiteral("clearExport")).toBool() && action != QStringLiteral("DELETE"))
        return QStringLiteral("clearExport is only allowed with the DELETE action.");
    for (const char *field : { "actionDate", "screenRecordingActionDate" }) {
        const QJsonValue value = body.value(QLatin1String(field));
        QDateTime ignored;
        if (!value.isUndefined() && !value.isNull() && !parseInstant(value.toString(), &ignored)) {
            *code = invalidDate;
            return QStringLiteral("%1 must be an ISO-8601 date-time.").arg(QLatin1String(field));
        }
    }
    for (const char *field : { "actionAge", "screenRecordingActionAge" }) {
        const QJsonValue value = body.value(QLatin1String(field));
        if (!value.isUndefined() && !value.isNull() && (!value.isDouble() || value.toInt() < 1))
            return QStringLiteral("%1 must be a positive number of days.").arg(QLatin1String(field));
    }
    const bool screens = body.value(QStringLiteral("includeScreenRecordings")).toBool(true);
    if (!screens
        && (body.contains(QStringLiteral("screenRecordingActionDate"))
            || body.contains(QStringLiteral("screenRecordingActionAge"))))
        return QStringLiteral("screenRecordingActionDate and screenRecordingActionAge need includeScreenRecordings.");

    const QJsonValue conversationQuery = body.value(QStringLiteral("conversationQuery"));
    const QJsonValue aged = body.value(QStringLiteral("agedConversationInterval"));
    const bool hasQuery = !conversationQuery.isUndefined() && !conversationQuery.isNull();
    const bool hasAged = !aged.isUndefined() && !aged.isNull();
    if (hasQuery == hasAged)
        return QStringLiteral("Exactly one of conversationQuery and agedConversationInterval is required.");

    job->action = action;
    job->query = body;
    return hasQuery ? matchConversationQuery(conversationQuery, org, job, code)
                    : matchAgedInterval(aged, org, job, code);
}

} // namespace Custody::Sim
