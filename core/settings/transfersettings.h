#pragma once

#include <QString>
#include <QtGlobal>

class QSettings;

namespace Custody::Settings {

/// How downloads run by default: concurrency, bandwidth cap, and where new
/// exports go and how their files are named. Stored under "transfers/".
struct TransferSettings
{
    static constexpr int kMinDownloads = 1;
    static constexpr int kMaxDownloads = 16;
    static constexpr int kDefaultDownloads = 4;

    int maxDownloads = kDefaultDownloads; ///< concurrent downloads, kMinDownloads..kMaxDownloads
    qint64 bandwidthBytesPerSecond = 0; ///< shared download cap; 0 means unlimited
    QString defaultDestination; ///< folder offered for new exports; empty: none chosen yet
    QString defaultTemplate; ///< file name pattern for new exports (see Transfer::FileNameTemplate)

    /// The defaults: 4 downloads, no cap, no folder, FileNameTemplate::defaultPattern().
    TransferSettings();

    /// Reads the values from \a settings. Missing, malformed or out-of-range
    /// values fall back to the default or are clamped into range, so a hand
    /// edited file can never produce a value the engine rejects.
    static TransferSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const TransferSettings &, const TransferSettings &) = default;
};

} // namespace Custody::Settings
