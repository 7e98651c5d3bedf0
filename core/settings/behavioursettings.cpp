#include "core/settings/behavioursettings.h"

#include <QSettings>

namespace Custody::Settings {

namespace {

const QString kTrayKey = QStringLiteral("behaviour/keepRunningInTray");
const QString kNotificationsKey = QStringLiteral("behaviour/notifications");
const QString kLanguageKey = QStringLiteral("behaviour/language");

} // namespace

QStringList BehaviourSettings::supportedLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
        QStringLiteral("nl") };
}

BehaviourSettings BehaviourSettings::load(const QSettings &settings)
{
    BehaviourSettings result;
    result.keepRunningInTray = settings.value(kTrayKey, result.keepRunningInTray).toBool();
    result.notifications = settings.value(kNotificationsKey, result.notifications).toBool();
    const QString language = settings.value(kLanguageKey).toString();
    if (supportedLanguages().contains(language))
        result.language = language;
    return result;
}

void BehaviourSettings::save(QSettings &settings) const
{
    settings.setValue(kTrayKey, keepRunningInTray);
    settings.setValue(kNotificationsKey, notifications);
    settings.setValue(kLanguageKey, language);
}

} // namespace Custody::Settings
