#include "core/jobs/batchstage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

#include "core/api/clock.h"
#include "core/jobs/slotpool.h"
#include "core/jobs/transcodestage.h"

Q_LOGGING_CATEGORY(lcBatchStage, "custody.jobs.batchstage")

namespace Custody::Jobs {

namespace {

QString key(const QString &conversationId, const QString &recordingId)
{
    return conversationId + QLatin1Char('|') + recordingId;
}

} // namespace

struct BatchStage::Running
{
    std::unique_ptr<BatchDownloadJob> job;
    QHash<QString, Store::ItemRecord> items; ///< by conversation|recording; placeholders have no recording
    QSet<QString> answered; ///< keys that got a result
    bool holdsSlot = false; ///< granted one of the org's batch slots
};

void BatchStage::releaseSlot(Running &running)
{
    if (running.holdsSlot && m_context.pools)
        m_context.pools->batch.release();
    running.holdsSlot = false;
}

BatchStage::BatchStage(ExportContext &context, QObject *parent)
    : StageBase(parent)
    , m_context(context)
{
}

BatchStage::~BatchStage()
{
    stop();
}

void BatchStage::pump(bool flushPartial)
{
    Store::JobStore &store = *m_context.store;
    // First, batches that were running before a pause or a crash.
    const auto tasks = store.tasksForExport(m_context.exportId);
    if (!tasks.ok())
        return void(Q_EMIT storeFailed(tasks.error().userMessage()));
    for (const Store::TaskRecord &task : tasks.value()) {
        if (task.kind != Store::TaskKind::Batch || m_running.count(task.id))
            continue;
        if (task.state == Store::TaskState::Queued || task.state == Store::TaskState::Submitting
            || task.state == Store::TaskState::Processing || task.state == Store::TaskState::Collecting)
            start(task);
    }
    while (int(m_running.size()) < m_maxConcurrent) {
        const auto counts = store.countItems(m_context.exportId);
        if (counts.ok() && counts.value().count(Store::ItemState::UrlReady) >= m_maxUrlBacklog)
            return;
        const auto pending
            = store.itemsForExport(m_context.exportId, Store::ItemState::Pending, BatchDownloadJob::maxItems, 0);
        if (!pending.ok())
            return void(Q_EMIT storeFailed(pending.error().userMessage()));
        if (pending.value().isEmpty() || (pending.value().size() < BatchDownloadJob::maxItems && !flushPartial))
            return;
        createBatch(pending.value());
    }
}

void BatchStage::createBatch(const QList<Store::ItemRecord> &items)
{
    Store::JobStore &store = *m_context.store;
    QList<Store::ItemId> ids;
    QList<Store::ItemId> exhausted;
    QJsonArray payloadIds;
    for (const Store::ItemRecord &item : items) {
        if (item.batchAttempts >= maxBatchAttempts) {
            exhausted.append(item.id);
            continue;
        }
        ids.append(item.id);
        payloadIds.append(item.id);
    }
    if (!exhausted.isEmpty()
        && !check(store.transitionItems(exhausted, Store::ItemState::Failed,
            QStringLiteral("no usable download URL after %1 batches").arg(maxBatchAttempts),
            tr("Genesys Cloud did not provide a usable download link after %1 attempts. "
               "Retry the failed items later.")
                .arg(maxBatchAttempts))))
        return;
    if (ids.isEmpty())
        return;
    Store::Transaction tx = store.transaction();
    Store::NewTask task;
    task.exportId = m_context.exportId;
    task.kind = Store::TaskKind::Batch;
    task.windowLabel = QStringLiteral("%1 items").arg(ids.size());
    task.idempotencyKey
        = QStringLiteral("%1/batch/%2").arg(m_context.exportUuid, QUuid::createUuid().toString(QUuid::WithoutBraces));
    task.payloadJson = QString::fromUtf8(
        QJsonDocument(QJsonObject { { QStringLiteral("items"), payloadIds } }).toJson(QJsonDocument::Compact));
    const auto created = store.upsertTask(task);
    if (!created.ok())
        return void(Q_EMIT storeFailed(created.error().userMessage()));
    if (!check(store.transitionItems(ids, Store::ItemState::Batched, QStringLiteral("batched"))) || !check(tx.commit()))
        return;
    const auto record = store.taskById(created.value().id);
    if (record.ok())
        start(record.value());
}

void BatchStage::start(const Store::TaskRecord &task)
{
    Store::JobStore &store = *m_context.store;
    auto running = std::make_unique<Running>();
    QList<BatchRequestItem> lines;
    const QJsonArray ids
        = QJsonDocument::fromJson(task.payloadJson.toUtf8()).object().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &id : ids) {
        const auto item = store.itemById(id.toInteger());
        if (!item.ok() || item.value().state != Store::ItemState::Batched)
            continue; // settled since (e.g. by a result before a crash)
        running->items.insert(key(item.value().conversationId, item.value().recordingId), item.value());
        lines.append({ item.value().conversationId, item.value().recordingId });
    }
    if (lines.isEmpty()) {
        if (task.state == Store::TaskState::Queued)
            check(store.transitionTask(task.id, Store::TaskState::Cancelled, QStringLiteral("nothing left to batch")));
        else
            check(store.transitionTask(task.id, Store::TaskState::Cancelled, QStringLiteral("nothing left to batch")));
        return;
    }
    // A request submitted before a restart is polled again; one that never got an id is sent again (cheap).
    const QString existing = task.state == Store::TaskState::Queued ? QString() : task.remoteId;
    running->job = std::make_unique<BatchDownloadJob>(m_context.api, lines, existing);
    BatchDownloadJob *job = running->job.get();
    const Store::TaskId id = task.id;
    const Store::TaskState initial = task.state;
    connect(job, &RemoteJob::submitted, this, [this, id, initial](const QString &remoteId) {
        if (initial != Store::TaskState::Queued && initial != Store::TaskState::Submitting)
            return;
        Store::TaskChange change;
        change.remoteId = remoteId;
        check(m_context.store->transitionTask(
            id, Store::TaskState::Processing, QStringLiteral("batch submitted"), change));
    });
    connect(job, &BatchDownloadJob::resultsAvailable, this,
        [this, id](const QList<BatchResult> &results) { onResults(id, results); });
    connect(job, &RemoteJob::finished, this, [this, id](RemoteJob *finished) { onFinished(id, finished); });
    Running *raw = running.get();
    m_running.emplace(id, std::move(running));
    // The org's other exports share its batch allowance; the job is the
    // request's context, so a stop() drops a request not yet granted.
    const auto begin = [this, id, raw, queued = initial == Store::TaskState::Queued] {
        raw->holdsSlot = m_context.pools != nullptr;
        if (queued
            && !check(m_context.store->transitionTask(id, Store::TaskState::Submitting, QStringLiteral("submitting"))))
            return;
        raw->job->start();
    };
    if (m_context.pools)
        m_context.pools->batch.acquire(job, begin);
    else
        begin();
}

