#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>

#include <memory>
#include <vector>

#include "core/jobs/engine.h"
#include "core/plan/exportspec.h"
#include "core/sim/simconfig.h"
#include "core/store/jobstore.h"
#include "sim/simtestsupport.h"

namespace Custody::Test {

/// The integration id every bulk test exports to (any valid id: the sim does not check it).
inline const QString bulkIntegrationId = QStringLiteral("3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b");

/// How one export ended.
struct BulkOutcome
{
    bool stopped = false;
    Store::ExportState state = Store::ExportState::Created;
    QString message;
};

/// custody-sim, a JobStore in a temporary folder and an Engine, in-process.
class BulkHarness
{
public:
    explicit BulkHarness(const Sim::SimConfig &config);
    ~BulkHarness();

    Sim::SimServer &server() { return m_sim->server(); }
    SimFixture &sim() { return *m_sim; }
    Store::JobStore &store() { return m_store; }
    Jobs::Engine &engine() { return *m_engine; }
    QString folder(const QString &name) const { return m_dir.filePath(name); }

    Jobs::OrgConnection connection() const;
    /// Every day of the org, bulk export on, no recordings downloaded.
    Plan::ExportSpec bulkSpec(const QString &destination) const;
    Store::ExportId create(const Plan::ExportSpec &spec);
    void start(Store::ExportId id);
    BulkOutcome waitForStop(Store::ExportId id, int timeoutMs);

    QList<Store::TaskRecord> tasks(Store::ExportId id, Store::TaskKind kind);
    QList<Store::ItemRecord> items(Store::ExportId id, std::optional<Store::ItemState> state);
    QString report(const QString &folder) const;
    /// Answers of the sim to \a route ("POST /api/v2/recording/jobs") with \a status.
    int answers(const QString &route, int status);

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    Store::JobStore m_store;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Jobs::Engine> m_engine;
    std::vector<std::pair<Store::ExportId, BulkOutcome>> m_stops;
};

/// A small org with quick bulk jobs: \a days days of \a perDay conversations.
Sim::SimConfig bulkSimConfig(int days, int perDay);

/// Recording ids the sim's failedrecordings endpoint lists for \a jobIds.
QSet<QString> failedRecordingsOf(BulkHarness &harness, const QStringList &jobIds);

} // namespace Custody::Test
