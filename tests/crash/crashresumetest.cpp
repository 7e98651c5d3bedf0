// custody-cli export killed with SIGKILL at four points of an export, then
// custody-cli resume: the export must finish with every file exactly once,
// byte-identical to what the server holds, and nothing fetched twice.
#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

#include <cstdio>

#include "core/evidence/fileverifier.h"
#include "crashharness.h"

namespace Custody::Test {
namespace {

const QString analyticsPost = QStringLiteral("POST /api/v2/analytics/conversations/details/jobs");
const QString batchPost = QStringLiteral("POST /api/v2/recording/batchrequests");

void report(const char *test, const QString &line)
{
    std::printf("[crash %s] %s\n", test, qPrintable(line));
    std::fflush(stdout);
}

Sim::SimConfig crashSimConfig(qint64 mediaBytes)
{
    Sim::SimConfig config = fastSimConfig();
    config.mediaFixedBytes = mediaBytes;
    return config;
}

qint64 remaining(const Store::ItemCounts &c)
{
    return c.count(Store::ItemState::Pending) + c.count(Store::ItemState::Batched) + c.count(Store::ItemState::UrlReady)
        + c.count(Store::ItemState::Downloading);
}

/// What the store, the disk and the sim said the moment the killed export was gone.
struct KillSnapshot
{
    Store::ExportId exportId = 0;
    Store::EventId lastEventId = 0;
    Store::ExportState state = Store::ExportState::Created;
    Store::ItemCounts counts;
    QList<Store::TaskRecord> analytics;
    QList<Store::TaskRecord> batches;
    QList<Store::ItemRecord> downloading;
    QHash<Store::ItemId, Store::ItemRecord> downloaded;
    QHash<QString, qint64> parts; ///< relative path -> size on disk
    QHash<QString, qint64> finishedFiles; ///< recordings renamed into place, recorded or not
    qint64 bytesServed = 0;
    qint64 mediaRequests = 0;
    qint64 analyticsPosts = 0;
    qint64 batchPosts = 0;
    qint64 elapsedMs = 0;
};

class CrashResumeTest : public ::testing::Test
{
protected:
    /// Kills the running export and records where it stood.
    KillSnapshot killAndSnapshot(CrashHarness &h, const QElapsedTimer &sinceStart, bool mustBeRunning = true)
    {
        KillSnapshot s;
        const bool killed = h.killExport();
        EXPECT_TRUE(killed || !mustBeRunning) << "the export ended before it could be killed";
        s.elapsedMs = sinceStart.elapsed();
        // The sim counts a request after answering it; let answers already on their way land.
        QTest::qWait(200);
        s.exportId = h.exportId();
        const auto record = h.store()->exportById(s.exportId);
        if (record.ok())
            s.state = record.value().state;
        s.counts = h.counts();
        s.analytics = h.tasks(Store::TaskKind::Analytics);
        s.batches = h.tasks(Store::TaskKind::Batch);
        s.downloading = h.items(Store::ItemState::Downloading);
        for (const Store::ItemRecord &item : h.items(Store::ItemState::Downloaded))
            s.downloaded.insert(item.id, item);
        const QList<Store::EventRecord> events = h.events();
        s.lastEventId = events.isEmpty() ? 0 : events.constLast().id;
        for (const QString &part : h.partFilesOnDisk())
            s.parts.insert(part, QFileInfo(QDir(h.exportFolder()).filePath(part)).size());
        for (const QString &file : h.recordingFilesOnDisk()) {
            if (!file.endsWith(QLatin1String(".part.etag"))) // a part file's validator, not a recording
                s.finishedFiles.insert(file, QFileInfo(QDir(h.exportFolder()).filePath(file)).size());
        }
        s.bytesServed = h.statNumber(QStringLiteral("bytesServed"));
        s.mediaRequests = h.statNumber(QStringLiteral("mediaRequests"));
        s.analyticsPosts = h.routeRequests(analyticsPost);
        s.batchPosts = h.routeRequests(batchPost);
        QStringList counts;
        for (Store::ItemState state : Store::AllItemStates)
            counts << QStringLiteral("%1=%2").arg(Store::toString(state)).arg(s.counts.count(state));
        report(::testing::UnitTest::GetInstance()->current_test_info()->name(),
            QStringLiteral("killed after %1 ms in %2: items %3; %4 analytics task(s), %5 batch task(s); "
                           "%6 part file(s) %10; %7 bytes served, %8 analytics POST(s), %9 batch POST(s)")
                .arg(s.elapsedMs)
                .arg(Store::toString(s.state), counts.join(QLatin1Char(' ')))
                .arg(s.analytics.size())
                .arg(s.batches.size())
                .arg(s.parts.size())
                .arg(s.bytesServed)
                .arg(s.analyticsPosts)
                .arg(s.batchPosts)
                .arg(QStringList(s.parts.keys()).join(QLatin1Char(' '))));
        return s;
    }

