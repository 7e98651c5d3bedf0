#include "core/evidence/manifestwriter.h"

#include <QDir>
#include <QJsonDocument>

#include <utility>

#include "core/evidence/partfile.h"

namespace Custody::Evidence {

namespace {

// Write to disk once a buffer holds this much; keeps memory flat and the
// number of system calls low.
constexpr qsizetype flushThreshold = 64 * 1024;

QStringList csvFields(const ManifestEntry &entry)
{
    return {
        entry.conversationId,
        entry.recordingId,
        ManifestEntry::formatTime(entry.startTime),
        entry.queue,
        entry.agent,
        entry.direction,
        entry.mediaType,
        entry.relativePath,
        QString::number(entry.size),
        entry.sha256,
        entry.sourceJobId,
        ManifestEntry::formatTime(entry.downloadedAt),
    };
}

} // namespace

ManifestWriter::ManifestWriter(QString exportFolder)
    : m_folder(std::move(exportFolder))
{
}

ManifestWriter::~ManifestWriter()
{
    abort();
}

QString ManifestWriter::csvField(const QString &value)
{
    static const QString mustQuote = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : value) {
        if (mustQuote.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

QString ManifestWriter::csvRecord(const QStringList &fields)
{
    QString record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record += u',';
        record += csvField(fields.at(i));
    }
    record += QLatin1String("\r\n");
    return record;
}

QJsonObject ManifestWriter::toJson(const ManifestEntry &entry)
{
    const QStringList fields = csvFields(entry);
    const QStringList columns = ManifestEntry::csvColumns();
    QJsonObject object;
    for (qsizetype i = 0; i < columns.size(); ++i)
        object.insert(columns.at(i), fields.at(i));
    // JSON numbers are exact up to 2^53 bytes, far beyond any recording.
    object.insert(QStringLiteral("size"), static_cast<double>(entry.size));
    return object;
}

bool ManifestWriter::failFrom(const PartFile &file)
{
    m_errorString = file.errorString();
    m_errorDetail = file.errorDetail();
    abort();
    return false;
}

ManifestWriteResult ManifestWriter::failure() const
{
    ManifestWriteResult result;
    result.errorString = m_errorString;
    result.errorDetail = m_errorDetail;
    return result;
}

bool ManifestWriter::open(const QJsonObject &exportMetadata)
{
    abort();
    m_errorString.clear();
    m_errorDetail.clear();
    m_entries = 0;
    m_csvHash.reset();
    m_csvBuffer.clear();
    m_jsonBuffer.clear();

    const QDir folder(m_folder);
    m_csv = std::make_unique<PartFile>();
    if (!m_csv->open(folder.filePath(csvFileName())))
        return failFrom(*m_csv);
    m_json = std::make_unique<PartFile>();
    if (!m_json->open(folder.filePath(jsonFileName())))
        return failFrom(*m_json);

    m_csvBuffer = csvRecord(ManifestEntry::csvColumns()).toUtf8();
    // Written by hand rather than through one QJsonDocument so the file list
    // can stream; each piece is still produced by QJsonDocument.
    m_jsonBuffer = QByteArrayLiteral("{\"manifestVersion\":") + QByteArray::number(manifestVersion)
        + QByteArrayLiteral(",\"export\":") + QJsonDocument(exportMetadata).toJson(QJsonDocument::Compact)
        + QByteArrayLiteral(",\"files\":[");
    return true;
}

bool ManifestWriter::flushBuffers(bool force)
{
    if (m_csvBuffer.size() >= flushThreshold || (force && !m_csvBuffer.isEmpty())) {
        m_csvHash.addData(m_csvBuffer);
        if (!m_csv->write(m_csvBuffer))
            return failFrom(*m_csv);
        m_csvBuffer.clear();
    }
    if (m_jsonBuffer.size() >= flushThreshold || (force && !m_jsonBuffer.isEmpty())) {
        if (!m_json->write(m_jsonBuffer))
            return failFrom(*m_json);
        m_jsonBuffer.clear();
    }
    return true;
}

bool ManifestWriter::add(const ManifestEntry &entry)
{
    if (!m_csv || !m_json) {
        m_errorDetail = QStringLiteral("add to a manifest that is not open");
        m_errorString = tr("Custody tried to add to a manifest that is not open. This is a bug; please report it.");
        return false;
    }
    m_csvBuffer += csvRecord(csvFields(entry)).toUtf8();
    if (m_entries > 0)
        m_jsonBuffer += ',';
    m_jsonBuffer += QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact);
    ++m_entries;
    return flushBuffers(false);
}

ManifestWriteResult ManifestWriter::finish()
{
    if (!m_csv || !m_json) {
        m_errorDetail = QStringLiteral("finish of a manifest that is not open");
        m_errorString = tr("Custody tried to finish a manifest that is not open. This is a bug; please report it.");
        return failure();
    }
    m_jsonBuffer += QByteArrayLiteral("]}\n");
    if (!flushBuffers(true))
        return failure();
    // The CSV goes last: its hash is what the custody report vouches for, so
    // it only appears once the JSON companion is already in place.
    if (!m_json->commit()) {
        failFrom(*m_json);
        return failure();
    }
    if (!m_csv->commit()) {
        failFrom(*m_csv);
        return failure();
    }

    ManifestWriteResult result;
    result.ok = true;
    result.csvSha256 = QString::fromLatin1(m_csvHash.result().toHex());
    result.entryCount = m_entries;
    m_csv.reset();
    m_json.reset();
    return result;
}

void ManifestWriter::abort()
{
    if (m_csv)
        m_csv->abort();
    if (m_json)
        m_json->abort();
    m_csv.reset();
    m_json.reset();
    m_csvBuffer.clear();
    m_jsonBuffer.clear();
}

ManifestWriteResult ManifestWriter::write(
    const QString &exportFolder, const QList<ManifestEntry> &entries, const QJsonObject &exportMetadata)
{
    ManifestWriter writer(exportFolder);
    if (!writer.open(exportMetadata))
        return writer.failure();
    for (const ManifestEntry &entry : entries) {
        if (!writer.add(entry))
            return writer.failure();
    }
    return writer.finish();
}

} // namespace Custody::Evidence
