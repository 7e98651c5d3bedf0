#include "core/plan/exportspec.h"

#include <array>
#include <utility>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include "core/plan/specvalidator.h"

namespace Custody::Plan {

namespace {

constexpr std::array<std::pair<RecordingFormat, const char *>, 6> kFormatIds { {
    { RecordingFormat::Wav, "WAV" },
    { RecordingFormat::Webm, "WEBM" },
    { RecordingFormat::WavUlaw, "WAV_ULAW" },
    { RecordingFormat::OggVorbis, "OGG_VORBIS" },
    { RecordingFormat::OggOpus, "OGG_OPUS" },
    { RecordingFormat::Mp3, "MP3" },
} };

// Native has no formatId on the wire, but the saved spec needs a name for it.
constexpr QLatin1String kNativeFormatName("NATIVE");
constexpr QLatin1String kSelectionDateRange("dateRange");
constexpr QLatin1String kSelectionConversationIds("conversationIds");

namespace Key {
constexpr QLatin1String specVersion("specVersion");
constexpr QLatin1String name("name");
constexpr QLatin1String profileId("profileId");
constexpr QLatin1String content("content");
constexpr QLatin1String conversationDetails("conversationDetails");
constexpr QLatin1String recordings("recordings");
constexpr QLatin1String recordingBulkExport("recordingBulkExport");
constexpr QLatin1String recordingFormat("recordingFormat");
constexpr QLatin1String selection("selection");
constexpr QLatin1String mode("mode");
constexpr QLatin1String firstDay("firstDay");
constexpr QLatin1String lastDay("lastDay");
constexpr QLatin1String timeZone("timeZone");
constexpr QLatin1String filters("filters");
constexpr QLatin1String conversationIds("conversationIds");
constexpr QLatin1String destinationFolder("destinationFolder");
constexpr QLatin1String fileNameTemplate("fileNameTemplate");
constexpr QLatin1String bulkExportIntegrationId("bulkExportIntegrationId");
} // namespace Key

QString damaged(const QString &detail)
{
    return QCoreApplication::translate(
        "Custody::Plan::ExportSpec", "The saved export cannot be read: %1 Save the export again.")
        .arg(detail);
}

// Reads optional fields; the first type mismatch is kept as the error, and
// absent fields keep the value the caller passes in.
class Reader
{
public:
    explicit Reader(QJsonObject json)
        : m_json(std::move(json))
    {
    }

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    QString string(QLatin1String key, const QString &fallback = QString())
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString())
            fail(damaged(QCoreApplication::translate("Custody::Plan::ExportSpec", "\"%1\" is not a text.").arg(key)));
        return value.toString();
    }

    bool boolean(QLatin1String key, bool fallback)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool())
            fail(damaged(
                QCoreApplication::translate("Custody::Plan::ExportSpec", "\"%1\" is not true or false.").arg(key)));
        return value.toBool(fallback);
    }

    QJsonObject object(QLatin1String key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isObject())
            fail(
                damaged(QCoreApplication::translate("Custody::Plan::ExportSpec", "\"%1\" is not an object.").arg(key)));
        return value.toObject();
    }

    QStringList strings(QLatin1String key)
    {
        const QJsonValue value = m_json.value(key);
        QStringList result;
        if (value.isUndefined() || value.isNull())
            return result;
        const QJsonArray array = value.toArray();
        bool allStrings = value.isArray();
        for (const QJsonValue &item : array) {
            allStrings = allStrings && item.isString();
            result.append(item.toString());
        }
        if (!allStrings)
            fail(damaged(
                QCoreApplication::translate("Custody::Plan::ExportSpec", "\"%1\" is not a list of texts.").arg(key)));
        return result;
    }

    QDate date(QLatin1String key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            fail(damaged(
                QCoreApplication::translate("Custody::Plan::ExportSpec", "\"%1\" is not a date in the form YYYY-MM-DD.")
                    .arg(key)));
        return day;
    }

private:
    QJsonObject m_json;
    QString m_error;
};

QJsonArray toArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

QJsonObject selectionToJson(const ExportSpec &spec)
{
    QJsonObject json;
    if (spec.selection == ExportSpec::Selection::ConversationIds) {
        json.insert(Key::mode, kSelectionConversationIds);
        json.insert(Key::conversationIds, toArray(spec.conversationIds));
        return json;
    }
    json.insert(Key::mode, kSelectionDateRange);
    json.insert(Key::firstDay, spec.range.first.toString(Qt::ISODate));
    json.insert(Key::lastDay, spec.range.last.toString(Qt::ISODate));
    json.insert(Key::timeZone, spec.timeZoneId);
    json.insert(Key::filters, spec.filters.toJson());
    return json;
}

void readSelection(Reader &reader, ExportSpec &spec)
{
    Reader selection(reader.object(Key::selection));
    const QString mode = selection.string(Key::mode, kSelectionDateRange);
    if (mode == kSelectionConversationIds) {
        spec.selection = ExportSpec::Selection::ConversationIds;
        spec.conversationIds = selection.strings(Key::conversationIds);
    } else if (mode == kSelectionDateRange) {
        spec.selection = ExportSpec::Selection::DateRange;
        spec.range.first = selection.date(Key::firstDay);
        spec.range.last = selection.date(Key::lastDay);
        spec.timeZoneId = selection.string(Key::timeZone);
        const ParseResult<ExportFilters> filters = ExportFilters::fromJson(selection.object(Key::filters));
        if (filters)
            spec.filters = filters.value();
        else
            selection.fail(filters.errorMessage());
    } else {
        selection.fail(damaged(
            QCoreApplication::translate("Custody::Plan::ExportSpec", "the selection \"%1\" is not known.").arg(mode)));
    }
    if (selection.hasError())
        reader.fail(selection.error());
}

} // namespace

