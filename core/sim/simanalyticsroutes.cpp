// Analytics conversation-detail jobs (genesys-api.md section 5.1).
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <httplib.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "core/sim/simcontext.h"
#include "core/sim/simqueryfilter.h"
#include "core/sim/simroutes.h"

namespace Custody::Sim {

namespace {

const QString jobsPath = QStringLiteral("/api/v2/analytics/conversations/details/jobs");

enum class JobState { Queued, Pending, Failed, Cancelled, Fulfilled, Expired };

QString stateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("QUEUED");
    case JobState::Pending:
        return QStringLiteral("PENDING");
    case JobState::Failed:
        return QStringLiteral("FAILED");
    case JobState::Cancelled:
        return QStringLiteral("CANCELLED");
    case JobState::Fulfilled:
        return QStringLiteral("FULFILLED");
    case JobState::Expired:
        return QStringLiteral("EXPIRED");
    }
    return {};
}

/// One submitted job. Its whole future is fixed at submit time; the state a
/// caller sees is read off the wall clock.
struct AnalyticsJob
{
    QString id;
    qint64 submittedMs = 0;
    qint64 runningAtMs = 0; ///< QUEUED until then
    qint64 completedMs = 0; ///< PENDING until then
    qint64 expiresMs = 0;
    qint64 cancelledMs = 0; ///< 0: never cancelled
    QString failure; ///< non-empty: the job ends FAILED with this message
    QDateTime dataAvailability;
    std::vector<const SimConversation *> conversations;

    JobState state(qint64 nowMs) const
    {
        if (cancelledMs > 0)
            return JobState::Cancelled;
        if (nowMs < runningAtMs)
            return JobState::Queued;
        if (nowMs < completedMs)
            return JobState::Pending;
        if (!failure.isEmpty())
            return JobState::Failed;
        return nowMs < expiresMs ? JobState::Fulfilled : JobState::Expired;
    }
    bool running(qint64 nowMs) const
    {
        const JobState s = state(nowMs);
        return s == JobState::Queued || s == JobState::Pending;
    }
};

struct AnalyticsState
{
    QHash<QString, std::shared_ptr<AnalyticsJob>> jobs;
    QByteArray cursorSecret; ///< makes cursors unforgeable and tied to one server run

    int running(qint64 nowMs) const
    {
        int count = 0;
        for (const auto &job : jobs)
            count += job->running(nowMs) ? 1 : 0;
        return count;
    }
    /// Drops the snapshots nobody can page through any more.
    void releaseDeadSnapshots(qint64 nowMs)
    {
        for (const auto &job : jobs) {
            const JobState s = job->state(nowMs);
            if ((s == JobState::Expired || s == JobState::Cancelled) && !job->conversations.empty())
                std::vector<const SimConversation *>().swap(job->conversations);
        }
    }
};

/// A validated AsyncConversationQuery.
struct AnalyticsQuery
{
    QDateTime start;
    QDateTime end;
    bool descending = false;
    bool unordered = false;
    bool byEnd = false; ///< conversationEnd/segmentEnd rather than the starts
    qint64 limit = 0; ///< 0: none
    bool startOfDay = false;
    SimQueryFilter conversationFilter;
    SimQueryFilter segmentFilter;
};

struct QueryError
{
    QString code;
    QString message;
};

