#include "enginetestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>
#include <zlib.h>

#include <iostream>

#include "core/api/clock.h"
#include "core/evidence/fileverifier.h"
#include "core/evidence/manifestreader.h"
#include "core/plan/planner.h"
#include "core/sim/simmedia.h"

namespace Custody::Test {

QNetworkReply *TracingNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    const std::size_t index = m_requests.size();
    m_requests.push_back({ Api::Clock::system().monotonicMs(), -1, request.url().path(), 0, -1 });
    // Connected before the caller's own slot, so the time noted here is
    // never later than the moment the engine learns of the answer.
    connect(reply, &QNetworkReply::finished, this, [this, index, reply] {
        TracedRequest &traced = m_requests[index];
        traced.finishedMs = Api::Clock::system().monotonicMs();
        traced.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (traced.status == 429 && ok)
            traced.retryAfterSeconds = retryAfter;
    });
    return reply;
}

RetryAfterAudit auditRetryAfter(const std::vector<TracedRequest> &requests)
{
    RetryAfterAudit audit;
    std::vector<const TracedRequest *> refusals;
    for (const TracedRequest &r : requests) {
        if (r.status == 429 && r.retryAfterSeconds > 0 && r.finishedMs >= 0)
            refusals.push_back(&r);
    }
    audit.tooManyRequests = int(refusals.size());
    for (const TracedRequest &r : requests) {
        if (!r.isApi())
            continue;
        bool early = false, inFlight = false;
        for (const TracedRequest *refusal : refusals) {
            const qint64 until = refusal->finishedMs + qint64(refusal->retryAfterSeconds) * 1000;
            if (r.sentMs >= refusal->finishedMs && r.sentMs < until)
                early = true;
            else if (&r != refusal && r.sentMs < refusal->finishedMs
                && (r.finishedMs < 0 || r.finishedMs > refusal->sentMs))
                inFlight = true;
        }
        if (early) {
            ++audit.sentDuringRetryAfter;
            if (audit.offenders.size() < 5)
                audit.offenders.append(QStringLiteral("%1 at %2 ms").arg(r.path).arg(r.sentMs));
        } else if (inFlight) {
            ++audit.possiblyInFlight;
        }
    }
    return audit;
}

Sim::SimConfig engineSimConfig(int days, int perDay)
{
    Sim::SimConfig config = fastSimConfig();
    config.days = days;
    config.conversationsPerDay = perDay;
    config.mediaMeanBytes = 48 * 1024;
    config.analyticsJob = { 200, 0.1 };
    config.analyticsQueuedMs = 20;
    config.batchRequest = { 100, 2.0 };
    // Enough archived recordings that a few days show some.
    config.archivedFraction = 0.05;
    return config;
}

EngineHarness::EngineHarness(const Sim::SimConfig &config)
    : m_sim(std::make_unique<SimFixture>(config))
    , m_nam(std::make_unique<TracingNetworkAccessManager>())
{
    const auto opened = m_store.open(m_dir.filePath(QStringLiteral("custody.db")));
    if (!opened.ok())
        ADD_FAILURE() << "cannot open the job store: " << opened.error().detail.toStdString();
    m_engine = std::make_unique<Jobs::Engine>(&m_store, m_nam.get(), Api::Clock::system());
    QObject::connect(m_engine.get(), &Jobs::Engine::stopped, m_engine.get(),
        [this](Store::ExportId id, Store::ExportState state, const QString &message) {
            m_stops.push_back({ id, ExportOutcome { true, state, message, 0 } });
        });
}

EngineHarness::~EngineHarness()
{
    m_engine.reset(); // runs and sessions before the store and the network they use
    m_store.close();
}

QString EngineHarness::folder(const QString &name) const
{
    return m_dir.filePath(name);
}

Jobs::OrgConnection EngineHarness::connection(const QString &clientId, const QString &secret) const
{
    const Sim::SimClient &first = m_sim->server().config().clients.constFirst();
    Jobs::OrgConnection connection;
    connection.profileId = QStringLiteral("sim-") + (clientId.isEmpty() ? first.id : clientId);
    connection.description = QStringLiteral("custody-sim at %1").arg(m_sim->server().baseUrl());
    connection.hosts = Api::ApiHosts::forGateway(QUrl(m_sim->server().baseUrl()));
    connection.clientId = clientId.isEmpty() ? first.id : clientId;
    connection.clientSecret = clientId.isEmpty() ? first.secret : secret;
    return connection;
}

Plan::ExportSpec EngineHarness::spec(const QString &destination) const
{
    const Sim::SimOrg &org = m_sim->server().org();
    Plan::ExportSpec spec;
    spec.name = QStringLiteral("engine test");
    spec.profileId = connection().profileId;
    spec.timeZoneId = QString::fromLatin1(org.timeZone().id());
    // The org generates conversations on the local days [firstDay, endDay).
    spec.range = { org.firstDay().date(), org.endDay().date().addDays(-1) };
    spec.destinationFolder = destination;
    return spec;
}

