#include "core/jobs/recordingbulkjob.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcBulkJob, "custody.jobs.bulkjob")

namespace Custody::Jobs {

namespace {

const QString jobsPath = QStringLiteral("/api/v2/recording/jobs");
constexpr std::chrono::milliseconds firstPollAfter { 2000 };
constexpr std::chrono::milliseconds capWait { 5000 }; // before executing again after a refusal
constexpr int listingPageSize = 100;
constexpr int maxListingPages = 50; // the client's own EXPORT jobs; more would be a runaway
constexpr int maxFailurePages = 1000;
constexpr int maxExecuteErrors = 5;

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc()); // the platform means UTC when no offset is given
    return time.toUTC();
}

bool sameInterval(const QString &a, const QString &b)
{
    const QStringList x = a.split(QLatin1Char('/')), y = b.split(QLatin1Char('/'));
    if (x.size() != 2 || y.size() != 2)
        return a == b;
    const QDateTime xs = parseTime(x.at(0)), xe = parseTime(x.at(1)), ys = parseTime(y.at(0)), ye = parseTime(y.at(1));
    return xs.isValid() && xe.isValid() && xs == ys && xe == ye;
}

} // namespace

RecordingBulkJob::RecordingBulkJob(Api::ApiClient *client, const QJsonObject &jobsQuery, const QString &existingJobId,
    const QDateTime &adoptCreatedAfter, QObject *parent)
    : RemoteJob(client, parent)
    , m_query(jobsQuery)
    , m_adoptAfter(adoptCreatedAfter)
{
    if (!existingJobId.isEmpty())
        setRemoteId(existingJobId);
}

QJsonObject RecordingBulkJob::jobsQuery(
    const QJsonObject &conversationQuery, const QString &integrationId, const QDateTime &actionDate)
{
    // Only what a bulk job's query understands: the interval and the filters.
    QJsonObject query { { QStringLiteral("interval"), conversationQuery.value(QStringLiteral("interval")) } };
    for (const char *key :
        { "order", "orderBy", "startOfDayIntervalMatching", "conversationFilters", "segmentFilters" }) {
        if (conversationQuery.contains(QLatin1String(key)))
            query.insert(QLatin1String(key), conversationQuery.value(QLatin1String(key)));
    }
    return QJsonObject { { QStringLiteral("action"), QStringLiteral("EXPORT") },
        { QStringLiteral("actionDate"), actionDate.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("integrationId"), integrationId }, { QStringLiteral("includeScreenRecordings"), false },
        { QStringLiteral("conversationQuery"), query } };
}

bool RecordingBulkJob::isCapRefusal(const Api::ApiError &error)
{
    // ApiCall hands back a 429 only when it is a capacity refusal (no
    // Retry-After); ApiError keeps the ErrorBody limit only in its detail.
    if (error.kind == Api::ApiError::Kind::Limit)
        return true;
    return error.httpStatus == 400 && error.detail.contains(QLatin1String("(limit recording/"));
}

bool RecordingBulkJob::isOurJob(const QJsonObject &job, const QJsonObject &jobsQuery, const QDateTime &since)
{
    const QString state = job.value(QStringLiteral("state")).toString();
    if (state == QStringLiteral("CANCELLED") || state == QStringLiteral("FAILED"))
        return false; // nothing to take over: a new job is needed anyway
    const QJsonObject echo = job.value(QStringLiteral("recordingJobsQuery")).toObject();
    if (echo.value(QStringLiteral("action")).toString() != QStringLiteral("EXPORT")
        || echo.value(QStringLiteral("integrationId")).toString()
            != jobsQuery.value(QStringLiteral("integrationId")).toString())
        return false;
    if (!sameInterval(
            echo.value(QStringLiteral("conversationQuery")).toObject().value(QStringLiteral("interval")).toString(),
            jobsQuery.value(QStringLiteral("conversationQuery"))
                .toObject()
                .value(QStringLiteral("interval"))
                .toString()))
        return false;
    // The action date is chosen once per task and kept for every resubmission,
    // so it tells our job from another export's job over the same interval.
    const QDateTime ourDate = parseTime(jobsQuery.value(QStringLiteral("actionDate")));
    if (echo.contains(QStringLiteral("actionDate")) && parseTime(echo.value(QStringLiteral("actionDate"))) != ourDate)
        return false;
    const QDateTime created = parseTime(job.value(QStringLiteral("dateCreated")));
    return !since.isValid() || !created.isValid() || created >= since;
}

void RecordingBulkJob::doStart()
{
    if (!remoteId().isEmpty())
        return poll();
    if (m_adoptAfter.isValid())
        return findExisting(1);
    submit();
}

void RecordingBulkJob::findExisting(int page)
{
    Api::ApiRequest request;
    request.path = jobsPath;
    request.query.addQueryItem(QStringLiteral("showOnlyMyJobs"), QStringLiteral("true"));
    request.query.addQueryItem(QStringLiteral("jobType"), QStringLiteral("EXPORT"));
    request.query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("dateCreated"));
    request.query.addQueryItem(QStringLiteral("pageSize"), QString::number(listingPageSize));
    request.query.addQueryItem(QStringLiteral("pageNumber"), QString::number(page));
    call(request, [this, page](const Api::Result<Api::ApiResponse> &result) {
        // Without the listing we cannot know whether the job exists: never submit blindly.
        if (!result.ok())
            return finish(result.error());
        const QJsonObject body = result.value().json.object();
        const QJsonArray entities = body.value(QStringLiteral("entities")).toArray();
        for (const QJsonValue &value : entities) {
            const QJsonObject job = value.toObject();
            if (!isOurJob(job, m_query, m_adoptAfter))
                continue;
            m_adopted = true;
            qCInfo(lcBulkJob) << "taking over recording bulk job" << job.value(QStringLiteral("id")).toString()
                              << "from an earlier submission";
            setRemoteId(job.value(QStringLiteral("id")).toString());
            return poll();
        }
        const int pageCount = body.value(QStringLiteral("pageCount")).toInt(0);
        const bool more = entities.size() >= listingPageSize && (pageCount == 0 || page < pageCount);
        if (more && page < maxListingPages)
            return findExisting(page + 1);
        submit();
    });
}