    /// Resumes the export to its end and checks everything a crash must not break.
    void resumeAndCheck(CrashHarness &h, const KillSnapshot &s, const QDate &from, const QDate &to)
    {
        const char *name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
        ASSERT_NE(s.exportId, 0);
        const CliRun resumed = h.resume(s.exportId);
        report(name, QStringLiteral("resume exit %1 after %2 ms").arg(resumed.exitCode).arg(resumed.elapsedMs));
        ASSERT_TRUE(resumed.finished) << qPrintable(resumed.output);
        ASSERT_TRUE(resumed.exitCode == 0 || resumed.exitCode == 1) << qPrintable(resumed.output);

        const auto record = h.store()->exportById(s.exportId);
        ASSERT_TRUE(record.ok());
        const Store::ItemCounts counts = h.counts();
        EXPECT_EQ(remaining(counts), 0);
        // Only recordings the server refuses (archived) may fail.
        const QList<Store::ItemRecord> failed = h.items(Store::ItemState::Failed);
        for (const Store::ItemRecord &item : failed)
            EXPECT_TRUE(item.error.contains(QStringLiteral("archived"), Qt::CaseInsensitive))
                << qPrintable(item.recordingId + QStringLiteral(": ") + item.error);
        EXPECT_EQ(record.value().state,
            failed.isEmpty() ? Store::ExportState::Completed : Store::ExportState::CompletedWithErrors)
            << qPrintable(resumed.output);
        EXPECT_EQ(resumed.exitCode, failed.isEmpty() ? 0 : 1);

        // (1) The folder passes its own verification.
        const CliRun verified = h.verify();
        EXPECT_EQ(verified.exitCode, 0) << qPrintable(verified.output);

        // (2) Every available recording exactly once, with the server's bytes.
        const QHash<QString, ExpectedFile> expected = h.expectedFiles(from, to);
        ASSERT_FALSE(expected.isEmpty());
        const QList<Store::ItemRecord> downloaded = h.items(Store::ItemState::Downloaded);
        QHash<QString, int> perRecording;
        for (const Store::ItemRecord &item : downloaded)
            ++perRecording[item.recordingId];
        QSet<QString> paths;
        for (const ExpectedFile &file : expected) {
            EXPECT_EQ(perRecording.value(file.recordingId), 1) << qPrintable(file.recordingId);
            const auto item = h.store()->itemByKey(s.exportId, file.conversationId, file.recordingId);
            ASSERT_TRUE(item.ok()) << qPrintable(file.recordingId);
            EXPECT_EQ(item.value().sha256, file.sha256) << qPrintable(file.recordingId);
            qint64 size = 0;
            const QString onDisk = Evidence::FileVerifier::sha256OfFile(
                QDir(h.exportFolder()).filePath(item.value().relativePath), &size);
            EXPECT_EQ(onDisk, file.sha256) << qPrintable(item.value().relativePath);
            EXPECT_EQ(size, file.size) << qPrintable(item.value().relativePath);
            paths.insert(item.value().relativePath);
        }
        EXPECT_EQ(downloaded.size(), expected.size());
        const QStringList files = h.recordingFilesOnDisk();
        EXPECT_EQ(QSet<QString>(files.cbegin(), files.cend()), paths) << qPrintable(files.join(QLatin1Char(' ')));

        // (3) No part file is left behind.
        EXPECT_TRUE(h.partFilesOnDisk().isEmpty()) << qPrintable(h.partFilesOnDisk().join(QLatin1Char(' ')));

        // (4) Nothing fetched twice. Each file is served once in full, except
        // the ones in flight at the kill: the killed process may have been sent
        // (into socket buffers) up to all of such a file without keeping it, and
        // the resume then asks for what its part file lacks. So the total is at
        // most every file once plus every in-flight file once more. A finished
        // file fetched again would add its whole size and break the bound as
        // soon as it is larger than the slack the in-flight files leave.
        qint64 total = 0;
        for (const ExpectedFile &file : expected)
            total += file.size;
        qint64 inFlight = 0;
        for (const Store::ItemRecord &item : s.downloading)
            inFlight += expected.value(item.recordingId).size;
        const qint64 served = h.statNumber(QStringLiteral("bytesServed"));
        const qint64 mediaRequests = h.statNumber(QStringLiteral("mediaRequests"));
        report(name,
            QStringLiteral("%1 files, %2 bytes expected; %3 bytes served in all (bound %4: + %5 in flight over %6 "
                           "item(s)); %7 media requests")
                .arg(expected.size())
                .arg(total)
                .arg(served)
                .arg(total + inFlight)
                .arg(inFlight)
                .arg(s.downloading.size())
                .arg(mediaRequests));
        EXPECT_GE(served, total);
        EXPECT_LE(served, total + inFlight);
        EXPECT_LE(mediaRequests, qint64(expected.size()) + qint64(s.downloading.size()));

        // Files finished before the kill were neither touched nor rewritten.
        const QList<Store::EventRecord> after = h.events(s.lastEventId);
        QHash<Store::ItemId, int> downloadedEvents;
        for (const Store::EventRecord &event : h.events()) {
            if (event.itemId && event.toState == Store::toString(Store::ItemState::Downloaded))
                ++downloadedEvents[*event.itemId];
        }
        for (const Store::ItemRecord &item : downloaded)
            EXPECT_EQ(downloadedEvents.value(item.id), 1) << "item " << item.id << " downloaded more than once";
        for (const Store::EventRecord &event : after)
            EXPECT_FALSE(event.itemId && s.downloaded.contains(*event.itemId))
                << "item " << *event.itemId << " changed after it was downloaded: " << qPrintable(event.message);
        for (const Store::ItemRecord &before : s.downloaded) {
            const auto now = h.store()->itemById(before.id);
            ASSERT_TRUE(now.ok());
            EXPECT_EQ(now.value().sha256, before.sha256);
            EXPECT_EQ(now.value().relativePath, before.relativePath);
        }

        // The resume is on record: the export went back to RUNNING and then finished.
        bool running = false, finished = false;
        for (const Store::EventRecord &event : after) {
            if (event.kind != Store::EventKind::ExportStateChanged)
                continue;
            running = running || event.toState == Store::toString(Store::ExportState::Running);
            finished = finished || event.toState == Store::toString(record.value().state);
        }
        EXPECT_TRUE(running);
        EXPECT_TRUE(finished);
    }

