#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

#include "core/api/result.h"

class QNetworkReply;

namespace Custody::Api {

class Clock;

/// OAuth client-credentials tokens for one client: cached, refreshed before
/// they expire, one refresh in flight at a time. Callers that arrive during a
/// refresh wait for it. The secret stays in memory only; it is never logged.
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    using Callback = std::function<void(const Result<QString> &)>;

    /// \a nam and \a clock must outlive the provider.
    TokenProvider(QNetworkAccessManager *nam, const Clock &clock, const QUrl &loginBase, const QString &clientId,
        const QString &clientSecret, QObject *parent = nullptr);
    ~TokenProvider() override;

    /// Calls \a callback with a valid token, at once when one is cached, else
    /// after a refresh. Dropped if \a context is destroyed first.
    void withToken(QObject *context, Callback callback);
    /// The server refused \a token (401): forget it, unless a newer one
    /// already replaced it, so several refusals cause only one refresh.
    void invalidate(const QString &token);
    /// Number of token requests sent, for tests and benchmarks.
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    /// The credentials were rejected (invalid_client): nothing will work
    /// until the user fixes them.
    void credentialsRejected(const Custody::Api::ApiError &error);

private:
    void refresh();
    void onReply();
    void complete(const Result<QString> &result);
    bool hasValidToken() const;

    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    QUrl m_loginBase;
    QString m_clientId;
    QString m_clientSecret;
    QString m_token;
    qint64 m_refreshAtMs = 0;
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> m_reply;
    std::vector<Waiter> m_waiters;
    int m_refreshCount = 0;
};

} // namespace Custody::Api
