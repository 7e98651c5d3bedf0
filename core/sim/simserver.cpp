#include "core/sim/simserver.h"

#include <httplib.h>

#include "core/sim/simcontext.h"
#include "core/sim/simroutes.h"

namespace Custody::Sim {

SimServer::SimServer(const SimConfig &config)
    : m_context(std::make_unique<SimContext>(config))
    , m_server(std::make_unique<httplib::Server>())
{
    // More threads than httplib's default: every keep-alive connection holds
    // one, and clients open several at once. httplib owns the queue it gets.
    const int threads = std::max(4, config.serverThreads);
    m_server->new_task_queue = [threads] {
        return new httplib::ThreadPool(size_t(threads));
    };
    m_server->set_keep_alive_max_count(1000);
    m_server->set_read_timeout(30, 0);
    m_server->set_write_timeout(30, 0);
    m_server->set_payload_max_length(512000); // request.bytes.max
    registerRoutes();
}

SimServer::~SimServer()
{
    stop();
}

void SimServer::registerRoutes()
{
    httplib::Server &server = *m_server;
    SimContext &context = *m_context;
    registerOAuthRoutes(server, context);
    registerDirectoryRoutes(server, context);
    registerAnalyticsRoutes(server, context);
    registerRecordingRoutes(server, context);
    registerBatchRoutes(server, context);
    registerRecordingJobRoutes(server, context);
    registerMediaRoutes(server, context);
    if (context.config.admin)
        registerAdminRoutes(server, context);
    // Anything else is the ordinary Genesys 404.
    server.set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (res.status == 404 && res.body.empty()) {
            // Genesys puts a correlation id on every response, unrouted ones too.
            if (!res.has_header("ININ-Correlation-Id"))
                res.set_header("ININ-Correlation-Id", newObjectId().toStdString());
            sendError(res, 404, QStringLiteral("not.found"), QStringLiteral("The requested resource was not found."));
        }
    });
}

bool SimServer::start(QString *error)
{
    const std::string host = m_context->config.host.toStdString();
    int port = m_context->config.port;
    if (port == 0) {
        port = m_server->bind_to_any_port(host);
    } else if (!m_server->bind_to_port(host, port)) {
        port = -1;
    }
    if (port <= 0) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2 (is the port in use?)")
                         .arg(m_context->config.host)
                         .arg(m_context->config.port);
        return false;
    }
    m_port = quint16(port);
    m_context->setBaseUrl(QStringLiteral("http://%1:%2").arg(m_context->config.host).arg(m_port));
    m_thread = std::thread([server = m_server.get()] { server->listen_after_bind(); });
    // listen_after_bind() flips is_running() almost at once; wait for it so a
    // caller can connect as soon as start() returns.
    for (int i = 0; i < 2000 && !m_server->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return true;
}

void SimServer::stop()
{
    if (m_thread.joinable()) {
        m_server->stop();
        m_thread.join();
    }
}

QString SimServer::baseUrl() const
{
    return m_context->baseUrl();
}

const SimConfig &SimServer::config() const
{
    return m_context->config;
}

const SimOrg &SimServer::org() const
{
    return m_context->org;
}

QJsonObject SimServer::stats() const
{
    return m_context->stats.toJson();
}

void SimServer::resetStats()
{
    m_context->stats.reset();
}

QString SimServer::applyFaults(const QJsonObject &faults)
{
    bool revoke = false;
    const QString error = m_context->faults.apply(faults, &revoke);
    if (error.isEmpty() && revoke)
        m_context->auth.revokeAll();
    return error;
}

} // namespace Custody::Sim
