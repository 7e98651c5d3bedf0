#pragma once

#include <QString>

#include <memory>

#include "core/jobs/orgsession.h"
#include "core/plan/exportspec.h"
#include "core/profiles/orgprofile.h"

namespace Custody::Sim {
class SimServer;
}

namespace Custody::Ui {

/// A simulated organisation inside the application, for trying Custody
/// without a Genesys Cloud org: it runs custody-sim in-process on loopback
/// and hands out a connection and a profile for it.
///
/// The demo client's secret is part of the simulator's configuration and
/// travels only in the OrgConnection in memory: the profile is never saved
/// and nothing goes into the keychain.
class DemoOrg final
{
public:
    DemoOrg();
    ~DemoOrg();
    DemoOrg(const DemoOrg &) = delete;
    DemoOrg &operator=(const DemoOrg &) = delete;

    /// The profile id every demo export carries, so a demo export can be
    /// resumed later by starting the (deterministic) simulator again.
    static QString profileId();
    /// "Simulated org (demo)", translated.
    static QString displayName();

    /// Starts the simulator on a free loopback port. Idempotent.
    bool start(QString *error = nullptr);
    bool isRunning() const;

    /// How to reach the simulator (valid once started).
    Jobs::OrgConnection connection() const;
    /// A profile for the new-export form; it validates, and is never saved.
    Profiles::OrgProfile profile() const;
    /// A ready-to-run export of the last \a days days into \a destination.
    Plan::ExportSpec sampleSpec(const QString &name, const QString &destination, int days = 7) const;
    /// The simulator, for tests that inject faults.
    Sim::SimServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<Sim::SimServer> m_server;
};

} // namespace Custody::Ui
