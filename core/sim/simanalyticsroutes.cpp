// Analytics conversation-detail jobs (genesys-api.md section 5). Work in progress.
#include "core/sim/simcontext.h"
#include "core/sim/simroutes.h"

namespace Custody::Sim {

void registerAnalyticsRoutes(httplib::Server &, SimContext &)
{
}

} // namespace Custody::Sim
