#include <gtest/gtest.h>

#include <QTimeZone>

#include "core/transfer/filenametemplate.h"
#include "core/transfer/pathsanitizer.h"

using namespace Custody::Transfer;

namespace {

FileNameFields sampleFields()
{
    FileNameFields fields;
    fields.conversationStart = QDateTime(QDate(2024, 3, 31), QTime(22, 30, 5), QTimeZone::utc());
    fields.timeZone = QTimeZone("Europe/Berlin");
    fields.conversationId = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
    fields.recordingId = QStringLiteral("rec-0001");
    fields.ext = QStringLiteral("wav");
    fields.queue = QStringLiteral("Claims");
    fields.agent = QStringLiteral("Ada Lovelace");
    fields.direction = QStringLiteral("inbound");
    fields.mediaType = QStringLiteral("audio");
    return fields;
}

bool anyContains(const QStringList &problems, const QString &needle)
{
    for (const QString &problem : problems) {
        if (problem.contains(needle))
            return true;
    }
    return false;
}

} // namespace

TEST(FileNameTemplateTest, DefaultPatternIsValid)
{
    const FileNameTemplate pattern;
    EXPECT_EQ(pattern.pattern(), QStringLiteral("{date}/{conversationId}/{recordingId}.{ext}"));
    EXPECT_TRUE(pattern.validate().isEmpty()) << pattern.validate().join(u'\n').toStdString();
    EXPECT_TRUE(pattern.isValid());
}

TEST(FileNameTemplateTest, EveryPlaceholderIsKnown)
{
    QString all;
    for (const QString &name : FileNameTemplate::placeholders())
        all += u'{' + name + QStringLiteral("}-");
    EXPECT_TRUE(FileNameTemplate(all).isValid());
}

TEST(FileNameTemplateTest, ReportsUnknownPlaceholders)
{
    const QStringList problems
        = FileNameTemplate(QStringLiteral("{date}/{caller}/{conversationId}-{recordingId}.{ext}")).validate();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("{caller}")));
}

TEST(FileNameTemplateTest, ReportsEmptyPattern)
{
    EXPECT_EQ(FileNameTemplate(QString()).validate().size(), 1);
    EXPECT_EQ(FileNameTemplate(QStringLiteral("   ")).validate().size(), 1);
}

TEST(FileNameTemplateTest, ReportsAbsolutePaths)
{
    for (const QString &pattern : { QStringLiteral("/data/{conversationId}/{recordingId}"),
             QStringLiteral("\\data\\{conversationId}\\{recordingId}"),
             QStringLiteral("C:\\data\\{conversationId}\\{recordingId}"),
             QStringLiteral("\\\\server\\share\\{conversationId}\\{recordingId}") }) {
        const QStringList problems = FileNameTemplate(pattern).validate();
        EXPECT_TRUE(anyContains(problems, QStringLiteral("absolute"))) << pattern.toStdString();
    }
}

TEST(FileNameTemplateTest, ReportsParentFolderSegments)
{
    EXPECT_TRUE(anyContains(
        FileNameTemplate(QStringLiteral("{date}/../{conversationId}/{recordingId}")).validate(), QStringLiteral("..")));
    EXPECT_TRUE(anyContains(
        FileNameTemplate(QStringLiteral("..\\{conversationId}\\{recordingId}")).validate(), QStringLiteral("..")));
    // Dots inside a name are fine.
    EXPECT_TRUE(FileNameTemplate(QStringLiteral("{date}/{conversationId}..{recordingId}.{ext}")).isValid());
}

TEST(FileNameTemplateTest, ReportsPatternsWhoseNamesCouldCollide)
{
    const QStringList noRecording = FileNameTemplate(QStringLiteral("{date}/{conversationId}.{ext}")).validate();
    ASSERT_EQ(noRecording.size(), 1);
    EXPECT_TRUE(noRecording.first().contains(QStringLiteral("{recordingId}")));

    const QStringList noConversation = FileNameTemplate(QStringLiteral("{date}/{recordingId}.{ext}")).validate();
    ASSERT_EQ(noConversation.size(), 1);
    EXPECT_TRUE(noConversation.first().contains(QStringLiteral("{conversationId}")));

    EXPECT_EQ(FileNameTemplate(QStringLiteral("{queue}/{agent}.{ext}")).validate().size(), 2);
}

TEST(FileNameTemplateTest, ReportsUnbalancedBraces)
{
    EXPECT_FALSE(FileNameTemplate(QStringLiteral("{date/{conversationId}/{recordingId}")).isValid());
    EXPECT_FALSE(FileNameTemplate(QStringLiteral("date}/{conversationId}/{recordingId}")).isValid());
}

TEST(FileNameTemplateTest, RendersDateAndTimeInTheExportTimeZone)
{
    const FileNameFields fields = sampleFields();
    if (!fields.timeZone.isValid())
        GTEST_SKIP() << "no time zone database for Europe/Berlin on this machine";
    // 22:30:05 UTC on 31 March 2024 is 00:30:05 on 1 April in Berlin (CEST).
    EXPECT_EQ(FileNameTemplate().render(fields),
        QStringLiteral("2024-04-01/c0ffee00-0000-4000-8000-000000000001/rec-0001.wav"));
    EXPECT_EQ(FileNameTemplate(QStringLiteral("{date}_{time}_{conversationId}_{recordingId}")).render(fields),
        QStringLiteral("2024-04-01_003005_c0ffee00-0000-4000-8000-000000000001_rec-0001"));
}

TEST(FileNameTemplateTest, FallsBackToUtcWithoutATimeZone)
{
    FileNameFields fields = sampleFields();
    fields.timeZone = QTimeZone();
    EXPECT_EQ(FileNameTemplate(QStringLiteral("{date}/{time}/{conversationId}{recordingId}")).render(fields),
        QStringLiteral("2024-03-31/223005/c0ffee00-0000-4000-8000-000000000001rec-0001"));
}

TEST(FileNameTemplateTest, RendersEveryFieldAndSanitisesValues)
{
    FileNameFields fields = sampleFields();
    fields.queue = QStringLiteral("Claims/EU: <VIP>");
    fields.agent = QStringLiteral("CON");
    fields.ext = QStringLiteral(".ogg");
    const QString out = FileNameTemplate(QStringLiteral("{queue}/{agent}/{direction}-{mediaType}/{recordingId}.{ext}"))
                            .render(fields);
    // A slash inside a value never adds a folder.
    EXPECT_EQ(out, QStringLiteral("Claims_EU_ _VIP_/_CON/inbound-audio/rec-0001.ogg"));
}

TEST(FileNameTemplateTest, EmptyValuesAndHostileValuesStayInside)
{
    FileNameFields fields = sampleFields();
    fields.queue.clear();
    fields.recordingId = QStringLiteral("..");
    const QString out = FileNameTemplate(QStringLiteral("{queue}/{conversationId}/{recordingId}")).render(fields);
    EXPECT_EQ(out, QStringLiteral("_/c0ffee00-0000-4000-8000-000000000001/_"));
}

TEST(FileNameTemplateTest, RenderedPathsStayShort)
{
    FileNameFields fields = sampleFields();
    fields.queue = QString(300, u'q');
    fields.agent = QString(300, u'a');
    const QString out
        = FileNameTemplate(QStringLiteral("{queue}/{agent}/{conversationId}/{recordingId}.{ext}")).render(fields);
    EXPECT_LT(PathSanitizer::utf8Size(out), PathSanitizer::maxRelativePathBytes);
    EXPECT_TRUE(out.endsWith(QStringLiteral("/rec-0001.wav")));
}
