#include "ui/demoorg.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include "core/api/region.h"
#include "core/sim/simorg.h"
#include "core/sim/simserver.h"

namespace Custody::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Custody::Ui::DemoOrg", text);
}

/// A fortnight of a small contact centre, with processing times short enough
/// for a demo and long enough to see each stage happen.
Sim::SimConfig demoConfig()
{
    Sim::SimConfig config;
    config.organizationName = QStringLiteral("Northwind Insurance (simulated)");
    config.days = 14;
    config.conversationsPerDay = 60;
    config.mediaMeanBytes = 400 * 1024;
    config.analyticsJob = { 900, 0.5 };
    config.analyticsQueuedMs = 200;
    config.batchRequest = { 600, 8.0 };
    config.transcodingPolls = 1;
    return config;
}

} // namespace

DemoOrg::DemoOrg() = default;
DemoOrg::~DemoOrg()
{
    if (m_server)
        m_server->stop();
}

QString DemoOrg::profileId()
{
    return QStringLiteral("demo");
}

QString DemoOrg::displayName()
{
    return tr("Simulated org (demo)");
}

bool DemoOrg::start(QString *error)
{
    if (m_server)
        return true;
    auto server = std::make_unique<Sim::SimServer>(demoConfig());
    if (!server->start(error))
        return false;
    m_server = std::move(server);
    return true;
}

bool DemoOrg::isRunning() const
{
    return m_server != nullptr;
}

Jobs::OrgConnection DemoOrg::connection() const
{
    Q_ASSERT(m_server);
    Jobs::OrgConnection connection;
    connection.profileId = profileId();
    connection.description = tr("%1 at %2").arg(displayName(), m_server->baseUrl());
    connection.hosts = Api::ApiHosts::forGateway(QUrl(m_server->baseUrl()));
    connection.clientId = m_server->config().clients.constFirst().id;
    connection.clientSecret = m_server->config().clients.constFirst().secret;
    return connection;
}

Profiles::OrgProfile DemoOrg::profile() const
{
    Profiles::OrgProfile profile;
    profile.id = profileId();
    profile.name = displayName();
    if (m_server) {
        profile.gatewayUrl = QUrl(m_server->baseUrl());
        profile.clientId = m_server->config().clients.constFirst().id;
        profile.timeZone = m_server->org().timeZone().id();
    }
    return profile;
}

Plan::ExportSpec DemoOrg::sampleSpec(const QString &name, const QString &destination, int days) const
{
    Plan::ExportSpec spec;
    spec.name = name;
    spec.profileId = profileId();
    const QTimeZone zone = m_server ? m_server->org().timeZone() : QTimeZone::systemTimeZone();
    spec.timeZoneId = QString::fromLatin1(zone.id());
    // The simulated data ends at UTC midnight of the sim's end date; local
    // "yesterday" in a zone far ahead of UTC would be mostly after it (and
    // its night hours have no calls), so count back from the data's last day.
    const QDate lastDay = (m_server ? m_server->config().effectiveEndDate() : QDate::currentDate()).addDays(-1);
    spec.range = { lastDay.addDays(-(days - 1)), lastDay };
    spec.destinationFolder = destination;
    return spec;
}

} // namespace Custody::Ui
