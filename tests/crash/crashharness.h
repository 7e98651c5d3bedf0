#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

#include "core/sim/simconfig.h"
#include "core/sim/simorg.h"
#include "core/store/jobstore.h"
#include "sim/simtestsupport.h"

namespace Custody::Test {

/// One finished custody-cli run.
struct CliRun
{
    int exitCode = -1;
    bool finished = false; ///< false: it ran out of time and was killed
    QString output; ///< stdout and stderr, merged
    qint64 elapsedMs = 0;
};

/// A recording the export must deliver, with the bytes the simulator serves.
struct ExpectedFile
{
    QString conversationId;
    QString recordingId;
    qint64 size = 0;
    QString sha256;
};

/// custody-sim in this process and custody-cli as a child process that can
/// be killed at any moment: the sim (and its stats) outlive the child. Every
/// file the child touches is below one temporary folder, HOME and the XDG
/// folders included.
class CrashHarness final
{
public:
    explicit CrashHarness(const Sim::SimConfig &config);
    ~CrashHarness();
    CrashHarness(const CrashHarness &) = delete;
    CrashHarness &operator=(const CrashHarness &) = delete;

    SimFixture &sim() { return *m_sim; }
    QString exportFolder() const { return m_root.filePath(QStringLiteral("export")); }
    QString storePath() const { return m_root.filePath(QStringLiteral("custody.db")); }

    /// Starts `custody-cli export` for the local days [\a from, \a to] in the org's zone.
    void startExport(const QDate &from, const QDate &to, const QStringList &extra = {});
    /// SIGKILLs the export and waits until it is gone. Returns false if it had ended already.
    bool killExport();
    /// Whether the export process is still running.
    bool exportRunning() const;
    /// Runs custody-cli with \a arguments to its end (or \a timeoutMs).
    CliRun run(const QStringList &arguments, int timeoutMs = 60000);
    CliRun resume(Store::ExportId id) { return run(withFiles({ QStringLiteral("resume"), QString::number(id) })); }
    CliRun verify() { return run({ QStringLiteral("verify"), exportFolder() }); }

    /// Polls \a condition every \a pollMs (0: as fast as possible) while the
    /// export runs; true once it holds. False on timeout or when the child ends first.
    bool waitWhileRunning(const std::function<bool()> &condition, int timeoutMs, int pollMs = 5);

    /// A second store on the child's SQLite file (WAL lets it read while the child writes).
    Store::JobStore *store();
    /// The one export in the store, or 0.
    Store::ExportId exportId();
    Store::ItemCounts counts();
    QList<Store::TaskRecord> tasks(Store::TaskKind kind);
    QList<Store::ItemRecord> items(std::optional<Store::ItemState> state = std::nullopt);
    QList<Store::EventRecord> events(Store::EventId after = 0);

    /// Available recordings of the conversations the export's windows match,
    /// by recording id, with their SHA-256 computed from the simulator's bytes.
    QHash<QString, ExpectedFile> expectedFiles(const QDate &from, const QDate &to) const;
    /// How many \a route requests ("POST /api/v2/...") the sim answered, any status.
    qint64 routeRequests(const QString &route) const;
    qint64 statNumber(const QString &name) const;
    /// Every file below the export folder, relative, except the evidence and ".part" files
    /// (a part's ".part.etag" sidecar is listed, so a leftover one shows).
    QStringList recordingFilesOnDisk() const;
    QStringList partFilesOnDisk() const;
    QString timeZoneId() const;

private:
    QStringList withFiles(QStringList arguments) const;
    QProcessEnvironment childEnvironment() const;

    QTemporaryDir m_root;
    std::unique_ptr<SimFixture> m_sim;
    QString m_profilesPath;
    QString m_profileName = QStringLiteral("crash-org");
    std::unique_ptr<QProcess> m_export;
    std::unique_ptr<Store::JobStore> m_store;
};

/// SHA-256 (lowercase hex) of \a size bytes the simulator generates for \a recording.
QString simulatedSha256(const Sim::SimRecording &recording);

} // namespace Custody::Test