void BatchStage::onResults(Store::TaskId taskId, const QList<BatchResult> &results)
{
    Store::JobStore &store = *m_context.store;
    Running &running = *m_running.at(taskId);
    const QString jobId = running.job->remoteId();
    const bool converting = TranscodeStage::isConverting(m_context);
    QList<Store::ItemRecord> toConvert;
    Store::Transaction tx = store.transaction();
    for (const BatchResult &result : results) {
        running.answered.insert(key(result.conversationId, result.recordingId));
        running.answered.insert(key(result.conversationId, QString()));
        auto it = running.items.find(key(result.conversationId, result.recordingId));
        if (it == running.items.end() && !result.recordingId.isEmpty()) {
            // A recording of a conversation we asked for as a whole: it becomes an item of its own.
            const auto placeholder = running.items.constFind(key(result.conversationId, QString()));
            if (placeholder == running.items.cend())
                continue; // not ours
            if (!store
                     .addItems(m_context.exportId,
                         { { result.conversationId, result.recordingId, placeholder->metadataJson } })
                     .ok())
                return void(Q_EMIT storeFailed(tr("Could not record recording %1.").arg(result.recordingId)));
            const auto added = store.itemByKey(m_context.exportId, result.conversationId, result.recordingId);
            if (!added.ok())
                return void(Q_EMIT storeFailed(added.error().userMessage()));
            Store::ItemRecord record = added.value();
            // A batch polled again after a restart repeats results already
            // stored: such a recording keeps its state and is skipped below.
            if (record.state == Store::ItemState::Pending) {
                if (!check(store.transitionItems({ record.id }, Store::ItemState::Batched, QStringLiteral("batched"))))
                    return;
                record.state = Store::ItemState::Batched;
            }
            it = running.items.insert(key(result.conversationId, result.recordingId), record);
        }
        if (it == running.items.end() || it->state != Store::ItemState::Batched)
            continue;
        if (!result.errorMsg.isEmpty()) {
            // The server's own reason (archived, deleted...) is what the report shows.
            if (!check(store.transitionItems(
                    { it->id }, Store::ItemState::Failed, QStringLiteral("batch result error"), result.errorMsg)))
                return;
            it->state = Store::ItemState::Failed;
        } else if (converting && TranscodeStage::converts(result.contentType)) {
            // A batch cannot convert: the TranscodeStage gets this recording's URL.
            // Marked settled here so the end of the batch does not send it back.
            toConvert.append(*it);
            it->state = Store::ItemState::UrlReady;
        } else {
            if (!check(store.setItemUrl(it->id, result.url, result.receivedAt, result.contentType, jobId)))
                return;
            it->state = Store::ItemState::UrlReady;
        }
    }
    if (!check(tx.commit()))
        return;
    if (!toConvert.isEmpty())
        Q_EMIT conversionNeeded(toConvert);
    Q_EMIT progressed();
}

