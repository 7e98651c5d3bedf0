#include "core/settings/proxysettings.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QSettings>

Q_LOGGING_CATEGORY(lcProxy, "custody.settings.proxy")

namespace Custody::Settings {

namespace {

const QString kModeKey = QStringLiteral("proxy/mode");
const QString kHostKey = QStringLiteral("proxy/host");
const QString kPortKey = QStringLiteral("proxy/port");
const QString kUserKey = QStringLiteral("proxy/user");

void useSystemProxy()
{
    // setApplicationProxy() turns system lookups off, so clear it first.
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("system");
}

QStringList ProxySettings::validate() const
{
    QStringList problems;
    if (mode != Mode::Manual)
        return problems;
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty()) {
        problems << QCoreApplication::translate("Custody::Settings::ProxySettings",
            "The proxy has no host name. Enter the proxy's name or address, e.g. proxy.example.com, or use the "
            "system's proxy settings.");
    } else if (trimmed.contains(QLatin1Char(' ')) || trimmed.contains(QLatin1String("://"))
        || trimmed.contains(QLatin1Char('/')) || trimmed.contains(QLatin1Char('@'))) {
        problems << QCoreApplication::translate("Custody::Settings::ProxySettings",
            "The proxy host \"%1\" is not a plain host name. Enter only the name or address, without http://, a "
            "path or a user name.")
                        .arg(host);
    }
    if (port == 0) {
        problems << QCoreApplication::translate(
            "Custody::Settings::ProxySettings", "The proxy port is missing. Enter the port, e.g. 8080 or 3128.");
    }
    return problems;
}

ProxySettings ProxySettings::load(const QSettings &settings)
{
    ProxySettings result;
    const QString mode = settings.value(kModeKey).toString();
    if (mode == modeName(Mode::None))
        result.mode = Mode::None;
    else if (mode == modeName(Mode::Manual))
        result.mode = Mode::Manual;
    result.host = settings.value(kHostKey).toString().trimmed();
    bool ok = false;
    const int port = settings.value(kPortKey).toInt(&ok);
    if (ok && port > 0 && port <= 65535)
        result.port = static_cast<quint16>(port);
    result.user = settings.value(kUserKey).toString();
    return result;
}

void ProxySettings::save(QSettings &settings) const
{
    settings.setValue(kModeKey, modeName(mode));
    settings.setValue(kHostKey, host.trimmed());
    settings.setValue(kPortKey, port);
    settings.setValue(kUserKey, user);
}

bool ProxySettings::applyProxy() const
{
    switch (mode) {
    case Mode::System:
        useSystemProxy();
        return true;
    case Mode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return true;
    case Mode::Manual:
        if (!validate().isEmpty()) {
            qCWarning(lcProxy) << "manual proxy setting is incomplete; using the system's proxy settings";
            useSystemProxy();
            return false;
        }
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, host.trimmed(), port, user));
        return true;
    }
    return false;
}

} // namespace Custody::Settings
