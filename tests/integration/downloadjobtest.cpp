// DownloadJob against custody-sim over loopback: streaming, hashing, resume,
// and the error kinds that decide retry or stop.
#include <gtest/gtest.h>

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "core/sim/simmedia.h"
#include "core/transfer/bandwidthlimiter.h"
#include "downloadtestsupport.h"

using namespace Custody::Test;
using Custody::Api::ApiError;
using Custody::Transfer::BandwidthLimiter;
using Custody::Transfer::DownloadJob;
using Custody::Transfer::DownloadResult;

namespace {

/// Remembers the headers of every request it sends.
class RecordingNetwork final : public QNetworkAccessManager
{
public:
    QList<QNetworkRequest> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        requests.append(request);
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

struct Fixture
{
    explicit Fixture(const Custody::Sim::SimConfig &config = fastSimConfig())
        : sim(config)
    {
    }
    QString target(const QString &name) const { return dir.filePath(name); }

    SimFixture sim;
    HttpClient http;
    RecordingNetwork network;
    QTemporaryDir dir;
};

} // namespace

TEST(DownloadJob, DownloadsAWavWhoseSizeAndHashMatchAnIndependentFetch)
{
    Fixture f;
    const auto recordings = audioRecordings(f.sim, 1, 1000);
    ASSERT_EQ(recordings.size(), 1u);
    const QString url = batchUrl(f.http, f.sim, *recordings.front());
    ASSERT_FALSE(url.isEmpty());
    const HttpResult reference = f.http.get(url);
    ASSERT_EQ(reference.status, 200);

    const QString target = f.target(QStringLiteral("calls/recording.wav"));
    DownloadJob job(&f.network, QUrl(url), target, reference.body.size());
    QList<qint64> reported;
    QObject::connect(&job, &DownloadJob::progress, &job, [&](qint64 received, qint64 total) {
        reported.append(received);
        EXPECT_EQ(total, reference.body.size());
    });
    const auto result = runJob(job);
    ASSERT_TRUE(result.has_value()) << "finished() must come exactly once";
    ASSERT_TRUE(result->ok) << result->error.detail.toStdString();
    EXPECT_EQ(result->path, target);
    EXPECT_EQ(result->size, reference.body.size());
    EXPECT_EQ(result->sha256Hex, sha256(reference.body));
    EXPECT_EQ(result->contentType, QStringLiteral("audio/wav"));
    EXPECT_EQ(result->httpStatus, 200);
    EXPECT_FALSE(result->resumed);
    EXPECT_EQ(readFile(target), reference.body);
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".part.etag")));
    ASSERT_FALSE(reported.isEmpty());
    EXPECT_EQ(reported.last(), reference.body.size());
    EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end()));
    ASSERT_EQ(f.network.requests.size(), 1);
    const QNetworkRequest &sent = f.network.requests.first();
    EXPECT_FALSE(sent.hasRawHeader("Authorization")) << "presigned URLs carry their own signature";
    EXPECT_FALSE(sent.hasRawHeader("Range"));
    EXPECT_EQ(sent.rawHeader("Accept-Encoding"), QByteArray("identity"));
    EXPECT_EQ(sent.transferTimeout(), int(DownloadJob::defaultTransferTimeout.count()));
}

TEST(DownloadJob, CutConnectionsAreResumedWithRangeInsteadOfStartingOver)
{
    Fixture f;
    const auto recordings = audioRecordings(f.sim, 1, 200000);
    ASSERT_EQ(recordings.size(), 1u);
    const QString url = batchUrl(f.http, f.sim, *recordings.front());
    const HttpResult reference = f.http.get(url);
    ASSERT_EQ(reference.status, 200);

    // Every response is cut after about half the file; only Range resumes can finish it.
    ASSERT_EQ(f.sim.server().applyFaults({ { QStringLiteral("mediaCutProbability"), 1 } }), QString());
    f.sim.server().resetStats();
    const QString target = f.target(QStringLiteral("cut.wav"));
    DownloadJob job(&f.network, QUrl(url), target);
    job.setMaxAttempts(5);
    const auto result = runJob(job);
    ASSERT_TRUE(result.has_value());
    ASSERT_TRUE(result->ok) << result->error.detail.toStdString();
    EXPECT_EQ(result->sha256Hex, sha256(reference.body));
    EXPECT_EQ(result->size, reference.body.size());
    EXPECT_TRUE(result->resumed);
    EXPECT_EQ(result->httpStatus, 206);
    EXPECT_GE(job.attempts(), 2);
    const qint64 served = bytesServed(f.sim);
    std::cout << "file " << reference.body.size() << " bytes, served " << served << " bytes in " << job.attempts()
              << " attempts\n";
    EXPECT_LT(served, 2 * reference.body.size());
    EXPECT_GE(f.sim.server().stats().value(QStringLiteral("mediaCuts")).toInt(), 1);
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
}

