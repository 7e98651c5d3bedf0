#pragma once

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

#include "core/jobs/engine.h"
#include "core/plan/exportspec.h"
#include "core/sim/simconfig.h"
#include "core/sim/simorg.h"
#include "core/store/jobstore.h"
#include "sim/simtestsupport.h"

namespace Custody::Test {

/// One request as the engine sent it, seen at the QNetworkAccessManager
/// boundary. Times are Clock::system().monotonicMs(), the clock the engine's
/// rate limiter uses, so they compare exactly with its pauses.
struct TracedRequest
{
    qint64 sentMs = 0;
    qint64 finishedMs = -1; ///< -1 while in flight or when aborted unseen
    QString path;
    int status = 0;
    int retryAfterSeconds = -1; ///< the Retry-After of a 429, else -1

    bool isApi() const { return path.startsWith(QStringLiteral("/api/")); }
};

/// A QNetworkAccessManager that notes every request and its answer, so a
/// test can tell what was sent after a 429 reached the client, which the
/// simulator (seeing only arrivals) cannot.
class TracingNetworkAccessManager final : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    const std::vector<TracedRequest> &requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    std::vector<TracedRequest> m_requests;
};

/// What the trace says about Retry-After.
struct RetryAfterAudit
{
    int tooManyRequests = 0; ///< 429 answers that named a Retry-After
    /// API requests sent after a 429 had reached the client but before its
    /// Retry-After had passed: the engine's fault, always.
    int sentDuringRetryAfter = 0;
    /// API requests sent before some 429 reached the client and answered
    /// after that 429's request went out: these may land inside the
    /// server's window without the client having known of it.
    int possiblyInFlight = 0;
    QStringList offenders; ///< a few of the sentDuringRetryAfter requests, for the failure message
};
RetryAfterAudit auditRetryAfter(const std::vector<TracedRequest> &requests);

/// How one export run ended.
struct ExportOutcome
{
    bool stopped = false; ///< false when the wait timed out
    Store::ExportState state = Store::ExportState::Created;
    QString message;
    qint64 elapsedMs = 0;
};

/// The engine in-process against custody-sim: a simulator, a JobStore on a
/// temporary SQLite file, a tracing QNAM and an Engine.
class EngineHarness
{
public:
    explicit EngineHarness(const Sim::SimConfig &config);
    ~EngineHarness();

    SimFixture &sim() { return *m_sim; }
    Sim::SimServer &server() { return m_sim->server(); }
    const Sim::SimOrg &org() { return m_sim->server().org(); }
    Store::JobStore &store() { return m_store; }
    Jobs::Engine &engine() { return *m_engine; }
    TracingNetworkAccessManager &nam() { return *m_nam; }
    /// A fresh folder below the harness's temporary directory (not created).
    QString folder(const QString &name) const;

    /// The first configured client, unless another is named.
    Jobs::OrgConnection connection(const QString &clientId = {}, const QString &secret = {}) const;
    /// Every day the simulated org has data for, in its own time zone.
    Plan::ExportSpec spec(const QString &destination) const;
    /// createExport(); records a test failure and returns 0 on problems.
    Store::ExportId create(const Plan::ExportSpec &spec);
    /// Starts (or resumes) \a id and waits for its next stopped().
    ExportOutcome run(Store::ExportId id, const Jobs::OrgConnection &connection, int timeoutMs = 60000);
    /// How many stopped() signals the engine has emitted so far.
    std::size_t stopCount() const { return m_stops.size(); }
    /// Waits for the first stopped() of \a id among those after the first
    /// \a from; elapsedMs counts from the call.
    ExportOutcome waitForStop(Store::ExportId id, std::size_t from, int timeoutMs);

    QJsonObject stats() { return server().stats(); }
    /// The export's items in \a state (all when nullopt).
    QList<Store::ItemRecord> items(Store::ExportId id, std::optional<Store::ItemState> state = std::nullopt);
    /// The export's whole audit trail, oldest first.
    QList<Store::EventRecord> events(Store::ExportId id);

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    Store::JobStore m_store;
    std::unique_ptr<TracingNetworkAccessManager> m_nam;
    std::unique_ptr<Jobs::Engine> m_engine;
    std::vector<std::pair<Store::ExportId, ExportOutcome>> m_stops;
};

/// What the export must contain, worked out from the simulated org alone.
struct ExpectedExport
{
    QSet<QString> conversationIds; ///< every conversation the analytics query matches
    QHash<QString, const Sim::SimRecording *> available; ///< by recording id
    QHash<QString, const Sim::SimRecording *> archived; ///< by recording id
};
/// Conversations overlapping the union of the plan's UTC windows.
ExpectedExport expectedFor(const Sim::SimOrg &org, const Plan::ExportSpec &spec);

/// SHA-256 (lowercase hex) of the native media the simulator serves for \a recording.
QString servedSha256(const Sim::SimRecording &recording);
/// SHA-256 (lowercase hex) of a file, read here rather than by the code under test.
QString fileSha256(const QString &path);
/// Relative paths of every file below \a folder that is not evidence
/// (manifests, report, audit trail, conversations/).
QStringList mediaFiles(const QString &folder);
/// Conversation ids in every conversations/*.jsonl.gz, read back with zlib.
QSet<QString> conversationIdsInJsonl(const QString &folder, int *lines = nullptr);

/// Checks that every available recording is on disk once, at the manifest's
/// path, with the bytes the simulator serves; that the manifest lists only
/// downloaded files; that verify passes; and that the report names the
/// manifest's real hash. Returns the number of files checked.
int expectCompleteEvidence(
    EngineHarness &harness, Store::ExportId id, const QString &folder, const ExpectedExport &expected);

/// Checks that the only failed items are the archived recordings: faults
/// and interruptions must not cost a file.
void expectOnlyArchivedFailed(EngineHarness &harness, Store::ExportId id, const ExpectedExport &expected);

/// "apiRequests / files" and the elapsed time, for the log.
void printFigures(const char *label, const QJsonObject &stats, int files, qint64 elapsedMs);

/// A small, fast org for engine tests: \a days days of \a perDay conversations.
Sim::SimConfig engineSimConfig(int days, int perDay);

} // namespace Custody::Test
