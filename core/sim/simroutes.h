#pragma once

namespace httplib {
class Server;
}

namespace Custody::Sim {

class SimContext;

// One function per endpoint family; each registers its routes.
void registerOAuthRoutes(httplib::Server &server, SimContext &context);
void registerAdminRoutes(httplib::Server &server, SimContext &context);
void registerDirectoryRoutes(httplib::Server &server, SimContext &context);
void registerAnalyticsRoutes(httplib::Server &server, SimContext &context);
void registerRecordingRoutes(httplib::Server &server, SimContext &context);
void registerBatchRoutes(httplib::Server &server, SimContext &context);
void registerRecordingJobRoutes(httplib::Server &server, SimContext &context);
void registerMediaRoutes(httplib::Server &server, SimContext &context);

} // namespace Custody::Sim
