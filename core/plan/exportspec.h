#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTimeZone>

#include "core/plan/daterange.h"
#include "core/plan/exportfilters.h"
#include "core/plan/parseresult.h"

namespace Custody::Plan {

/// The format recordings are fetched in. Native keeps what the trunk recorded
/// (batch downloads always return that); the others ask the per-recording
/// endpoint to transcode with its `formatId` parameter.
enum class RecordingFormat { Native, Wav, Webm, WavUlaw, OggVorbis, OggOpus, Mp3 };

/// The Genesys `formatId` ("WAV", "WEBM", "WAV_ULAW", "OGG_VORBIS", "OGG_OPUS",
/// "MP3"); empty for Native, which has no formatId.
QString formatId(RecordingFormat format);

/// The format for a `formatId`, case-insensitive; "" and "NATIVE" give Native.
std::optional<RecordingFormat> recordingFormatFromId(QStringView id);

/// One problem found by ExportSpec::validate(), tied to the part of the spec
/// it is about so a form can mark the field.
struct SpecProblem final
{
    enum class Field {
        Profile,
        Content,
        BulkExport,
        DateRange,
        TimeZone,
        Filters,
        ConversationIds,
        Destination,
        FileNameTemplate
    };

    Field field;
    QString message; ///< translated: what is wrong and what to do
};

/// Everything that defines one export, as chosen in the GUI or on the command
/// line and saved with the job so it can be resumed and reported exactly.
///
/// Selection is either a local date range in a time zone with filters, or an
/// explicit list of conversation ids; only the active part is saved.
struct ExportSpec final
{
    /// Version written as "specVersion"; raise it when the JSON shape changes
    /// incompatibly, and keep reading the older shapes.
    static constexpr int kSpecVersion = 1;

    enum class Selection { DateRange, ConversationIds };

    QString name;
    QString profileId; ///< id of the org profile (region, org, OAuth client) to export from

    bool includeConversationDetails = true; ///< analytics conversation records (JSONL)
    bool includeRecordings = true; ///< recording files downloaded to the destination
    bool includeRecordingBulkExport = false; ///< a recording bulk EXPORT job into the org's S3 bucket
    RecordingFormat recordingFormat = RecordingFormat::Native;

    Selection selection = Selection::DateRange;
    DateRange range; ///< Selection::DateRange: local days, inclusive
    QString timeZoneId; ///< Selection::DateRange: IANA id, e.g. "Europe/Berlin"
    ExportFilters filters;
    QStringList conversationIds; ///< Selection::ConversationIds

    QString destinationFolder;
    QString fileNameTemplate = defaultFileNameTemplate();
    QString bulkExportIntegrationId; ///< the AWS S3 recording bulk-actions integration

    /// `{date}/{conversationId}/{recordingId}.{ext}`
    static QString defaultFileNameTemplate();

    /// Placeholder names a file-name template may use (without braces).
    static QStringList fileNamePlaceholders();

    /// True when only conversations with a recording matter: recordings are
    /// wanted but conversation records are not. With conversation records
    /// wanted, every matching conversation is needed, recorded or not.
    bool onlyConversationsWithRecordings() const { return includeRecordings && !includeConversationDetails; }

    /// The zone named by timeZoneId; invalid when the id is unknown.
    QTimeZone timeZone() const;

    /// Every problem that would stop the export, in the order of the form;
    /// empty when the spec can be run.
    QList<SpecProblem> validate() const;

    /// Just the messages of validate(), for the command line.
    QStringList problemMessages() const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;

    /// Reads what toJson() wrote. Structural damage and specs from a newer
    /// Custody are errors; semantic problems are left to validate().
    static ParseResult<ExportSpec> fromJson(const QJsonObject &json);
    static ParseResult<ExportSpec> fromJsonBytes(const QByteArray &json);

    friend bool operator==(const ExportSpec &, const ExportSpec &) = default;
};

} // namespace Custody::Plan
