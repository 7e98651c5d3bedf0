#include "core/jobs/engine.h"

#include <QDir>
#include <QLoggingCategory>

#include "core/transfer/destination.h"

Q_LOGGING_CATEGORY(lcEngine, "custody.jobs.engine")

namespace Custody::Jobs {

Engine::Engine(Store::JobStore *store, QNetworkAccessManager *nam, const Api::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nam(nam)
    , m_clock(clock)
{
    qRegisterMetaType<ExportProgress>();
}

Engine::~Engine()
{
    m_runs.clear(); // runs use the sessions' API clients
    m_sessions.clear();
}

OrgSession *Engine::session(const OrgConnection &connection)
{
    auto it = m_sessions.find(connection.profileId);
    if (it == m_sessions.end())
        it = m_sessions.emplace(connection.profileId, std::make_unique<OrgSession>(m_nam, m_clock, connection)).first;
    return it->second.get();
}

std::variant<Store::ExportId, QStringList> Engine::createExport(const Plan::ExportSpec &spec)
{
    QStringList problems = spec.problemMessages();
    if (!problems.isEmpty())
        return problems;
    // The export folder may be new; its parent must exist (a share that is not
    // mounted must not be silently replaced by a local folder of that name).
    const QDir folder(spec.destinationFolder);
    if (!folder.exists() && QFileInfo(folder.absolutePath()).dir().exists())
        QDir().mkpath(folder.absolutePath());
    const Transfer::DestinationStatus status = Transfer::Destination(folder.absolutePath()).check(0);
    if (!status.ok())
        return status.problems;
    Store::NewExport record;
    record.name = spec.name;
    record.profileId = spec.profileId;
    record.specJson = QString::fromUtf8(spec.toJsonBytes());
    record.destination = folder.absolutePath();
    const auto created = m_store->createExport(record);
    if (!created.ok())
        return QStringList { created.error().userMessage() };
    return created.value();
}

void Engine::start(Store::ExportId id, OrgSession *session)
{
    if (session->isReady())
        return launch(id, session);
    connect(
        session, &OrgSession::ready, this, [this, id, session] { launch(id, session); }, Qt::SingleShotConnection);
    connect(
        session, &OrgSession::failed, this,
        [this, id](const Api::ApiError &error) {
            const QString message = error.userMessage();
            [[maybe_unused]] const auto status = m_store->setExportState(id, Store::ExportState::Failed, message);
            Q_EMIT stopped(id, Store::ExportState::Failed, message);
        },
        Qt::SingleShotConnection);
    session->connectToOrg();
}

void Engine::launch(Store::ExportId id, OrgSession *session)
{
    const auto record = m_store->exportById(id);
    if (!record.ok())
        return void(Q_EMIT stopped(id, Store::ExportState::Failed, record.error().userMessage()));
    const auto spec = Plan::ExportSpec::fromJsonBytes(record.value().specJson.toUtf8());
    if (!spec)
        return void(Q_EMIT stopped(id, Store::ExportState::Failed, spec.errorMessage()));
    RunOptions options;
    options.maxDownloads = m_maxDownloads;
    options.bandwidthBytesPerSecond = m_bandwidth;
    options.urlTtlSeconds = session->urlTtlSeconds();
    options.orgDescription = session->connection().description;
    options.queueNames = session->queueNames();
    options.userNames = session->userNames();
    options.pools = session->pools();
    m_runs.erase(id);
    auto run = std::make_unique<ExportRun>(m_store, session->api(), record.value(), spec.value(), options);
    ExportRun *raw = run.get();
    connect(raw, &ExportRun::progressChanged, this,
        [this, id](const ExportProgress &progress) { Q_EMIT progressChanged(id, progress); });
    connect(raw, &ExportRun::stopped, this,
        [this, id](Store::ExportState state, const QString &message) { Q_EMIT stopped(id, state, message); });
    m_runs.emplace(id, std::move(run));
    raw->start();
}

void Engine::pause(Store::ExportId id)
{
    if (ExportRun *r = run(id))
        r->pause(tr("Paused by the user."));
}

void Engine::cancel(Store::ExportId id)
{
    if (ExportRun *r = run(id))
        r->cancel();
    else [[maybe_unused]]
        const auto status = m_store->setExportState(id, Store::ExportState::Cancelled, tr("Cancelled."));
}

ExportRun *Engine::run(Store::ExportId id) const
{
    const auto it = m_runs.find(id);
    return it == m_runs.end() ? nullptr : it->second.get();
}

} // namespace Custody::Jobs