TEST(DownloadJob, APartLeftByACrashIsContinuedWith206)
{
    Fixture f;
    const auto recordings = audioRecordings(f.sim, 1, 100000);
    ASSERT_EQ(recordings.size(), 1u);
    const QString url = batchUrl(f.http, f.sim, *recordings.front());
    const HttpResult reference = f.http.get(url);
    ASSERT_EQ(reference.status, 200);
    const qint64 half = reference.body.size() / 2;
    const QString target = f.target(QStringLiteral("crashed.wav"));
    ASSERT_TRUE(writeFile(target + QStringLiteral(".part"), reference.body.left(half)));

    f.sim.server().resetStats();
    DownloadJob job(&f.network, QUrl(url), target);
    QList<qint64> reported;
    QObject::connect(&job, &DownloadJob::progress, &job, [&](qint64 received, qint64) { reported.append(received); });
    const auto result = runJob(job);
    ASSERT_TRUE(result.has_value());
    ASSERT_TRUE(result->ok) << result->error.detail.toStdString();
    EXPECT_TRUE(result->resumed);
    EXPECT_EQ(result->httpStatus, 206);
    EXPECT_EQ(result->sha256Hex, sha256(reference.body));
    EXPECT_EQ(readFile(target), reference.body);
    EXPECT_EQ(bytesServed(f.sim), reference.body.size() - half);
    ASSERT_FALSE(reported.isEmpty());
    EXPECT_EQ(reported.first(), half); // progress counts the resumed bytes from the start
}

// Range alone cannot tell a corrupt part from a good one: the server sends
// the missing tail and the engine hashes what it has. The simulator publishes
// no checksum to compare the final digest with, so corruption inside the part
// surfaces only at verify time. What Range can detect is a part that cannot be
// a prefix: one longer than the file. HTTP says 416; custody-sim's HTTP
// library answers with an impossible 206 ("bytes 500-399/400") instead, which
// the job treats the same way. A real 416 is covered by the expired-URL test.
TEST(DownloadJob, APartLongerThanTheFileIsUnsatisfiableAndStartsOver)
{
    Fixture f;
    const auto recordings = audioRecordings(f.sim, 1, 10000);
    ASSERT_EQ(recordings.size(), 1u);
    const QString url = batchUrl(f.http, f.sim, *recordings.front());
    const HttpResult reference = f.http.get(url);
    ASSERT_EQ(reference.status, 200);
    const QString target = f.target(QStringLiteral("long.wav"));
    ASSERT_TRUE(writeFile(target + QStringLiteral(".part"), reference.body + QByteArray(5000, 'x')));

    DownloadJob job(&f.network, QUrl(url), target);
    const auto result = runJob(job);
    ASSERT_TRUE(result.has_value());
    ASSERT_TRUE(result->ok) << result->error.detail.toStdString();
    EXPECT_FALSE(result->resumed);
    EXPECT_EQ(result->httpStatus, 200);
    EXPECT_EQ(result->sha256Hex, sha256(reference.body));
    EXPECT_EQ(readFile(target), reference.body);
    EXPECT_EQ(job.attempts(), 2); // the unsatisfiable range, then the whole file
}

TEST(DownloadJob, APartThatIsAlreadyCompleteIsCommittedWithoutTheBody)
{
    Fixture f;
    const auto recordings = audioRecordings(f.sim, 1, 10000);
    ASSERT_EQ(recordings.size(), 1u);
    const QString url = batchUrl(f.http, f.sim, *recordings.front());
    const HttpResult reference = f.http.get(url);
    ASSERT_EQ(reference.status, 200);
    const QString target = f.target(QStringLiteral("complete.wav"));
    ASSERT_TRUE(writeFile(target + QStringLiteral(".part"), reference.body));

    f.sim.server().resetStats();
    DownloadJob job(&f.network, QUrl(url), target, reference.body.size());
    const auto result = runJob(job);
    ASSERT_TRUE(result.has_value());
    ASSERT_TRUE(result->ok) << result->error.detail.toStdString();
    EXPECT_TRUE(result->resumed);
    EXPECT_EQ(result->sha256Hex, sha256(reference.body));
    EXPECT_EQ(bytesServed(f.sim), 0);
}

