#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>
#include <thread>

#include "core/sim/simconfig.h"

namespace httplib {
class Server;
}

namespace Custody::Sim {

class SimContext;
class SimOrg;

/// custody-sim: a stand-in for Genesys Cloud served over HTTP on loopback.
/// Login, API and media share one host, like the SDKs' gateway setting.
/// Runs on its own threads; safe to start inside a Qt application.
class SimServer final
{
public:
    explicit SimServer(const SimConfig &config);
    ~SimServer();
    SimServer(const SimServer &) = delete;
    SimServer &operator=(const SimServer &) = delete;

    /// Binds and starts serving; returns false with \a error on failure.
    bool start(QString *error = nullptr);
    void stop();

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    const SimConfig &config() const;
    const SimOrg &org() const;

    // The same controls /sim/* offers, for in-process use.
    QJsonObject stats() const;
    void resetStats();
    QString applyFaults(const QJsonObject &faults);

private:
    void registerRoutes();

    std::unique_ptr<SimContext> m_context;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    quint16 m_port = 0;
};

} // namespace Custody::Sim
