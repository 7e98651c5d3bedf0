#include "core/jobs/evidencestage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QTextStream>

#include "core/evidence/fileverifier.h"
#include "core/evidence/manifestwriter.h"
#include "core/jobs/bulkstage.h"
#include "core/version.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Custody::Jobs {

namespace {

constexpr int pageSize = 1000;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Custody::Jobs::EvidenceStage", text, nullptr, n);
}

QString osUser()
{
    for (const char *name : { "USER", "USERNAME", "LOGNAME" }) {
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("?");
}

} // namespace

EvidenceStage::EvidenceStage(const ExportContext &context)
    : m_context(context)
{
}

EvidenceSummary EvidenceStage::write()
{
    EvidenceSummary summary;
    const QJsonObject metadata { { QStringLiteral("exportId"), m_context.exportUuid },
        { QStringLiteral("name"), m_context.spec.name }, { QStringLiteral("organization"), m_orgDescription },
        { QStringLiteral("custodyVersion"), Custody::applicationVersion() },
        { QStringLiteral("spec"), m_context.spec.toJson() } };
    Evidence::ManifestWriter manifest(m_context.folder);
    if (!manifest.open(metadata)) {
        summary.errorMessage = manifest.errorString();
        return summary;
    }
    Store::JobStore &store = *m_context.store;
    for (int offset = 0;; offset += pageSize) {
        const auto page = store.itemsForExport(m_context.exportId, Store::ItemState::Downloaded, pageSize, offset);
        if (!page.ok()) {
            manifest.abort();
            summary.errorMessage = page.error().userMessage();
            return summary;
        }
        for (const Store::ItemRecord &item : page.value()) {
            const ConversationFacts facts = ConversationFacts::fromMetadataJson(item.metadataJson);
            Evidence::ManifestEntry entry;
            entry.conversationId = item.conversationId;
            entry.recordingId = item.recordingId;
            entry.startTime = QDateTime::fromString(facts.start, Qt::ISODateWithMs);
            entry.queue = m_queueNames.value(facts.queueId, facts.queueId);
            entry.agent = m_userNames.value(facts.userId, facts.userId);
            entry.direction = facts.direction;
            entry.mediaType = facts.mediaType;
            entry.relativePath = item.relativePath;
            entry.size = item.size.value_or(0);
            entry.sha256 = item.sha256;
            entry.sourceJobId = item.sourceJobId;
            entry.downloadedAt = item.urlReceivedAt.isValid() ? item.urlReceivedAt : QDateTime::currentDateTimeUtc();
            if (!manifest.add(entry)) {
                summary.errorMessage = manifest.errorString();
                return summary;
            }
            ++summary.files;
            summary.bytes += entry.size;
        }
        if (page.value().size() < pageSize)
            break;
    }
    const Evidence::ManifestWriteResult written = manifest.finish();
    if (!written.ok) {
        summary.errorMessage = written.errorString;
        return summary;
    }
    summary.manifestSha256 = written.csvSha256;
    const auto counts = store.countItems(m_context.exportId);
    summary.failed = counts.ok() ? counts.value().count(Store::ItemState::Failed) : 0;
    BulkStage::reportSection(m_context, &summary.bulkProblems); // the count; writeReport() writes the text
    QString error;
    if (!writeEvents(&error) || !writeReport(summary, &error)) {
        summary.errorMessage = error;
        return summary;
    }
    summary.ok = true;
    return summary;
}

bool EvidenceStage::writeEvents(QString *error)
{
    QSaveFile file(QDir(m_context.folder).filePath(QStringLiteral("events.jsonl")));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the audit trail %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    Store::EventId after = 0;
    for (;;) {
        const auto page = m_context.store->events(m_context.exportId, after, pageSize);
        if (!page.ok()) {
            *error = page.error().userMessage();
            return false;
        }
        for (const Store::EventRecord &event : page.value()) {
            QJsonObject line { { QStringLiteral("id"), event.id },
                { QStringLiteral("at"), event.at.toUTC().toString(Qt::ISODateWithMs) },
                { QStringLiteral("kind"), event.kind }, { QStringLiteral("message"), event.message } };
            if (event.taskId)
                line.insert(QStringLiteral("taskId"), *event.taskId);
            if (event.itemId)
                line.insert(QStringLiteral("itemId"), *event.itemId);
            if (!event.fromState.isEmpty())
                line.insert(QStringLiteral("from"), event.fromState);
            if (!event.toState.isEmpty())
                line.insert(QStringLiteral("to"), event.toState);
            file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
            after = event.id;
        }
        if (page.value().size() < pageSize)
            break;
    }
    if (!file.commit()) {
        *error = tr("Cannot write the audit trail %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool EvidenceStage::writeReport(const EvidenceSummary &summary, QString *error)
{
    QSaveFile file(QDir(m_context.folder).filePath(QStringLiteral("custody-report.txt")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = tr("Cannot write the custody report %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QTextStream out(&file);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Plan::ExportSpec &spec = m_context.spec;
    out << tr("Custody report") << "\n==============\n\n";
    out << tr("Export") << ": " << spec.name << " (" << m_context.exportUuid << ")\n";
    out << tr("Written at") << ": " << now.toString(Qt::ISODateWithMs) << " (UTC)\n";
    out << tr("Run by") << ": " << osUser() << "\n";
    out << tr("Machine") << ": " << QSysInfo::machineHostName() << ", " << QSysInfo::prettyProductName() << ", "
        << QSysInfo::currentCpuArchitecture() << "\n";
    out << tr("Application") << ": Custody " << Custody::applicationVersion() << "\n";
    out << tr("Organisation") << ": " << m_orgDescription << "\n\n";
    out << tr("What was asked for") << "\n------------------\n";
    out << QString::fromUtf8(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Indented)) << "\n";

    out << tr("Outcome") << "\n-------\n";
    const auto counts = m_context.store->countItems(m_context.exportId);
    if (counts.ok()) {
        for (Store::ItemState state : Store::AllItemStates) {
            if (const qint64 n = counts.value().count(state); n > 0)
                out << "  " << Store::toString(state) << ": " << n << "\n";
        }
    }
    out << tr("Files in the manifest") << ": " << summary.files << " (" << summary.bytes << " bytes)\n";
    out << tr("SHA-256 of manifest.csv") << ": " << summary.manifestSha256 << "\n";
    const QString jsonSha = Evidence::FileVerifier::sha256OfFile(
        QDir(m_context.folder).filePath(Evidence::ManifestWriter::jsonFileName()));
    out << tr("SHA-256 of manifest.json") << ": " << jsonSha << "\n\n";

    out << tr("Failures") << "\n--------\n";
    qint64 listed = 0;
    for (int offset = 0;; offset += pageSize) {
        const auto page
            = m_context.store->itemsForExport(m_context.exportId, Store::ItemState::Failed, pageSize, offset);
        if (!page.ok())
            break;
        for (const Store::ItemRecord &item : page.value()) {
            out << "  " << item.conversationId << " / "
                << (item.recordingId.isEmpty() ? QStringLiteral("*") : item.recordingId) << ": " << item.error << "\n";
            ++listed;
        }
        if (page.value().size() < pageSize)
            break;
    }
    if (listed == 0)
        out << "  " << tr("none") << "\n";
    out << "\n"
        << BulkStage::reportSection(m_context)
        << tr("Check this export at any time with: custody-cli verify \"%1\"")
               .arg(QDir::toNativeSeparators(m_context.folder))
        << "\n";
    out.flush();
    if (!file.commit()) {
        *error = tr("Cannot write the custody report %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace Custody::Jobs
