#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

class QSettings;

namespace Custody::Settings {

/// Which proxy Custody's network traffic goes through. Stored under "proxy/".
///
/// There is deliberately no password: settings are plain text. Proxies that
/// ask for a password are not supported yet; when they are, the password
/// belongs in the keychain (Secrets::CredentialStore), never here.
struct ProxySettings
{
    enum class Mode {
        System, ///< whatever the operating system is configured to use (the default)
        None, ///< connect directly
        Manual, ///< the HTTP proxy at host:port
    };

    static constexpr quint16 kDefaultPort = 8080;

    Mode mode = Mode::System;
    QString host; ///< Manual only
    quint16 port = kDefaultPort; ///< Manual only
    QString user; ///< Manual only; optional

    /// "system", "none" or "manual", as stored.
    static QString modeName(Mode mode);

    /// Translated problems, one sentence each; empty when usable. Only Manual
    /// can have problems: it needs a host name without spaces or a scheme, and a port.
    QStringList validate() const;

    /// Reads the values from \a settings; an unknown mode is System.
    static ProxySettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// Makes every QNetworkAccessManager in the process use this proxy
    /// (application-wide, through QNetworkProxy and QNetworkProxyFactory).
    /// A Manual setting that does not validate() applies System instead and
    /// returns false.
    bool applyProxy() const;

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

} // namespace Custody::Settings
