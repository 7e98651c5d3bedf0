#include "crashharness.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QThread>
#include <QUrl>

#include <stdexcept>

#include "core/plan/planner.h"
#include "core/profiles/profilestore.h"
#include "core/sim/simmedia.h"
#include "core/sim/simorg.h"

namespace Custody::Test {

namespace {

const QString secretVariable = QStringLiteral("CUSTODY_TEST_SECRET");

bool isEvidenceFile(const QString &relative)
{
    return relative.startsWith(QLatin1String("conversations/"))
        || (!relative.contains(QLatin1Char('/'))
            && (relative.startsWith(QLatin1String("manifest.")) || relative == QLatin1String("custody-report.txt")
                || relative == QLatin1String("events.jsonl")));
}

QStringList filesBelow(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

QString simulatedSha256(const Sim::SimRecording &recording)
{
    const Sim::SimMediaBody body(recording, {});
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (qint64 offset = 0; offset < body.size(); offset += buffer.size()) {
        const qint64 n = std::min<qint64>(buffer.size(), body.size() - offset);
        body.fill(offset, buffer.data(), n);
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

CrashHarness::CrashHarness(const Sim::SimConfig &config)
    : m_sim(std::make_unique<SimFixture>(config))
{
    if (!m_root.isValid())
        throw std::runtime_error("no temporary folder");
    for (const char *sub : { "home", "config", "data", "cache", "export" })
        QDir(m_root.path()).mkpath(QString::fromLatin1(sub));
    m_profilesPath = m_root.filePath(QStringLiteral("profiles.json"));
    Profiles::ProfileStore profiles(m_profilesPath);
    if (!profiles.load().ok)
        throw std::runtime_error("cannot read the profiles file");
    Profiles::OrgProfile profile = Profiles::OrgProfile::create(m_profileName);
    profile.gatewayUrl = QUrl(m_sim->server().baseUrl());
    profile.clientId = config.clients.constFirst().id;
    profile.secretSource = Secrets::SecretSource::environmentVariable(secretVariable);
    profile.timeZone = m_sim->server().org().timeZone().id();
    const Profiles::ProfileStoreResult added = profiles.add(profile);
    if (!added.ok)
        throw std::runtime_error((added.message + QLatin1Char(' ') + added.detail).toStdString());
}

CrashHarness::~CrashHarness()
{
    killExport();
    m_store.reset();
}

QString CrashHarness::timeZoneId() const
{
    return QString::fromLatin1(m_sim->server().org().timeZone().id());
}

QStringList CrashHarness::withFiles(QStringList arguments) const
{
    arguments << QStringLiteral("--store") << storePath() << QStringLiteral("--profiles") << m_profilesPath;
    return arguments;
}

QProcessEnvironment CrashHarness::childEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), m_root.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_root.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_root.filePath(QStringLiteral("cache")));
    env.insert(secretVariable, m_sim->server().config().clients.constFirst().secret);
    return env;
}

void CrashHarness::startExport(const QDate &from, const QDate &to, const QStringList &extra)
{
    QStringList arguments = withFiles({ QStringLiteral("export"), QStringLiteral("--profile"), m_profileName,
        QStringLiteral("--dest"), exportFolder(), QStringLiteral("--from"), from.toString(Qt::ISODate),
        QStringLiteral("--to"), to.toString(Qt::ISODate), QStringLiteral("--tz"), timeZoneId(),
        QStringLiteral("--max-downloads"), QStringLiteral("2") });
    arguments << extra;
    m_export = std::make_unique<QProcess>();
    m_export->setProcessEnvironment(childEnvironment());
    m_export->setProcessChannelMode(QProcess::MergedChannels);
    m_export->start(QStringLiteral(CUSTODY_CLI_PATH), arguments);
    if (!m_export->waitForStarted(10000))
        throw std::runtime_error(m_export->errorString().toStdString());
    // The test reads the store file while the CLI runs. Until the CLI has
    // opened (and on first use migrated) it, a second connection racing for
    // the WAL switch could make the CLI's own open fail; so wait for the line
    // it prints once the export is stored. peek() leaves the output in place.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000 && m_export->state() != QProcess::NotRunning) {
        m_export->waitForReadyRead(50);
        if (m_export->peek(m_export->bytesAvailable()).contains("Connecting to"))
            return;
    }
    if (m_export->state() == QProcess::NotRunning)
        throw std::runtime_error("custody-cli export ended at once: " + m_export->readAll().toStdString());
}

bool CrashHarness::exportRunning() const
{
    return m_export && m_export->state() != QProcess::NotRunning;
}

bool CrashHarness::killExport()
{
    if (!exportRunning())
        return false;
    m_export->kill(); // SIGKILL: no destructor, no flush, no signal handler runs
    m_export->waitForFinished(10000);
    return true;
}

CliRun CrashHarness::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(CUSTODY_CLI_PATH), arguments);
    CliRun result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

