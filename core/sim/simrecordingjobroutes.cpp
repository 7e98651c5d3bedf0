// Recording bulk jobs (genesys-api.md section 3).
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <httplib.h>

#include <algorithm>
#include <memory>

#include "core/sim/simcontext.h"
#include "core/sim/simrecordingjobs.h"
#include "core/sim/simroutes.h"

namespace Custody::Sim {

namespace {

constexpr int listingMaxPageSize = 100;
const QString jobsPath = QStringLiteral("/api/v2/recording/jobs");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void notFound(httplib::Response &res)
{
    sendError(res, 404, QStringLiteral("not.found"), QStringLiteral("The requested resource was not found."));
}

/// The documented per-org cap, answered with the configured status.
void refuseOverCap(SimContext &context, httplib::Response &res)
{
    const int max = context.config.recordingJobsMaxConcurrent;
    const int status = context.config.recordingJobsRefusalStatus;
    if (context.config.recordingJobsRefusalRetryAfterSec > 0)
        res.set_header("Retry-After", std::to_string(context.config.recordingJobsRefusalRetryAfterSec));
    const QString message
        = QStringLiteral("at most %1 recording jobs may be PENDING or PROCESSING per organization").arg(max);
    sendError(res, status, status == 429 ? QStringLiteral("too.many.requests") : QStringLiteral("bad.request"), message,
        { { QStringLiteral("messageWithParams"),
              QStringLiteral("at most {0} recording jobs may be PENDING or PROCESSING per organization") },
            { QStringLiteral("messageParams"), QJsonObject { { QStringLiteral("0"), QString::number(max) } } },
            { QStringLiteral("limit"),
                QJsonObject { { QStringLiteral("key"), QStringLiteral("recording.jobs.concurrent.max") },
                    { QStringLiteral("namespace"), QStringLiteral("recording") },
                    { QStringLiteral("value"), max } } } });
}

bool overCap(const SimContext &context, const RecordingJobRegistry &jobs, qint64 now)
{
    const int max = context.config.recordingJobsMaxConcurrent;
    return max > 0 && jobs.activeCount(now) >= max;
}

/// Query parameters (besides paging) that the listing's URIs must carry on.
QString carriedQuery(const httplib::Request &req, std::initializer_list<const char *> names)
{
    QString query;
    for (const char *name : names) {
        if (req.has_param(name))
            query += QStringLiteral("&%1=%2").arg(
                QLatin1String(name), QString::fromLatin1(QUrl::toPercentEncoding(queryParam(req, name))));
    }
    return query;
}

QString encodeCursor(qsizetype offset)
{
    return QString::fromLatin1(QByteArray::number(offset).toBase64(QByteArray::Base64UrlEncoding));
}

bool decodeCursor(const QString &cursor, qsizetype *offset)
{
    bool ok = false;
    *offset = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
    return ok && *offset >= 0;
}

/// An EntityListing over \a all: page numbers by default, an opaque cursor
/// (no total or pageCount) when includeTotal=false or a cursor is given.
void sendListing(const httplib::Request &req, httplib::Response &res, const QJsonArray &all, const QString &path,
    const QString &carried, int maxPageSize)
{
    const QString includeTotal = queryParam(req, "includeTotal");
    if (!includeTotal.isEmpty() && includeTotal != QStringLiteral("true") && includeTotal != QStringLiteral("false"))
        return sendError(
            res, 400, QStringLiteral("invalid.value"), QStringLiteral("includeTotal must be true or false."));
    if (includeTotal != QStringLiteral("false") && !req.has_param("cursor")) {
        if (!sendPagedListing(req, res, all, path, maxPageSize) || carried.isEmpty())
            return;
        QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(res.body)).object();
        for (const char *key : { "firstUri", "lastUri", "nextUri", "previousUri", "selfUri" }) {
            if (body.contains(QLatin1String(key)))
                body.insert(QLatin1String(key), body.value(QLatin1String(key)).toString() + carried);
        }
        return sendJson(res, 200, body);
    }
    int pageSize = 25;
    if (!intParam(req, res, "pageSize", 25, 1, maxPageSize, &pageSize))
        return;
    qsizetype offset = 0;
    const QString cursor = queryParam(req, "cursor");
    if (req.has_param("cursor") && !decodeCursor(cursor, &offset))
        return sendError(res, 400, QStringLiteral("invalid.value"), QStringLiteral("The cursor is not valid."));
    QJsonArray entities;
    for (qsizetype i = offset; i < all.size() && entities.size() < pageSize; ++i)
        entities.append(all.at(i));
    const auto uri = [&](const QString &at) {
        QString text = QStringLiteral("%1?pageSize=%2&includeTotal=false").arg(path).arg(pageSize);
        if (!at.isEmpty())
            text += QStringLiteral("&cursor=") + at;
        return text + carried;
    };
    QJsonObject body { { QStringLiteral("entities"), entities }, { QStringLiteral("pageSize"), pageSize },
        { QStringLiteral("selfUri"), uri(cursor) } };
    if (offset + pageSize < all.size()) {
        const QString next = encodeCursor(offset + pageSize);
        body.insert(QStringLiteral("cursor"), next);
        body.insert(QStringLiteral("nextUri"), uri(next));
    }
    sendJson(res, 200, body);
}

/// PUT also needs the retention permissions: executing applies the action.
bool hasRetentionPermissions(SimContext &context, const SimCaller &caller, httplib::Response &res)
{
    const SimClient *client = context.config.findClient(caller.clientId);
    if (!client || client->permissions.isEmpty())
        return true;
    QStringList missing;
    for (const QString &permission : { QStringLiteral("recording:recording:editRetention"),
             QStringLiteral("recording:screenRecording:editRetention"),
             QStringLiteral("recording:snippetRecording:editRetention") }) {
        if (!client->permissions.contains(permission))
            missing.append(permission);
    }
    if (missing.isEmpty())
        return true;
    sendError(res, 403, QStringLiteral("missing.permissions"),
        QStringLiteral("Unable to perform the requested action. You are missing the following permission(s): %1")
            .arg(missing.join(QStringLiteral(", "))));
    return false;
}

} // namespace

