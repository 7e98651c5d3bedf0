// Recording batch downloads (genesys-api.md section 2).
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <httplib.h>

#include <memory>
#include <vector>

#include "core/sim/simcontext.h"
#include "core/sim/simmedia.h"
#include "core/sim/simrecordingjson.h"
#include "core/sim/simroutes.h"

namespace Custody::Sim {

namespace {

struct BatchResult
{
    QString conversationId;
    QString recordingId;
    QString errorMsg;
    const SimRecording *recording = nullptr;
    qint64 readyAtMs = 0;
    QString url; ///< signed when the result first becomes visible
    QString contentType;
};

struct BatchJob
{
    QString id;
    QString clientId;
    qint64 createdMs = 0;
    qint64 discoveredAtMs = 0; ///< until then expectedResultCount is the request count
    int requestCount = 0;
    std::vector<BatchResult> results;

    bool completed(qint64 nowMs) const
    {
        return results.empty() ? nowMs >= discoveredAtMs : nowMs >= results.back().readyAtMs;
    }
};

struct BatchState
{
    QHash<QString, std::shared_ptr<BatchJob>> jobs;
};

std::vector<BatchResult> expand(const SimContext &context, const QString &conversationId, const QString &recordingId)
{
    std::vector<BatchResult> results;
    const auto error = [&](const QString &rid, const QString &message) {
        BatchResult r;
        r.conversationId = conversationId;
        r.recordingId = rid;
        r.errorMsg = message;
        results.push_back(r);
    };
    const SimConversation *conversation = context.org.conversation(conversationId);
    if (!conversation) {
        error(recordingId, QStringLiteral("Conversation %1 was not found.").arg(conversationId));
        return results;
    }
    for (const SimRecording &recording : conversation->recordings) {
        if (!recordingId.isEmpty() && recording.id != recordingId)
            continue;
        if (recording.fileState == SimFileState::Deleted) {
            if (!recordingId.isEmpty())
                error(recording.id, QStringLiteral("Recording %1 has been deleted.").arg(recording.id));
            continue;
        }
        if (recording.fileState == SimFileState::Archived) {
            error(recording.id,
                QStringLiteral("Recording %1 is archived. Restore it before downloading.").arg(recording.id));
            continue;
        }
        BatchResult r;
        r.conversationId = conversationId;
        r.recordingId = recording.id;
        r.recording = &recording;
        r.contentType = SimMediaBody(recording, {}).contentType();
        results.push_back(r);
    }
    if (!recordingId.isEmpty() && results.empty())
        error(recordingId,
            QStringLiteral("Recording %1 was not found in conversation %2.").arg(recordingId, conversationId));
    return results;
}

int runningJobs(const BatchState &state, qint64 nowMs)
{
    int running = 0;
    for (const auto &job : state.jobs)
        running += job->completed(nowMs) ? 0 : 1;
    return running;
}

} // namespace

void registerBatchRoutes(httplib::Server &server, SimContext &context)
{
    auto state = std::make_shared<BatchState>();
    const QString permission = recordingViewPermissions();

    context.api(server, "POST", QStringLiteral("/api/v2/recording/batchrequests"),
        QStringLiteral("/api/v2/recording/batchrequests"), permission,
        [&context, state](const SimCaller &caller, const httplib::Request &req, httplib::Response &res) {
            QJsonObject body;
            if (!parseJsonBody(req, res, &body))
                return;
            const QJsonArray list = body.value(QStringLiteral("batchDownloadRequestList")).toArray();
            if (list.isEmpty())
                return sendError(res, 400, QStringLiteral("bad.request"),
                    QStringLiteral("batchDownloadRequestList must contain at least one request."));
            if (list.size() > context.config.batchMaxItems)
                return sendError(res, 400, QStringLiteral("bad.request"),
                    QStringLiteral("batchDownloadRequestList may contain at most %1 requests; got %2.")
                        .arg(context.config.batchMaxItems)
                        .arg(list.size()));
            auto job = std::make_shared<BatchJob>();
            job->id = newObjectId();
            job->clientId = caller.clientId;
            job->createdMs = QDateTime::currentMSecsSinceEpoch();
            job->requestCount = int(list.size());
            for (const QJsonValue &value : list) {
                const QJsonObject item = value.toObject();
                const QString conversationId = item.value(QStringLiteral("conversationId")).toString();
                if (conversationId.isEmpty())
                    return sendError(res, 400, QStringLiteral("invalid.value"),
                        QStringLiteral("Every request needs a conversationId."));
                auto expanded = expand(context, conversationId, item.value(QStringLiteral("recordingId")).toString());
                job->results.insert(job->results.end(), expanded.begin(), expanded.end());
            }
            const SimTiming &timing = context.config.batchRequest;
            job->discoveredAtMs = job->createdMs + timing.fixedMs;
            for (size_t i = 0; i < job->results.size(); ++i)
                job->results[i].readyAtMs = job->createdMs + timing.durationMs(qint64(i + 1));
            {
                std::lock_guard lock(context.jobsMutex);
                state->jobs.insert(job->id, job);
                context.stats.noteConcurrentJobs(SimStats::JobKind::Batch, runningJobs(*state, job->createdMs));
            }
            sendJson(res, 200,
                QJsonObject { { QStringLiteral("id"), job->id },
                    { QStringLiteral("selfUri"), QStringLiteral("/api/v2/recording/batchrequests/") + job->id } });
        });

    context.api(server, "GET", QStringLiteral(R"(/api/v2/recording/batchrequests/([^/]+))"),
        QStringLiteral("/api/v2/recording/batchrequests/{id}"), {},
        [&context, state](const SimCaller &caller, const httplib::Request &req, httplib::Response &res) {
            std::lock_guard lock(context.jobsMutex);
            const auto job = state->jobs.value(pathParam(req, 1));
            // Only the submitting client may read a batch job; others learn nothing of it.
            if (!job || job->clientId != caller.clientId)
                return sendError(
                    res, 404, QStringLiteral("not.found"), QStringLiteral("The requested resource was not found."));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QJsonArray results;
            int errors = 0;
            for (BatchResult &r : job->results) {
                if (r.readyAtMs > now)
                    break;
                QJsonObject json { { QStringLiteral("conversationId"), r.conversationId } };
                if (!r.recordingId.isEmpty())
                    json.insert(QStringLiteral("recordingId"), r.recordingId);
                if (!r.errorMsg.isEmpty()) {
                    json.insert(QStringLiteral("errorMsg"), r.errorMsg);
                    ++errors;
                } else {
                    if (r.url.isEmpty()) {
                        const qint64 expires = r.readyAtMs / 1000 + mediaUrlTtlSeconds(context);
                        r.url = presignedMediaUrl(context, *r.recording, {}, expires);
                    }
                    json.insert(QStringLiteral("resultUrl"), r.url);
                    json.insert(QStringLiteral("contentType"), r.contentType);
                }
                results.append(json);
            }
            const bool completed = job->completed(now);
            const qint64 expected = now >= job->discoveredAtMs ? qint64(job->results.size()) : job->requestCount;
            sendJson(res, 200,
                QJsonObject { { QStringLiteral("id"), job->id }, { QStringLiteral("jobId"), job->id },
                    { QStringLiteral("expectedResultCount"), expected },
                    { QStringLiteral("resultCount"), results.size() }, { QStringLiteral("errorCount"), errors },
                    { QStringLiteral("status"),
                        completed ? QStringLiteral("Completed") : QStringLiteral("InProgress") },
                    { QStringLiteral("results"), results },
                    { QStringLiteral("selfUri"), QStringLiteral("/api/v2/recording/batchrequests/") + job->id } });
        });
}

} // namespace Custody::Sim
