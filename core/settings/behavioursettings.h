#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace Custody::Settings {

/// How the application behaves around the user. Stored under "behaviour/".
struct BehaviourSettings
{
    bool keepRunningInTray = true; ///< closing the window keeps running exports going
    bool notifications = true; ///< desktop notifications when an export finishes or fails
    QString language; ///< a code from supportedLanguages(); empty: the system's language

    /// The language codes Custody ships translations for: en, de, fr, es, nl.
    static QStringList supportedLanguages();

    /// Reads the values from \a settings; a language Custody does not know
    /// falls back to the system's.
    static BehaviourSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const BehaviourSettings &, const BehaviourSettings &) = default;
};

} // namespace Custody::Settings
