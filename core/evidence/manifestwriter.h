#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

#include "core/evidence/manifestentry.h"

namespace Custody::Evidence {

class PartFile;

/// The outcome of writing a manifest.
struct ManifestWriteResult
{
    bool ok = false;
    QString csvSha256; ///< SHA-256 hex of manifest.csv as written, for the custody report
    qint64 entryCount = 0;
    QString errorString; ///< translated
    QString errorDetail; ///< technical
};

/// Writes manifest.csv and manifest.json into an export folder, streaming one
/// entry at a time so a 100,000-file export needs no more memory than a small
/// buffer.
///
/// manifest.csv: RFC 4180 (header row, CRLF line ends, fields with a comma,
/// quote, CR or LF quoted, quotes doubled), UTF-8 without BOM, times in UTC as
/// ISO-8601 with milliseconds and "Z".
/// manifest.json: {"manifestVersion":1,"export":{…},"files":[…]}.
///
/// Both are written as ".part" files and renamed into place by finish(), so
/// a reader never sees half a manifest.
class ManifestWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ManifestWriter)
    Q_DISABLE_COPY_MOVE(ManifestWriter)

public:
    static constexpr int manifestVersion = 1;
    static QString csvFileName() { return QStringLiteral("manifest.csv"); }
    static QString jsonFileName() { return QStringLiteral("manifest.json"); }

    explicit ManifestWriter(QString exportFolder);
    /// Aborts an unfinished manifest.
    ~ManifestWriter();

    /// Starts both files; \a exportMetadata becomes the "export" object.
    [[nodiscard]] bool open(const QJsonObject &exportMetadata);
    [[nodiscard]] bool add(const ManifestEntry &entry);
    /// Completes and renames both files; the result carries the CSV's hash.
    [[nodiscard]] ManifestWriteResult finish();
    /// Removes both ".part" files; existing manifests stay as they were.
    void abort();

    QString errorString() const { return m_errorString; }
    QString errorDetail() const { return m_errorDetail; }

    /// open(), add() every entry, finish().
    static ManifestWriteResult write(
        const QString &exportFolder, const QList<ManifestEntry> &entries, const QJsonObject &exportMetadata);

    /// One CSV field, quoted only when it must be.
    static QString csvField(const QString &value);
    /// One CSV record with its CRLF.
    static QString csvRecord(const QStringList &fields);
    /// The entry as a JSON object, keyed like the CSV columns.
    static QJsonObject toJson(const ManifestEntry &entry);

private:
    bool flushBuffers(bool force);
    bool failFrom(const PartFile &file);
    ManifestWriteResult failure() const;

    QString m_folder;
    std::unique_ptr<PartFile> m_csv;
    std::unique_ptr<PartFile> m_json;
    QByteArray m_csvBuffer;
    QByteArray m_jsonBuffer;
    QCryptographicHash m_csvHash { QCryptographicHash::Sha256 };
    qint64 m_entries = 0;
    QString m_errorString;
    QString m_errorDetail;
};

} // namespace Custody::Evidence