TEST(DownloadJob, AnExpiredUrlIsPermissionUrlExpiredAndKeepsThePartForAFreshUrl)
{
    Fixture f;
    const auto recordings = audioRecordings(f.sim, 1, 10000);
    ASSERT_EQ(recordings.size(), 1u);
    const QString goodUrl = batchUrl(f.http, f.sim, *recordings.front());
    const HttpResult reference = f.http.get(goodUrl);
    ASSERT_EQ(reference.status, 200);

    ASSERT_EQ(f.sim.server().applyFaults({ { QStringLiteral("urlTtlSeconds"), 1 } }), QString());
    const QString shortUrl = batchUrl(f.http, f.sim, *recordings.front());
    ASSERT_FALSE(shortUrl.isEmpty());
    QTest::qWait(2100);
    const QString target = f.target(QStringLiteral("expired.wav"));
    const QByteArray head = reference.body.left(4000);
    ASSERT_TRUE(writeFile(target + QStringLiteral(".part"), head));

    DownloadJob expired(&f.network, QUrl(shortUrl), target);
    const auto failed = runJob(expired);
    ASSERT_TRUE(failed.has_value());
    EXPECT_FALSE(failed->ok);
    EXPECT_EQ(failed->error.kind, ApiError::Kind::Permission);
    EXPECT_EQ(failed->error.code, QStringLiteral("url.expired"));
    EXPECT_EQ(failed->error.httpStatus, 403);
    EXPECT_FALSE(failed->error.detail.contains(QStringLiteral("signature")))
        << "the URL's query must not reach the error text";
    EXPECT_TRUE(failed->userMessage().contains(QStringLiteral("expired")));
    // custody-sim applies Range to its 403 document and so answers the ranged
    // request with 416 ("bytes */117"); the job then asks without Range,
    // gets the 403, and stops: only a new URL helps. The part survives both.
    EXPECT_LE(expired.attempts(), 2);
    EXPECT_EQ(readFile(target + QStringLiteral(".part")), head);
    EXPECT_FALSE(QFileInfo::exists(target));

    // A fresh URL from a new batch continues the kept part.
    DownloadJob fresh(&f.network, QUrl(goodUrl), target);
    const auto resumed = runJob(fresh);
    ASSERT_TRUE(resumed.has_value());
    ASSERT_TRUE(resumed->ok) << resumed->error.detail.toStdString();
    EXPECT_TRUE(resumed->resumed);
    EXPECT_EQ(resumed->sha256Hex, sha256(reference.body));
}

TEST(DownloadJob, ATamperedUrlIsPermissionUrlRejected)
{
    Fixture f;
    const auto recordings = audioRecordings(f.sim, 1);
    ASSERT_EQ(recordings.size(), 1u);
    QUrl url(batchUrl(f.http, f.sim, *recordings.front()));
    QUrlQuery query(url);
    const qint64 expires = query.queryItemValue(QStringLiteral("expires")).toLongLong();
    query.removeQueryItem(QStringLiteral("expires"));
    query.addQueryItem(QStringLiteral("expires"), QString::number(expires + 3600));
    url.setQuery(query);

    const QString target = f.target(QStringLiteral("tampered.wav"));
    DownloadJob job(&f.network, url, target);
    const auto result = runJob(job);
    ASSERT_TRUE(result.has_value());
    EXPECT_FALSE(result->ok);
    EXPECT_EQ(result->error.kind, ApiError::Kind::Permission);
    EXPECT_EQ(result->error.code, QStringLiteral("url.rejected"));
    EXPECT_TRUE(result->error.detail.contains(QStringLiteral("SignatureDoesNotMatch")));
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".part"))) << "an empty part resumes nothing";
}

TEST(DownloadJob, AMissingObjectIsNotFoundAndRemovesThePart)
{
    Fixture f;
    // The storage host has no object under this key (it is not a recording id).
    const QUrl url(f.sim.url(QStringLiteral("/media/no_such_object.wav?expires=1&signature=x")));
    const QString target = f.target(QStringLiteral("missing.wav"));
    ASSERT_TRUE(writeFile(target + QStringLiteral(".part"), QByteArray(100, 'a')));

    DownloadJob job(&f.network, url, target);
    const auto result = runJob(job);
    ASSERT_TRUE(result.has_value());
    EXPECT_FALSE(result->ok);
    EXPECT_EQ(result->error.kind, ApiError::Kind::NotFound);
    EXPECT_EQ(result->error.httpStatus, 404);
    EXPECT_EQ(job.attempts(), 1);
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
}

TEST(DownloadJob, AnUnwritableTargetIsLocalIoNamingThePath)
{
    Fixture f;
    const auto recordings = audioRecordings(f.sim, 1);
    ASSERT_EQ(recordings.size(), 1u);
    const QString url = batchUrl(f.http, f.sim, *recordings.front());
    // A regular file where a folder should be: fails for root too, unlike chmod.
    const QString blocker = f.target(QStringLiteral("not-a-folder"));
    ASSERT_TRUE(writeFile(blocker, "x"));
    const QString target = blocker + QStringLiteral("/recording.wav");

    f.sim.server().resetStats();
    DownloadJob job(&f.network, QUrl(url), target);
    const auto result = runJob(job);
    ASSERT_TRUE(result.has_value());
    EXPECT_FALSE(result->ok);
    EXPECT_EQ(result->error.kind, ApiError::Kind::LocalIo);
    const QString native = QDir::toNativeSeparators(blocker);
    EXPECT_TRUE(result->error.detail.contains(native)) << result->error.detail.toStdString();
    EXPECT_TRUE(result->userMessage().contains(native)) << result->userMessage().toStdString();
    EXPECT_EQ(bytesServed(f.sim), 0) << "nothing is fetched that cannot be stored";
}

