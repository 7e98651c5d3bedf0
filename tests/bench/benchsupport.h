#pragma once

#include <QEventLoop>
#include <QList>
#include <QString>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <vector>

#include "core/sim/simorg.h"
#include "sim/simtestsupport.h"

namespace Custody::Bench {

/// One labelled result block on stdout: a title line, aligned "label : value"
/// lines, and a closing line, so that figures can be copied as they are.
class ResultBlock final
{
public:
    explicit ResultBlock(const QString &title);
    ~ResultBlock();
    ResultBlock(const ResultBlock &) = delete;
    ResultBlock &operator=(const ResultBlock &) = delete;

    void line(const QString &label, const QString &value);
    void text(const QString &text); ///< a free line, indented
    void section(const QString &title);

private:
    QTextStream m_out;
    QString m_title;
};

/// A field of /proc/self/status in kB (e.g. "VmHWM", "VmRSS"); -1 where
/// the file or the field does not exist (not Linux).
qint64 procStatusKb(const char *field);

/// "load 1.23 / 2 CPUs" from /proc/loadavg: other work on the machine
/// shows in every figure, so each block states it.
QString machineLoad();

/// CPU seconds (user + system) used so far by this process and by its
/// waited-for children; -1 where unknown.
struct CpuSeconds
{
    double self = -1;
    double children = -1;
};
CpuSeconds cpuSeconds();

/// Resets VmHWM to the current RSS (Linux: "5" into /proc/self/clear_refs).
bool resetPeakRss();

/// Turns down the engine's and simulator's informational logging, so that
/// stdout and stderr hold the figures and real warnings only.
void quietLogs();

/// Runs a real event loop until quit() or a timeout. Measurements must not
/// wait with QTest::qWaitFor: it sleeps 10 ms between rounds of events, which
/// starves network replies and cuts download throughput several times over.
class EventWait final
{
public:
    EventWait();
    EventWait(const EventWait &) = delete;
    EventWait &operator=(const EventWait &) = delete;

    /// Ends wait(); when called before wait(), that returns at once.
    void quit();
    /// True when quit() came before \a timeoutMs passed.
    bool wait(int timeoutMs);

private:
    QEventLoop m_loop;
    QTimer m_deadline;
    bool m_quit = false;
};

/// The first \a count available audio recordings of the org.
std::vector<const Sim::SimRecording *> availableAudio(const Sim::SimOrg &org, int count);

/// Fresh presigned URLs for \a recordings, obtained as a client would:
/// a token, batch download requests of up to 100 lines over HTTP, polled
/// until Completed. In the order of \a recordings; empty where none came.
QList<QUrl> presignedUrls(Test::SimFixture &sim, const std::vector<const Sim::SimRecording *> &recordings);

/// Bytes per second a QNetworkAccessManager receives from \a urls fetched
/// all at once over loopback, bodies read and dropped (no disk, no hash).
/// Returns 0 when a transfer failed. \a bytes receives the total.
double loopbackBytesPerSecond(const QList<QUrl> &urls, qint64 *bytes = nullptr);

/// "12.3 MB" (10^6 bytes) and "123.4 MB/s".
QString megabytes(qint64 bytes);
QString megabytesPerSecond(qint64 bytes, qint64 elapsedMs);
double bytesPerSecond(qint64 bytes, qint64 elapsedMs);
QString secondsText(qint64 elapsedMs);

} // namespace Custody::Bench
