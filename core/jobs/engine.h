#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <map>
#include <memory>
#include <variant>

#include "core/jobs/exportprogress.h"
#include "core/jobs/exportrun.h"
#include "core/jobs/orgsession.h"

class QNetworkAccessManager;

namespace Custody::Jobs {

/// The engine's face to the GUI and the CLI: creates exports, runs, pauses,
/// resumes and cancels them, and reports their progress. One OrgSession per
/// org profile is shared by all of that org's exports.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    /// \a store, \a nam and \a clock must outlive the engine.
    Engine(Store::JobStore *store, QNetworkAccessManager *nam, const Api::Clock &clock, QObject *parent = nullptr);
    ~Engine() override;

    /// The session for \a connection's profile, created on first use.
    OrgSession *session(const OrgConnection &connection);

    /// Checks \a spec and its destination and stores a new export; returns
    /// its id, or the problems, each a sentence that says what to fix.
    std::variant<Store::ExportId, QStringList> createExport(const Plan::ExportSpec &spec);

    /// Runs (or resumes) an export over \a session once the session is connected.
    void start(Store::ExportId id, OrgSession *session);
    void pause(Store::ExportId id);
    void cancel(Store::ExportId id);
    ExportRun *run(Store::ExportId id) const;

    void setMaxDownloads(int n) { m_maxDownloads = std::max(1, n); }
    void setBandwidthLimit(qint64 bytesPerSecond) { m_bandwidth = bytesPerSecond; }
    Store::JobStore *store() const { return m_store; }

Q_SIGNALS:
    void progressChanged(Custody::Store::ExportId id, const Custody::Jobs::ExportProgress &progress);
    void stopped(Custody::Store::ExportId id, Custody::Store::ExportState state, const QString &message);

private:
    void launch(Store::ExportId id, OrgSession *session);

    Store::JobStore *m_store;
    QNetworkAccessManager *m_nam;
    const Api::Clock &m_clock;
    std::map<QString, std::unique_ptr<OrgSession>> m_sessions;
    std::map<Store::ExportId, std::unique_ptr<ExportRun>> m_runs;
    int m_maxDownloads = 4;
    qint64 m_bandwidth = 0;
};

} // namespace Custody::Jobs
