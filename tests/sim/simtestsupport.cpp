#include "simtestsupport.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QTest>

#include <stdexcept>

namespace Custody::Test {

Sim::SimConfig fastSimConfig()
{
    Sim::SimConfig config;
    config.admin = true;
    config.seed = 7;
    config.days = 3;
    config.conversationsPerDay = 40;
    config.endDate = QDate(2024, 3, 15);
    config.timeZone = QStringLiteral("Europe/Berlin");
    config.clients = { { QStringLiteral("custody-demo"), QStringLiteral("demo-secret"), {} },
        { QStringLiteral("other-client"), QStringLiteral("other-secret"), {} } };
    config.analyticsJob = { 300, 0.1 };
    config.analyticsQueuedMs = 50;
    config.batchRequest = { 150, 5.0 };
    config.recordingJobQuery = { 300, 0.1 };
    config.recordingJobProcess = { 300, 1.0 };
    config.transcodingPolls = 2;
    return config;
}

SimFixture::SimFixture(const Sim::SimConfig &config)
    : m_server(std::make_unique<Sim::SimServer>(config))
{
    QString error;
    if (!m_server->start(&error))
        throw std::runtime_error(error.toStdString());
}

SimFixture::~SimFixture() = default;

QString SimFixture::url(const QString &path) const
{
    return m_server->baseUrl() + path;
}

HttpResult HttpClient::send(const QByteArray &verb, const QString &url, const QByteArray &body,
    const QHash<QByteArray, QByteArray> &headers, int timeoutMs)
{
    QNetworkRequest request { QUrl(url) };
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, body));
    const bool finished = QTest::qWaitFor([&] { return reply->isFinished(); }, timeoutMs);
    HttpResult result;
    if (!finished) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        return result;
    }
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    return result;
}

QString HttpClient::token(const SimFixture &sim, const QString &clientId, const QString &secret)
{
    const QByteArray basic = (clientId + QLatin1Char(':') + secret).toUtf8().toBase64();
    const HttpResult result = send("POST", sim.url(QStringLiteral("/oauth/token")), "grant_type=client_credentials",
        { { "Authorization", "Basic " + basic }, { "Content-Type", "application/x-www-form-urlencoded" } });
    return result.object().value(QStringLiteral("access_token")).toString();
}

HttpResult HttpClient::api(
    const SimFixture &sim, const QByteArray &verb, const QString &path, const QString &token, const QJsonObject &body)
{
    QHash<QByteArray, QByteArray> headers { { "Authorization", "Bearer " + token.toLatin1() } };
    QByteArray payload;
    if (!body.isEmpty()) {
        headers.insert("Content-Type", "application/json");
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return send(verb, sim.url(path), payload, headers);
}

HttpResult HttpClient::pollUntil(const SimFixture &sim, const QString &path, const QString &token,
    const std::function<bool(const HttpResult &)> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    HttpResult last;
    do {
        last = api(sim, "GET", path, token);
        if (done(last))
            return last;
        QTest::qWait(100);
    } while (timer.elapsed() < timeoutMs);
    return last;
}

} // namespace Custody::Test
