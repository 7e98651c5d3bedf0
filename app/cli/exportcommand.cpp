#include "exportcommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

#include "core/store/jobstore.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Custody::Cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ExportCommand::ExportCommand(Jobs::Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
#ifdef Q_OS_UNIX
    m_terminal = ::isatty(STDOUT_FILENO) != 0;
#endif
}

void ExportCommand::run(Store::ExportId id, const Jobs::OrgConnection &connection)
{
    m_id = id;
    Jobs::OrgSession *session = m_engine->session(connection);
    connect(session, &Jobs::OrgSession::failed, this, [this](const Api::ApiError &error) {
        m_authFailed = error.kind == Api::ApiError::Kind::Auth || error.kind == Api::ApiError::Kind::Permission;
    });
    connect(m_engine, &Jobs::Engine::progressChanged, this,
        [this](Store::ExportId exportId, const Jobs::ExportProgress &progress) {
            if (exportId == m_id)
                printProgress(progress, false);
        });
    connect(m_engine, &Jobs::Engine::stopped, this,
        [this](Store::ExportId exportId, Store::ExportState state, const QString &message) {
            if (exportId == m_id)
                onStopped(state, message);
        });
    out() << tr("Connecting to %1 ...").arg(connection.description) << Qt::endl;
    m_engine->start(id, session);
}

void ExportCommand::printProgress(const Jobs::ExportProgress &p, bool force)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!force && !m_terminal && now - m_lastPrintMs < 5000)
        return;
    m_lastPrintMs = now;
    const QLocale locale;
    const QString line = tr("windows %1/%2  conversations %3  files %4 done, %5 failed, %6 to go  %7/s  ETA %8")
                             .arg(p.windowsDone)
                             .arg(p.windowsTotal)
                             .arg(locale.toString(p.conversations))
                             .arg(locale.toString(p.downloaded))
                             .arg(locale.toString(p.failed))
                             .arg(locale.toString(p.remaining))
                             .arg(locale.formattedDataSize(p.bytesPerSecond))
                             .arg(duration(p.etaSeconds));
    if (m_terminal)
        out() << '\r' << line.leftJustified(110) << Qt::flush;
    else
        out() << line << Qt::endl;
}

void ExportCommand::printFailures()
{
    const auto failed = m_engine->store()->itemsForExport(m_id, Store::ItemState::Failed, 50, 0);
    if (!failed.ok() || failed.value().isEmpty())
        return;
    out() << tr("Items that could not be exported:") << Qt::endl;
    for (const Store::ItemRecord &item : failed.value())
        out() << "  " << item.conversationId << " / "
              << (item.recordingId.isEmpty() ? QStringLiteral("*") : item.recordingId) << ": " << item.error
              << Qt::endl;
}

void ExportCommand::onStopped(Store::ExportState state, const QString &message)
{
    if (Jobs::ExportRun *run = m_engine->run(m_id))
        printProgress(run->progress(), true);
    if (m_terminal)
        out() << Qt::endl;
    switch (state) {
    case Store::ExportState::Completed:
        m_exitCode = ExitOk;
        break;
    case Store::ExportState::CompletedWithErrors:
        printFailures();
        m_exitCode = ExitItemsFailed;
        break;
    case Store::ExportState::Paused:
        // Only a destination problem pauses an unattended run.
        m_exitCode = ExitDestination;
        break;
    default:
        if (const Jobs::ExportRun *run = m_engine->run(m_id); run && run->failureKind()) {
            const Api::ApiError::Kind kind = *run->failureKind();
            m_authFailed = m_authFailed || kind == Api::ApiError::Kind::Auth || kind == Api::ApiError::Kind::Permission;
        }
        m_exitCode = m_authFailed ? ExitAuth : ExitItemsFailed;
        break;
    }
    const auto record = m_engine->store()->exportById(m_id);
    out() << Store::toString(state) << ": " << message << Qt::endl;
    if (record.ok())
        out()
            << tr("Export %1 in %2").arg(record.value().uuid.toString(QUuid::WithoutBraces), record.value().destination)
            << Qt::endl;
    Q_EMIT done(m_exitCode);
}

} // namespace Custody::Cli