void BatchStage::releaseItems(Running &running, const QString &why)
{
    QList<Store::ItemId> back;
    for (const Store::ItemRecord &item : std::as_const(running.items)) {
        if (item.state == Store::ItemState::Batched)
            back.append(item.id);
    }
    if (!back.isEmpty())
        check(m_context.store->transitionItems(back, Store::ItemState::Pending, why));
}

void BatchStage::onFinished(Store::TaskId taskId, RemoteJob *job)
{
    std::unique_ptr<Running> running = std::move(m_running.at(taskId));
    m_running.erase(taskId);
    releaseSlot(*running);
    running->job.release()->deleteLater();
    Store::JobStore &store = *m_context.store;
    if (job->failed()) {
        const Api::ApiError &error = *job->error();
        Store::TaskChange change;
        change.error = error.detail;
        change.contextId = error.contextId;
        const bool retryable = error.isTransient() || error.code == QLatin1String(BatchDownloadJob::goneCode);
        check(store.transitionTask(taskId, Store::TaskState::Failed, error.userMessage(), change));
        releaseItems(*running, QStringLiteral("batch failed: %1").arg(error.detail));
        if (!retryable)
            Q_EMIT fatal(error);
        return void(Q_EMIT progressed());
    }
    Store::Transaction tx = store.transaction();
    // Conversations asked for as a whole are settled: expanded, or without recordings.
    QList<Store::ItemId> expanded, empty;
    for (auto it = running->items.cbegin(); it != running->items.cend(); ++it) {
        if (!it->recordingId.isEmpty() || it->state != Store::ItemState::Batched)
            continue;
        (running->answered.contains(it.key()) ? expanded : empty).append(it->id);
    }
    if (!expanded.isEmpty())
        check(
            store.transitionItems(expanded, Store::ItemState::Skipped, QStringLiteral("expanded into its recordings")));
    if (!empty.isEmpty())
        check(store.transitionItems(
            empty, Store::ItemState::Skipped, QStringLiteral("the conversation has no recordings")));
    for (auto it = running->items.begin(); it != running->items.end(); ++it) {
        if (!it->recordingId.isEmpty() || it->state != Store::ItemState::Batched)
            continue;
        it->state = Store::ItemState::Skipped;
    }
    releaseItems(*running, QStringLiteral("no result for this recording; batching again"));
    check(store.transitionTask(taskId, Store::TaskState::Collecting, QStringLiteral("results received")));
    check(store.transitionTask(taskId, Store::TaskState::Fulfilled, QStringLiteral("batch completed")));
    check(tx.commit());
    Q_EMIT progressed();
}

void BatchStage::stop()
{
    for (auto &[id, running] : m_running) {
        running->job->kill();
        releaseSlot(*running);
    }
    m_running.clear();
}

} // namespace Custody::Jobs
