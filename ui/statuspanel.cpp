#include "ui/statuspanel.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

#include "core/api/ratelimiter.h"
#include "core/jobs/orgsession.h"
#include "ui/jobstablemodel.h"
#include "ui/sessionbroker.h"

namespace Custody::Ui {

namespace {

QLabel *makeLabel(QStatusBar *bar, const QString &accessibleName)
{
    auto *label = new QLabel(bar);
    label->setAccessibleName(accessibleName);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addPermanentWidget(label);
    return label;
}

} // namespace

StatusPanel::StatusPanel(JobsTableModel *model, SessionBroker *broker, QStatusBar *statusBar)
    : QObject(statusBar)
    , m_model(model)
    , m_broker(broker)
    , m_connection(makeLabel(statusBar, tr("Organisation connection")))
    , m_budget(makeLabel(statusBar, tr("API request budget")))
    , m_activity(makeLabel(statusBar, tr("Exports running and download speed")))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &StatusPanel::update);
    m_timer.start();
    update();
}

void StatusPanel::update()
{
    m_connection->setText(connectionText());
    const QString budget = budgetText();
    m_budget->setText(budget);
    m_budget->setVisible(!budget.isEmpty());
    m_activity->setText(activityText());
}

QString StatusPanel::connectionText() const
{
    const QList<Jobs::OrgSession *> sessions = m_broker->sessions();
    if (sessions.isEmpty())
        return tr("Not connected", "status bar: no organisation connection");
    QStringList names;
    bool connecting = false;
    for (const Jobs::OrgSession *session : sessions) {
        connecting = connecting || !session->isReady();
        if (session->isReady())
            names << session->connection().description.section(QStringLiteral(" at "), 0, 0);
    }
    if (names.isEmpty())
        return tr("Connecting…", "status bar");
    return tr("● Connected: %1", "status bar: connected organisations").arg(names.join(tr(", ", "list separator")));
}

QString StatusPanel::budgetText() const
{
    int used = 0;
    int limit = 0;
    QDateTime pausedUntil;
    for (const Jobs::OrgSession *session : m_broker->sessions()) {
        const Api::RateLimiter *limiter = session->limiter();
        if (!limiter)
            continue;
        used += limiter->requestsPerMinute();
        limit += limiter->limit();
        if (limiter->isLongPause() && (!pausedUntil.isValid() || limiter->pauseEnd() > pausedUntil))
            pausedUntil = limiter->pauseEnd();
    }
    if (pausedUntil.isValid())
        return tr("Rate limited until %1", "status bar: the server asked us to wait")
            .arg(QLocale().toString(pausedUntil.toLocalTime().time(), QStringLiteral("HH:mm")));
    if (limit == 0)
        return {};
    return tr("API: %1 / %2 requests per minute").arg(QLocale().toString(used), QLocale().toString(limit));
}

QString StatusPanel::activityText() const
{
    int running = 0;
    qint64 speed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const JobRow &job = m_model->jobAt(row);
        if (job.summary.state != Store::ExportState::Running)
            continue;
        ++running;
        if (job.live)
            speed += job.live->bytesPerSecond;
    }
    if (running == 0)
        return tr("No exports running");
    return tr("%n export(s) running", "", running) + QStringLiteral("  ·  ")
        + tr("%1/s", "download speed").arg(QLocale().formattedDataSize(speed, 1));
}

} // namespace Custody::Ui
