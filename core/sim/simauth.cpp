#include "core/sim/simauth.h"

#include <QRandomGenerator>

namespace Custody::Sim {

SimAuth::SimAuth(const SimConfig &)
{
}

QString SimAuth::issue(const QString &clientId, int lifetimeSec)
{
    // Tokens are opaque and unpredictable, unlike the org, which is seeded.
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QString token
        = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    std::lock_guard lock(m_mutex);
    m_tokens.insert(token, { clientId, QDateTime::currentDateTimeUtc().addSecs(lifetimeSec) });
    ++m_issued;
    return token;
}

SimAuth::TokenState SimAuth::check(const QByteArray &authorizationHeader, QString *clientId) const
{
    const QByteArray header = authorizationHeader.trimmed();
    if (header.isEmpty())
        return TokenState::Missing;
    if (!header.toLower().startsWith("bearer "))
        return TokenState::Unknown;
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    std::lock_guard lock(m_mutex);
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend())
        return TokenState::Unknown;
    if (it->expiresAt <= QDateTime::currentDateTimeUtc())
        return TokenState::Expired;
    if (clientId)
        *clientId = it->clientId;
    return TokenState::Valid;
}

void SimAuth::revokeAll()
{
    std::lock_guard lock(m_mutex);
    m_tokens.clear();
}

int SimAuth::issuedCount() const
{
    std::lock_guard lock(m_mutex);
    return m_issued;
}

} // namespace Custody::Sim
