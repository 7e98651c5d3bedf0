#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

#include "core/api/apierror.h"
#include "core/jobs/recordingbulkjob.h"
#include "core/jobs/transcodestage.h"

namespace Custody::Jobs {
namespace {

const QString integration = QStringLiteral("3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b");
const QDateTime actionDate(QDate(2024, 3, 20), QTime(10, 0, 0, 123), QTimeZone::utc());

QJsonObject ourQuery()
{
    const QJsonObject conversationQuery { { QStringLiteral("interval"),
                                              QStringLiteral("2024-03-01T00:00:00.000Z/2024-03-02T00:00:00.000Z") },
        { QStringLiteral("order"), QStringLiteral("asc") }, { QStringLiteral("segmentFilters"), QJsonArray {} } };
    return RecordingBulkJob::jobsQuery(conversationQuery, integration, actionDate);
}

QJsonObject listed(const QJsonObject &echo, const QString &state, const QDateTime &created)
{
    return { { QStringLiteral("id"), QStringLiteral("job-1") }, { QStringLiteral("state"), state },
        { QStringLiteral("recordingJobsQuery"), echo },
        { QStringLiteral("dateCreated"), created.toString(Qt::ISODateWithMs) } };
}

TEST(RecordingBulkJob, jobsQueryIsAnExportWithTheWindowAndTheIntegration)
{
    const QJsonObject query = ourQuery();
    EXPECT_EQ(query.value(QStringLiteral("action")).toString(), QStringLiteral("EXPORT"));
    EXPECT_EQ(query.value(QStringLiteral("integrationId")).toString(), integration);
    EXPECT_EQ(query.value(QStringLiteral("actionDate")).toString(), QStringLiteral("2024-03-20T10:00:00.123Z"));
    const QJsonObject conversationQuery = query.value(QStringLiteral("conversationQuery")).toObject();
    EXPECT_EQ(conversationQuery.value(QStringLiteral("interval")).toString(),
        QStringLiteral("2024-03-01T00:00:00.000Z/2024-03-02T00:00:00.000Z"));
    EXPECT_TRUE(conversationQuery.contains(QStringLiteral("segmentFilters")));
}

TEST(RecordingBulkJob, recognisesItsOwnJobByTheQueryEchoAndCreationTime)
{
    const QJsonObject query = ourQuery();
    const QDateTime since = actionDate.addSecs(-300);
    EXPECT_TRUE(
        RecordingBulkJob::isOurJob(listed(query, QStringLiteral("PENDING"), actionDate.addSecs(1)), query, since));

    // The same interval written differently is still the same interval.
    QJsonObject echo = query;
    QJsonObject cq = echo.value(QStringLiteral("conversationQuery")).toObject();
    cq.insert(QStringLiteral("interval"), QStringLiteral("2024-03-01T00:00:00Z/2024-03-02T00:00:00Z"));
    echo.insert(QStringLiteral("conversationQuery"), cq);
    EXPECT_TRUE(RecordingBulkJob::isOurJob(listed(echo, QStringLiteral("READY"), actionDate), query, since));

    // Another window, another integration, another export's action date, too old, or dead: not ours.
    QJsonObject otherWindow = query;
    cq.insert(QStringLiteral("interval"), QStringLiteral("2024-03-02T00:00:00.000Z/2024-03-03T00:00:00.000Z"));
    otherWindow.insert(QStringLiteral("conversationQuery"), cq);
    EXPECT_FALSE(RecordingBulkJob::isOurJob(listed(otherWindow, QStringLiteral("PENDING"), actionDate), query, since));
    QJsonObject otherIntegration = query;
    otherIntegration.insert(QStringLiteral("integrationId"), QStringLiteral("other"));
    EXPECT_FALSE(
        RecordingBulkJob::isOurJob(listed(otherIntegration, QStringLiteral("PENDING"), actionDate), query, since));
    QJsonObject otherExport = query;
    otherExport.insert(QStringLiteral("actionDate"), actionDate.addMSecs(7).toString(Qt::ISODateWithMs));
    EXPECT_FALSE(RecordingBulkJob::isOurJob(listed(otherExport, QStringLiteral("PENDING"), actionDate), query, since));
    EXPECT_FALSE(RecordingBulkJob::isOurJob(listed(query, QStringLiteral("PENDING"), since.addSecs(-1)), query, since));
    EXPECT_FALSE(RecordingBulkJob::isOurJob(listed(query, QStringLiteral("FAILED"), actionDate), query, since));
    EXPECT_FALSE(RecordingBulkJob::isOurJob(listed(query, QStringLiteral("CANCELLED"), actionDate), query, since));
}

TEST(RecordingBulkJob, capRefusalsAre429sOr400sOfTheRecordingLimit)
{
    const QByteArray limitBody = R"({"status":400,"code":"bad.request","message":"at most 2",
        "limit":{"key":"recording.jobs.concurrent.max","namespace":"recording","value":2}})";
    const Api::ApiError refused400 = Api::ApiError::fromHttp(400, limitBody, {}, QStringLiteral("POST x"));
    EXPECT_TRUE(RecordingBulkJob::isCapRefusal(refused400));
    const Api::ApiError refused429 = Api::ApiError::fromHttp(
        429, R"({"status":429,"code":"too.many.requests","message":"at most 2"})", {}, QStringLiteral("POST x"));
    EXPECT_TRUE(RecordingBulkJob::isCapRefusal(refused429));
    const Api::ApiError badQuery = Api::ApiError::fromHttp(
        400, R"({"status":400,"code":"invalid.value","message":"integrationId is required"})", {}, {});
    EXPECT_FALSE(RecordingBulkJob::isCapRefusal(badQuery));
    const QByteArray otherLimit = R"({"status":400,"code":"bad.request","message":"x",
        "limit":{"key":"k","namespace":"analytics","value":1}})";
    EXPECT_FALSE(RecordingBulkJob::isCapRefusal(Api::ApiError::fromHttp(400, otherLimit, {}, {})));
}

TEST(TranscodeStage, contentTypesOfTheConvertedFormats)
{
    EXPECT_EQ(TranscodeStage::contentTypeFor(Plan::RecordingFormat::Mp3), QStringLiteral("audio/mpeg"));
    EXPECT_EQ(TranscodeStage::contentTypeFor(Plan::RecordingFormat::OggOpus), QStringLiteral("audio/ogg"));
    EXPECT_EQ(TranscodeStage::contentTypeFor(Plan::RecordingFormat::OggVorbis), QStringLiteral("audio/ogg"));
    EXPECT_EQ(TranscodeStage::contentTypeFor(Plan::RecordingFormat::Webm), QStringLiteral("audio/webm"));
    EXPECT_EQ(TranscodeStage::contentTypeFor(Plan::RecordingFormat::Wav), QStringLiteral("audio/wav"));
    EXPECT_EQ(TranscodeStage::contentTypeFor(Plan::RecordingFormat::WavUlaw), QStringLiteral("audio/wav"));
    EXPECT_TRUE(TranscodeStage::contentTypeFor(Plan::RecordingFormat::Native).isEmpty());
    EXPECT_TRUE(TranscodeStage::converts(QStringLiteral("audio/wav")));
    EXPECT_FALSE(TranscodeStage::converts(QStringLiteral("text/plain")));
    EXPECT_FALSE(TranscodeStage::converts(QStringLiteral("message/rfc822")));
}

} // namespace
} // namespace Custody::Jobs
