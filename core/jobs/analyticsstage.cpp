#include "core/jobs/analyticsstage.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include "core/api/clock.h"
#include "core/jobs/analyticsdetailsjob.h"
#include "core/jobs/slotpool.h"
#include "core/plan/analyticsquery.h"
#include "core/plan/planner.h"

Q_LOGGING_CATEGORY(lcAnalyticsStage, "custody.jobs.analyticsstage")

namespace Custody::Jobs {

namespace {

constexpr int maxRemoteRetries = 3; // resubmissions of a FAILED/EXPIRED job before the window is split
constexpr qint64 smallestSplitSeconds = 3600;

QJsonObject payloadOf(const Store::TaskRecord &task)
{
    return QJsonDocument::fromJson(task.payloadJson.toUtf8()).object();
}

Plan::Window windowFromPayload(const QJsonObject &payload)
{
    Plan::Window w;
    w.index = payload.value(QStringLiteral("index")).toInt();
    w.localDate = QDate::fromString(payload.value(QStringLiteral("localDate")).toString(), Qt::ISODate);
    w.utcStart = QDateTime::fromString(payload.value(QStringLiteral("utcStart")).toString(), Qt::ISODateWithMs);
    w.utcEnd = QDateTime::fromString(payload.value(QStringLiteral("utcEnd")).toString(), Qt::ISODateWithMs);
    w.part = payload.value(QStringLiteral("part")).toInt(1);
    w.partCount = payload.value(QStringLiteral("partCount")).toInt(1);
    return w;
}

} // namespace

struct AnalyticsStage::Running
{
    std::unique_ptr<AnalyticsDetailsJob> job;
    Evidence::JsonlGzWriter writer;
    bool writing = false;
    bool holdsSlot = false; ///< granted one of the org's analytics slots
};

void AnalyticsStage::releaseSlot(Running &running)
{
    if (running.holdsSlot && m_context.pools)
        m_context.pools->analytics.release();
    running.holdsSlot = false;
}

AnalyticsStage::AnalyticsStage(ExportContext &context, QObject *parent)
    : StageBase(parent)
    , m_context(context)
{
}

AnalyticsStage::~AnalyticsStage()
{
    stop();
}

Store::StoreStatus AnalyticsStage::plan()
{
    if (m_context.spec.selection == Plan::ExportSpec::Selection::ConversationIds) {
        // Named conversations need no search: each becomes an item that a
        // batch expands into its recordings.
        QList<Store::NewItem> items;
        for (const QString &id : m_context.spec.conversationIds)
            items.append({ id, QString(), QStringLiteral("{}") });
        const auto added = m_context.store->addItems(m_context.exportId, items);
        if (!added.ok())
            return added.error();
        if (!m_context.spec.includeConversationDetails)
            return {};
        // Their records come from the multi-get, a hundred ids at a time.
        constexpr int idsPerLookup = 100;
        for (qsizetype first = 0, part = 1; first < m_context.spec.conversationIds.size();
             first += idsPerLookup, ++part) {
            const QStringList ids = m_context.spec.conversationIds.mid(first, idsPerLookup);
            const QString label = QStringLiteral("ids-%1").arg(part, 3, 10, QLatin1Char('0'));
            Store::NewTask task;
            task.exportId = m_context.exportId;
            task.kind = Store::TaskKind::Analytics;
            task.windowLabel = label;
            task.idempotencyKey = QStringLiteral("%1/lookup/%2").arg(m_context.exportUuid, label);
            task.payloadJson
                = QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("label"), label },
                                                      { QStringLiteral("ids"), QJsonArray::fromStringList(ids) } })
                                        .toJson(QJsonDocument::Compact));
            const auto upsert = m_context.store->upsertTask(task);
            if (!upsert.ok())
                return upsert.error();
        }
        return {};
    }
    const QString filters = Plan::Planner::filtersHash(m_context.spec);
    Store::Transaction tx = m_context.store->transaction();
    for (const Plan::Window &window : Plan::Planner::windows(m_context.spec)) {
        const QJsonObject payload { { QStringLiteral("index"), window.index },
            { QStringLiteral("localDate"), window.localDate.toString(Qt::ISODate) },
            { QStringLiteral("utcStart"), window.utcStart.toString(Qt::ISODateWithMs) },
            { QStringLiteral("utcEnd"), window.utcEnd.toString(Qt::ISODateWithMs) },
            { QStringLiteral("part"), window.part }, { QStringLiteral("partCount"), window.partCount },
            { QStringLiteral("label"), window.label() },
            { QStringLiteral("query"), Plan::AnalyticsQuery::queryForWindow(m_context.spec, window) } };
        Store::NewTask task;
        task.exportId = m_context.exportId;
        task.kind = Store::TaskKind::Analytics;
        task.windowLabel = window.label();
        task.idempotencyKey = window.idempotencyKey(m_context.exportUuid, QStringLiteral("analytics"), filters);
        task.payloadJson = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        const auto upsert = m_context.store->upsertTask(task);
        if (!upsert.ok())
            return upsert.error();
    }
    const Store::StoreStatus committed = tx.commit();
    return committed;
}

