#include "bench/benchsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#include "sim/contractsupport.h"

namespace Custody::Bench {

namespace {

constexpr int labelWidth = 34;

} // namespace

ResultBlock::ResultBlock(const QString &title)
    : m_out(stdout)
    , m_title(title)
{
    m_out << "\n===== " << title << " =====\n";
    m_out.flush();
}

ResultBlock::~ResultBlock()
{
    m_out << "===== end of " << m_title << " =====\n";
    m_out.flush();
}

void ResultBlock::line(const QString &label, const QString &value)
{
    m_out << "  " << label.leftJustified(labelWidth) << " : " << value << "\n";
    m_out.flush();
}

void ResultBlock::text(const QString &text)
{
    m_out << "  " << text << "\n";
    m_out.flush();
}

void ResultBlock::section(const QString &title)
{
    m_out << " -- " << title << "\n";
    m_out.flush();
}

qint64 procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0, so atEnd() cannot be trusted; read to EOF.
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString machineLoad()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray first = loadavg.open(QIODevice::ReadOnly) ? loadavg.readLine().split(' ').value(0) : QByteArray();
    return QStringLiteral("load average %1, %2 CPUs")
        .arg(first.isEmpty() ? QStringLiteral("n/a") : QString::fromLatin1(first))
        .arg(QThread::idealThreadCount());
}

CpuSeconds cpuSeconds()
{
    CpuSeconds cpu;
#ifdef Q_OS_UNIX
    const auto seconds = [](const rusage &u) {
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    rusage usage {};
    if (::getrusage(RUSAGE_SELF, &usage) == 0)
        cpu.self = seconds(usage);
    if (::getrusage(RUSAGE_CHILDREN, &usage) == 0)
        cpu.children = seconds(usage);
#endif
    return cpu;
}

bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

void quietLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("custody.*.debug=false\ncustody.*.info=false"));
}

EventWait::EventWait()
{
    m_deadline.setSingleShot(true);
    QObject::connect(&m_deadline, &QTimer::timeout, &m_loop, [this] { m_loop.exit(1); });
}

void EventWait::quit()
{
    m_quit = true;
    m_loop.exit(0);
}

bool EventWait::wait(int timeoutMs)
{
    if (m_quit)
        return true;
    m_deadline.start(timeoutMs);
    const bool quit = m_loop.exec() == 0;
    m_deadline.stop();
    return quit;
}

std::vector<const Sim::SimRecording *> availableAudio(const Sim::SimOrg &org, int count)
{
    std::vector<const Sim::SimRecording *> found;
    for (const Sim::SimConversation &c : org.conversations()) {
        for (const Sim::SimRecording &r : c.recordings) {
            if (int(found.size()) < count && Test::isPlayableAudio(r))
                found.push_back(&r);
        }
    }
    return found;
}

QList<QUrl> presignedUrls(Test::SimFixture &sim, const std::vector<const Sim::SimRecording *> &recordings)
{
    Test::HttpClient http;
    const QString token = http.token(sim);
    QHash<QString, QUrl> byId;
    constexpr size_t linesPerBatch = 100;
    for (size_t first = 0; first < recordings.size(); first += linesPerBatch) {
        QJsonArray lines;
        for (size_t i = first; i < std::min(recordings.size(), first + linesPerBatch); ++i)
            lines.append(Test::batchItem(recordings[i]->conversationId, recordings[i]->id));
        const Test::HttpResult batch = Test::completedBatch(http, sim, token, lines);
        for (const QJsonValue &v : batch.object().value(QStringLiteral("results")).toArray())
            byId.insert(v.toObject().value(QStringLiteral("recordingId")).toString(),
                QUrl(v.toObject().value(QStringLiteral("resultUrl")).toString()));
    }
    QList<QUrl> urls;
    for (const Sim::SimRecording *r : recordings)
        urls.append(byId.value(r->id));
    return urls;
}

double loopbackBytesPerSecond(const QList<QUrl> &urls, qint64 *bytes)
{
    if (urls.isEmpty())
        return 0;
    QNetworkAccessManager nam;
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    qint64 received = 0;
    int finished = 0;
    bool failed = false;
    EventWait allDone;
    const int count = int(urls.size());
    QByteArray sink(256 * 1024, Qt::Uninitialized);
    QElapsedTimer timer;
    timer.start();
    for (const QUrl &url : urls) {
        QNetworkRequest request(url);
        replies.emplace_back(nam.get(request));
        QNetworkReply *reply = replies.back().get();
        reply->setReadBufferSize(1024 * 1024);
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, &received, &sink] {
            for (qint64 n; (n = reply->read(sink.data(), sink.size())) > 0;)
                received += n;
        });
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            for (qint64 n; (n = reply->read(sink.data(), sink.size())) > 0;)
                received += n;
            failed = failed || reply->error() != QNetworkReply::NoError;
            if (++finished == count)
                allDone.quit();
        });
    }
    allDone.wait(120000);
    const qint64 elapsed = timer.elapsed();
    if (bytes)
        *bytes = received;
    if (failed || finished != count)
        return 0;
    return bytesPerSecond(received, elapsed);
}

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
}

double bytesPerSecond(qint64 bytes, qint64 elapsedMs)
{
    return elapsedMs > 0 ? double(bytes) * 1000.0 / double(elapsedMs) : 0.0;
}

QString megabytesPerSecond(qint64 bytes, qint64 elapsedMs)
{
    return QStringLiteral("%1 MB/s").arg(bytesPerSecond(bytes, elapsedMs) / 1e6, 0, 'f', 1);
}

QString secondsText(qint64 elapsedMs)
{
    return QStringLiteral("%1 s").arg(double(elapsedMs) / 1000.0, 0, 'f', 2);
}

} // namespace Custody::Bench
