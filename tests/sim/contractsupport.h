#pragma once

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

#include "core/sim/simorg.h"
#include "simtestsupport.h"

namespace Custody::Test {

/// The first recording in the org that \a pick accepts, or nullptr.
inline const Sim::SimRecording *findRecording(
    const Sim::SimOrg &org, const std::function<bool(const Sim::SimRecording &)> &pick)
{
    for (const Sim::SimConversation &c : org.conversations()) {
        for (const Sim::SimRecording &r : c.recordings) {
            if (pick(r))
                return &r;
        }
    }
    return nullptr;
}

/// The first conversation in the org that \a pick accepts, or nullptr.
inline const Sim::SimConversation *findConversation(
    const Sim::SimOrg &org, const std::function<bool(const Sim::SimConversation &)> &pick)
{
    for (const Sim::SimConversation &c : org.conversations()) {
        if (pick(c))
            return &c;
    }
    return nullptr;
}

inline bool isPlayableAudio(const Sim::SimRecording &r)
{
    return r.media == QStringLiteral("audio") && r.fileState == Sim::SimFileState::Available;
}

inline QJsonObject batchItem(const QString &conversationId, const QString &recordingId = {})
{
    QJsonObject item { { QStringLiteral("conversationId"), conversationId } };
    if (!recordingId.isEmpty())
        item.insert(QStringLiteral("recordingId"), recordingId);
    return item;
}

/// Submits a batch download and polls it until Completed; the last poll's answer.
inline HttpResult completedBatch(HttpClient &http, const SimFixture &sim, const QString &token, const QJsonArray &items)
{
    const HttpResult submitted = http.api(sim, "POST", QStringLiteral("/api/v2/recording/batchrequests"), token,
        { { QStringLiteral("batchDownloadRequestList"), items } });
    if (submitted.status != 200)
        return submitted;
    const QString id = submitted.object().value(QStringLiteral("id")).toString();
    return http.pollUntil(sim, QStringLiteral("/api/v2/recording/batchrequests/") + id, token, [](const HttpResult &r) {
        return r.status != 200 || r.object().value(QStringLiteral("status")).toString() == QStringLiteral("Completed");
    });
}

/// The resultUrl of the first result that has one, or an empty string.
inline QString firstResultUrl(const HttpResult &batch)
{
    for (const QJsonValue &v : batch.object().value(QStringLiteral("results")).toArray()) {
        const QString url = v.toObject().value(QStringLiteral("resultUrl")).toString();
        if (!url.isEmpty())
            return url;
    }
    return {};
}

inline QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

inline QJsonObject postFaults(HttpClient &http, const SimFixture &sim, const QJsonObject &faults, int *status = nullptr)
{
    const HttpResult r = http.send("POST", sim.url(QStringLiteral("/sim/faults")),
        QJsonDocument(faults).toJson(QJsonDocument::Compact), { { "Content-Type", "application/json" } });
    if (status)
        *status = r.status;
    return r.object();
}

inline QJsonObject simStats(HttpClient &http, const SimFixture &sim)
{
    return http.get(sim.url(QStringLiteral("/sim/stats"))).object();
}

} // namespace Custody::Test