void AnalyticsStage::pump()
{
    const auto tasks = m_context.store->tasksForExport(m_context.exportId);
    if (!tasks.ok())
        return void(Q_EMIT storeFailed(tasks.error().userMessage()));
    bool done = true;
    const QDateTime now = m_context.api->clock().nowUtc();
    for (const Store::TaskRecord &task : tasks.value()) {
        if (task.kind != Store::TaskKind::Analytics)
            continue;
        if (task.state == Store::TaskState::Fulfilled || task.state == Store::TaskState::Cancelled)
            continue;
        done = false;
        if (m_running.count(task.id) || int(m_running.size()) >= m_maxConcurrent)
            continue;
        if (task.state == Store::TaskState::Failed) {
            if (task.nextAttemptAt.isValid() && task.nextAttemptAt > now)
                continue;
            if (!check(m_context.store->transitionTask(task.id, Store::TaskState::Queued, QStringLiteral("retrying"))))
                return;
        }
        if (task.state == Store::TaskState::Paused)
            continue;
        const auto fresh = m_context.store->taskById(task.id);
        if (fresh.ok())
            start(fresh.value());
    }
    m_done = done;
}

void AnalyticsStage::start(const Store::TaskRecord &task)
{
    // A job that was submitted before a restart is polled, not sent again.
    const QString existing = task.state == Store::TaskState::Queued ? QString() : task.remoteId;
    auto running = std::make_unique<Running>();
    running->job = std::make_unique<AnalyticsDetailsJob>(
        m_context.api, payloadOf(task).value(QStringLiteral("query")).toObject(), existing);
    AnalyticsDetailsJob *job = running->job.get();
    const QJsonArray ids = payloadOf(task).value(QStringLiteral("ids")).toArray();
    if (!ids.isEmpty()) {
        QStringList list;
        for (const QJsonValue &v : ids)
            list.append(v.toString());
        job->setConversationIds(list);
    }
    const Store::TaskId id = task.id;
    const bool alreadyProcessing
        = task.state == Store::TaskState::Processing || task.state == Store::TaskState::Collecting;
    connect(job, &RemoteJob::submitted, this, [this, id, alreadyProcessing](const QString &remoteId) {
        if (alreadyProcessing)
            return;
        Store::TaskChange change;
        change.remoteId = remoteId;
        check(m_context.store->transitionTask(
            id, Store::TaskState::Processing, QStringLiteral("analytics job submitted"), change));
    });
    const QString label = payloadOf(task).value(QStringLiteral("label")).toString();
    connect(job, &AnalyticsDetailsJob::pagingStarted, this, [this, id, label] {
        Running &r = *m_running.at(id);
        const auto current = m_context.store->taskById(id);
        if (current.ok() && current.value().state == Store::TaskState::Processing)
            check(m_context.store->transitionTask(
                id, Store::TaskState::Collecting, QStringLiteral("collecting results")));
        if (m_context.spec.includeConversationDetails) {
            r.writer.abort();
            const QString path
                = QDir(m_context.folder).filePath(QStringLiteral("conversations/%1.jsonl.gz").arg(label));
            QDir().mkpath(QFileInfo(path).absolutePath());
            r.writing = r.writer.open(path);
            if (!r.writing)
                Q_EMIT fatal(Api::ApiError::localIo(r.writer.errorDetail()));
        }
    });
    connect(job, &AnalyticsDetailsJob::page, this,
        [this, id](const QJsonArray &conversations, bool last) { onPage(id, conversations, last); });
    connect(job, &RemoteJob::finished, this, [this, id](RemoteJob *finished) { onFinished(id, finished); });
    Running *raw = running.get();
    m_running.emplace(id, std::move(running));
    // The org's other exports share its analytics allowance: wait for a slot.
    // The job is the request's context, so a stop() drops an ungranted request.
    const auto begin = [this, id, raw, queued = task.state == Store::TaskState::Queued] {
        raw->holdsSlot = m_context.pools != nullptr;
        if (queued
            && !check(m_context.store->transitionTask(id, Store::TaskState::Submitting, QStringLiteral("submitting"))))
            return;
        raw->job->start();
    };
    if (m_context.pools)
        m_context.pools->analytics.acquire(job, begin);
    else
        begin();
}

void AnalyticsStage::onPage(Store::TaskId taskId, const QJsonArray &conversations, bool)
{
    Running &r = *m_running.at(taskId);
    QList<Store::NewItem> items;
    for (const QJsonValue &value : conversations) {
        const QJsonObject conversation = value.toObject();
        if (r.writing && !r.writer.write(conversation)) {
            r.writing = false;
            Q_EMIT fatal(Api::ApiError::localIo(r.writer.errorDetail()));
        }
        const ConversationFacts facts = ConversationFacts::fromAnalytics(conversation);
        // Windows overlap at their edges (jobs match conversations that overlap
        // the interval), so the same conversation can arrive twice; the item
        // key makes the second one a no-op.
        if (m_context.spec.includeRecordings && facts.recorded && !facts.conversationId.isEmpty())
            items.append({ facts.conversationId, QString(), facts.toMetadataJson() });
    }
    m_conversationsSeen += conversations.size();
    if (!items.isEmpty()) {
        const auto added = m_context.store->addItems(m_context.exportId, items);
        if (!added.ok())
            return void(Q_EMIT storeFailed(added.error().userMessage()));
    }
    Q_EMIT progressed();
}

