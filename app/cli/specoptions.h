#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include "core/plan/exportspec.h"

namespace Custody::Cli {

/// The export options of custody-cli, and the spec they describe.
class SpecOptions final
{
public:
    void addTo(QCommandLineParser &parser);
    /// Fills \a spec from the parsed options; returns problems in plain words.
    QStringList fill(const QCommandLineParser &parser, Plan::ExportSpec *spec, const QDate &today) const;

private:
    QList<QCommandLineOption> m_options;
};

} // namespace Custody::Cli
