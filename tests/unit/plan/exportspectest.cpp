#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include "core/plan/exportspec.h"
#include "qtprinters.h"

using namespace Custody::Plan;

namespace {

const QString kQueue = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString kUser = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
const QString kIntegration = QStringLiteral("cccccccc-0000-4000-8000-000000000003");

ExportSpec validRangeSpec()
{
    ExportSpec spec;
    spec.name = QStringLiteral("Case 4711");
    spec.profileId = QStringLiteral("profile-prod-eu");
    spec.range = DateRange { QDate(2024, 3, 1), QDate(2024, 3, 14) };
    spec.timeZoneId = QStringLiteral("Europe/Berlin");
    spec.filters.queueIds = { kQueue };
    spec.destinationFolder = QStringLiteral("/srv/legal/case-4711");
    return spec;
}

QStringList messagesFor(const ExportSpec &spec, SpecProblem::Field field)
{
    QStringList messages;
    for (const SpecProblem &problem : spec.validate()) {
        if (problem.field == field)
            messages.append(problem.message);
    }
    return messages;
}

// Month names in validation messages come from the default locale.
class ExportSpecTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_savedLocale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void TearDown() override { QLocale::setDefault(m_savedLocale); }

private:
    QLocale m_savedLocale;
};

} // namespace

TEST(RecordingFormatTest, FormatIdsRoundTrip)
{
    const QList<std::pair<RecordingFormat, QString>> expected {
        { RecordingFormat::Wav, QStringLiteral("WAV") },
        { RecordingFormat::Webm, QStringLiteral("WEBM") },
        { RecordingFormat::WavUlaw, QStringLiteral("WAV_ULAW") },
        { RecordingFormat::OggVorbis, QStringLiteral("OGG_VORBIS") },
        { RecordingFormat::OggOpus, QStringLiteral("OGG_OPUS") },
        { RecordingFormat::Mp3, QStringLiteral("MP3") },
    };
    for (const auto &[format, id] : expected) {
        EXPECT_EQ(formatId(format), id);
        EXPECT_EQ(recordingFormatFromId(id), format);
        EXPECT_EQ(recordingFormatFromId(id.toLower()), format);
    }
    EXPECT_TRUE(formatId(RecordingFormat::Native).isEmpty());
    EXPECT_EQ(recordingFormatFromId(u"NATIVE"), RecordingFormat::Native);
    EXPECT_EQ(recordingFormatFromId(u""), RecordingFormat::Native);
    EXPECT_FALSE(recordingFormatFromId(u"FLAC").has_value());
}

TEST_F(ExportSpecTest, ValidSpecHasNoProblems)
{
    EXPECT_TRUE(validRangeSpec().validate().isEmpty()) << validRangeSpec().problemMessages().join(u'\n').toStdString();

    ExportSpec byIds = validRangeSpec();
    byIds.selection = ExportSpec::Selection::ConversationIds;
    byIds.conversationIds = { QStringLiteral("dddddddd-0000-4000-8000-000000000004") };
    byIds.timeZoneId.clear(); // a date-range field, not needed for ids
    EXPECT_TRUE(byIds.validate().isEmpty()) << byIds.problemMessages().join(u'\n').toStdString();

    ExportSpec unc = validRangeSpec();
    unc.destinationFolder = QStringLiteral("\\\\fileserver\\legal\\case-4711");
    EXPECT_TRUE(unc.validate().isEmpty());
}

TEST_F(ExportSpecTest, ReversedRangeNamesBothDates)
{
    ExportSpec spec = validRangeSpec();
    spec.range = DateRange { QDate(2024, 3, 5), QDate(2024, 3, 3) };
    EXPECT_EQ(messagesFor(spec, SpecProblem::Field::DateRange),
        QStringList { QStringLiteral("The end date (3 March 2024) is before the start date (5 March 2024).") });

    spec.range = DateRange { QDate(2024, 3, 5), QDate() };
    EXPECT_EQ(messagesFor(spec, SpecProblem::Field::DateRange).size(), 1);
}

TEST_F(ExportSpecTest, UnknownTimeZoneIsNamed)
{
    ExportSpec spec = validRangeSpec();
    spec.timeZoneId = QStringLiteral("Europe/Berln");
    const QStringList messages = messagesFor(spec, SpecProblem::Field::TimeZone);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().startsWith(QStringLiteral("Unknown time zone \"Europe/Berln\".")))
        << messages.first().toStdString();

    spec.timeZoneId.clear();
    EXPECT_EQ(messagesFor(spec, SpecProblem::Field::TimeZone).size(), 1);
    spec.timeZoneId = QStringLiteral("America/New_York");
    EXPECT_TRUE(messagesFor(spec, SpecProblem::Field::TimeZone).isEmpty());
    EXPECT_TRUE(spec.timeZone().isValid());
}

