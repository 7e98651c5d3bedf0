#pragma once

#include <QHash>
#include <QString>

#include "core/jobs/exportcontext.h"

namespace Custody::Jobs {

/// What the evidence of a finished export says about itself.
struct EvidenceSummary
{
    bool ok = false;
    QString errorMessage; ///< translated, when !ok
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 failed = 0;
    qint64 bulkProblems = 0; ///< recording bulk export windows given up
    QString manifestSha256;
};

/// Writes the evidence of a finished export into its folder: manifest.csv and
/// manifest.json (one row per file), events.jsonl (the audit trail) and
/// custody-report.txt (who, when, where from, what was asked, what came of it,
/// and the SHA-256 of the manifest).
class EvidenceStage final
{
public:
    explicit EvidenceStage(const ExportContext &context);

    /// Names for ids in the manifest and report, when known.
    void setQueueNames(const QHash<QString, QString> &names) { m_queueNames = names; }
    void setUserNames(const QHash<QString, QString> &names) { m_userNames = names; }
    void setOrgDescription(const QString &text) { m_orgDescription = text; }

    EvidenceSummary write();

private:
    bool writeEvents(QString *error);
    bool writeReport(const EvidenceSummary &summary, QString *error);

    const ExportContext &m_context;
    QHash<QString, QString> m_queueNames;
    QHash<QString, QString> m_userNames;
    QString m_orgDescription;
};

} // namespace Custody::Jobs
