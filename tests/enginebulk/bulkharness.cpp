#include "bulkharness.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <gtest/gtest.h>

#include "core/api/clock.h"
#include "core/sim/simorg.h"

namespace Custody::Test {

Sim::SimConfig bulkSimConfig(int days, int perDay)
{
    Sim::SimConfig config = fastSimConfig();
    config.days = days;
    config.conversationsPerDay = perDay;
    config.mediaMeanBytes = 16 * 1024;
    config.archivedFraction = 0.08; // some failed recordings in every bulk job
    config.recordingJobQuery = { 400, 2.0 };
    config.recordingJobProcess = { 600, 5.0 };
    return config;
}

BulkHarness::BulkHarness(const Sim::SimConfig &config)
    : m_sim(std::make_unique<SimFixture>(config))
{
    const auto opened = m_store.open(m_dir.filePath(QStringLiteral("custody.db")));
    if (!opened.ok())
        ADD_FAILURE() << "cannot open the job store: " << opened.error().detail.toStdString();
    m_engine = std::make_unique<Jobs::Engine>(&m_store, &m_nam, Api::Clock::system());
    QObject::connect(m_engine.get(), &Jobs::Engine::stopped, m_engine.get(),
        [this](Store::ExportId id, Store::ExportState state, const QString &message) {
            m_stops.push_back({ id, BulkOutcome { true, state, message } });
        });
}

BulkHarness::~BulkHarness()
{
    m_engine.reset();
    m_store.close();
}

Jobs::OrgConnection BulkHarness::connection() const
{
    const Sim::SimClient &first = m_sim->server().config().clients.constFirst();
    Jobs::OrgConnection connection;
    connection.profileId = QStringLiteral("sim-bulk");
    connection.description = QStringLiteral("custody-sim");
    connection.hosts = Api::ApiHosts::forGateway(QUrl(m_sim->server().baseUrl()));
    connection.clientId = first.id;
    connection.clientSecret = first.secret;
    return connection;
}

Plan::ExportSpec BulkHarness::bulkSpec(const QString &destination) const
{
    const Sim::SimOrg &org = m_sim->server().org();
    Plan::ExportSpec spec;
    spec.name = QStringLiteral("bulk test");
    spec.profileId = connection().profileId;
    spec.timeZoneId = QString::fromLatin1(org.timeZone().id());
    spec.range = { org.firstDay().date(), org.endDay().date().addDays(-1) };
    spec.destinationFolder = destination;
    spec.includeRecordings = false;
    spec.includeRecordingBulkExport = true;
    spec.bulkExportIntegrationId = bulkIntegrationId;
    return spec;
}

Store::ExportId BulkHarness::create(const Plan::ExportSpec &spec)
{
    const auto created = m_engine->createExport(spec);
    if (const auto *problems = std::get_if<QStringList>(&created)) {
        ADD_FAILURE() << "createExport refused the spec: " << problems->join(QLatin1Char(' ')).toStdString();
        return 0;
    }
    return std::get<Store::ExportId>(created);
}

void BulkHarness::start(Store::ExportId id)
{
    m_engine->start(id, m_engine->session(connection()));
}

BulkOutcome BulkHarness::waitForStop(Store::ExportId id, int timeoutMs)
{
    BulkOutcome outcome;
    [[maybe_unused]] const bool stopped = QTest::qWaitFor(
        [&] {
            for (const auto &[stoppedId, stop] : m_stops) {
                if (stoppedId == id) {
                    outcome = stop;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return outcome;
}

QList<Store::TaskRecord> BulkHarness::tasks(Store::ExportId id, Store::TaskKind kind)
{
    QList<Store::TaskRecord> wanted;
    const auto all = m_store.tasksForExport(id);
    EXPECT_TRUE(all.ok());
    if (!all.ok())
        return wanted;
    for (const Store::TaskRecord &task : all.value()) {
        if (task.kind == kind)
            wanted.append(task);
    }
    return wanted;
}

QList<Store::ItemRecord> BulkHarness::items(Store::ExportId id, std::optional<Store::ItemState> state)
{
    const auto rows = m_store.itemsForExport(id, state, 100000, 0);
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? rows.value() : QList<Store::ItemRecord> {};
}

QString BulkHarness::report(const QString &folder) const
{
    QFile file(QDir(folder).filePath(QStringLiteral("custody-report.txt")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

int BulkHarness::answers(const QString &route, int status)
{
    return server()
        .stats()
        .value(QStringLiteral("requests"))
        .toObject()
        .value(route)
        .toObject()
        .value(QString::number(status))
        .toInt();
}

QSet<QString> failedRecordingsOf(BulkHarness &harness, const QStringList &jobIds)
{
    HttpClient http;
    const QString token = http.token(harness.sim());
    QSet<QString> ids;
    for (const QString &jobId : jobIds) {
        const HttpResult page = http.api(harness.sim(), "GET",
            QStringLiteral("/api/v2/recording/jobs/%1/failedrecordings?pageSize=100").arg(jobId), token);
        EXPECT_EQ(page.status, 200) << jobId.toStdString();
        for (const QJsonValue &v : page.object().value(QStringLiteral("entities")).toArray())
            ids.insert(
                v.toObject().value(QStringLiteral("recording")).toObject().value(QStringLiteral("id")).toString());
    }
    return ids;
}

} // namespace Custody::Test