TEST_F(ExportSpecTest, NeedsSomeContent)
{
    ExportSpec spec = validRangeSpec();
    spec.includeConversationDetails = false;
    spec.includeRecordings = false;
    EXPECT_EQ(messagesFor(spec, SpecProblem::Field::Content),
        QStringList { QStringLiteral("Choose at least one kind of content to export.") });

    spec.includeRecordingBulkExport = true;
    EXPECT_TRUE(messagesFor(spec, SpecProblem::Field::Content).isEmpty());
    EXPECT_EQ(messagesFor(spec, SpecProblem::Field::BulkExport).size(), 1); // no integration id yet
    spec.bulkExportIntegrationId = QStringLiteral("s3-integration");
    EXPECT_TRUE(
        messagesFor(spec, SpecProblem::Field::BulkExport).first().contains(QStringLiteral("\"s3-integration\"")));
    spec.bulkExportIntegrationId = kIntegration;
    EXPECT_TRUE(spec.validate().isEmpty());
}

TEST_F(ExportSpecTest, InvalidIdsAreReportedOneByOneUpToALimit)
{
    ExportSpec spec = validRangeSpec();
    spec.selection = ExportSpec::Selection::ConversationIds;
    spec.conversationIds = { QStringLiteral("xyz"), QStringLiteral("dddddddd-0000-4000-8000-000000000004") };
    const QStringList messages = messagesFor(spec, SpecProblem::Field::ConversationIds);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().startsWith(
        QStringLiteral("Conversation id \"xyz\" is not a valid id (expected a UUID such as ")))
        << messages.first().toStdString();

    spec.conversationIds.clear();
    for (int i = 0; i < 25; ++i)
        spec.conversationIds.append(QStringLiteral("bad-%1").arg(i));
    const QStringList many = messagesFor(spec, SpecProblem::Field::ConversationIds);
    ASSERT_EQ(many.size(), 11);
    EXPECT_TRUE(many.last().contains(QStringLiteral("15"))) << many.last().toStdString();

    spec.conversationIds.clear();
    EXPECT_EQ(messagesFor(spec, SpecProblem::Field::ConversationIds).size(), 1);

    ExportSpec badFilters = validRangeSpec();
    badFilters.filters.userIds = { QStringLiteral("jane.doe") };
    const QStringList filterMessages = messagesFor(badFilters, SpecProblem::Field::Filters);
    ASSERT_EQ(filterMessages.size(), 1);
    EXPECT_TRUE(filterMessages.first().startsWith(QStringLiteral("User id \"jane.doe\"")));
}

TEST_F(ExportSpecTest, ChecksProfileAndDestination)
{
    ExportSpec spec = validRangeSpec();
    spec.profileId.clear();
    spec.destinationFolder = QStringLiteral("exports/case");
    EXPECT_EQ(messagesFor(spec, SpecProblem::Field::Profile).size(), 1);
    const QStringList destination = messagesFor(spec, SpecProblem::Field::Destination);
    ASSERT_EQ(destination.size(), 1);
    EXPECT_TRUE(destination.first().contains(QStringLiteral("\"exports/case\"")));
    spec.destinationFolder.clear();
    EXPECT_EQ(messagesFor(spec, SpecProblem::Field::Destination).size(), 1);
}

TEST_F(ExportSpecTest, ChecksFileNameTemplate)
{
    ExportSpec spec = validRangeSpec();
    const auto problemsWith = [&spec](const QString &pattern) {
        spec.fileNameTemplate = pattern;
        return messagesFor(spec, SpecProblem::Field::FileNameTemplate);
    };
    EXPECT_TRUE(problemsWith(ExportSpec::defaultFileNameTemplate()).isEmpty());
    EXPECT_TRUE(problemsWith(QStringLiteral("{queueId}/{date}_{time}_{recordingId}.{ext}")).isEmpty());
    EXPECT_EQ(problemsWith(QString()).size(), 1);
    EXPECT_EQ(problemsWith(QStringLiteral("{date}/{conversationId}.{ext}")).size(), 1);
    const QStringList unknown = problemsWith(QStringLiteral("{date}/{agentName}/{recordingId}"));
    ASSERT_EQ(unknown.size(), 1);
    EXPECT_TRUE(unknown.first().contains(QStringLiteral("{agentName}")));
    EXPECT_EQ(problemsWith(QStringLiteral("{date/{recordingId}")).size(), 1);
    EXPECT_EQ(problemsWith(QStringLiteral("../{recordingId}")).size(), 1);
    EXPECT_EQ(problemsWith(QStringLiteral("/tmp/{recordingId}")).size(), 1);
    EXPECT_EQ(problemsWith(QStringLiteral("a/../../{recordingId}")).size(), 1);
    EXPECT_TRUE(problemsWith(QStringLiteral("a..b/{recordingId}")).isEmpty());

    // Without recordings the template is not used, so it is not checked.
    spec.includeRecordings = false;
    EXPECT_TRUE(problemsWith(QString()).isEmpty());
}