void AnalyticsStage::onFinished(Store::TaskId taskId, RemoteJob *job)
{
    std::unique_ptr<Running> running = std::move(m_running.at(taskId));
    m_running.erase(taskId);
    releaseSlot(*running);
    running->job.release()->deleteLater(); // we are inside its signal
    const auto task = m_context.store->taskById(taskId);
    if (!task.ok())
        return void(Q_EMIT storeFailed(task.error().userMessage()));
    if (!job->failed()) {
        if (running->writing && !running->writer.finish())
            return void(Q_EMIT fatal(Api::ApiError::localIo(running->writer.errorDetail())));
        check(m_context.store->transitionTask(taskId, Store::TaskState::Fulfilled,
            QStringLiteral("%1 conversations").arg(static_cast<AnalyticsDetailsJob *>(job)->conversationsFetched())));
        Q_EMIT progressed();
        return;
    }
    running->writer.abort();
    const Api::ApiError &error = *job->error();
    if (error.code == QLatin1String(AnalyticsDetailsJob::failedCode)
        || error.code == QLatin1String(AnalyticsDetailsJob::expiredCode))
        return splitOrRetry(task.value(), error);
    if (error.isTransient())
        return retryLater(task.value(), error);
    Store::TaskChange change;
    change.error = error.detail;
    change.contextId = error.contextId;
    check(m_context.store->transitionTask(taskId, Store::TaskState::Failed, error.userMessage(), change));
    Q_EMIT fatal(error);
}

void AnalyticsStage::retryLater(const Store::TaskRecord &task, const Api::ApiError &error)
{
    Store::TaskChange change;
    change.error = error.detail;
    change.contextId = error.contextId;
    change.nextAttemptAt = m_context.api->clock().nowUtc().addSecs(30);
    check(m_context.store->transitionTask(task.id, Store::TaskState::Failed, error.userMessage(), change));
    Q_EMIT progressed();
}

void AnalyticsStage::splitOrRetry(const Store::TaskRecord &task, const Api::ApiError &error)
{
    Store::TaskChange change;
    change.error = error.detail;
    change.remoteId = QString(); // the next attempt submits a new job
    const QJsonObject payload = payloadOf(task);
    const Plan::Window window = windowFromPayload(payload);
    if (task.attempts < maxRemoteRetries || window.durationSeconds() < 2 * smallestSplitSeconds) {
        change.nextAttemptAt = m_context.api->clock().nowUtc().addSecs(5);
        check(m_context.store->transitionTask(task.id, Store::TaskState::Failed,
            QStringLiteral("analytics job ended (%1); resubmitting").arg(error.serverMessage), change));
        return void(Q_EMIT progressed());
    }
    // The window keeps failing: halve it, the way a too-large result is made to fit.
    const QString filters = Plan::Planner::filtersHash(m_context.spec);
    Store::Transaction tx = m_context.store->transaction();
    for (const Plan::Window &part : Plan::Planner::split(window)) {
        QJsonObject partPayload = payload;
        partPayload.insert(QStringLiteral("utcStart"), part.utcStart.toString(Qt::ISODateWithMs));
        partPayload.insert(QStringLiteral("utcEnd"), part.utcEnd.toString(Qt::ISODateWithMs));
        partPayload.insert(QStringLiteral("part"), part.part);
        partPayload.insert(QStringLiteral("partCount"), part.partCount);
        partPayload.insert(QStringLiteral("label"), part.label());
        partPayload.insert(QStringLiteral("query"), Plan::AnalyticsQuery::queryForWindow(m_context.spec, part));
        Store::NewTask newTask;
        newTask.exportId = m_context.exportId;
        newTask.kind = Store::TaskKind::Analytics;
        newTask.windowLabel = part.label();
        newTask.idempotencyKey = part.idempotencyKey(m_context.exportUuid, QStringLiteral("analytics"), filters);
        newTask.payloadJson = QString::fromUtf8(QJsonDocument(partPayload).toJson(QJsonDocument::Compact));
        if (!m_context.store->upsertTask(newTask).ok())
            return void(Q_EMIT storeFailed(tr("Could not record the split of window %1.").arg(window.label())));
    }
    if (!check(m_context.store->transitionTask(task.id, Store::TaskState::Cancelled,
            QStringLiteral("split into two halves after repeated failures"), change))
        || !check(tx.commit()))
        return;
    qCInfo(lcAnalyticsStage) << "split window" << window.label();
    Q_EMIT progressed();
}

void AnalyticsStage::stop()
{
    for (auto &[id, running] : m_running) {
        running->job->kill();
        running->writer.abort();
        releaseSlot(*running);
    }
    m_running.clear();
}

} // namespace Custody::Jobs
