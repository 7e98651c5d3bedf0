#include "core/jobs/exportrun.h"

#include <QDir>
#include <QLoggingCategory>

#include "core/jobs/analyticsstage.h"
#include "core/jobs/batchstage.h"
#include "core/jobs/bulkstage.h"
#include "core/jobs/downloadstage.h"
#include "core/jobs/evidencestage.h"
#include "core/jobs/transcodestage.h"
#include "core/transfer/destination.h"
#include "core/transfer/downloadqueue.h"

Q_LOGGING_CATEGORY(lcExportRun, "custody.jobs.exportrun")

namespace Custody::Jobs {

namespace {

constexpr int tickMs = 1000; // retries due, URLs going stale: things time alone changes
constexpr int progressMs = 250; // at most four progress updates a second
constexpr int maxConversionBacklog = 200; // recordings waiting for a converted URL before new batches wait

} // namespace

ExportRun::ExportRun(Store::JobStore *store, Api::ApiClient *api, const Store::ExportRecord &record,
    const Plan::ExportSpec &spec, const RunOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_downloads(std::make_unique<Transfer::DownloadQueue>(api->networkAccessManager()))
{
    m_context.store = store;
    m_context.api = api;
    m_context.downloads = m_downloads.get();
    m_context.exportId = record.id;
    m_context.exportUuid = record.uuid.toString(QUuid::WithoutBraces);
    m_context.spec = spec;
    m_context.folder = QDir::cleanPath(QDir(record.destination).absolutePath());
    m_context.urlTtlSeconds = options.urlTtlSeconds;
    m_context.urlSafetyMarginSeconds = std::min(60, options.urlTtlSeconds / 4);
    m_context.pools = options.pools;
    m_state = record.state;
    m_downloads->setMaxConcurrent(options.maxDownloads);
    m_downloads->setBandwidthLimit(options.bandwidthBytesPerSecond);

    m_analytics = std::make_unique<AnalyticsStage>(m_context);
    m_batches = std::make_unique<BatchStage>(m_context);
    m_batches->setMaxUrlBacklog(std::max(100, options.maxDownloads * 50));
    m_files = std::make_unique<DownloadStage>(m_context);
    m_transcode = std::make_unique<TranscodeStage>(m_context);
    m_bulk = std::make_unique<BulkStage>(m_context);
    connect(m_batches.get(), &BatchStage::conversionNeeded, m_transcode.get(), &TranscodeStage::enqueue);
    connect(m_transcode.get(), &TranscodeStage::progressed, this, &ExportRun::schedulePump);
    connect(m_bulk.get(), &BulkStage::progressed, this, &ExportRun::schedulePump);
    connect(m_transcode.get(), &TranscodeStage::fatal, this, [this](const Api::ApiError &e) { failWith(e); });
    connect(m_bulk.get(), &BulkStage::fatal, this, [this](const Api::ApiError &e) { failWith(e); });
    connect(m_transcode.get(), &TranscodeStage::storeFailed, this, &ExportRun::fail);
    connect(m_bulk.get(), &BulkStage::storeFailed, this, &ExportRun::fail);

    connect(m_analytics.get(), &AnalyticsStage::progressed, this, &ExportRun::schedulePump);
    connect(m_batches.get(), &BatchStage::progressed, this, &ExportRun::schedulePump);
    connect(m_files.get(), &DownloadStage::progressed, this, &ExportRun::schedulePump);
    connect(m_analytics.get(), &AnalyticsStage::fatal, this, [this](const Api::ApiError &e) { failWith(e); });
    connect(m_batches.get(), &BatchStage::fatal, this, [this](const Api::ApiError &e) { failWith(e); });
    connect(m_analytics.get(), &AnalyticsStage::storeFailed, this, &ExportRun::fail);
    connect(m_batches.get(), &BatchStage::storeFailed, this, &ExportRun::fail);
    connect(m_files.get(), &DownloadStage::storeFailed, this, &ExportRun::fail);
    connect(
        m_files.get(), &DownloadStage::destinationProblem, this, [this](const QString &message) { pause(message); });
    connect(m_downloads.get(), &Transfer::DownloadQueue::progress, this, [this](qint64 bytes, qint64 perSecond) {
        m_bytes = bytes;
        m_bytesPerSecond = perSecond;
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
    });

    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ExportRun::pump);
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &ExportRun::pump);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(progressMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { Q_EMIT progressChanged(progress()); });
}

ExportRun::~ExportRun()
{
    haltStages();
}

void ExportRun::setState(Store::ExportState state, const QString &message)
{
    m_state = state;
    m_message = message;
    const auto status = m_context.store->setExportState(m_context.exportId, state, message);
    if (!status.ok())
        qCWarning(lcExportRun) << "could not record export state:" << status.error().detail;
}

void ExportRun::start()
{
    if (Store::isFinished(m_state) && m_state != Store::ExportState::Failed)
        return;
    QDir().mkpath(m_context.folder);
    const Transfer::DestinationStatus destination = Transfer::Destination(m_context.folder).check(0);
    if (!destination.ok())
        return pause(destination.problems.join(QLatin1Char(' ')));
    if (!m_files->recover())
        return;
    if (TranscodeStage::isConverting(m_context) && !m_transcode->recover())
        return;
    if (m_state == Store::ExportState::Created) {
        const auto planned = m_analytics->plan();
        if (!planned.ok())
            return fail(planned.error().userMessage());
    }
    // Idempotent, so an export stopped before its bulk tasks were planned gets them now.
    if (const auto planned = m_bulk->plan(); !planned.ok())
        return fail(planned.error().userMessage());
    setState(Store::ExportState::Running, {});
    m_tick.start();
    schedulePump();
    Q_EMIT progressChanged(progress());
}

