#pragma once

#include <QObject>
#include <QTimer>

class QLabel;
class QStatusBar;

namespace Custody::Jobs {
class Engine;
}

namespace Custody::Ui {

class JobsTableModel;
class SessionBroker;

/// The permanent part of the status bar: the org connection, the API budget
/// ("142 / 300 requests per minute", or "Rate limited until 14:05" during a
/// long 429 pause), the exports running and the total download speed.
/// Refreshed once a second from values that are cheap to read.
class StatusPanel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPanel)

public:
    StatusPanel(JobsTableModel *model, SessionBroker *broker, QStatusBar *statusBar);

    /// Reads everything again now (the timer does it every second).
    void update();

    QString connectionText() const;
    QString budgetText() const;
    QString activityText() const;

private:
    JobsTableModel *m_model;
    SessionBroker *m_broker;
    QLabel *m_connection;
    QLabel *m_budget;
    QLabel *m_activity;
    QTimer m_timer;
};

} // namespace Custody::Ui