void RecordingBulkJob::submit()
{
    Api::ApiRequest request;
    request.verb = "POST";
    request.path = jobsPath;
    request.body = QJsonDocument(m_query);
    request.retryServerErrors = false; // a 5xx may have created the job; the caller looks before resubmitting
    call(request, [this](const Api::Result<Api::ApiResponse> &result) {
        if (!result.ok()) {
            if (isCapRefusal(result.error()))
                return failRemote(refusedCode, result.error().serverMessage);
            return finish(result.error());
        }
        m_status = result.value().json.object();
        const QString id = m_status.value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            Api::ApiError error;
            error.kind = Api::ApiError::Kind::Protocol;
            error.detail = QStringLiteral("POST %1: the answer named no id").arg(jobsPath);
            return finish(error);
        }
        setRemoteId(id);
        m_state = m_status.value(QStringLiteral("state")).toString();
        Q_EMIT stateChanged(m_state);
        if (isFinished())
            return;
        resetPolling();
        schedulePoll(firstPollAfter, [this] { poll(); });
    });
}

void RecordingBulkJob::poll()
{
    Api::ApiRequest request;
    request.path = jobsPath + QLatin1Char('/') + remoteId();
    call(request, [this](const Api::Result<Api::ApiResponse> &result) {
        if (!result.ok()) {
            if (result.error().kind == Api::ApiError::Kind::NotFound)
                return failRemote(goneCode, result.error().serverMessage);
            return finish(result.error());
        }
        m_status = result.value().json.object();
        const QString state = m_status.value(QStringLiteral("state")).toString();
        if (state != m_state) {
            m_state = state;
            Q_EMIT stateChanged(state);
            if (isFinished())
                return;
        }
        if (state == QStringLiteral("READY"))
            return execute();
        if (state == QStringLiteral("FULFILLED"))
            return fetchFailures(1);
        if (state == QStringLiteral("FAILED"))
            return failRemote(failedCode, m_status.value(QStringLiteral("errorMessage")).toString());
        if (state == QStringLiteral("CANCELLED"))
            return failRemote(cancelledCode, QStringLiteral("the job was cancelled in Genesys Cloud"));
        schedulePoll(firstPollAfter, [this] { poll(); });
    });
}

void RecordingBulkJob::execute()
{
    Api::ApiRequest request;
    request.verb = "PUT";
    request.path = jobsPath + QLatin1Char('/') + remoteId();
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("state"), QStringLiteral("PROCESSING") } });
    call(request, [this](const Api::Result<Api::ApiResponse> &result) {
        if (result.ok()) {
            m_status = result.value().json.object();
            resetPolling();
            return schedulePoll(firstPollAfter, [this] { poll(); });
        }
        const Api::ApiError &error = result.error();
        if (isCapRefusal(error)) {
            // READY does not count against the cap, so the job waits here
            // until someone else's job has finished.
            ++m_executeRefusals;
            qCInfo(lcBulkJob) << "executing" << remoteId() << "refused for now:" << error.detail;
            return schedulePoll(capWait, [this] { poll(); });
        }
        if (error.kind == Api::ApiError::Kind::BadRequest && ++m_executeErrors < maxExecuteErrors) {
            // Most likely the job left READY meanwhile (executed by an
            // earlier attempt): look again before anything else.
            return schedulePoll(firstPollAfter, [this] { poll(); });
        }
        finish(error);
    });
}

void RecordingBulkJob::fetchFailures(int page)
{
    if (page == 1)
        m_failed.clear();
    Api::ApiRequest request;
    request.path = jobsPath + QLatin1Char('/') + remoteId() + QStringLiteral("/failedrecordings");
    request.query.addQueryItem(QStringLiteral("pageSize"), QString::number(listingPageSize));
    request.query.addQueryItem(QStringLiteral("pageNumber"), QString::number(page));
    call(request, [this, page](const Api::Result<Api::ApiResponse> &result) {
        if (!result.ok())
            return finish(result.error());
        const QJsonObject body = result.value().json.object();
        const QJsonArray entities = body.value(QStringLiteral("entities")).toArray();
        for (const QJsonValue &value : entities) {
            const QJsonObject failure = value.toObject();
            m_failed.append(
                { failure.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString(),
                    failure.value(QStringLiteral("recording")).toObject().value(QStringLiteral("id")).toString() });
        }
        const int pageCount = body.value(QStringLiteral("pageCount")).toInt(0);
        const bool more = entities.size() >= listingPageSize && (pageCount == 0 || page < pageCount);
        if (more && page < maxFailurePages)
            return fetchFailures(page + 1);
        finish();
    });
}

void RecordingBulkJob::failRemote(const char *code, const QString &message)
{
    Api::ApiError error;
    error.kind = qstrcmp(code, refusedCode) == 0 ? Api::ApiError::Kind::Limit : Api::ApiError::Kind::Transient;
    error.code = QString::fromLatin1(code);
    error.serverMessage = message;
    error.detail = QStringLiteral("recording bulk job %1: %2 (%3)")
                       .arg(remoteId().isEmpty() ? QStringLiteral("(not created)") : remoteId(), message,
                           QString::fromLatin1(code));
    qCInfo(lcBulkJob) << error.detail;
    finish(error);
}

} // namespace Custody::Jobs
