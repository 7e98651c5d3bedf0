#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>

#include <memory>

#include "core/sim/simconfig.h"
#include "core/sim/simserver.h"

namespace Custody::Test {

/// A small org with short timings and /sim/* on: tests run in seconds.
Sim::SimConfig fastSimConfig();

/// custody-sim started in-process on a free loopback port.
class SimFixture
{
public:
    explicit SimFixture(const Sim::SimConfig &config = fastSimConfig());
    ~SimFixture();

    Sim::SimServer &server() { return *m_server; }
    QString url(const QString &path) const;

private:
    std::unique_ptr<Sim::SimServer> m_server;
};

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

/// Synchronous HTTP over a real QNetworkAccessManager, for tests only.
class HttpClient
{
public:
    HttpResult send(const QByteArray &verb, const QString &url, const QByteArray &body = {},
        const QHash<QByteArray, QByteArray> &headers = {}, int timeoutMs = 15000);
    HttpResult get(const QString &url, const QHash<QByteArray, QByteArray> &headers = {})
    {
        return send("GET", url, {}, headers);
    }

    /// A bearer token from the client-credentials grant, or an empty string.
    QString token(const SimFixture &sim, const QString &clientId = QStringLiteral("custody-demo"),
        const QString &secret = QStringLiteral("demo-secret"));
    /// An authenticated API call; \a body, when not empty, is sent as JSON.
    HttpResult api(const SimFixture &sim, const QByteArray &verb, const QString &path, const QString &token,
        const QJsonObject &body = {});

    /// Polls \a path until \a done says so or \a timeoutMs passes; returns the last answer.
    HttpResult pollUntil(const SimFixture &sim, const QString &path, const QString &token,
        const std::function<bool(const HttpResult &)> &done, int timeoutMs = 20000);

private:
    QNetworkAccessManager m_nam;
};

} // namespace Custody::Test
