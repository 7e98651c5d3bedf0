#include "core/sim/simfaults.h"

#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <tuple>

namespace Custody::Sim {

SimFaults::SimFaults(std::uint64_t seed)
    : m_random(SimRandom::mix(seed, 0xFA017))
{
}

bool SimFaults::roll(double probability)
{
    return probability > 0 && m_random.chance(probability);
}

QString SimFaults::apply(const QJsonObject &json, bool *revokeTokens)
{
    std::lock_guard lock(m_mutex);
    // All or nothing: a refused request leaves every fault as it was.
    const auto saved = std::tuple(m_latencyMs, m_errorRates, m_stormUntil, m_stormRetryAfter, m_jobFailure, m_mediaCut,
        m_malformedJson, m_urlTtlSeconds);
    const auto refuse = [&](const QString &message) {
        std::tie(m_latencyMs, m_errorRates, m_stormUntil, m_stormRetryAfter, m_jobFailure, m_mediaCut, m_malformedJson,
            m_urlTtlSeconds)
            = saved;
        return message;
    };
    auto probability = [](const QJsonValue &v, double *out) {
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
            return false;
        *out = v.toDouble();
        return true;
    };
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QStringLiteral("reset") && value.toBool()) {
            m_latencyMs = 0;
            m_errorRates.clear();
            m_stormUntil = {};
            m_stormRetryAfter = 0;
            m_jobFailure = m_mediaCut = m_malformedJson = 0;
            m_urlTtlSeconds = 0;
        } else if (key == QStringLiteral("latencyMs") && value.isDouble()) {
            m_latencyMs = std::max(0, value.toInt());
        } else if (key == QStringLiteral("errorRates") && value.isObject()) {
            const QJsonObject rates = value.toObject();
            for (auto r = rates.constBegin(); r != rates.constEnd(); ++r) {
                const int status = r.key().toInt();
                double p = 0;
                if (status < 500 || status > 599 || !probability(r.value(), &p))
                    return refuse(QStringLiteral("errorRates needs 5xx status keys with probabilities from 0 to 1"));
                m_errorRates[status] = p;
            }
        } else if (key == QStringLiteral("rateLimitStormSeconds") && value.isDouble()) {
            m_stormUntil = Clock::now() + std::chrono::milliseconds(qint64(value.toDouble() * 1000));
        } else if (key == QStringLiteral("rateLimitStormRetryAfter") && value.isDouble()) {
            m_stormRetryAfter = std::max(0, value.toInt());
        } else if (key == QStringLiteral("jobFailureProbability") && probability(value, &m_jobFailure)) {
        } else if (key == QStringLiteral("mediaCutProbability") && probability(value, &m_mediaCut)) {
        } else if (key == QStringLiteral("malformedJsonProbability") && probability(value, &m_malformedJson)) {
        } else if (key == QStringLiteral("urlTtlSeconds") && value.isDouble()) {
            m_urlTtlSeconds = std::max(0, value.toInt());
        } else if (key == QStringLiteral("revokeTokens")) {
            if (revokeTokens)
                *revokeTokens = value.toBool();
        } else {
            return refuse(QStringLiteral("unknown fault or bad value: %1").arg(key));
        }
    }
    return {};
}

QJsonObject SimFaults::toJson() const
{
    std::lock_guard lock(m_mutex);
    QJsonObject rates;
    for (auto it = m_errorRates.cbegin(); it != m_errorRates.cend(); ++it)
        rates.insert(QString::number(it.key()), it.value());
    const auto left = std::chrono::duration<double>(m_stormUntil - Clock::now()).count();
    return { { QStringLiteral("latencyMs"), m_latencyMs }, { QStringLiteral("errorRates"), rates },
        { QStringLiteral("rateLimitStormSeconds"), std::max(0.0, left) },
        { QStringLiteral("rateLimitStormRetryAfter"), m_stormRetryAfter },
        { QStringLiteral("jobFailureProbability"), m_jobFailure },
        { QStringLiteral("mediaCutProbability"), m_mediaCut },
        { QStringLiteral("malformedJsonProbability"), m_malformedJson },
        { QStringLiteral("urlTtlSeconds"), m_urlTtlSeconds } };
}

int SimFaults::latencyMs() const
{
    std::lock_guard lock(m_mutex);
    return m_latencyMs;
}

int SimFaults::rollServerError()
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_errorRates.cbegin(); it != m_errorRates.cend(); ++it) {
        if (roll(it.value()))
            return it.key();
    }
    return 0;
}

int SimFaults::stormRetryAfter() const
{
    std::lock_guard lock(m_mutex);
    const auto now = Clock::now();
    if (now >= m_stormUntil)
        return 0;
    if (m_stormRetryAfter > 0)
        return m_stormRetryAfter;
    return std::max(1, int(std::ceil(std::chrono::duration<double>(m_stormUntil - now).count())));
}

bool SimFaults::rollJobFailure()
{
    std::lock_guard lock(m_mutex);
    return roll(m_jobFailure);
}

bool SimFaults::rollMediaCut()
{
    std::lock_guard lock(m_mutex);
    return roll(m_mediaCut);
}

bool SimFaults::rollMalformedJson()
{
    std::lock_guard lock(m_mutex);
    return roll(m_malformedJson);
}

int SimFaults::urlTtlSeconds() const
{
    std::lock_guard lock(m_mutex);
    return m_urlTtlSeconds;
}

} // namespace Custody::Sim
