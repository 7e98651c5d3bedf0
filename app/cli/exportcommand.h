#pragma once

#include <QObject>
#include <QString>

#include <memory>

#include "core/jobs/engine.h"

class QNetworkAccessManager;

namespace Custody::Cli {

/// Exit codes of custody-cli, as documented in the README.
enum ExitCode {
    ExitOk = 0, ///< everything exported
    ExitItemsFailed = 1, ///< finished, but some items failed (listed)
    ExitUsage = 2,
    ExitAuth = 3, ///< credentials or permission refused
    ExitDestination = 4, ///< the destination cannot take the files
};

/// Runs one export (new or resumed) to its end and prints progress: one
/// self-updating line on a terminal, a plain line every few seconds otherwise.
class ExportCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCommand)

public:
    ExportCommand(Jobs::Engine *engine, QObject *parent = nullptr);

    /// Starts \a id over \a connection; quits the application with the exit code when done.
    void run(Store::ExportId id, const Jobs::OrgConnection &connection);
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void done(int exitCode);

private:
    void printProgress(const Jobs::ExportProgress &progress, bool force);
    void onStopped(Store::ExportState state, const QString &message);
    void printFailures();

    Jobs::Engine *m_engine;
    Store::ExportId m_id = 0;
    bool m_terminal = false;
    bool m_authFailed = false;
    qint64 m_lastPrintMs = 0;
    int m_exitCode = ExitOk;
};

} // namespace Custody::Cli