void registerRecordingJobRoutes(httplib::Server &server, SimContext &context)
{
    auto jobs = std::make_shared<RecordingJobRegistry>();

    context.api(server, "POST", jobsPath, jobsPath, QStringLiteral("recording:job:add"),
        [&context, jobs](const SimCaller &caller, const httplib::Request &req, httplib::Response &res) {
            QJsonObject body;
            if (!parseJsonBody(req, res, &body))
                return;
            auto job = std::make_shared<RecordingJob>();
            QString code;
            const QString error = prepareRecordingJob(body, context.org, job.get(), &code);
            if (!error.isEmpty())
                return sendError(res, 400, code, error);
            job->id = newObjectId();
            job->clientId = caller.clientId;
            job->fails = context.faults.rollJobFailure();
            std::lock_guard lock(context.jobsMutex);
            job->createdMs = nowMs();
            if (overCap(context, *jobs, job->createdMs))
                return refuseOverCap(context, res);
            job->readyAtMs = job->createdMs + context.config.recordingJobQuery.durationMs(job->totalConversations);
            jobs->add(job);
            context.stats.noteConcurrentJobs(SimStats::JobKind::RecordingJob, jobs->activeCount(job->createdMs));
            sendJson(res, 202, job->toJson(job->createdMs));
        });

    context.api(server, "GET", jobsPath, jobsPath, QStringLiteral("recording:job:view"),
        [&context, jobs](const SimCaller &caller, const httplib::Request &req, httplib::Response &res) {
            const QString sortBy = req.has_param("sortBy") ? queryParam(req, "sortBy") : QStringLiteral("userId");
            if (sortBy != QStringLiteral("userId") && sortBy != QStringLiteral("dateCreated"))
                return sendError(res, 400, QStringLiteral("invalid.value"),
                    QStringLiteral("sortBy must be userId or dateCreated; got '%1'.").arg(sortBy));
            RecordingJobState wanted {};
            const bool byState = req.has_param("state");
            if (byState && !parseRecordingJobState(queryParam(req, "state"), &wanted))
                return sendError(res, 400, QStringLiteral("invalid.value"),
                    QStringLiteral("state must be one of FULFILLED, PENDING, READY, PROCESSING, CANCELLED, FAILED."));
            const QString jobType = queryParam(req, "jobType");
            if (req.has_param("jobType") && jobType != QStringLiteral("EXPORT") && jobType != QStringLiteral("DELETE")
                && jobType != QStringLiteral("ARCHIVE"))
                return sendError(res, 400, QStringLiteral("invalid.value"),
                    QStringLiteral("jobType must be EXPORT, DELETE or ARCHIVE; got '%1'.").arg(jobType));
            const bool onlyMine = queryParam(req, "showOnlyMyJobs") == QStringLiteral("true");

            QJsonArray all;
            {
                std::lock_guard lock(context.jobsMutex);
                const qint64 now = nowMs();
                std::vector<std::shared_ptr<RecordingJob>> selected;
                for (const auto &job : jobs->ordered) {
                    if ((byState && job->state(now) != wanted) || (!jobType.isEmpty() && job->action != jobType)
                        || (onlyMine && job->clientId != caller.clientId))
                        continue;
                    selected.push_back(job);
                }
                // Creation order breaks ties, so pages stay stable between calls.
                if (sortBy == QStringLiteral("userId"))
                    std::stable_sort(selected.begin(), selected.end(), [](const auto &a, const auto &b) {
                        return recordingJobUserId(a->clientId) < recordingJobUserId(b->clientId);
                    });
                for (const auto &job : selected)
                    all.append(job->toJson(now));
            }
            sendListing(req, res, all, jobsPath, carriedQuery(req, { "sortBy", "state", "showOnlyMyJobs", "jobType" }),
                listingMaxPageSize);
        });

    context.api(server, "GET", QStringLiteral(R"(/api/v2/recording/jobs/([^/]+)/failedrecordings)"),
        QStringLiteral("/api/v2/recording/jobs/{id}/failedrecordings"), QStringLiteral("recording:job:view"),
        [&context, jobs](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            const QString id = pathParam(req, 1);
            QJsonArray all;
            {
                std::lock_guard lock(context.jobsMutex);
                const auto job = jobs->byId.value(id);
                if (!job)
                    return notFound(res);
                for (const RecordingJobFailure &failure : job->visibleFailures(nowMs())) {
                    const QString conversationUri = QStringLiteral("/api/v2/conversations/") + failure.conversationId;
                    all.append(QJsonObject { { QStringLiteral("conversation"),
                                                 QJsonObject { { QStringLiteral("id"), failure.conversationId },
                                                     { QStringLiteral("selfUri"), conversationUri } } },
                        { QStringLiteral("recording"),
                            QJsonObject { { QStringLiteral("id"), failure.recordingId },
                                { QStringLiteral("selfUri"),
                                    conversationUri + QStringLiteral("/recordings/") + failure.recordingId } } } });
                }
            }
            sendListing(req, res, all, jobsPath + QLatin1Char('/') + id + QStringLiteral("/failedrecordings"), {},
                listingMaxPageSize);
        });

    context.api(server, "GET", QStringLiteral(R"(/api/v2/recording/jobs/([^/]+))"),
        QStringLiteral("/api/v2/recording/jobs/{id}"), QStringLiteral("recording:job:view"),
        [&context, jobs](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            std::lock_guard lock(context.jobsMutex);
            const auto job = jobs->byId.value(pathParam(req, 1));
            if (!job)
                return notFound(res);
            sendJson(res, 200, job->toJson(nowMs()));
        });

    context.api(server, "PUT", QStringLiteral(R"(/api/v2/recording/jobs/([^/]+))"),
        QStringLiteral("/api/v2/recording/jobs/{id}"), QStringLiteral("recording:job:edit"),
        [&context, jobs](const SimCaller &caller, const httplib::Request &req, httplib::Response &res) {
            QJsonObject body;
            if (!parseJsonBody(req, res, &body))
                return;
            std::lock_guard lock(context.jobsMutex);
            const auto job = jobs->byId.value(pathParam(req, 1));
            if (!job)
                return notFound(res);
            if (job->clientId != caller.clientId)
                return sendError(res, 403, QStringLiteral("not.authorized"),
                    QStringLiteral("Only the user who created the recording job may execute it."));
            if (!hasRetentionPermissions(context, caller, res))
                return;
            // ExecuteRecordingJobsQuery: PROCESSING is the only value a client may send.
            if (body.value(QStringLiteral("state")).toString() != QStringLiteral("PROCESSING"))
                return sendError(res, 400, QStringLiteral("invalid.value"),
                    QStringLiteral("state must be PROCESSING; got '%1'.")
                        .arg(body.value(QStringLiteral("state")).toVariant().toString()));
            const qint64 now = nowMs();
            const RecordingJobState current = job->state(now);
            if (current != RecordingJobState::Ready)
                return sendError(res, 400, QStringLiteral("bad.request"),
                    QStringLiteral("The recording job is %1; only a READY job can be executed.")
                        .arg(recordingJobStateName(current)));
            if (overCap(context, *jobs, now))
                return refuseOverCap(context, res);
            job->executedAtMs = now;
            job->doneAtMs = now + context.config.recordingJobProcess.durationMs(job->totalRecordings);
            context.stats.noteConcurrentJobs(SimStats::JobKind::RecordingJob, jobs->activeCount(now));
            sendJson(res, 200, job->toJson(now));
        });

    context.api(server, "DELETE", QStringLiteral(R"(/api/v2/recording/jobs/([^/]+))"),
        QStringLiteral("/api/v2/recording/jobs/{id}"), QStringLiteral("recording:job:delete"),
        [&context, jobs](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            std::lock_guard lock(context.jobsMutex);
            const auto job = jobs->byId.value(pathParam(req, 1));
            if (!job)
                return notFound(res);
            const qint64 now = nowMs();
            const RecordingJobState current = job->state(now);
            if (current != RecordingJobState::Pending && current != RecordingJobState::Ready
                && current != RecordingJobState::Processing)
                return sendError(res, 400, QStringLiteral("bad.request"),
                    QStringLiteral("The recording job is %1 and can no longer be cancelled.")
                        .arg(recordingJobStateName(current)));
            job->cancelledAtMs = now;
            res.status = 204;
        });
}

} // namespace Custody::Sim
