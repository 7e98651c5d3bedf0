#pragma once

#include <QStringList>

namespace Custody::Cli {

// Each command takes its own arguments (argv[0] is the command name) and
// returns the process exit code. The export commands run an event loop.
int exportCommand(const QStringList &arguments);
int resumeCommand(const QStringList &arguments);
int cancelCommand(const QStringList &arguments);
int statusCommand(const QStringList &arguments);
int verifyCommand(const QStringList &arguments);
int profilesCommand(const QStringList &arguments);
int secretsCommand(const QStringList &arguments);

/// The store file used unless --store names another.
QString defaultStorePath();

} // namespace Custody::Cli
