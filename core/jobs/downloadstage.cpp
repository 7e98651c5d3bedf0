#include "core/jobs/downloadstage.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include "core/api/clock.h"
#include "core/evidence/fileverifier.h"
#include "core/transfer/downloadqueue.h"
#include "core/transfer/filenametemplate.h"
#include "core/transfer/pathsanitizer.h"

Q_LOGGING_CATEGORY(lcDownloadStage, "custody.jobs.downloadstage")

namespace Custody::Jobs {

namespace {

constexpr int pageSize = 200;

} // namespace

DownloadStage::DownloadStage(ExportContext &context, QObject *parent)
    : StageBase(parent)
    , m_context(context)
{
    connect(m_context.downloads, &Transfer::DownloadQueue::downloadFinished, this, &DownloadStage::onFinished);
}

QString DownloadStage::extensionFor(const QString &contentType)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    static const QHash<QString, QString> known = {
        { QStringLiteral("audio/wav"), QStringLiteral("wav") },
        { QStringLiteral("audio/x-wav"), QStringLiteral("wav") },
        { QStringLiteral("audio/wave"), QStringLiteral("wav") },
        { QStringLiteral("audio/ogg"), QStringLiteral("ogg") },
        { QStringLiteral("audio/opus"), QStringLiteral("opus") },
        { QStringLiteral("audio/webm"), QStringLiteral("webm") },
        { QStringLiteral("video/webm"), QStringLiteral("webm") },
        { QStringLiteral("audio/mpeg"), QStringLiteral("mp3") },
        { QStringLiteral("audio/mp3"), QStringLiteral("mp3") },
        { QStringLiteral("message/rfc822"), QStringLiteral("eml") },
        { QStringLiteral("text/plain"), QStringLiteral("txt") },
        { QStringLiteral("application/json"), QStringLiteral("json") },
        { QStringLiteral("application/zip"), QStringLiteral("zip") },
        { QStringLiteral("video/mp4"), QStringLiteral("mp4") },
    };
    return known.value(type, QStringLiteral("bin"));
}

QString DownloadStage::relativePathFor(const ExportContext &context, const Store::ItemRecord &item)
{
    const ConversationFacts facts = ConversationFacts::fromMetadataJson(item.metadataJson);
    Transfer::FileNameFields fields;
    fields.conversationStart = QDateTime::fromString(facts.start, Qt::ISODateWithMs);
    fields.timeZone = context.spec.timeZone();
    fields.conversationId = item.conversationId;
    fields.recordingId = item.recordingId;
    fields.ext = extensionFor(item.contentType);
    fields.queue = facts.queueId;
    fields.agent = facts.userId;
    fields.direction = facts.direction;
    fields.mediaType = facts.mediaType;
    const QString pattern = context.spec.fileNameTemplate.isEmpty() ? Transfer::FileNameTemplate::defaultPattern()
                                                                    : context.spec.fileNameTemplate;
    return Transfer::FileNameTemplate(pattern).render(fields);
}

