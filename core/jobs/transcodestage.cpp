#include "core/jobs/transcodestage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include "core/api/apicall.h"
#include "core/api/clock.h"

Q_LOGGING_CATEGORY(lcTranscode, "custody.jobs.transcode")

namespace Custody::Jobs {

namespace {

constexpr int pageSize = 500;
constexpr std::chrono::milliseconds expectedTranscode { 1500 };

} // namespace

struct TranscodeStage::Active
{
    Store::ItemRecord item;
    int polls = 0; ///< 202 answers so far
    std::unique_ptr<Api::ApiCall> call;
    QTimer again;
};

TranscodeStage::TranscodeStage(ExportContext &context, QObject *parent)
    : StageBase(parent)
    , m_context(context)
{
}

TranscodeStage::~TranscodeStage()
{
    stop();
}

bool TranscodeStage::isConverting(const ExportContext &context)
{
    return context.spec.recordingFormat != Plan::RecordingFormat::Native;
}

bool TranscodeStage::converts(const QString &contentType)
{
    // Chats, emails and messages have no audio format to convert to.
    return contentType.trimmed().startsWith(QLatin1String("audio/"), Qt::CaseInsensitive);
}

QString TranscodeStage::contentTypeFor(Plan::RecordingFormat format)
{
    switch (format) {
    case Plan::RecordingFormat::Native:
        return {};
    case Plan::RecordingFormat::Mp3:
        return QStringLiteral("audio/mpeg");
    case Plan::RecordingFormat::OggVorbis:
    case Plan::RecordingFormat::OggOpus:
        return QStringLiteral("audio/ogg");
    case Plan::RecordingFormat::Webm:
        return QStringLiteral("audio/webm");
    case Plan::RecordingFormat::Wav:
    case Plan::RecordingFormat::WavUlaw:
        return QStringLiteral("audio/wav");
    }
    return {};
}

void TranscodeStage::enqueue(const QList<Store::ItemRecord> &items)
{
    for (const Store::ItemRecord &item : items)
        m_queue.push_back(item);
    pump();
}

void TranscodeStage::pump()
{
    while (int(m_active.size()) < m_maxConcurrent && !m_queue.empty()) {
        Store::ItemRecord item = m_queue.front();
        m_queue.pop_front();
        if (m_active.count(item.id))
            continue;
        auto active = std::make_unique<Active>();
        active->item = item;
        active->again.setSingleShot(true);
        const Store::ItemId id = item.id;
        connect(&active->again, &QTimer::timeout, this, [this, id] { request(id); });
        m_active.emplace(id, std::move(active));
        request(id);
    }
}

void TranscodeStage::request(Store::ItemId id)
{
    Active &active = *m_active.at(id);
    Api::ApiRequest request;
    request.path = QStringLiteral("/api/v2/conversations/%1/recordings/%2")
                       .arg(active.item.conversationId, active.item.recordingId);
    request.query.addQueryItem(QStringLiteral("formatId"), Plan::formatId(m_context.spec.recordingFormat));
    active.call.reset(m_context.api->send(request, nullptr));
    connect(active.call.get(), &Api::ApiCall::finished, this,
        [this, id](const Api::Result<Api::ApiResponse> &result) { onAnswer(id, result); });
}

void TranscodeStage::settle(Store::ItemId id)
{
    const auto it = m_active.find(id);
    if (it == m_active.end())
        return;
    // Called from the call's own signal: it is deleted later, not here.
    it->second->call.release()->deleteLater();
    m_active.erase(it);
    QTimer::singleShot(0, this, &TranscodeStage::pump);
}

void TranscodeStage::onAnswer(Store::ItemId id, const Api::Result<Api::ApiResponse> &result)
{
    Active &active = *m_active.at(id);
    Store::JobStore &store = *m_context.store;
    const QString format = Plan::formatId(m_context.spec.recordingFormat);
    if (!result.ok()) {
        const Api::ApiError &error = result.error();
        const Store::ItemRecord item = active.item;
        settle(id);
        switch (error.kind) {
        case Api::ApiError::Kind::Auth:
        case Api::ApiError::Kind::Permission:
            check(store.transitionItems({ item.id }, Store::ItemState::Pending, error.detail));
            Q_EMIT fatal(error);
            return;
        case Api::ApiError::Kind::NotFound:
        case Api::ApiError::Kind::BadRequest:
            check(store.transitionItems({ item.id }, Store::ItemState::Failed, error.detail, error.userMessage()));
            break;
        default:
            // Network trouble after the call's own retries: a new batch later, within the item's batch budget.
            check(store.transitionItems({ item.id }, Store::ItemState::Pending,
                QStringLiteral("converting to %1 failed (%2); batching again").arg(format, error.detail)));
            break;
        }
        return void(Q_EMIT progressed());
    }
    const QJsonObject recording = result.value().json.object();
    if (result.value().status == 202) {
        // Still transcoding: ask again, backing off, but not for ever.
        if (++active.polls > m_maxPolls) {
            const Store::ItemRecord item = active.item;
            settle(id);
            check(store.transitionItems({ item.id }, Store::ItemState::Pending,
                QStringLiteral("still transcoding to %1 after %2 polls; batching again").arg(format).arg(m_maxPolls)));
            return void(Q_EMIT progressed());
        }
        const int estimate = recording.value(QStringLiteral("estimatedTranscodeTimeMs")).toInt(0);
        const auto expected = estimate > 0 ? std::chrono::milliseconds(estimate) : expectedTranscode;
        const auto delay = m_context.api->retryPolicy().pollDelay(
            active.polls - 1, expected, QRandomGenerator::global()->generateDouble());
        active.call.release()->deleteLater();
        active.again.start(int(delay.count()));
        return;
    }
    // The keys of mediaUris are not documented: take the first entry.
    QUrl url;
    const QJsonObject uris = recording.value(QStringLiteral("mediaUris")).toObject();
    if (!uris.isEmpty())
        url = QUrl(uris.begin().value().toObject().value(QStringLiteral("mediaUri")).toString());
    const Store::ItemRecord item = active.item;
    settle(id);
    if (!url.isValid() || url.isEmpty()) {
        const QString state = recording.value(QStringLiteral("fileState")).toString();
        check(store.transitionItems({ item.id }, Store::ItemState::Failed,
            QStringLiteral("no %1 media for this recording (fileState %2)").arg(format, state),
            tr("Genesys Cloud offered no %1 file for this recording (file state: %2).")
                .arg(format, state.isEmpty() ? tr("unknown") : state)));
        return void(Q_EMIT progressed());
    }
    check(store.setItemUrl(item.id, url, m_context.api->clock().nowUtc(),
        contentTypeFor(m_context.spec.recordingFormat), QStringLiteral("recording-api:%1").arg(format)));
    Q_EMIT progressed();
}

bool TranscodeStage::recover()
{
    Store::JobStore &store = *m_context.store;
    const auto tasks = store.tasksForExport(m_context.exportId);
    if (!tasks.ok()) {
        Q_EMIT storeFailed(tasks.error().userMessage());
        return false;
    }
    // What unfinished batches stand for: their items, and the recordings of
    // their conversations (which a resumed batch delivers again).
    QSet<Store::ItemId> inBatch;
    QSet<QString> conversations;
    for (const Store::TaskRecord &task : tasks.value()) {
        if (task.kind != Store::TaskKind::Batch || Store::isTerminal(task.state)
            || task.state == Store::TaskState::Failed)
            continue;
        const QJsonArray ids
            = QJsonDocument::fromJson(task.payloadJson.toUtf8()).object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &id : ids) {
            inBatch.insert(id.toInteger());
            const auto item = store.itemById(id.toInteger());
            if (item.ok() && item.value().recordingId.isEmpty())
                conversations.insert(item.value().conversationId);
        }
    }
    int offset = 0;
    for (;;) {
        const auto page = store.itemsForExport(m_context.exportId, Store::ItemState::Batched, pageSize, offset);
        if (!page.ok()) {
            Q_EMIT storeFailed(page.error().userMessage());
            return false;
        }
        QList<Store::ItemId> orphans;
        for (const Store::ItemRecord &item : page.value()) {
            if (inBatch.contains(item.id) || conversations.contains(item.conversationId))
                ++offset;
            else
                orphans.append(item.id);
        }
        if (!orphans.isEmpty()
            && !check(store.transitionItems(
                orphans, Store::ItemState::Pending, QStringLiteral("conversion interrupted; batching again"))))
            return false;
        if (page.value().size() < pageSize)
            return true;
    }
}

void TranscodeStage::stop()
{
    m_queue.clear();
    m_active.clear(); // deleting a call drops its reply; no handler runs
}

} // namespace Custody::Jobs
