#pragma once

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QString>

#include <optional>
#include <vector>

#include "core/transfer/downloadjob.h"
#include "core/transfer/downloadresult.h"
#include "sim/contractsupport.h"

namespace Custody::Test {

/// Presigned URLs obtained the way a client gets them: a token, a batch
/// download request, polling until Completed, then each result's resultUrl.
/// Keyed by recording id, in the order of \a recordings.
inline std::vector<QString> batchUrls(
    HttpClient &http, const SimFixture &sim, const std::vector<const Sim::SimRecording *> &recordings)
{
    QJsonArray items;
    for (const Sim::SimRecording *r : recordings)
        items.append(batchItem(r->conversationId, r->id));
    const HttpResult batch = completedBatch(http, sim, http.token(sim), items);
    QHash<QString, QString> byId;
    for (const QJsonValue &v : batch.object().value(QStringLiteral("results")).toArray())
        byId.insert(v.toObject().value(QStringLiteral("recordingId")).toString(),
            v.toObject().value(QStringLiteral("resultUrl")).toString());
    std::vector<QString> urls;
    for (const Sim::SimRecording *r : recordings)
        urls.push_back(byId.value(r->id));
    return urls;
}

inline QString batchUrl(HttpClient &http, const SimFixture &sim, const Sim::SimRecording &recording)
{
    return batchUrls(http, sim, { &recording }).front();
}

/// The first \a count available audio recordings of at least \a minBytes.
inline std::vector<const Sim::SimRecording *> audioRecordings(SimFixture &sim, int count, qint64 minBytes = 0)
{
    std::vector<const Sim::SimRecording *> found;
    for (const Sim::SimConversation &c : sim.server().org().conversations()) {
        for (const Sim::SimRecording &r : c.recordings) {
            if (int(found.size()) < count && isPlayableAudio(r) && r.nativeBytes >= minBytes)
                found.push_back(&r);
        }
    }
    return found;
}

inline qint64 bytesServed(SimFixture &sim)
{
    return qint64(sim.server().stats().value(QStringLiteral("bytesServed")).toDouble());
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Starts \a job and waits for finished(); nullopt when it never came.
inline std::optional<Transfer::DownloadResult> runJob(Transfer::DownloadJob &job, int timeoutMs = 30000)
{
    QSignalSpy spy(&job, &Transfer::DownloadJob::finished);
    job.start();
    if (!spy.wait(timeoutMs) && spy.isEmpty())
        return std::nullopt;
    // A second emission would break the contract; give it a moment to show up.
    QTest::qWait(20);
    if (spy.size() != 1)
        return std::nullopt;
    return spy.first().first().value<Transfer::DownloadResult>();
}

} // namespace Custody::Test