void DownloadStage::pump()
{
    Store::JobStore &store = *m_context.store;
    const int room = m_context.downloads->maxConcurrent() * 2 - int(m_inFlight.size());
    if (room <= 0)
        return;
    const auto ready = store.itemsForExport(m_context.exportId, Store::ItemState::UrlReady, pageSize, 0);
    if (!ready.ok())
        return void(Q_EMIT storeFailed(ready.error().userMessage()));
    const QDateTime now = m_context.api->clock().nowUtc();
    int started = 0;
    QList<Store::ItemId> stale;
    for (const Store::ItemRecord &item : ready.value()) {
        if (started >= room)
            break;
        const QString tag = QString::number(item.id);
        if (m_inFlight.contains(tag))
            continue;
        // A URL that would expire mid-transfer is refreshed now rather than
        // failing with 403 half-way through a large file.
        if (item.urlReceivedAt.secsTo(now) > m_context.urlTtlSeconds - m_context.urlSafetyMarginSeconds) {
            stale.append(item.id);
            continue;
        }
        const QString relative = relativePathFor(m_context, item);
        const Transfer::ResolvedPath target = Transfer::PathSanitizer::resolveInside(m_context.folder, relative);
        if (!target.ok()) {
            if (!check(store.transitionItems({ item.id }, Store::ItemState::Failed, target.detail, target.userMessage)))
                return;
            continue;
        }
        if (!QDir().mkpath(QFileInfo(target.absolutePath).absolutePath())) {
            Q_EMIT destinationProblem(
                tr("Custody cannot create the folder %1. Check that the destination is "
                   "connected and writable, then resume the export.")
                    .arg(QDir::toNativeSeparators(QFileInfo(target.absolutePath).absolutePath())));
            return;
        }
        if (!check(store.transitionItems({ item.id }, Store::ItemState::Downloading, QStringLiteral("downloading"))))
            return;
        Store::ItemRecord record = item;
        record.relativePath = relative;
        m_inFlight.insert(tag, record);
        m_context.downloads->enqueue({ item.url, target.absolutePath, -1, tag });
        ++started;
    }
    if (!stale.isEmpty())
        check(store.transitionItems(
            stale, Store::ItemState::Pending, QStringLiteral("URL too close to expiry; batching again")));
}

void DownloadStage::onFinished(const QString &tag, const Transfer::DownloadResult &result)
{
    const auto it = m_inFlight.constFind(tag);
    if (it == m_inFlight.cend())
        return; // another export's download
    const Store::ItemRecord item = *it;
    m_inFlight.erase(it);
    Store::JobStore &store = *m_context.store;
    if (result.ok) {
        check(store.recordDownload(
            item.id, item.relativePath, result.size, QString::fromLatin1(result.sha256Hex), item.sourceJobId));
        return void(Q_EMIT progressed());
    }
    const Api::ApiError &error = result.error;
    switch (error.kind) {
    case Api::ApiError::Kind::Cancelled:
        return; // stopped on purpose; recover() settles the item
    case Api::ApiError::Kind::LocalIo:
        check(store.transitionItems({ item.id }, Store::ItemState::UrlReady, error.detail));
        Q_EMIT destinationProblem(result.userMessage());
        return;
    case Api::ApiError::Kind::NotFound:
        check(store.transitionItems({ item.id }, Store::ItemState::Failed, error.detail, result.userMessage()));
        break;
    default:
        // Expired or refused URLs, and transfers that kept breaking: a fresh
        // URL from a new batch, within the item's batch budget. The part file
        // stays, so the next attempt resumes where this one stopped.
        check(store.transitionItems({ item.id }, Store::ItemState::Pending,
            QStringLiteral("download failed (%1); batching again").arg(error.detail)));
        break;
    }
    Q_EMIT progressed();
}

bool DownloadStage::recover()
{
    Store::JobStore &store = *m_context.store;
    for (;;) {
        const auto left = store.itemsForExport(m_context.exportId, Store::ItemState::Downloading, pageSize, 0);
        if (!left.ok()) {
            Q_EMIT storeFailed(left.error().userMessage());
            return false;
        }
        if (left.value().isEmpty())
            return true;
        for (const Store::ItemRecord &item : left.value()) {
            const QString relative = relativePathFor(m_context, item);
            const Transfer::ResolvedPath target = Transfer::PathSanitizer::resolveInside(m_context.folder, relative);
            const QString part = target.absolutePath + QStringLiteral(".part");
            if (target.ok() && QFileInfo::exists(target.absolutePath) && !QFileInfo::exists(part)) {
                // Renamed into place just before a crash: the file is whole.
                qint64 size = 0;
                const QString sha = Evidence::FileVerifier::sha256OfFile(target.absolutePath, &size);
                if (!sha.isEmpty()) {
                    if (!check(store.recordDownload(item.id, relative, size, sha, item.sourceJobId)))
                        return false;
                    continue;
                }
            }
            if (!check(store.transitionItems({ item.id }, Store::ItemState::UrlReady,
                    QStringLiteral("interrupted download; resuming from the partial file"))))
                return false;
        }
    }
}

void DownloadStage::stop()
{
    m_inFlight.clear();
}

} // namespace Custody::Jobs