TEST(DownloadJob, ASilentServerTimesOutAsTransientAndIsRetried)
{
    // Accepts connections and never answers.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    QObject::connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    QNetworkAccessManager network;
    QTemporaryDir dir;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/media/x.wav?signature=s").arg(silent.serverPort()));
    DownloadJob job(&network, url, dir.filePath(QStringLiteral("silent.wav")));
    job.setTransferTimeout(std::chrono::milliseconds(300));
    job.setMaxAttempts(2);
    const auto result = runJob(job, 15000);
    ASSERT_TRUE(result.has_value());
    EXPECT_FALSE(result->ok);
    EXPECT_EQ(result->error.kind, ApiError::Kind::Transient);
    EXPECT_EQ(result->error.networkError, QNetworkReply::TimeoutError);
    EXPECT_EQ(job.attempts(), 2);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("silent.wav.part"))));
}

TEST(DownloadJob, KillStopsQuietlyAndKeepsThePart)
{
    Fixture f;
    const auto recordings = audioRecordings(f.sim, 1, 200000);
    ASSERT_EQ(recordings.size(), 1u);
    const QString url = batchUrl(f.http, f.sim, *recordings.front());
    BandwidthLimiter limiter;
    limiter.setLimit(100 * 1024); // slow enough to be caught mid-transfer
    const QString target = f.target(QStringLiteral("killed.wav"));
    DownloadJob job(&f.network, QUrl(url), target, -1, &limiter);
    QSignalSpy finished(&job, &DownloadJob::finished);
    QSignalSpy progress(&job, &DownloadJob::progress);
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !progress.isEmpty() && progress.last().first().toLongLong() > 0; }));
    job.kill();
    QTest::qWait(300);
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_GT(QFileInfo(target + QStringLiteral(".part")).size(), 0);
    EXPECT_FALSE(QFileInfo::exists(target));
}

namespace {

// Peak resident set size in KiB (Linux), or -1.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // procfs files report size 0, so read until read() says the end came.
    const QByteArray text = status.readAll();
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The digest of the recording's bytes computed from the simulator's own
// generator, in chunks, without any HTTP and without holding the file.
QByteArray generatedSha256(const Custody::Sim::SimRecording &recording)
{
    const Custody::Sim::SimMediaBody body(recording, {});
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(4 * 1024 * 1024, Qt::Uninitialized);
    for (qint64 offset = 0; offset < body.size(); offset += buffer.size()) {
        const qint64 n = std::min<qint64>(buffer.size(), body.size() - offset);
        body.fill(offset, buffer.data(), n);
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return hash.result().toHex();
}

} // namespace

TEST(DownloadJob, MemoryStaysFlatFor300MegabyteRecording)
{
    if (peakRssKiB() < 0)
        GTEST_SKIP() << "peak RSS is read from /proc/self/status (VmHWM), which only Linux has";
    constexpr qint64 fileBytes = 300LL * 1024 * 1024;
    constexpr qint64 allowedGrowthKiB = 64 * 1024;
    auto config = fastSimConfig();
    config.mediaFixedBytes = fileBytes;
    Fixture f(config);
    const auto recordings = audioRecordings(f.sim, 1);
    ASSERT_EQ(recordings.size(), 1u);
    const QString url = batchUrl(f.http, f.sim, *recordings.front());
    ASSERT_FALSE(url.isEmpty());

    const qint64 before = peakRssKiB();
    const QString target = f.target(QStringLiteral("large.wav"));
    DownloadJob job(&f.network, QUrl(url), target, fileBytes);
    const auto result = runJob(job, 240000);
    const qint64 after = peakRssKiB();
    ASSERT_TRUE(result.has_value());
    ASSERT_TRUE(result->ok) << result->error.detail.toStdString();
    EXPECT_EQ(result->size, fileBytes);
    EXPECT_EQ(QFileInfo(target).size(), fileBytes);
    std::cout << "peak RSS grew by " << (after - before) / 1024.0 << " MiB while downloading "
              << fileBytes / (1024 * 1024) << " MiB (before " << before / 1024.0 << " MiB, after " << after / 1024.0
              << " MiB)\n";
    EXPECT_LT(after - before, allowedGrowthKiB);
    EXPECT_EQ(result->sha256Hex, generatedSha256(*recordings.front()));
}