QString formatId(RecordingFormat format)
{
    for (const auto &[candidate, id] : kFormatIds) {
        if (candidate == format)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<RecordingFormat> recordingFormatFromId(QStringView id)
{
    if (id.isEmpty() || id.compare(kNativeFormatName, Qt::CaseInsensitive) == 0)
        return RecordingFormat::Native;
    for (const auto &[format, candidate] : kFormatIds) {
        if (id.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString ExportSpec::defaultFileNameTemplate()
{
    return QStringLiteral("{date}/{conversationId}/{recordingId}.{ext}");
}

QStringList ExportSpec::fileNamePlaceholders()
{
    return { QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("conversationId"),
        QStringLiteral("recordingId"), QStringLiteral("ext"), QStringLiteral("queueId"), QStringLiteral("userId"),
        QStringLiteral("direction"), QStringLiteral("mediaType") };
}

QTimeZone ExportSpec::timeZone() const
{
    if (timeZoneId.trimmed().isEmpty())
        return {};
    return QTimeZone(timeZoneId.trimmed().toUtf8());
}

QList<SpecProblem> ExportSpec::validate() const
{
    return SpecValidator::problems(*this);
}

QStringList ExportSpec::problemMessages() const
{
    QStringList messages;
    for (const SpecProblem &problem : validate())
        messages.append(problem.message);
    return messages;
}

QJsonObject ExportSpec::toJson() const
{
    QJsonObject content;
    content.insert(Key::conversationDetails, includeConversationDetails);
    content.insert(Key::recordings, includeRecordings);
    content.insert(Key::recordingBulkExport, includeRecordingBulkExport);

    QJsonObject json;
    json.insert(Key::specVersion, kSpecVersion);
    json.insert(Key::name, name);
    json.insert(Key::profileId, profileId);
    json.insert(Key::content, content);
    json.insert(Key::recordingFormat,
        recordingFormat == RecordingFormat::Native ? QString(kNativeFormatName) : formatId(recordingFormat));
    json.insert(Key::selection, selectionToJson(*this));
    json.insert(Key::destinationFolder, destinationFolder);
    json.insert(Key::fileNameTemplate, fileNameTemplate);
    json.insert(Key::bulkExportIntegrationId, bulkExportIntegrationId);
    return json;
}

QByteArray ExportSpec::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

ParseResult<ExportSpec> ExportSpec::fromJson(const QJsonObject &json)
{
    const QJsonValue version = json.value(Key::specVersion);
    if (!version.isDouble()) {
        return ParseResult<ExportSpec>::failure(QCoreApplication::translate("Custody::Plan::ExportSpec",
            "This is not a saved Custody export: it has no \"specVersion\". Choose an export file saved by Custody."));
    }
    const int specVersion = version.toInt(0);
    if (specVersion > kSpecVersion) {
        return ParseResult<ExportSpec>::failure(QCoreApplication::translate("Custody::Plan::ExportSpec",
            "This export was saved by a newer Custody (format %1; this version reads up "
            "to %2). Update Custody to open it.")
                                                    .arg(specVersion)
                                                    .arg(kSpecVersion));
    }
    if (specVersion < 1) {
        return ParseResult<ExportSpec>::failure(damaged(QCoreApplication::translate(
            "Custody::Plan::ExportSpec", "\"specVersion\" is %1, which no Custody has written.")
                                                            .arg(specVersion)));
    }

    ExportSpec spec;
    Reader reader(json);
    spec.name = reader.string(Key::name);
    spec.profileId = reader.string(Key::profileId);

    Reader content(reader.object(Key::content));
    spec.includeConversationDetails = content.boolean(Key::conversationDetails, spec.includeConversationDetails);
    spec.includeRecordings = content.boolean(Key::recordings, spec.includeRecordings);
    spec.includeRecordingBulkExport = content.boolean(Key::recordingBulkExport, spec.includeRecordingBulkExport);
    if (content.hasError())
        reader.fail(content.error());

    const QString format = reader.string(Key::recordingFormat);
    if (const std::optional<RecordingFormat> parsed = recordingFormatFromId(format))
        spec.recordingFormat = *parsed;
    else
        reader.fail(damaged(
            QCoreApplication::translate("Custody::Plan::ExportSpec", "the recording format \"%1\" is not known.")
                .arg(format)));

    readSelection(reader, spec);
    spec.destinationFolder = reader.string(Key::destinationFolder);
    spec.fileNameTemplate = reader.string(Key::fileNameTemplate, defaultFileNameTemplate());
    spec.bulkExportIntegrationId = reader.string(Key::bulkExportIntegrationId);

    if (reader.hasError())
        return ParseResult<ExportSpec>::failure(reader.error());
    return ParseResult<ExportSpec>::success(spec);
}

ParseResult<ExportSpec> ExportSpec::fromJsonBytes(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError && !document.isObject()) {
        return ParseResult<ExportSpec>::failure(QCoreApplication::translate("Custody::Plan::ExportSpec",
            "The export file holds no JSON object. Choose an export file saved by Custody."));
    }
    if (error.error != QJsonParseError::NoError) {
        return ParseResult<ExportSpec>::failure(QCoreApplication::translate("Custody::Plan::ExportSpec",
            "The export file is not valid JSON (%1 at byte %2). Choose an export file "
            "saved by Custody.")
                                                    .arg(error.errorString())
                                                    .arg(error.offset));
    }
    return fromJson(document.object());
}

} // namespace Custody::Plan
