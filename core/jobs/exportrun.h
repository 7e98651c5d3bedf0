#pragma once

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

#include "core/api/apierror.h"
#include "core/jobs/exportcontext.h"
#include "core/jobs/exportprogress.h"

namespace Custody::Transfer {
class DownloadQueue;
}

namespace Custody::Jobs {

class AnalyticsStage;
class BatchStage;
class BulkStage;
class DownloadStage;
class TranscodeStage;

/// Options for one run of an export, from settings or the command line.
struct RunOptions
{
    int maxDownloads = 4;
    qint64 bandwidthBytesPerSecond = 0; ///< 0: unlimited
    int urlTtlSeconds = 3600;
    QString orgDescription; ///< for the manifest and custody report
    QHash<QString, QString> queueNames;
    QHash<QString, QString> userNames;
    OrgSlotPools *pools = nullptr; ///< the org session's job slots; must outlive the run
};

/// Drives one export from its stored state to its evidence folder: plans
/// windows, finds conversations, batches recordings, downloads them and
/// writes the evidence. Everything it decides is read from and written to the
/// store first, so a new ExportRun on the same export after a crash carries on
/// where the old one stopped.
class ExportRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportRun)

public:
    ExportRun(Store::JobStore *store, Api::ApiClient *api, const Store::ExportRecord &record,
        const Plan::ExportSpec &spec, const RunOptions &options, QObject *parent = nullptr);
    ~ExportRun() override;

    Store::ExportId exportId() const { return m_context.exportId; }
    Store::ExportState state() const { return m_state; }
    ExportProgress progress() const;

    void start();
    void pause(const QString &why = {});
    void cancel();
    /// The kind of API error that failed the export, when one did.
    std::optional<Api::ApiError::Kind> failureKind() const { return m_failureKind; }

Q_SIGNALS:
    void progressChanged(const Custody::Jobs::ExportProgress &progress);
    /// The export reached Completed, CompletedWithErrors, Failed or Cancelled,
    /// or paused because it needs the user (\a message says why and what to do).
    void stopped(Custody::Store::ExportState state, const QString &message);

private:
    void schedulePump();
    void pump();
    void finishExport();
    void fail(const QString &message);
    void failWith(const Api::ApiError &error);
    void haltStages();
    void setState(Store::ExportState state, const QString &message);

    ExportContext m_context;
    RunOptions m_options;
    std::unique_ptr<Transfer::DownloadQueue> m_downloads;
    std::unique_ptr<AnalyticsStage> m_analytics;
    std::unique_ptr<BatchStage> m_batches;
    std::unique_ptr<TranscodeStage> m_transcode;
    std::unique_ptr<BulkStage> m_bulk;
    std::unique_ptr<DownloadStage> m_files;
    QTimer m_pumpTimer;
    QTimer m_tick;
    QTimer m_progressTimer;
    Store::ExportState m_state = Store::ExportState::Created;
    QString m_message;
    std::optional<Api::ApiError::Kind> m_failureKind;
    qint64 m_bytesPerSecond = 0;
    qint64 m_bytes = 0;
};

} // namespace Custody::Jobs
