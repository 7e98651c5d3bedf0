// Recording bulk jobs (genesys-api.md section 3). Work in progress.
#include "core/sim/simcontext.h"
#include "core/sim/simroutes.h"

namespace Custody::Sim {

void registerRecordingJobRoutes(httplib::Server &, SimContext &)
{
}

} // namespace Custody::Sim
