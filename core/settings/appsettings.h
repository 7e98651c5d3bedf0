#pragma once

#include "core/settings/behavioursettings.h"
#include "core/settings/proxysettings.h"
#include "core/settings/transfersettings.h"

class QSettings;

namespace Custody::Settings {

/// Every application setting, one small struct per area, read and written
/// together. Organisation profiles are not here (Profiles::ProfileStore), and
/// no secret ever is (Secrets::CredentialStore).
struct AppSettings
{
    TransferSettings transfers;
    BehaviourSettings behaviour;
    ProxySettings proxy;

    static AppSettings load(const QSettings &settings);
    /// Writes every area and sync()s, so a crash right after keeps the change.
    void save(QSettings &settings) const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

} // namespace Custody::Settings
