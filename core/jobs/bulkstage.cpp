#include "core/jobs/bulkstage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTextStream>

#include "core/api/clock.h"
#include "core/jobs/recordingbulkjob.h"
#include "core/jobs/slotpool.h"
#include "core/plan/analyticsquery.h"
#include "core/plan/planner.h"

Q_LOGGING_CATEGORY(lcBulkStage, "custody.jobs.bulkstage")

namespace Custody::Jobs {

namespace {

constexpr int pageSize = 1000;
// The server's clock and ours differ; a job created "before" our first attempt by less than this may still be ours.
constexpr qint64 clockSkewSeconds = 300;
constexpr int refusalBaseSeconds = 2;
constexpr int refusalMaxSeconds = 60;
constexpr int transientRetrySeconds = 30;
constexpr int resubmitSeconds = 10;

QJsonObject payloadOf(const Store::TaskRecord &task)
{
    return QJsonDocument::fromJson(task.payloadJson.toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool gaveUp(const Store::TaskRecord &task)
{
    return task.state == Store::TaskState::Failed && payloadOf(task).value(QStringLiteral("gaveUp")).toBool();
}

} // namespace

struct BulkStage::Running
{
    std::unique_ptr<RecordingBulkJob> job;
    bool holdsSlot = false; ///< granted one of the org's two bulk slots
};

BulkStage::BulkStage(ExportContext &context, QObject *parent)
    : StageBase(parent)
    , m_context(context)
{
    m_done = !context.spec.includeRecordingBulkExport;
}

BulkStage::~BulkStage()
{
    stop();
}

void BulkStage::releaseSlot(Running &running)
{
    if (running.holdsSlot && m_context.pools)
        m_context.pools->bulk.release();
    running.holdsSlot = false;
}

Store::StoreStatus BulkStage::plan()
{
    const Plan::ExportSpec &spec = m_context.spec;
    if (!spec.includeRecordingBulkExport || spec.selection != Plan::ExportSpec::Selection::DateRange)
        return {};
    const QString filters = Plan::Planner::filtersHash(spec);
    Store::Transaction tx = m_context.store->transaction();
    for (const Plan::Window &window : Plan::Planner::windows(spec)) {
        const QJsonObject payload { { QStringLiteral("label"), window.label() },
            { QStringLiteral("conversationQuery"), Plan::AnalyticsQuery::queryForWindow(spec, window) } };
        Store::NewTask task;
        task.exportId = m_context.exportId;
        task.kind = Store::TaskKind::Bulk;
        task.windowLabel = window.label();
        task.idempotencyKey = window.idempotencyKey(m_context.exportUuid, QStringLiteral("bulk"), filters);
        task.payloadJson = compact(payload);
        const auto upsert = m_context.store->upsertTask(task);
        if (!upsert.ok())
            return upsert.error();
    }
    return tx.commit();
}

void BulkStage::pump()
{
    if (!m_context.spec.includeRecordingBulkExport) {
        m_done = true;
        return;
    }
    const auto tasks = m_context.store->tasksForExport(m_context.exportId);
    if (!tasks.ok())
        return void(Q_EMIT storeFailed(tasks.error().userMessage()));
    bool done = true;
    const QDateTime now = m_context.api->clock().nowUtc();
    for (const Store::TaskRecord &task : tasks.value()) {
        if (task.kind != Store::TaskKind::Bulk || Store::isTerminal(task.state) || gaveUp(task))
            continue;
        done = false;
        if (m_running.count(task.id) || int(m_running.size()) >= m_maxConcurrent
            || task.state == Store::TaskState::Paused)
            continue;
        if (task.state == Store::TaskState::Failed) {
            if (task.nextAttemptAt.isValid() && task.nextAttemptAt > now)
                continue;
            if (!check(m_context.store->transitionTask(task.id, Store::TaskState::Queued, QStringLiteral("retrying"))))
                return;
        }
        const auto fresh = m_context.store->taskById(task.id);
        if (fresh.ok())
            start(fresh.value());
    }
    m_done = done;
}

void BulkStage::start(const Store::TaskRecord &task)
{
    QJsonObject payload = payloadOf(task);
    // The action date is chosen once and kept: it marks our job in the
    // server's listing, and its presence says an earlier attempt may have
    // created a job that must be found before submitting another.
    QDateTime actionDate
        = QDateTime::fromString(payload.value(QStringLiteral("actionDate")).toString(), Qt::ISODateWithMs);
    QDateTime adoptAfter;
    if (actionDate.isValid()) {
        adoptAfter = actionDate.addSecs(-clockSkewSeconds);
    } else {
        actionDate = m_context.api->clock().nowUtc();
        payload.insert(QStringLiteral("actionDate"), actionDate.toUTC().toString(Qt::ISODateWithMs));
        if (!check(m_context.store->setTaskPayload(task.id, compact(payload))))
            return;
    }
    const QJsonObject query = RecordingBulkJob::jobsQuery(payload.value(QStringLiteral("conversationQuery")).toObject(),
        m_context.spec.bulkExportIntegrationId, actionDate);
    auto running = std::make_unique<Running>();
    running->job = std::make_unique<RecordingBulkJob>(m_context.api, query, task.remoteId, adoptAfter);
    RecordingBulkJob *job = running->job.get();
    const Store::TaskId id = task.id;
    connect(job, &RemoteJob::submitted, this, [this, id, job](const QString &remoteId) {
        const auto current = m_context.store->taskById(id);
        if (!current.ok() || current.value().state != Store::TaskState::Submitting)
            return;
        Store::TaskChange change;
        change.remoteId = remoteId;
        check(m_context.store->transitionTask(id, Store::TaskState::Processing,
            job->adopted() ? QStringLiteral("recording bulk job of an earlier attempt taken over")
                           : QStringLiteral("recording bulk job submitted"),
            change));
    });
    connect(job, &RecordingBulkJob::stateChanged, this, [this, id](const QString &state) {
        qCDebug(lcBulkStage) << "bulk task" << id << "job state" << state;
        if (state == QStringLiteral("FULFILLED"))
            advance(id, Store::TaskState::Collecting, QStringLiteral("job fulfilled; reading failed recordings"));
    });
    connect(job, &RemoteJob::finished, this, [this, id](RemoteJob *finished) { onFinished(id, finished); });
    Running *raw = running.get();
    m_running.emplace(id, std::move(running));
    // Held from submission to the end: the server counts PENDING and
    // PROCESSING (not READY), but a job holding its slot through READY keeps
    // the org's exports from starting a third that would be refused.
    const auto begin = [this, id, raw, resuming = !task.remoteId.isEmpty()] {
        raw->holdsSlot = m_context.pools != nullptr;
        const auto current = m_context.store->taskById(id);
        if (!current.ok())
            return void(Q_EMIT storeFailed(current.error().userMessage()));
        if (current.value().state == Store::TaskState::Queued
            && !check(m_context.store->transitionTask(id, Store::TaskState::Submitting, QStringLiteral("submitting"))))
            return;
        if (resuming)
            advance(id, Store::TaskState::Processing, QStringLiteral("polling the recording bulk job again"));
        raw->job->start();
    };
    if (m_context.pools)
        m_context.pools->bulk.acquire(job, begin);
    else
        begin();
}

void BulkStage::advance(Store::TaskId id, Store::TaskState to, const QString &message)
{
    // Walks the forward path up to \a to from wherever the task stands; a
    // task already there (or beyond, or off the path) is left alone.
    static constexpr Store::TaskState path[] = { Store::TaskState::Queued, Store::TaskState::Submitting,
        Store::TaskState::Processing, Store::TaskState::Collecting };
    const auto position = [](Store::TaskState state) {
        for (int i = 0; i < 4; ++i) {
            if (path[i] == state)
                return i;
        }
        return -1;
    };
    const auto current = m_context.store->taskById(id);
    if (!current.ok())
        return void(Q_EMIT storeFailed(current.error().userMessage()));
    int at = position(current.value().state);
    const int target = position(to);
    if (at < 0 || target < 0)
        return;
    while (at < target) {
        ++at;
        if (!check(m_context.store->transitionTask(id, path[at], at == target ? message : QStringLiteral("resuming"))))
            return;
    }
}

void BulkStage::onFinished(Store::TaskId taskId, RemoteJob *remote)
{
    std::unique_ptr<Running> running = std::move(m_running.at(taskId));
    m_running.erase(taskId);
    releaseSlot(*running);
    RecordingBulkJob *job = running->job.release();
    job->deleteLater(); // we are inside its signal
    const auto task = m_context.store->taskById(taskId);
    if (!task.ok())
        return void(Q_EMIT storeFailed(task.error().userMessage()));
    if (!remote->failed()) {
        m_refusals.remove(taskId);
        return succeed(task.value(), *job);
    }
    const Api::ApiError &error = *remote->error();
    QJsonObject payload = payloadOf(task.value());
    if (error.code == QLatin1String(RecordingBulkJob::refusedCode)) {
        // The org is at its cap (jobs of other exports or other tools): queue, back off.
        const int n = ++m_refusals[taskId];
        const int delay = std::min(refusalMaxSeconds, refusalBaseSeconds << std::min(n - 1, 5));
        const int jittered = delay / 2 + int(QRandomGenerator::global()->bounded(delay / 2 + 1));
        return retryLater(task.value(), error, payload, jittered, false);
    }
    if (error.code == QLatin1String(RecordingBulkJob::failedCode)
        || error.code == QLatin1String(RecordingBulkJob::goneCode)) {
        const int failures = payload.value(QStringLiteral("remoteFailures")).toInt() + 1;
        payload.insert(QStringLiteral("remoteFailures"), failures);
        if (failures >= maxRemoteFailures)
            return giveUp(task.value(), error, payload);
        return retryLater(task.value(), error, payload, resubmitSeconds, true);
    }
    if (error.code == QLatin1String(RecordingBulkJob::cancelledCode))
        return giveUp(task.value(), error, payload);
    if (error.isTransient())
        return retryLater(task.value(), error, payload, transientRetrySeconds, false);
    giveUp(task.value(), error, payload);
    Q_EMIT fatal(error);
}

void BulkStage::succeed(const Store::TaskRecord &task, const RecordingBulkJob &job)
{
    const QJsonObject status = job.lastStatus();
    QJsonArray failed;
    for (const BulkFailedRecording &f : job.failedRecordings())
        failed.append(QJsonObject {
            { QStringLiteral("conversationId"), f.conversationId }, { QStringLiteral("recordingId"), f.recordingId } });
    QJsonObject result { { QStringLiteral("jobId"), job.remoteId() },
        { QStringLiteral("state"), status.value(QStringLiteral("state")) }, { QStringLiteral("failed"), failed } };
    for (const char *key : { "totalConversations", "totalRecordings", "totalSkippedRecordings", "totalFailedRecordings",
             "totalProcessedRecordings" })
        result.insert(QLatin1String(key), status.value(QLatin1String(key)).toInt());
    QJsonObject payload = payloadOf(task);
    payload.insert(QStringLiteral("result"), result);
    advance(task.id, Store::TaskState::Collecting, QStringLiteral("job fulfilled"));
    Store::TaskChange change;
    change.payloadJson = compact(payload);
    check(m_context.store->transitionTask(task.id, Store::TaskState::Fulfilled,
        QStringLiteral("recording bulk job %1: %2 recordings processed, %3 failed")
            .arg(job.remoteId())
            .arg(result.value(QStringLiteral("totalProcessedRecordings")).toInt())
            .arg(failed.size()),
        change));
    Q_EMIT progressed();
}

void BulkStage::retryLater(
    const Store::TaskRecord &task, const Api::ApiError &error, QJsonObject payload, int delaySeconds, bool newJob)
{
    Store::TaskChange change;
    change.error = error.detail;
    change.contextId = error.contextId;
    change.nextAttemptAt = m_context.api->clock().nowUtc().addSecs(delaySeconds);
    change.payloadJson = compact(payload);
    if (newJob)
        change.remoteId = QString();
    const QString message = error.code == QLatin1String(RecordingBulkJob::refusedCode)
        ? QStringLiteral("the org runs as many recording bulk jobs as it may; queued for %1 s").arg(delaySeconds)
        : QStringLiteral("%1; retrying in %2 s").arg(error.detail).arg(delaySeconds);
    check(m_context.store->transitionTask(task.id, Store::TaskState::Failed, message, change));
    Q_EMIT progressed();
}

void BulkStage::giveUp(const Store::TaskRecord &task, const Api::ApiError &error, QJsonObject payload)
{
    payload.insert(QStringLiteral("gaveUp"), true);
    payload.insert(QStringLiteral("problem"), error.userMessage());
    Store::TaskChange change;
    change.error = error.detail;
    change.contextId = error.contextId;
    change.payloadJson = compact(payload);
    check(m_context.store->transitionTask(task.id, Store::TaskState::Failed,
        QStringLiteral("recording bulk export of this window given up: %1").arg(error.detail), change));
    Q_EMIT progressed();
}

void BulkStage::stop()
{
    for (auto &[id, running] : m_running) {
        running->job->kill();
        releaseSlot(*running);
    }
    m_running.clear();
}

QString BulkStage::reportSection(const ExportContext &context, qint64 *problems)
{
    if (problems)
        *problems = 0;
    const auto tasks = context.store->tasksForExport(context.exportId);
    if (!tasks.ok())
        return {};
    QString text;
    QTextStream out(&text);
    qint64 jobs = 0, processed = 0, failedCount = 0, given = 0;
    QStringList failures, jobLines;
    for (const Store::TaskRecord &task : tasks.value()) {
        if (task.kind != Store::TaskKind::Bulk)
            continue;
        ++jobs;
        const QJsonObject payload = payloadOf(task);
        const QJsonObject result = payload.value(QStringLiteral("result")).toObject();
        if (task.state == Store::TaskState::Fulfilled) {
            const qint64 done = result.value(QStringLiteral("totalProcessedRecordings")).toInteger();
            const QJsonArray failed = result.value(QStringLiteral("failed")).toArray();
            processed += done;
            failedCount += failed.size();
            jobLines.append(tr("  %1: job %2, %3 conversation(s), %4 recording(s) exported, %5 skipped, %6 failed")
                                .arg(task.windowLabel, result.value(QStringLiteral("jobId")).toString())
                                .arg(result.value(QStringLiteral("totalConversations")).toInteger())
                                .arg(done)
                                .arg(result.value(QStringLiteral("totalSkippedRecordings")).toInteger())
                                .arg(failed.size()));
            for (const QJsonValue &f : failed)
                failures.append(QStringLiteral("  %1 / %2 (job %3)")
                                    .arg(f.toObject().value(QStringLiteral("conversationId")).toString(),
                                        f.toObject().value(QStringLiteral("recordingId")).toString(),
                                        result.value(QStringLiteral("jobId")).toString()));
        } else if (gaveUp(task)) {
            ++given;
            jobLines.append(tr("  %1: NOT EXPORTED (job %2): %3")
                                .arg(task.windowLabel, task.remoteId.isEmpty() ? QStringLiteral("-") : task.remoteId,
                                    payload.value(QStringLiteral("problem")).toString()));
        } else {
            jobLines.append(tr("  %1: unfinished (%2, job %3)")
                                .arg(task.windowLabel, Store::toString(task.state),
                                    task.remoteId.isEmpty() ? QStringLiteral("-") : task.remoteId));
        }
    }
    if (jobs == 0)
        return {};
    out << tr("Recording bulk export") << "\n---------------------\n";
    out << tr("Recordings were copied by Genesys Cloud into the S3 bucket of integration %1; they are not in this "
              "folder and not in the manifest.")
               .arg(context.spec.bulkExportIntegrationId)
        << "\n";
    out << tr("Jobs: %1, recordings exported: %2, failed recordings: %3, windows not exported: %4")
               .arg(jobs)
               .arg(processed)
               .arg(failedCount)
               .arg(given)
        << "\n";
    for (const QString &line : std::as_const(jobLines))
        out << line << "\n";
    out << tr("Failed recordings (conversation / recording)") << ":\n";
    if (failures.isEmpty())
        out << "  " << tr("none") << "\n";
    for (const QString &line : std::as_const(failures))
        out << line << "\n";
    out << "\n";
    out.flush();
    if (problems)
        *problems = given;
    return text;
}

} // namespace Custody::Jobs