Store::ExportId EngineHarness::create(const Plan::ExportSpec &spec)
{
    const auto created = m_engine->createExport(spec);
    if (const auto *problems = std::get_if<QStringList>(&created)) {
        ADD_FAILURE() << "createExport refused the spec: " << problems->join(QLatin1Char(' ')).toStdString();
        return 0;
    }
    return std::get<Store::ExportId>(created);
}

ExportOutcome EngineHarness::run(Store::ExportId id, const Jobs::OrgConnection &connection, int timeoutMs)
{
    const std::size_t mark = m_stops.size();
    m_engine->start(id, m_engine->session(connection));
    return waitForStop(id, mark, timeoutMs);
}

ExportOutcome EngineHarness::waitForStop(Store::ExportId id, std::size_t from, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    ExportOutcome outcome;
    outcome.stopped = QTest::qWaitFor(
        [&] {
            for (std::size_t i = from; i < m_stops.size(); ++i) {
                if (m_stops[i].first == id) {
                    outcome = m_stops[i].second;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    outcome.elapsedMs = timer.elapsed();
    if (outcome.stopped)
        std::cout << "[stopped] export " << id << " " << Store::toString(outcome.state).toStdString() << " after "
                  << outcome.elapsedMs << " ms: " << outcome.message.toStdString() << std::endl;
    return outcome;
}

QList<Store::ItemRecord> EngineHarness::items(Store::ExportId id, std::optional<Store::ItemState> state)
{
    QList<Store::ItemRecord> all;
    constexpr int page = 500;
    for (int offset = 0;; offset += page) {
        const auto rows = m_store.itemsForExport(id, state, page, offset);
        if (!rows.ok()) {
            ADD_FAILURE() << "cannot read items: " << rows.error().detail.toStdString();
            break;
        }
        all += rows.value();
        if (rows.value().size() < page)
            break;
    }
    return all;
}

QList<Store::EventRecord> EngineHarness::events(Store::ExportId id)
{
    QList<Store::EventRecord> all;
    constexpr int page = 1000;
    for (;;) {
        const auto rows = m_store.events(id, all.isEmpty() ? 0 : all.constLast().id, page);
        if (!rows.ok()) {
            ADD_FAILURE() << "cannot read events: " << rows.error().detail.toStdString();
            break;
        }
        all += rows.value();
        if (rows.value().size() < page)
            break;
    }
    return all;
}

ExpectedExport expectedFor(const Sim::SimOrg &org, const Plan::ExportSpec &spec)
{
    ExpectedExport expected;
    const QList<Plan::Window> windows = Plan::Planner::windows(spec);
    if (windows.isEmpty())
        return expected;
    QDateTime start = windows.constFirst().utcStart, end = windows.constFirst().utcEnd;
    for (const Plan::Window &w : windows) {
        start = std::min(start, w.utcStart);
        end = std::max(end, w.utcEnd);
    }
    for (const Sim::SimConversation *c : org.overlapping(start, end)) {
        expected.conversationIds.insert(c->id);
        for (const Sim::SimRecording &r : c->recordings) {
            if (r.fileState == Sim::SimFileState::Available)
                expected.available.insert(r.id, &r);
            else if (r.fileState == Sim::SimFileState::Archived)
                expected.archived.insert(r.id, &r);
        }
    }
    return expected;
}

QString servedSha256(const Sim::SimRecording &recording)
{
    const Sim::SimMediaBody body(recording, {});
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (qint64 offset = 0; offset < body.size(); offset += buffer.size()) {
        const qint64 n = std::min<qint64>(buffer.size(), body.size() - offset);
        body.fill(offset, buffer.data(), n);
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QStringList mediaFiles(const QString &folder)
{
    static const QStringList evidence { QStringLiteral("manifest.csv"), QStringLiteral("manifest.json"),
        QStringLiteral("custody-report.txt"), QStringLiteral("events.jsonl") };
    QStringList files;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (evidence.contains(relative) || relative.startsWith(QStringLiteral("conversations/")))
            continue;
        files.append(relative);
    }
    files.sort();
    return files;
}

QSet<QString> conversationIdsInJsonl(const QString &folder, int *lines)
{
    QSet<QString> ids;
    int count = 0;
    const QDir dir(QDir(folder).filePath(QStringLiteral("conversations")));
    for (const QString &name : dir.entryList({ QStringLiteral("*.jsonl.gz") }, QDir::Files)) {
        gzFile in = gzopen(QFile::encodeName(dir.filePath(name)).constData(), "rb");
        if (!in) {
            ADD_FAILURE() << "cannot open " << name.toStdString();
            continue;
        }
        QByteArray text;
        char buffer[16384];
        int n = 0;
        while ((n = gzread(in, buffer, sizeof buffer)) > 0)
            text.append(buffer, n);
        int error = Z_OK;
        gzerror(in, &error);
        EXPECT_TRUE(n == 0 && (error == Z_OK || error == Z_STREAM_END)) << name.toStdString() << " is damaged";
        gzclose(in);
        for (const QByteArray &line : text.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            ++count;
            const QString id
                = QJsonDocument::fromJson(line).object().value(QStringLiteral("conversationId")).toString();
            EXPECT_FALSE(id.isEmpty()) << "a line without conversationId in " << name.toStdString();
            ids.insert(id);
        }
    }
    if (lines)
        *lines = count;
    return ids;
}

int expectCompleteEvidence(
    EngineHarness &harness, Store::ExportId id, const QString &folder, const ExpectedExport &expected)
{
    const QDir root(folder);
    const Evidence::ManifestReadResult manifest
        = Evidence::ManifestReader::readCsv(root.filePath(QStringLiteral("manifest.csv")));
    EXPECT_TRUE(manifest.ok()) << manifest.errorDetail.toStdString();

    // Each available recording is in the manifest once, with the served bytes.
    QHash<QString, int> listed;
    for (const Evidence::ManifestEntry &entry : manifest.entries) {
        listed[entry.recordingId] += 1;
        const Sim::SimRecording *recording = expected.available.value(entry.recordingId);
        EXPECT_TRUE(recording) << "manifest lists " << entry.recordingId.toStdString() << " which is not expected";
        if (!recording)
            continue;
        EXPECT_EQ(entry.conversationId, recording->conversationId);
        const QString onDisk = fileSha256(root.filePath(entry.relativePath));
        EXPECT_EQ(onDisk, servedSha256(*recording)) << entry.relativePath.toStdString();
        EXPECT_EQ(entry.sha256, onDisk) << entry.relativePath.toStdString();
        EXPECT_EQ(entry.size, Sim::SimMediaBody(*recording, {}).size());
    }
    for (auto it = expected.available.cbegin(); it != expected.available.cend(); ++it)
        EXPECT_EQ(listed.value(it.key()), 1) << "recording " << it.key().toStdString() << " in the manifest";

    // On disk exactly once: as many media files as recordings, each the manifest's.
    QStringList manifestPaths;
    for (const Evidence::ManifestEntry &entry : manifest.entries)
        manifestPaths.append(entry.relativePath);
    manifestPaths.sort();
    EXPECT_EQ(mediaFiles(folder), manifestPaths);
    EXPECT_EQ(manifestPaths.size(), expected.available.size());

    // The store agrees with the manifest: manifest rows are the downloaded files.
    const QList<Store::ItemRecord> downloaded = harness.items(id, Store::ItemState::Downloaded);
    EXPECT_EQ(downloaded.size(), manifest.entries.size());
    for (const Store::ItemRecord &item : downloaded)
        EXPECT_EQ(item.sha256, fileSha256(root.filePath(item.relativePath))) << item.relativePath.toStdString();

    const Evidence::VerifyReport report = Evidence::FileVerifier::verify(folder);
    EXPECT_TRUE(report.passed()) << "missing " << report.missing.size() << ", changed " << report.changed.size()
                                 << ", extra " << report.extra.join(QLatin1Char(' ')).toStdString() << ", incomplete "
                                 << report.incomplete.join(QLatin1Char(' ')).toStdString();

    // The report names the manifest's hash, and that is the file's real hash.
    QFile reportFile(root.filePath(QStringLiteral("custody-report.txt")));
    EXPECT_TRUE(reportFile.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(reportFile.readAll());
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("SHA-256 of manifest\\.csv: ([0-9a-f]{64})")).match(text);
    EXPECT_TRUE(match.hasMatch()) << "custody-report.txt names no manifest hash";
    EXPECT_EQ(match.captured(1), fileSha256(root.filePath(QStringLiteral("manifest.csv"))));

    // Conversation records: every matched conversation, and nothing else.
    int lines = 0;
    const QSet<QString> records = conversationIdsInJsonl(folder, &lines);
    EXPECT_EQ(records, expected.conversationIds)
        << records.size() << " conversations in the JSONL, " << expected.conversationIds.size() << " expected";
    EXPECT_GE(lines, int(expected.conversationIds.size()));
    return int(manifest.entries.size());
}

void expectOnlyArchivedFailed(EngineHarness &harness, Store::ExportId id, const ExpectedExport &expected)
{
    const QList<Store::ItemRecord> failed = harness.items(id, Store::ItemState::Failed);
    for (const Store::ItemRecord &item : failed)
        EXPECT_TRUE(expected.archived.contains(item.recordingId))
            << item.recordingId.toStdString() << " failed: " << item.error.toStdString();
    EXPECT_EQ(failed.size(), expected.archived.size());
}

void printFigures(const char *label, const QJsonObject &stats, int files, qint64 elapsedMs)
{
    const qint64 api = qint64(stats.value(QStringLiteral("apiRequests")).toDouble());
    std::cout << "[figures] " << label << ": " << files << " files, " << api << " API requests ("
              << (files > 0 ? double(api) / files : 0.0) << " per recording), "
              << qint64(stats.value(QStringLiteral("tooManyRequests")).toDouble()) << " x 429, "
              << qint64(stats.value(QStringLiteral("mediaRequests")).toDouble()) << " media requests, " << elapsedMs
              << " ms" << std::endl;
}

} // namespace Custody::Test