bool CrashHarness::waitWhileRunning(const std::function<bool()> &condition, int timeoutMs, int pollMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (condition())
            return true;
        if (!exportRunning() || timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents();
        if (pollMs > 0)
            QThread::msleep(static_cast<unsigned long>(pollMs));
    }
}

Store::JobStore *CrashHarness::store()
{
    if (!m_store) {
        if (!QFileInfo::exists(storePath()))
            return nullptr;
        auto store = std::make_unique<Store::JobStore>();
        if (!store->open(storePath()).ok())
            return nullptr;
        m_store = std::move(store);
    }
    return m_store.get();
}

Store::ExportId CrashHarness::exportId()
{
    Store::JobStore *s = store();
    if (!s)
        return 0;
    const auto list = s->listExports();
    return list.ok() && !list.value().isEmpty() ? list.value().constFirst().id : 0;
}

Store::ItemCounts CrashHarness::counts()
{
    const Store::ExportId id = exportId();
    if (id == 0)
        return {};
    const auto result = store()->countItems(id);
    return result.ok() ? result.value() : Store::ItemCounts {};
}

QList<Store::TaskRecord> CrashHarness::tasks(Store::TaskKind kind)
{
    const Store::ExportId id = exportId();
    if (id == 0)
        return {};
    const auto result = store()->tasksForExport(id);
    QList<Store::TaskRecord> matching;
    if (result.ok()) {
        for (const Store::TaskRecord &task : result.value()) {
            if (task.kind == kind)
                matching.append(task);
        }
    }
    return matching;
}

QList<Store::ItemRecord> CrashHarness::items(std::optional<Store::ItemState> state)
{
    const Store::ExportId id = exportId();
    QList<Store::ItemRecord> all;
    for (int offset = 0; id != 0; offset += 500) {
        const auto page = store()->itemsForExport(id, state, 500, offset);
        if (!page.ok())
            break;
        all.append(page.value());
        if (page.value().size() < 500)
            break;
    }
    return all;
}

QList<Store::EventRecord> CrashHarness::events(Store::EventId after)
{
    const Store::ExportId id = exportId();
    QList<Store::EventRecord> all;
    while (id != 0) {
        const auto page = store()->events(id, after, 1000);
        if (!page.ok() || page.value().isEmpty())
            break;
        all.append(page.value());
        after = page.value().constLast().id;
    }
    return all;
}

QHash<QString, ExpectedFile> CrashHarness::expectedFiles(const QDate &from, const QDate &to) const
{
    const Sim::SimOrg &org = m_sim->server().org();
    QSet<QString> seen;
    QHash<QString, ExpectedFile> files;
    for (const Plan::Window &window : Plan::Planner::windows(Plan::DateRange { from, to }, org.timeZone())) {
        for (const Sim::SimConversation *conversation : org.overlapping(window.utcStart, window.utcEnd)) {
            if (seen.contains(conversation->id))
                continue;
            seen.insert(conversation->id);
            for (const Sim::SimRecording &recording : conversation->recordings) {
                if (recording.fileState != Sim::SimFileState::Available)
                    continue;
                ExpectedFile file;
                file.conversationId = conversation->id;
                file.recordingId = recording.id;
                file.size = Sim::SimMediaBody(recording, {}).size();
                file.sha256 = simulatedSha256(recording);
                files.insert(recording.id, file);
            }
        }
    }
    return files;
}

qint64 CrashHarness::routeRequests(const QString &route) const
{
    const QJsonObject statuses
        = m_sim->server().stats().value(QStringLiteral("requests")).toObject().value(route).toObject();
    qint64 total = 0;
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
        total += it.value().toInteger();
    return total;
}

qint64 CrashHarness::statNumber(const QString &name) const
{
    return m_sim->server().stats().value(name).toInteger();
}

QStringList CrashHarness::recordingFilesOnDisk() const
{
    QStringList files;
    for (const QString &relative : filesBelow(exportFolder())) {
        if (!isEvidenceFile(relative) && !relative.endsWith(QLatin1String(".part")))
            files.append(relative);
    }
    return files;
}

QStringList CrashHarness::partFilesOnDisk() const
{
    QStringList parts;
    for (const QString &relative : filesBelow(exportFolder())) {
        if (relative.endsWith(QLatin1String(".part")))
            parts.append(relative);
    }
    return parts;
}

} // namespace Custody::Test
