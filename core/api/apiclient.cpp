#include "core/api/apiclient.h"

#include "core/api/apicall.h"

namespace Custody::Api {

ApiClient::ApiClient(QNetworkAccessManager *nam, TokenProvider *tokens, RateLimiter *limiter, const Clock &clock,
    const ApiHosts &hosts, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_limiter(limiter)
    , m_clock(clock)
    , m_hosts(hosts)
{
}

ApiClient::~ApiClient() = default;

ApiCall *ApiClient::send(const ApiRequest &request, QObject *parent)
{
    auto *call = new ApiCall(this, request, parent); // owned by parent (Qt ownership)
    call->start();
    return call;
}

} // namespace Custody::Api