TEST(ExportSpecJsonTest, RangeSpecRoundTrips)
{
    ExportSpec spec = validRangeSpec();
    spec.includeRecordingBulkExport = true;
    spec.bulkExportIntegrationId = kIntegration;
    spec.recordingFormat = RecordingFormat::OggOpus;
    spec.filters.userIds = { kUser };
    spec.filters.directions = { Direction::Outbound };
    spec.filters.mediaTypes = { MediaType::Voice, MediaType::Callback };
    spec.fileNameTemplate = QStringLiteral("{date}/{recordingId}.{ext}");

    const QJsonObject json = spec.toJson();
    EXPECT_EQ(json.value(QStringLiteral("specVersion")).toInt(), ExportSpec::kSpecVersion);
    EXPECT_EQ(json.value(QStringLiteral("recordingFormat")).toString(), QStringLiteral("OGG_OPUS"));
    const QJsonObject selection = json.value(QStringLiteral("selection")).toObject();
    EXPECT_EQ(selection.value(QStringLiteral("mode")).toString(), QStringLiteral("dateRange"));
    EXPECT_EQ(selection.value(QStringLiteral("firstDay")).toString(), QStringLiteral("2024-03-01"));
    EXPECT_EQ(selection.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));

    const ParseResult<ExportSpec> back = ExportSpec::fromJsonBytes(spec.toJsonBytes());
    ASSERT_TRUE(back.isOk()) << back.errorMessage().toStdString();
    EXPECT_TRUE(back.value() == spec);
}

TEST(ExportSpecJsonTest, IdSpecRoundTripsAndDropsRangeFields)
{
    ExportSpec spec;
    spec.profileId = QStringLiteral("p");
    spec.selection = ExportSpec::Selection::ConversationIds;
    spec.conversationIds = { QStringLiteral("dddddddd-0000-4000-8000-000000000004"), QStringLiteral("xyz") };
    spec.destinationFolder = QStringLiteral("/tmp/out");
    const ParseResult<ExportSpec> back = ExportSpec::fromJson(spec.toJson());
    ASSERT_TRUE(back.isOk()) << back.errorMessage().toStdString();
    EXPECT_TRUE(back.value() == spec);
    EXPECT_EQ(back.value().conversationIds, spec.conversationIds);

    // Only the active selection is saved.
    ExportSpec withRange = spec;
    withRange.range = DateRange { QDate(2024, 3, 1), QDate(2024, 3, 2) };
    const QJsonObject selection = withRange.toJson().value(QStringLiteral("selection")).toObject();
    EXPECT_FALSE(selection.contains(QStringLiteral("firstDay")));
}

TEST(ExportSpecJsonTest, RejectsForeignNewerAndDamagedFiles)
{
    EXPECT_FALSE(ExportSpec::fromJsonBytes("not json").isOk());
    EXPECT_FALSE(ExportSpec::fromJsonBytes("[1,2]").isOk());
    EXPECT_FALSE(ExportSpec::fromJson(QJsonObject { { QStringLiteral("name"), QStringLiteral("x") } }).isOk());

    QJsonObject newer = validRangeSpec().toJson();
    newer.insert(QStringLiteral("specVersion"), ExportSpec::kSpecVersion + 1);
    const ParseResult<ExportSpec> newerResult = ExportSpec::fromJson(newer);
    ASSERT_FALSE(newerResult.isOk());
    EXPECT_TRUE(newerResult.errorMessage().contains(QStringLiteral("newer")));

    QJsonObject badFormat = validRangeSpec().toJson();
    badFormat.insert(QStringLiteral("recordingFormat"), QStringLiteral("FLAC"));
    EXPECT_TRUE(ExportSpec::fromJson(badFormat).errorMessage().contains(QStringLiteral("FLAC")));

    QJsonObject badDay = validRangeSpec().toJson();
    QJsonObject selection = badDay.value(QStringLiteral("selection")).toObject();
    selection.insert(QStringLiteral("lastDay"), QStringLiteral("2024-02-30"));
    badDay.insert(QStringLiteral("selection"), selection);
    EXPECT_TRUE(ExportSpec::fromJson(badDay).errorMessage().contains(QStringLiteral("lastDay")));

    QJsonObject badMedia = validRangeSpec().toJson();
    selection = badMedia.value(QStringLiteral("selection")).toObject();
    QJsonObject filters = selection.value(QStringLiteral("filters")).toObject();
    filters.insert(QStringLiteral("mediaTypes"), QJsonArray { QStringLiteral("fax") });
    selection.insert(QStringLiteral("filters"), filters);
    badMedia.insert(QStringLiteral("selection"), selection);
    EXPECT_TRUE(ExportSpec::fromJson(badMedia).errorMessage().contains(QStringLiteral("fax")));

    QJsonObject badType = validRangeSpec().toJson();
    badType.insert(QStringLiteral("name"), 42);
    EXPECT_FALSE(ExportSpec::fromJson(badType).isOk());
}

TEST(ExportSpecJsonTest, MissingOptionalKeysKeepDefaults)
{
    const ParseResult<ExportSpec> minimal = ExportSpec::fromJson(QJsonObject { { QStringLiteral("specVersion"), 1 } });
    ASSERT_TRUE(minimal.isOk()) << minimal.errorMessage().toStdString();
    EXPECT_TRUE(minimal.value() == ExportSpec());
    EXPECT_EQ(minimal.value().fileNameTemplate, QStringLiteral("{date}/{conversationId}/{recordingId}.{ext}"));
}
