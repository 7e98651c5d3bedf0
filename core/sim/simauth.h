#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <mutex>
#include <optional>

#include "core/sim/simconfig.h"

namespace Custody::Sim {

/// Issued bearer tokens and their clients.
class SimAuth final
{
public:
    enum class TokenState { Valid, Missing, Unknown, Expired };

    explicit SimAuth(const SimConfig &config);

    /// Issues a token for a client (credentials already checked).
    QString issue(const QString &clientId, int lifetimeSec);
    /// Checks an Authorization header value; on Valid, \a clientId is set.
    TokenState check(const QByteArray &authorizationHeader, QString *clientId) const;
    void revokeAll();
    int issuedCount() const;

private:
    struct Token
    {
        QString clientId;
        QDateTime expiresAt;
    };
    mutable std::mutex m_mutex;
    QHash<QString, Token> m_tokens;
    int m_issued = 0;
};

} // namespace Custody::Sim
