// Recording metadata and recordings of one conversation (genesys-api.md section 4).
#include <QHash>
#include <QJsonArray>

#include <httplib.h>

#include <memory>

#include "core/sim/simcontext.h"
#include "core/sim/simmedia.h"
#include "core/sim/simrecordingjson.h"
#include "core/sim/simroutes.h"

namespace Custody::Sim {

namespace {

const QString viewPermission = recordingViewPermissions();

/// How often each caller has asked for a converted recording: the first
/// transcodingPolls answers are 202 "transcoding".
struct TranscodeState
{
    QHash<QString, int> polls;
};

QStringList requestedFormats(const httplib::Request &req)
{
    // mediaFormats overrides formatId; accept it repeated or comma-joined.
    QStringList formats;
    for (size_t i = 0; i < req.get_param_value_count("mediaFormats"); ++i) {
        const QString value = QString::fromStdString(req.get_param_value("mediaFormats", i));
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            formats.append(part.trimmed().toUpper());
    }
    if (formats.isEmpty())
        formats.append(req.has_param("formatId") ? queryParam(req, "formatId").toUpper() : QStringLiteral("WEBM"));
    return formats;
}

QJsonObject recordingJson(SimContext &context, const SimRecording &recording, const QString &format, bool ready)
{
    QJsonObject json = recordingMetadataJson(recording);
    const SimMediaBody body(recording, format);
    json.insert(QStringLiteral("maxAllowedRestorationsForOrg"), 10000);
    json.insert(QStringLiteral("remainingRestorationsAllowedForOrg"), 10000);
    json.insert(QStringLiteral("estimatedTranscodeTimeMs"), 1500);
    json.insert(QStringLiteral("outputDurationMs"), recording.start.msecsTo(recording.end));
    const bool playable = ready && recording.fileState == SimFileState::Available && format != QStringLiteral("NONE");
    json.insert(QStringLiteral("outputSizeInBytes"), playable ? body.size() : 0);
    if (playable) {
        const qint64 expires = QDateTime::currentSecsSinceEpoch() + mediaUrlTtlSeconds(context);
        json.insert(QStringLiteral("mediaUris"),
            QJsonObject { { QStringLiteral("0"),
                QJsonObject {
                    { QStringLiteral("mediaUri"), presignedMediaUrl(context, recording, format, expires) } } } });
        json.insert(QStringLiteral("actualTranscodeTimeMs"), 1200);
    }
    return json;
}

} // namespace

QString recordingViewPermissions()
{
    return QStringLiteral("recording:recording:view,recording:recordingSegment:view,"
                          "recording:snippetRecording:view,recording:screenRecording:view");
}

QJsonObject recordingMetadataJson(const SimRecording &recording)
{
    const QString self
        = QStringLiteral("/api/v2/conversations/%1/recordings/%2").arg(recording.conversationId, recording.id);
    QJsonObject json { { QStringLiteral("id"), recording.id },
        { QStringLiteral("name"), QStringLiteral("Recording %1").arg(recording.id.left(8)) },
        { QStringLiteral("conversationId"), recording.conversationId },
        { QStringLiteral("path"), recording.conversationId + QLatin1Char('/') + recording.id },
        { QStringLiteral("startTime"), isoMs(recording.start) }, { QStringLiteral("endTime"), isoMs(recording.end) },
        { QStringLiteral("media"), recording.media },
        { QStringLiteral("mediaSubtype"),
            recording.media == QStringLiteral("audio") ? QStringLiteral("Trunk") : QString() },
        { QStringLiteral("fileState"), recording.fileStateName() },
        { QStringLiteral("region"), QStringLiteral("eu-central-1") },
        { QStringLiteral("sessionId"), recording.id.left(24) + QStringLiteral("5e5e5e5e5e53") },
        { QStringLiteral("recordingFileRole"), QStringLiteral("CUSTOMER_EXPERIENCE") },
        { QStringLiteral("creationTime"), isoMs(recording.end) },
        { QStringLiteral("archiveDate"), isoMs(recording.start.addDays(365)) },
        { QStringLiteral("deleteDate"), isoMs(recording.start.addDays(730)) }, { QStringLiteral("selfUri"), self } };
    if (recording.fileState == SimFileState::Archived)
        json.insert(QStringLiteral("archiveMedium"), QStringLiteral("CLOUDARCHIVE"));
    return json;
}

void registerRecordingRoutes(httplib::Server &server, SimContext &context)
{
    auto transcode = std::make_shared<TranscodeState>();
    const auto findConversation = [&context](const httplib::Request &req, httplib::Response &res) {
        const SimConversation *conversation = context.org.conversation(pathParam(req, 1));
        if (!conversation)
            sendError(
                res, 404, QStringLiteral("conversation.not.found"), QStringLiteral("The conversation was not found."));
        return conversation;
    };

    context.api(server, "GET", QStringLiteral(R"(/api/v2/conversations/([^/]+)/recordingmetadata)"),
        QStringLiteral("/api/v2/conversations/{id}/recordingmetadata"), viewPermission,
        [findConversation](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            const SimConversation *conversation = findConversation(req, res);
            if (!conversation)
                return;
            QJsonArray list;
            for (const SimRecording &recording : conversation->recordings) {
                if (recording.fileState != SimFileState::Deleted)
                    list.append(recordingMetadataJson(recording));
            }
            sendJson(res, 200, list);
        });

    context.api(server, "GET", QStringLiteral(R"(/api/v2/conversations/([^/]+)/recordingmetadata/([^/]+))"),
        QStringLiteral("/api/v2/conversations/{id}/recordingmetadata/{recordingId}"), viewPermission,
        [&context, findConversation](const SimCaller &, const httplib::Request &req, httplib::Response &res) {
            const SimConversation *conversation = findConversation(req, res);
            if (!conversation)
                return;
            const SimRecording *recording = context.org.recording(pathParam(req, 2));
            if (!recording || recording->conversationId != conversation->id
                || recording->fileState == SimFileState::Deleted)
                return sendError(
                    res, 404, QStringLiteral("not.found"), QStringLiteral("The requested resource was not found."));
            sendJson(res, 200, recordingMetadataJson(*recording));
        });

    // Both the list and the single recording answer 202 while a converted
    // format is being transcoded, counted per caller, recording and format.
    const auto isReady = [&context, transcode](
                             const SimCaller &caller, const SimRecording &recording, const QString &format) {
        if (format == QStringLiteral("NONE") || recording.fileState != SimFileState::Available)
            return true;
        std::lock_guard lock(context.jobsMutex);
        int &polls = transcode->polls[caller.clientId + QLatin1Char('|') + recording.id + QLatin1Char('|') + format];
        return polls++ >= context.config.transcodingPolls;
    };

    context.api(server, "GET", QStringLiteral(R"(/api/v2/conversations/([^/]+)/recordings)"),
        QStringLiteral("/api/v2/conversations/{id}/recordings"), viewPermission,
        [&context, findConversation, isReady](
            const SimCaller &caller, const httplib::Request &req, httplib::Response &res) {
            const SimConversation *conversation = findConversation(req, res);
            if (!conversation)
                return;
            const QString format = requestedFormats(req).constFirst();
            if (!SimMediaBody::isKnownFormat(format))
                return sendError(
                    res, 400, QStringLiteral("invalid.value"), QStringLiteral("Unknown formatId %1.").arg(format));
            bool allReady = true;
            for (const SimRecording &recording : conversation->recordings)
                allReady = isReady(caller, recording, format) && allReady;
            if (!allReady) {
                res.status = 202; // "Success - recording is transcoding", no body schema
                return;
            }
            QJsonArray list;
            for (const SimRecording &recording : conversation->recordings) {
                if (recording.fileState != SimFileState::Deleted)
                    list.append(recordingJson(context, recording, format, true));
            }
            sendJson(res, 200, list);
        });

    context.api(server, "GET", QStringLiteral(R"(/api/v2/conversations/([^/]+)/recordings/([^/]+))"),
        QStringLiteral("/api/v2/conversations/{id}/recordings/{recordingId}"), viewPermission,
        [&context, findConversation, isReady](
            const SimCaller &caller, const httplib::Request &req, httplib::Response &res) {
            const SimConversation *conversation = findConversation(req, res);
            if (!conversation)
                return;
            const SimRecording *recording = context.org.recording(pathParam(req, 2));
            if (!recording || recording->conversationId != conversation->id
                || recording->fileState == SimFileState::Deleted)
                return sendError(
                    res, 404, QStringLiteral("not.found"), QStringLiteral("The requested resource was not found."));
            const QString format = requestedFormats(req).constFirst();
            if (!SimMediaBody::isKnownFormat(format))
                return sendError(
                    res, 400, QStringLiteral("invalid.value"), QStringLiteral("Unknown formatId %1.").arg(format));
            const bool ready = isReady(caller, *recording, format);
            sendJson(res, ready ? 200 : 202, recordingJson(context, *recording, format, ready));
        });
}

} // namespace Custody::Sim