void ExportRun::schedulePump()
{
    // Many results can arrive in one turn of the event loop; decide once.
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start(0);
}

void ExportRun::pump()
{
    if (m_state != Store::ExportState::Running)
        return;
    m_analytics->pump();
    if (m_state != Store::ExportState::Running)
        return;
    m_bulk->pump();
    if (m_state != Store::ExportState::Running)
        return;
    if (m_transcode->backlog() < maxConversionBacklog)
        m_batches->pump(m_analytics->isDone());
    if (m_state != Store::ExportState::Running)
        return;
    m_transcode->pump();
    m_files->pump();
    if (!m_progressTimer.isActive())
        m_progressTimer.start();

    if (!m_analytics->isDone() || m_analytics->running() > 0 || m_batches->running() > 0 || m_files->inFlight() > 0
        || m_transcode->backlog() > 0 || !m_bulk->isDone() || m_bulk->running() > 0)
        return;
    const auto counts = m_context.store->countItems(m_context.exportId);
    if (!counts.ok())
        return fail(counts.error().userMessage());
    const Store::ItemCounts &c = counts.value();
    if (c.count(Store::ItemState::Pending) + c.count(Store::ItemState::Batched) + c.count(Store::ItemState::UrlReady)
            + c.count(Store::ItemState::Downloading)
        == 0)
        finishExport();
}

void ExportRun::finishExport()
{
    m_tick.stop();
    EvidenceStage evidence(m_context);
    evidence.setOrgDescription(m_options.orgDescription);
    evidence.setQueueNames(m_options.queueNames);
    evidence.setUserNames(m_options.userNames);
    const EvidenceSummary summary = evidence.write();
    if (!summary.ok)
        return pause(tr("Custody could not write the evidence files: %1 Free some space or fix the folder's "
                        "permissions, then resume the export.")
                         .arg(summary.errorMessage));
    const Store::ExportState final = summary.failed > 0 || summary.bulkProblems > 0
        ? Store::ExportState::CompletedWithErrors
        : Store::ExportState::Completed;
    const QString message = summary.failed > 0
        ? tr("%n file(s) exported; %1 item(s) could not be exported (see custody-report.txt).", nullptr,
            int(summary.files))
              .arg(summary.failed)
        : tr("%n file(s) exported and verified by SHA-256.", nullptr, int(summary.files));
    setState(final, message);
    Q_EMIT progressChanged(progress());
    Q_EMIT stopped(final, message);
}

void ExportRun::haltStages()
{
    m_tick.stop();
    m_pumpTimer.stop();
    m_analytics->stop();
    m_batches->stop();
    m_transcode->stop();
    m_bulk->stop();
    m_downloads->cancelAll();
    m_files->stop();
}

void ExportRun::pause(const QString &why)
{
    haltStages();
    // Items caught mid-download go back to waiting; their part files stay for the resume.
    [[maybe_unused]] const bool recovered = m_files->recover();
    setState(Store::ExportState::Paused, why);
    Q_EMIT progressChanged(progress());
    Q_EMIT stopped(Store::ExportState::Paused, why);
}

void ExportRun::cancel()
{
    haltStages();
    [[maybe_unused]] const bool recovered = m_files->recover();
    setState(Store::ExportState::Cancelled, tr("Cancelled. Files already exported stay in the folder."));
    Q_EMIT progressChanged(progress());
    Q_EMIT stopped(Store::ExportState::Cancelled, m_message);
}

void ExportRun::failWith(const Api::ApiError &error)
{
    if (m_state == Store::ExportState::Running)
        m_failureKind = error.kind;
    fail(error.userMessage());
}

void ExportRun::fail(const QString &message)
{
    if (m_state != Store::ExportState::Running)
        return;
    haltStages();
    [[maybe_unused]] const bool recovered = m_files->recover();
    setState(Store::ExportState::Failed, message);
    Q_EMIT progressChanged(progress());
    Q_EMIT stopped(Store::ExportState::Failed, message);
}

ExportProgress ExportRun::progress() const
{
    ExportProgress p;
    p.state = m_state;
    p.message = m_message;
    p.conversations = m_analytics->conversationsSeen();
    p.bytes = m_bytes;
    p.bytesPerSecond = m_bytesPerSecond;
    const auto tasks = m_context.store->tasksForExport(m_context.exportId);
    if (tasks.ok()) {
        for (const Store::TaskRecord &task : tasks.value()) {
            if (task.kind != Store::TaskKind::Analytics || task.state == Store::TaskState::Cancelled)
                continue;
            ++p.windowsTotal;
            p.windowsDone += task.state == Store::TaskState::Fulfilled ? 1 : 0;
        }
    }
    const auto counts = m_context.store->countItems(m_context.exportId);
    if (counts.ok()) {
        const Store::ItemCounts &c = counts.value();
        p.downloaded = c.count(Store::ItemState::Downloaded);
        p.failed = c.count(Store::ItemState::Failed);
        p.remaining = c.count(Store::ItemState::Pending) + c.count(Store::ItemState::Batched)
            + c.count(Store::ItemState::UrlReady) + c.count(Store::ItemState::Downloading);
    }
    if (p.bytesPerSecond > 0 && p.downloaded > 0 && m_bytes > 0)
        p.etaSeconds = qint64(double(p.remaining) * double(m_bytes) / double(p.downloaded) / double(p.bytesPerSecond));
    return p;
}

} // namespace Custody::Jobs
