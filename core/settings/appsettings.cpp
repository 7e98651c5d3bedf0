#include "core/settings/appsettings.h"

#include <QSettings>

namespace Custody::Settings {

AppSettings AppSettings::load(const QSettings &settings)
{
    return { TransferSettings::load(settings), BehaviourSettings::load(settings), ProxySettings::load(settings) };
}

void AppSettings::save(QSettings &settings) const
{
    transfers.save(settings);
    behaviour.save(settings);
    proxy.save(settings);
    settings.sync();
}

} // namespace Custody::Settings