/// ISO-8601 instant with Z or an offset, seconds and milliseconds optional.
/// Without a zone designator the instant is read as UTC.
QDateTime parseInstant(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QString zoned = match.captured(3).isEmpty() ? text + QLatin1Char('Z') : text;
    const QDateTime time = QDateTime::fromString(zoned, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool parseQuery(const QJsonObject &body, const SimConfig &config, AnalyticsQuery *query, QueryError *error)
{
    const auto fail = [&](const QString &code, const QString &message) {
        *error = { code, message };
        return false;
    };
    const QString bad = QStringLiteral("bad.request");
    const QJsonValue interval = body.value(QStringLiteral("interval"));
    if (interval.isUndefined() || interval.isNull())
        return fail(bad, QStringLiteral("interval is required"));
    const QStringList parts = interval.toString().split(QLatin1Char('/'));
    if (!interval.isString() || parts.size() != 2)
        return fail(QStringLiteral("invalid.date"),
            QStringLiteral("interval must be two ISO-8601 instants joined by '/', "
                           "e.g. 2026-08-01T00:00:00.000Z/2026-08-08T00:00:00.000Z"));
    query->start = parseInstant(parts.at(0));
    query->end = parseInstant(parts.at(1));
    if (!query->start.isValid() || !query->end.isValid())
        return fail(QStringLiteral("invalid.date"),
            QStringLiteral("interval %1 has an instant that is not ISO-8601 date-time").arg(interval.toString()));
    if (query->end <= query->start)
        return fail(QStringLiteral("invalid.date"),
            QStringLiteral("interval %1 must end after it starts").arg(interval.toString()));
    if (config.analyticsMaxIntervalDays > 0 && query->start.addDays(config.analyticsMaxIntervalDays) < query->end)
        return fail(bad,
            QStringLiteral("interval %1 is longer than the maximum of %2 days")
                .arg(interval.toString())
                .arg(config.analyticsMaxIntervalDays));

    const QString order = body.value(QStringLiteral("order")).toString(QStringLiteral("asc"));
    if (order != QStringLiteral("asc") && order != QStringLiteral("desc") && order != QStringLiteral("unordered"))
        return fail(bad, QStringLiteral("order must be one of asc, desc, unordered"));
    query->descending = order == QStringLiteral("desc");
    query->unordered = order == QStringLiteral("unordered");
    const QString orderBy = body.value(QStringLiteral("orderBy")).toString(QStringLiteral("conversationStart"));
    const QStringList orderKeys { QStringLiteral("conversationStart"), QStringLiteral("conversationEnd"),
        QStringLiteral("segmentStart"), QStringLiteral("segmentEnd") };
    if (!orderKeys.contains(orderBy))
        return fail(bad, QStringLiteral("orderBy must be one of %1").arg(orderKeys.join(QStringLiteral(", "))));
    query->byEnd = orderBy.endsWith(QStringLiteral("End"));

    const QJsonValue limit = body.value(QStringLiteral("limit"));
    if (!limit.isUndefined() && !limit.isNull()) {
        const double value = limit.toDouble(-1);
        if (!limit.isDouble() || value < 1 || value != double(qint64(value)))
            return fail(bad, QStringLiteral("limit must be a positive whole number"));
        query->limit = qint64(value);
    }
    const QJsonValue startOfDay = body.value(QStringLiteral("startOfDayIntervalMatching"));
    if (!startOfDay.isUndefined() && !startOfDay.isNull() && !startOfDay.isBool())
        return fail(bad, QStringLiteral("startOfDayIntervalMatching must be true or false"));
    query->startOfDay = startOfDay.toBool();

    QString message;
    if (!query->conversationFilter.parse(
            body.value(QStringLiteral("conversationFilters")), SimQueryFilter::Scope::Conversation, &message)
        || !query->segmentFilter.parse(
            body.value(QStringLiteral("segmentFilters")), SimQueryFilter::Scope::Segment, &message))
        return fail(bad, message);
    // The simulated org has no evaluations, surveys or resolutions to filter on.
    for (const char *name : { "evaluationFilters", "surveyFilters", "resolutionFilters" }) {
        const QJsonValue value = body.value(QLatin1String(name));
        if (value.isArray() && !value.toArray().isEmpty())
            return fail(bad, QStringLiteral("%1 is not supported by the simulator").arg(QLatin1String(name)));
    }
    return true;
}

std::vector<const SimConversation *> matchingConversations(
    const SimOrg &org, const AnalyticsQuery &query, const QDateTime &availability)
{
    const QDateTime dayStart(query.start.date(), QTime(0, 0), QTimeZone::utc());
    const bool filtered = !query.conversationFilter.isEmpty() || !query.segmentFilter.isEmpty();
    std::vector<const SimConversation *> result;
    for (const SimConversation *c : org.overlapping(query.start, query.end)) {
        // The lake is only complete up to the availability date.
        if (c->start > availability)
            continue;
        if (query.startOfDay && c->start < dayStart)
            continue;
        if (filtered) {
            const QJsonObject json = c->toAnalyticsJson();
            if (!query.conversationFilter.matches(json) || !query.segmentFilter.matches(json))
                continue;
        }
        result.push_back(c);
    }
    if (query.unordered) {
        // A stable order that is visibly not by time, so clients cannot lean on one.
        std::sort(result.begin(), result.end(), [](const auto *a, const auto *b) { return a->id < b->id; });
        return result;
    }
    // Segment starts and ends are bounded by the conversation's own, so they order the same.
    std::sort(result.begin(), result.end(), [&](const SimConversation *a, const SimConversation *b) {
        const QDateTime &ka = query.byEnd ? a->end : a->start;
        const QDateTime &kb = query.byEnd ? b->end : b->start;
        return ka != kb ? ka < kb : a->id < b->id;
    });
    if (query.descending)
        std::reverse(result.begin(), result.end());
    return result;
}

QDateTime dataAvailabilityDate(const SimConfig &config)
{
    return QDateTime::currentDateTimeUtc().addSecs(-qint64(config.dataAvailabilityLagSec));
}

QString isoFromMs(qint64 ms)
{
    return isoMs(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

QByteArray cursorCheck(const AnalyticsState &state, const QString &jobId, qint64 offset)
{
    const QByteArray text = jobId.toUtf8() + ':' + QByteArray::number(offset);
    return QCryptographicHash::hash(state.cursorSecret + text, QCryptographicHash::Sha256).toHex().left(16);
}

QString encodeCursor(const AnalyticsState &state, const QString &jobId, qint64 offset)
{
    const QByteArray text = jobId.toUtf8() + ':' + QByteArray::number(offset) + ':' + cursorCheck(state, jobId, offset);
    return QString::fromLatin1(text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// The offset a cursor points at, or -1 when it is not one this job issued.
qint64 decodeCursor(const AnalyticsState &state, const QString &jobId, const QString &cursor, qint64 size)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return -1;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3 || QString::fromUtf8(parts.at(0)) != jobId)
        return -1;
    bool ok = false;
    const qint64 offset = parts.at(1).toLongLong(&ok);
    if (!ok || offset <= 0 || offset > size || parts.at(2) != cursorCheck(state, jobId, offset))
        return -1;
    return offset;
}

void sendNotFound(httplib::Response &res)
{
    sendError(res, 404, QStringLiteral("not.found"), QStringLiteral("The requested resource was not found."));
}

QJsonObject statusJson(const AnalyticsJob &job, JobState state)
{
    QJsonObject json { { QStringLiteral("state"), stateName(state) },
        { QStringLiteral("submissionDate"), isoFromMs(job.submittedMs) } };
    if (state == JobState::Failed || state == JobState::Fulfilled || state == JobState::Expired)
        json.insert(QStringLiteral("completionDate"), isoFromMs(job.completedMs));
    if (state == JobState::Fulfilled || state == JobState::Expired)
        json.insert(QStringLiteral("expirationDate"), isoFromMs(job.expiresMs));
    if (state == JobState::Failed)
        json.insert(QStringLiteral("errorMessage"), job.failure);
    return json;
}

/// 429 for the per-org job cap; Retry-After says when the first running job ends.
void refuseForConcurrency(httplib::Response &res, const SimConfig &config, const AnalyticsState &state, qint64 now)
{
    qint64 firstEndMs = now + 1000;
    bool any = false;
    for (const auto &job : state.jobs) {
        if (job->running(now)) {
            firstEndMs = any ? std::min(firstEndMs, job->completedMs) : job->completedMs;
            any = true;
        }
    }
    const qint64 retryAfter = std::max<qint64>(1, (firstEndMs - now + 999) / 1000);
    res.set_header("Retry-After", std::to_string(retryAfter));
    const int max = config.analyticsJobsMaxConcurrent;
    sendError(res, 429, QStringLiteral("too.many.requests"),
        QStringLiteral("The organization already has the maximum of %1 analytics conversation detail jobs queued "
                       "or running. Retry the request in [%2] seconds")
            .arg(max)
            .arg(retryAfter),
        { { QStringLiteral("limit"),
            QJsonObject {
                { QStringLiteral("key"), QStringLiteral("analytics.conversation.details.jobs.concurrent.max") },
                { QStringLiteral("namespace"), QStringLiteral("analytics.data.extraction") },
                { QStringLiteral("value"), max } } } });
}

} // namespace

void registerAnalyticsRoutes(httplib::Server &server, SimContext &context)
{
    auto state = std::make_shared<AnalyticsState>();
    for (int i = 0; i < 4; ++i)
        state->cursorSecret += QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const QString permission = QStringLiteral("analytics:conversationDetail:view");
    const QString jobPattern = jobsPath + QStringLiteral("/([^/]+)");

    // Multi-get of named conversations (GET .../details?id=a,b,c): the
    // synchronous way to read records of conversations known by id.
    context.api(server, "GET", QStringLiteral("/api/v2/analytics/conversations/details"),
        QStringLiteral("/api/v2/analytics/conversations/details"), permission,
        [&context](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            QStringList ids;
            for (size_t i = 0; i < req.get_param_value_count("id"); ++i)
                ids += QString::fromStdString(req.get_param_value("id", i)).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (ids.isEmpty())
                return sendError(
                    res, 400, QStringLiteral("bad.request"), QStringLiteral("Name at least one conversation id."));
            if (ids.size() > 100)
                return sendError(res, 400, QStringLiteral("bad.request"),
                    QStringLiteral("At most 100 conversation ids may be requested at once; got %1.").arg(ids.size()));
            QJsonArray conversations;
            for (const QString &id : std::as_const(ids)) {
                if (const SimConversation *conversation = context.org.conversation(id.trimmed()))
                    conversations.append(conversation->toAnalyticsJson());
            }
            sendJson(res, 200, QJsonObject { { QStringLiteral("conversations"), conversations } });
        });

    context.api(server, "POST", jobsPath, jobsPath, permission,
        [&context, state](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            QJsonObject body;
            if (!parseJsonBody(req, res, &body))
                return;
            AnalyticsQuery query;
            QueryError error;
            if (!parseQuery(body, context.config, &query, &error))
                return sendError(res, 400, error.code, error.message);

            // Matching reads only the immutable org, so it runs outside the lock.
            const QDateTime availability = dataAvailabilityDate(context.config);
            std::vector<const SimConversation *> matching = matchingConversations(context.org, query, availability);
            auto job = std::make_shared<AnalyticsJob>();
            job->id = newObjectId();
            job->dataAvailability = availability;
            job->submittedMs = QDateTime::currentMSecsSinceEpoch();
            job->runningAtMs = job->submittedMs + std::max(0, context.config.analyticsQueuedMs);
            job->completedMs = job->runningAtMs + context.config.analyticsJob.durationMs(qint64(matching.size()));
            job->expiresMs = job->completedMs + qint64(context.config.analyticsResultTtlSec) * 1000;
            if (query.limit > 0 && qint64(matching.size()) > query.limit)
                matching.resize(size_t(query.limit));
            const int maxResults = context.config.analyticsMaxResultsPerJob;
            if (maxResults > 0 && qint64(matching.size()) > maxResults) {
                job->failure = QStringLiteral("The result set of %1 conversations is too large; a job may return at "
                                              "most %2. Use a smaller interval or narrower filters.")
                                   .arg(matching.size())
                                   .arg(maxResults);
            } else if (context.faults.rollJobFailure()) {
                job->failure = QStringLiteral("The analytics query failed while processing. Submit the job again.");
            }
            if (job->failure.isEmpty())
                job->conversations = std::move(matching);

            std::lock_guard lock(context.jobsMutex);
            const int cap = context.config.analyticsJobsMaxConcurrent;
            if (cap > 0 && state->running(job->submittedMs) >= cap)
                return refuseForConcurrency(res, context.config, *state, job->submittedMs);
            state->jobs.insert(job->id, job);
            state->releaseDeadSnapshots(job->submittedMs);
            context.stats.noteConcurrentJobs(SimStats::JobKind::Analytics, state->running(job->submittedMs));
            sendJson(res, 202, QJsonObject { { QStringLiteral("jobId"), job->id } });
        });

    // Before the {jobId} route: httplib tries patterns in registration order.
    context.api(server, "GET", jobsPath + QStringLiteral("/availability"), jobsPath + QStringLiteral("/availability"),
        permission, [&context](const SimCaller &, const httplib::Request &, httplib::Response &res) {
            sendJson(res, 200,
                QJsonObject {
                    { QStringLiteral("dataAvailabilityDate"), isoMs(dataAvailabilityDate(context.config)) } });
        });

    // Jobs belong to the org: any of its clients may read or delete them.
    context.api(server, "GET", jobPattern, jobsPath + QStringLiteral("/{jobId}"), permission,
        [&context, state](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            std::lock_guard lock(context.jobsMutex);
            const auto job = state->jobs.value(pathParam(req, 1));
            if (!job)
                return sendNotFound(res);
            const JobState current = job->state(QDateTime::currentMSecsSinceEpoch());
            const bool running = current == JobState::Queued || current == JobState::Pending;
            sendJson(
                res, running && context.config.analyticsStatus202WhileRunning ? 202 : 200, statusJson(*job, current));
        });

    context.api(server, "GET", jobPattern + QStringLiteral("/results"), jobsPath + QStringLiteral("/{jobId}/results"),
        permission, [&context, state](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            int pageSize = 0;
            if (!intParam(req, res, "pageSize", context.config.resultsPageSizeDefault, 1,
                    context.config.resultsPageSizeMax, &pageSize))
                return;
            const QString jobId = pathParam(req, 1);
            std::vector<const SimConversation *> page;
            QString cursor;
            QDateTime availability;
            {
                std::lock_guard lock(context.jobsMutex);
                const auto job = state->jobs.value(jobId);
                if (!job)
                    return sendNotFound(res);
                const JobState current = job->state(QDateTime::currentMSecsSinceEpoch());
                if (current == JobState::Expired)
                    return sendError(res, 404, QStringLiteral("not.found"),
                        QStringLiteral("The results of job %1 have expired.").arg(jobId));
                if (current != JobState::Fulfilled)
                    return sendError(res, 400, QStringLiteral("bad.request"),
                        QStringLiteral("The job is not fulfilled (state %1); results are available once it is "
                                       "FULFILLED.")
                            .arg(stateName(current)));
                const qint64 size = qint64(job->conversations.size());
                qint64 offset = 0;
                if (const QString given = queryParam(req, "cursor"); !given.isEmpty()) {
                    offset = decodeCursor(*state, jobId, given, size);
                    if (offset < 0)
                        return sendError(res, 400, QStringLiteral("bad.request"),
                            QStringLiteral("The cursor is not valid for this job."));
                }
                const qint64 stop = std::min(size, offset + pageSize);
                page.assign(job->conversations.begin() + offset, job->conversations.begin() + stop);
                if (stop < size)
                    cursor = encodeCursor(*state, jobId, stop);
                availability = job->dataAvailability;
            }
            QJsonArray conversations;
            for (const SimConversation *c : page)
                conversations.append(c->toAnalyticsJson());
            QJsonObject body { { QStringLiteral("conversations"), conversations },
                { QStringLiteral("dataAvailabilityDate"), isoMs(availability) } };
            if (!cursor.isEmpty())
                body.insert(QStringLiteral("cursor"), cursor);
            sendJson(res, 200, body);
        });

    context.api(server, "DELETE", jobPattern, jobsPath + QStringLiteral("/{jobId}"), permission,
        [&context, state](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            std::lock_guard lock(context.jobsMutex);
            const QString jobId = pathParam(req, 1);
            const auto job = state->jobs.value(jobId);
            if (!job)
                return sendNotFound(res);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // A running job is cancelled and stays visible; a finished one is deleted.
            if (job->running(now))
                job->cancelledMs = now;
            else
                state->jobs.remove(jobId);
            state->releaseDeadSnapshots(now);
            res.status = 204;
        });
}

} // namespace Custody::Sim