    /// Tasks that had a remote job at the kill are polled, not submitted again:
    /// they keep their remote id and enter SUBMITTING no more.
    void expectRemoteJobsReused(CrashHarness &h, const KillSnapshot &s, const QList<Store::TaskRecord> &atKill)
    {
        const QList<Store::EventRecord> after = h.events(s.lastEventId);
        for (const Store::TaskRecord &task : atKill) {
            if (task.remoteId.isEmpty() || Store::isTerminal(task.state))
                continue;
            const auto now = h.store()->taskById(task.id);
            ASSERT_TRUE(now.ok());
            EXPECT_EQ(now.value().remoteId, task.remoteId) << "task " << task.id << " was submitted again";
            EXPECT_EQ(now.value().state, Store::TaskState::Fulfilled);
            EXPECT_EQ(now.value().attempts, task.attempts);
            for (const Store::EventRecord &event : after)
                EXPECT_FALSE(event.taskId == task.id && event.toState == Store::toString(Store::TaskState::Submitting))
                    << "task " << task.id << " resubmitted";
        }
    }

    /// Remote jobs the resume had to submit: tasks without a job at the kill
    /// (never sent, or sent without the answer being recorded) and tasks new since.
    static qint64 submissionsNeeded(const QList<Store::TaskRecord> &atKill, const QList<Store::TaskRecord> &atEnd)
    {
        QSet<Store::TaskId> known;
        qint64 needed = 0;
        for (const Store::TaskRecord &task : atKill) {
            known.insert(task.id);
            needed += task.remoteId.isEmpty() && !Store::isTerminal(task.state) ? 1 : 0;
        }
        for (const Store::TaskRecord &task : atEnd) {
            if (!known.contains(task.id) && task.state != Store::TaskState::Cancelled)
                ++needed;
        }
        return needed;
    }
};

// (a) Killed while the analytics jobs run: windows planned, some submitted, no items yet.
TEST_F(CrashResumeTest, KilledDuringAnalyticsResumesSubmittedJobs)
{
    CrashHarness h(crashSimConfig(96 * 1024));
    const QDate from(2024, 3, 12), to(2024, 3, 14); // three windows, two analytics jobs at a time
    QElapsedTimer timer;
    timer.start();
    h.startExport(from, to);
    const bool reached = h.waitWhileRunning(
        [&] {
            if (h.counts().total() > 0)
                return false;
            for (const Store::TaskRecord &task : h.tasks(Store::TaskKind::Analytics)) {
                if (!task.remoteId.isEmpty())
                    return true;
            }
            return false;
        },
        20000);
    ASSERT_TRUE(reached) << "no analytics job was submitted in time";
    const KillSnapshot s = killAndSnapshot(h, timer, false);
    ASSERT_EQ(s.counts.total(), 0) << "items were found before the kill";
    ASSERT_FALSE(s.analytics.isEmpty());

    resumeAndCheck(h, s, from, to);
    const QList<Store::TaskRecord> atEnd = h.tasks(Store::TaskKind::Analytics);
    expectRemoteJobsReused(h, s, s.analytics);
    const qint64 resumePosts = h.routeRequests(analyticsPost) - s.analyticsPosts;
    const qint64 needed = submissionsNeeded(s.analytics, atEnd);
    report("KilledDuringAnalyticsResumesSubmittedJobs",
        QStringLiteral("%1 window(s), %2 with a job at the kill; resume POSTed %3 analytics job(s), %4 needed")
            .arg(s.analytics.size())
            .arg(s.analytics.size() - needed)
            .arg(resumePosts)
            .arg(needed));
    EXPECT_EQ(resumePosts, needed);
    EXPECT_LT(resumePosts, s.analytics.size());
}

// (b) Killed while a batch request is being polled, with part of its results stored.
TEST_F(CrashResumeTest, KilledWhileBatchPollingResumesTheBatch)
{
    Sim::SimConfig config = crashSimConfig(96 * 1024);
    config.batchRequest = { 150, 40.0 }; // results trickle in over a few polls
    CrashHarness h(config);
    const QDate day(2024, 3, 13);
    QElapsedTimer timer;
    timer.start();
    h.startExport(day, day);
    const bool reached = h.waitWhileRunning(
        [&] {
            const Store::ItemCounts c = h.counts();
            if (c.count(Store::ItemState::Batched) == 0)
                return false;
            bool polling = false;
            for (const Store::TaskRecord &task : h.tasks(Store::TaskKind::Batch))
                polling = polling || (task.state == Store::TaskState::Processing && !task.remoteId.isEmpty());
            // Some results of the running batch are already stored.
            return polling
                && c.count(Store::ItemState::UrlReady) + c.count(Store::ItemState::Downloading)
                    + c.count(Store::ItemState::Downloaded) + c.count(Store::ItemState::Failed)
                > 0;
        },
        20000);
    ASSERT_TRUE(reached) << "never saw a batch being polled with partial results";
    const KillSnapshot s = killAndSnapshot(h, timer, false);
    ASSERT_GT(s.counts.count(Store::ItemState::Batched), 0);

    resumeAndCheck(h, s, day, day);
    expectRemoteJobsReused(h, s, s.batches);
    const qint64 resumePosts = h.routeRequests(batchPost) - s.batchPosts;
    const qint64 needed = submissionsNeeded(s.batches, h.tasks(Store::TaskKind::Batch));
    report("KilledWhileBatchPollingResumesTheBatch",
        QStringLiteral("resume POSTed %1 batch request(s), %2 needed").arg(resumePosts).arg(needed));
    EXPECT_EQ(resumePosts, needed);
}

// (c) Killed mid-download: some files done, some half-written part files.
TEST_F(CrashResumeTest, KilledMidDownloadResumesPartFiles)
{
    CrashHarness h(crashSimConfig(2 * 1024 * 1024));
    const QDate day(2024, 3, 13);
    QElapsedTimer timer;
    timer.start();
    h.startExport(day, day, { QStringLiteral("--bandwidth"), QStringLiteral("6000000") });
    const bool reached = h.waitWhileRunning(
        [&] {
            const Store::ItemCounts c = h.counts();
            if (c.count(Store::ItemState::Downloaded) < 2 || c.count(Store::ItemState::Downloading) == 0)
                return false;
            for (const QString &part : h.partFilesOnDisk()) {
                if (QFileInfo(QDir(h.exportFolder()).filePath(part)).size() > 0)
                    return true;
            }
            return false;
        },
        30000);
    ASSERT_TRUE(reached) << "never saw finished files next to part files";
    const KillSnapshot s = killAndSnapshot(h, timer, false);
    ASSERT_FALSE(s.downloading.isEmpty());
    ASSERT_FALSE(s.parts.isEmpty());

    // What a Range resume must still fetch: nothing of the files already in
    // place (a file renamed just before the kill but not yet recorded counts
    // too: the resume finds it whole), and of each part file only the bytes it lacks.
    const QHash<QString, ExpectedFile> expected = h.expectedFiles(day, day);
    qint64 total = 0, done = 0, partBytes = 0;
    for (const ExpectedFile &file : expected)
        total += file.size;
    for (qint64 size : s.finishedFiles)
        done += size;
    EXPECT_GE(s.finishedFiles.size(), s.downloaded.size());
    for (qint64 size : s.parts)
        partBytes += size;

    resumeAndCheck(h, s, day, day);
    const qint64 resumeBytes = h.statNumber(QStringLiteral("bytesServed")) - s.bytesServed;
    report("KilledMidDownloadResumesPartFiles",
        QStringLiteral("resume fetched %1 bytes; %2 total - %3 already downloaded - %4 in part files = %5")
            .arg(resumeBytes)
            .arg(total)
            .arg(done)
            .arg(partBytes)
            .arg(total - done - partBytes));
    EXPECT_EQ(resumeBytes, total - done - partBytes);

    // Every interrupted item was put back to URL_READY (or found whole) by the resume.
    const QList<Store::EventRecord> after = h.events(s.lastEventId);
    for (const Store::ItemRecord &item : s.downloading) {
        bool recovered = false;
        for (const Store::EventRecord &event : after) {
            if (event.itemId == item.id && event.fromState == Store::toString(Store::ItemState::Downloading)
                && (event.toState == Store::toString(Store::ItemState::UrlReady)
                    || event.toState == Store::toString(Store::ItemState::Downloaded))) {
                recovered = true;
                break;
            }
        }
        EXPECT_TRUE(recovered) << "item " << item.id << " was not recovered";
    }
}

// (d) Killed between the last download and COMPLETED, i.e. while the evidence is written.
TEST_F(CrashResumeTest, KilledWhileWritingEvidenceRewritesIt)
{
    CrashHarness h(crashSimConfig(64 * 1024));
    const QDate day(2024, 3, 13);
    QElapsedTimer timer;
    timer.start();
    h.startExport(day, day);
    const auto allDownloadedButRunning = [&] {
        const Store::ItemCounts c = h.counts();
        if (c.total() == 0 || remaining(c) > 0)
            return false;
        for (const Store::TaskRecord &task : h.tasks(Store::TaskKind::Analytics)) {
            if (task.state != Store::TaskState::Fulfilled)
                return false;
        }
        const auto record = h.store()->exportById(h.exportId());
        return record.ok() && record.value().state == Store::ExportState::Running;
    };
    // The window is as long as writing manifest, audit trail and report takes: poll flat out.
    const bool caught = h.waitWhileRunning(allDownloadedButRunning, 30000, 0);
    KillSnapshot s = killAndSnapshot(h, timer, false);
    ASSERT_NE(s.exportId, 0);
    const bool hit = caught && s.state == Store::ExportState::Running;
    report("KilledWhileWritingEvidenceRewritesIt",
        hit ? QStringLiteral("caught the window: killed with every item settled and the export RUNNING")
            : QStringLiteral("missed the window (export %1); simulating it: manifest removed, state set back "
                             "to RUNNING")
                  .arg(Store::toString(s.state)));
    if (!hit) {
        ASSERT_TRUE(Store::isFinished(s.state)) << "the export neither finished nor was caught";
        for (const QString &name : QDir(h.exportFolder()).entryList({ QStringLiteral("manifest.*") }, QDir::Files))
            ASSERT_TRUE(QFile::remove(QDir(h.exportFolder()).filePath(name)));
        ASSERT_TRUE(h.store()->setExportState(s.exportId, Store::ExportState::Running, QStringLiteral("test")).ok());
        s.state = Store::ExportState::Running;
        const QList<Store::EventRecord> events = h.events();
        s.lastEventId = events.constLast().id;
    }

    resumeAndCheck(h, s, day, day);
    EXPECT_TRUE(QFileInfo::exists(QDir(h.exportFolder()).filePath(QStringLiteral("manifest.csv"))));
    EXPECT_TRUE(QFileInfo::exists(QDir(h.exportFolder()).filePath(QStringLiteral("custody-report.txt"))));
    // The resume only rewrote the evidence: no search, no batch, no download.
    EXPECT_EQ(h.statNumber(QStringLiteral("mediaRequests")), s.mediaRequests);
    EXPECT_EQ(h.routeRequests(analyticsPost), s.analyticsPosts);
    EXPECT_EQ(h.routeRequests(batchPost), s.batchPosts);
}

} // namespace
} // namespace Custody::Test
