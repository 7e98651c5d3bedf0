#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/evidence/manifestentry.h"

namespace Custody::Evidence {

/// A record of manifest.csv that could not be used.
struct ManifestProblem
{
    qint64 line = 0; ///< 1-based line where the record starts
    QString message; ///< translated
};

/// Everything read from manifest.csv.
struct ManifestReadResult
{
    bool readable = false; ///< the file could be opened and had a usable header
    QList<ManifestEntry> entries; ///< every well-formed record, in file order
    QList<ManifestProblem> problems;
    QString errorString; ///< translated, set when !readable
    QString errorDetail; ///< technical, set when !readable

    bool ok() const { return readable && problems.isEmpty(); }
};

/// Reads manifest.csv back (for verify). Understands RFC 4180 quoting,
/// including commas, quotes and line breaks inside fields; finds columns by
/// their header name so a manifest with extra columns still reads. Malformed
/// records are reported with their line number and skipped.
class ManifestReader final
{
    Q_DECLARE_TR_FUNCTIONS(ManifestReader)

public:
    static ManifestReadResult readCsv(const QString &path);
};

} // namespace Custody::Evidence
