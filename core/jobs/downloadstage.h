#pragma once

#include <QHash>

#include "core/api/apierror.h"
#include "core/jobs/exportcontext.h"
#include "core/jobs/stagebase.h"
#include "core/transfer/downloadresult.h"

namespace Custody::Jobs {

/// Fetches every item whose URL is ready into the export folder, through the
/// export's DownloadQueue: URLs too close to expiry go back for a new batch
/// instead of failing half-way; results are recorded with size and SHA-256.
class DownloadStage final : public StageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadStage)

public:
    DownloadStage(ExportContext &context, QObject *parent = nullptr);

    void pump();
    /// Forgets downloads in flight (the queue was cancelled); their items
    /// return to URL_READY on the next recover().
    void stop();
    /// After a crash or a stop: items left DOWNLOADING are settled. A file
    /// already complete on disk is recorded (hashing it, not downloading it
    /// again); anything else goes back to URL_READY and resumes from its part.
    [[nodiscard]] bool recover();
    int inFlight() const { return int(m_inFlight.size()); }

    /// The relative path an item's file gets, from the spec's template.
    static QString relativePathFor(const ExportContext &context, const Store::ItemRecord &item);
    static QString extensionFor(const QString &contentType);

Q_SIGNALS:
    /// The destination cannot take files (gone, full, read-only): pause.
    void destinationProblem(const QString &message);

private:
    void onFinished(const QString &tag, const Transfer::DownloadResult &result);

    ExportContext &m_context;
    QHash<QString, Store::ItemRecord> m_inFlight; ///< by tag (the item id)
};

} // namespace Custody::Jobs
