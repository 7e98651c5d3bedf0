#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include "core/plan/exportspec.h"
#include "ui/contentpanel.h"
#include "ui/daterangepicker.h"
#include "ui/destinationpanel.h"
#include "ui/fieldmessage.h"
#include "ui/filenametemplatepanel.h"
#include "ui/filterpanel.h"
#include "ui/idlistpanel.h"
#include "ui/newexportdialog.h"
#include "ui/picklist.h"

using Custody::Plan::DateRange;
using Custody::Plan::Direction;
using Custody::Plan::ExportSpec;
using Custody::Plan::MediaType;
using Custody::Plan::RecordingFormat;
using Custody::Profiles::OrgProfile;
using Custody::Ui::NewExportDialog;

namespace {

const QString kQueueClaims = QStringLiteral("5e0a7c41-2f6b-4d93-8a1e-c7b4f2d90e68");
const QString kQueueSales = QStringLiteral("91d4b6e0-3a7c-4f25-b8e9-6c0d2a7f1e53");
const QString kUserAnna = QStringLiteral("0c7d9e12-8a4f-4b6c-9e3d-2f1a5b8c7d40");
const QString kIdA = QStringLiteral("3f1c2a9e-7b4d-4e2a-9c61-0d5e8f2b7a14");
const QString kIdB = QStringLiteral("b6e08d53-1c9f-4a72-8e4b-59d3a6c1f207");
const QString kIntegration = QStringLiteral("7c3f9a05-e2d8-4b1a-96f4-3e0b8d5c2a71");

QList<OrgProfile> profiles()
{
    OrgProfile berlin = OrgProfile::create(QStringLiteral("Acme Europe"));
    berlin.timeZone = "Europe/Berlin";
    OrgProfile plain = OrgProfile::create(QStringLiteral("Acme US"));
    return { berlin, plain };
}

bool anyMessageContains(const QWidget *parent, const QString &text)
{
    const auto messages = parent->findChildren<Custody::Ui::FieldMessage *>();
    return std::any_of(messages.cbegin(), messages.cend(), [&](const Custody::Ui::FieldMessage *message) {
        return !message->isHidden() && message->text().contains(text);
    });
}

class NewExportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        dialog.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        dialog.setToday(QDate(2024, 3, 20));
        dialog.rangePicker()->setRange({ QDate(2024, 3, 1), QDate(2024, 3, 14) });
    }

    void setDestination(const QString &path)
    {
        dialog.destinationPanel()->setPath(path);
        ASSERT_TRUE(QTest::qWaitFor([this] { return dialog.destinationPanel()->isChecked(); }, 3000));
    }

    QTemporaryDir folder;
    NewExportDialog dialog { profiles() };
};

} // namespace

TEST_F(NewExportDialogTest, ReadyOnceTheDestinationIsSet)
{
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.problems().contains(QStringLiteral("Choose the folder to export to.")))
        << dialog.problems().join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(anyMessageContains(dialog.destinationPanel(), QStringLiteral("Choose the folder")));

    setDestination(folder.path());
    EXPECT_TRUE(dialog.problems().isEmpty()) << dialog.problems().join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.destinationPanel()->information().contains(QStringLiteral("writable")));
}

TEST_F(NewExportDialogTest, OkWaitsForTheDebouncedDestinationCheck)
{
    setDestination(folder.path());
    dialog.destinationPanel()->pathEdit()->setText(folder.filePath(QStringLiteral("sub")));
    EXPECT_FALSE(dialog.destinationPanel()->isChecked());
    EXPECT_FALSE(dialog.okButton()->isEnabled()) << "a path nobody has checked cannot be confirmed";
    ASSERT_TRUE(QTest::qWaitFor([this] { return dialog.okButton()->isEnabled(); }, 3000));
    EXPECT_TRUE(dialog.destinationPanel()->information().contains(QStringLiteral("will be created")));
}

TEST_F(NewExportDialogTest, NoContentChosenIsExplainedAtTheContent)
{
    setDestination(folder.path());
    auto *content = dialog.contentPanel();
    content->recordingsBox()->setChecked(false);
    content->detailsBox()->setChecked(false);
    content->bulkExportBox()->setChecked(false);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(anyMessageContains(content, QStringLiteral("at least one kind of content")));

    content->bulkExportBox()->setChecked(true);
    EXPECT_TRUE(anyMessageContains(content, QStringLiteral("integration")));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    content->integrationEdit()->setText(kIntegration);
    EXPECT_TRUE(dialog.okButton()->isEnabled()) << dialog.problems().join(QLatin1Char('|')).toStdString();
}

TEST_F(NewExportDialogTest, DestinationThatCannotBeCreatedIsRefused)
{
    // Tests may run as root, for whom permission bits mean nothing; a path
    // below a regular file can be created by nobody.
    QFile blocker(folder.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    setDestination(folder.filePath(QStringLiteral("not-a-folder/case-4711")));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    const QString problems = dialog.problems().join(QLatin1Char('|'));
    EXPECT_TRUE(problems.contains(QStringLiteral("cannot be created"))) << problems.toStdString();
    EXPECT_TRUE(anyMessageContains(dialog.destinationPanel(), QStringLiteral("cannot be created")));

    setDestination(blocker.fileName());
    EXPECT_TRUE(dialog.problems().join(QLatin1Char('|')).contains(QStringLiteral("is a file, not a folder")));

    setDestination(QStringLiteral("relative/folder"));
    EXPECT_TRUE(dialog.problems().join(QLatin1Char('|')).contains(QStringLiteral("relative path")));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
}

TEST_F(NewExportDialogTest, FilterThatExcludesEverythingIsAProblem)
{
    setDestination(folder.path());
    auto *filters = dialog.filterPanel();
    filters->directionBox(Direction::Inbound)->setChecked(false);
    filters->directionBox(Direction::Outbound)->setChecked(false);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(anyMessageContains(filters, QStringLiteral("at least one direction")));
    filters->directionBox(Direction::Outbound)->setChecked(true);
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.spec().filters.directions, QList<Direction> { Direction::Outbound });
}

TEST_F(NewExportDialogTest, IdListCountsValidMalformedAndDuplicateIds)
{
    setDestination(folder.path());
    dialog.conversationIdsButton()->setChecked(true);
    EXPECT_FALSE(dialog.okButton()->isEnabled()) << "an empty list exports nothing";

    auto *ids = dialog.idListPanel();
    ids->setText(kIdA + QStringLiteral("\n") + kIdB.toUpper() + QStringLiteral("\nnot-an-id\n") + kIdA);
    const QString counts = ids->countsText();
    EXPECT_TRUE(counts.contains(QStringLiteral("2 valid ids"))) << counts.toStdString();
    EXPECT_TRUE(counts.contains(QStringLiteral("1 malformed (line 3)"))) << counts.toStdString();
    EXPECT_TRUE(counts.contains(QStringLiteral("1 duplicate skipped (line 4)"))) << counts.toStdString();
    EXPECT_TRUE(anyMessageContains(ids, QStringLiteral("Line 3")));
    EXPECT_FALSE(dialog.okButton()->isEnabled()) << "a malformed line must be fixed, not silently dropped";

    // Typing is parsed after a pause, not on every key.
    ids->editor()->clear();
    QTest::keyClicks(ids->editor(), kIdA + QLatin1Char(',') + kIdB);
    EXPECT_TRUE(ids->isParsePending());
    ASSERT_TRUE(QTest::qWaitFor([ids] { return !ids->isParsePending(); }, 3000));
    EXPECT_TRUE(dialog.okButton()->isEnabled()) << dialog.problems().join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(dialog.spec().conversationIds, (QStringList { kIdA, kIdB }));
    EXPECT_EQ(dialog.spec().selection, ExportSpec::Selection::ConversationIds);
}

TEST_F(NewExportDialogTest, IdListLoadsACsvFile)
{
    const QString path = folder.filePath(QStringLiteral("ids.csv"));
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("queue,conversationId\nClaims,%1\nSales,%2\n").arg(kIdA, kIdB).toUtf8());
    csv.close();
    auto *ids = dialog.idListPanel();
    ASSERT_TRUE(ids->loadFile(path));
    EXPECT_EQ(ids->ids(), (QStringList { kIdA, kIdB }));
    EXPECT_TRUE(ids->countsText().contains(QStringLiteral("header line skipped")));

    EXPECT_FALSE(ids->loadFile(folder.filePath(QStringLiteral("missing.csv"))));
    EXPECT_TRUE(ids->problems().join(QLatin1Char('|')).contains(QStringLiteral("cannot be read")));
}

TEST_F(NewExportDialogTest, TemplatePreviewShowsThreeNames)
{
    auto *panel = dialog.fileNameTemplatePanel();
    QStringList names = panel->previewNames();
    ASSERT_EQ(names.size(), 3);
    for (const QString &name : names) {
        EXPECT_TRUE(name.startsWith(QStringLiteral("2024-03-0"))) << name.toStdString();
        EXPECT_TRUE(name.endsWith(QStringLiteral(".ogg"))) << name.toStdString();
    }
    EXPECT_NE(names.at(0), names.at(1));

    dialog.contentPanel()->formatBox()->setCurrentIndex(
        dialog.contentPanel()->formatBox()->findData(int(RecordingFormat::Mp3)));
    EXPECT_TRUE(dialog.contentPanel()->formatHint().contains(QStringLiteral("one API call per recording")));
    panel->setPattern(QStringLiteral("{queue}/{direction}-{recordingId}.{ext}"));
    names = panel->previewNames();
    ASSERT_EQ(names.size(), 3);
    EXPECT_TRUE(names.at(2).contains(QDir::toNativeSeparators(QStringLiteral("/outbound-"))))
        << names.at(2).toStdString();
    EXPECT_TRUE(names.at(0).endsWith(QStringLiteral(".mp3"))) << names.at(0).toStdString();

    panel->setPattern(QStringLiteral("{date}/{nope}.{ext}"));
    EXPECT_TRUE(anyMessageContains(panel, QStringLiteral("{nope}")));
    EXPECT_TRUE(anyMessageContains(panel, QStringLiteral("{recordingId}")));
}

TEST_F(NewExportDialogTest, ProfileZoneIsTheDefault)
{
    EXPECT_EQ(dialog.rangePicker()->timeZone().id(), QByteArray("Europe/Berlin"));
    dialog.setDefaults(QString(), QString(), QTimeZone("America/Chicago"));
    EXPECT_EQ(dialog.rangePicker()->timeZone().id(), QByteArray("Europe/Berlin")) << "the org's zone wins";
    dialog.profileBox()->setCurrentIndex(1); // no zone of its own
    EXPECT_EQ(dialog.rangePicker()->timeZone().id(), QByteArray("America/Chicago"));
}

TEST_F(NewExportDialogTest, SpecRoundTripsTheChosenValues)
{
    dialog.setQueues({ { kQueueClaims, QStringLiteral("Claims") }, { kQueueSales, QStringLiteral("Sales") } });
    dialog.setUsers({ { kUserAnna, QStringLiteral("Anna Berg") } });
    dialog.setDefaults(folder.path(), QStringLiteral("{date}/{recordingId}.{ext}"), QTimeZone("Europe/Berlin"));
    ASSERT_TRUE(QTest::qWaitFor([this] { return dialog.destinationPanel()->isChecked(); }, 3000));

    dialog.profileBox()->setCurrentIndex(1);
    dialog.nameEdit()->setText(QStringLiteral("Case 4711"));
    auto *content = dialog.contentPanel();
    content->detailsBox()->setChecked(false);
    content->formatBox()->setCurrentIndex(content->formatBox()->findData(int(RecordingFormat::OggOpus)));
    content->bulkExportBox()->setChecked(true);
    content->integrationEdit()->setText(kIntegration);
    dialog.rangePicker()->setTimeZone(QTimeZone("Asia/Tokyo"));
    dialog.rangePicker()->setRange({ QDate(2024, 2, 28), QDate(2024, 3, 3) });
    auto *filters = dialog.filterPanel();
    filters->queueList()->setFilterText(QStringLiteral("sal"));
    EXPECT_EQ(filters->queueList()->visibleCount(), 1);
    filters->queueList()->setCheckedIds({ kQueueSales });
    filters->mediaTypeBox(MediaType::Chat)->setChecked(false);
    filters->mediaTypeBox(MediaType::Email)->setChecked(false);

    const ExportSpec spec = dialog.spec();
    EXPECT_EQ(spec.profileId, dialog.profileBox()->itemData(1).toString());
    EXPECT_EQ(spec.name, QStringLiteral("Case 4711"));
    EXPECT_TRUE(spec.includeRecordings);
    EXPECT_FALSE(spec.includeConversationDetails);
    EXPECT_TRUE(spec.includeRecordingBulkExport);
    EXPECT_EQ(spec.bulkExportIntegrationId, kIntegration);
    EXPECT_EQ(spec.recordingFormat, RecordingFormat::OggOpus);
    EXPECT_EQ(spec.selection, ExportSpec::Selection::DateRange);
    EXPECT_EQ(spec.range, (DateRange { QDate(2024, 2, 28), QDate(2024, 3, 3) }));
    EXPECT_EQ(spec.timeZoneId, QStringLiteral("Asia/Tokyo"));
    EXPECT_EQ(spec.filters.queueIds, QStringList { kQueueSales });
    EXPECT_TRUE(spec.filters.userIds.isEmpty());
    EXPECT_TRUE(spec.filters.directions.isEmpty()) << "both directions checked means no restriction";
    EXPECT_EQ(
        spec.filters.mediaTypes, (QList<MediaType> { MediaType::Voice, MediaType::Message, MediaType::Callback }));
    EXPECT_EQ(spec.destinationFolder, folder.path());
    EXPECT_EQ(spec.fileNameTemplate, QStringLiteral("{date}/{recordingId}.{ext}"));
    EXPECT_TRUE(spec.validate().isEmpty());
    EXPECT_TRUE(dialog.okButton()->isEnabled());

    // Another dialog filled from the spec gives the same spec back, also
    // after the spec has been saved and read as JSON.
    const auto reread = ExportSpec::fromJson(spec.toJson());
    ASSERT_TRUE(reread.isOk());
    NewExportDialog again(profiles());
    again.setToday(QDate(2024, 3, 20));
    // The profile ids are fresh per profiles() call; use this dialog's list.
    ExportSpec forAgain = reread.value();
    forAgain.profileId = again.profileBox()->itemData(1).toString();
    again.setSpec(forAgain);
    EXPECT_EQ(again.spec(), forAgain);
}

TEST_F(NewExportDialogTest, IdSelectionRoundTrips)
{
    ExportSpec spec;
    spec.profileId = dialog.profileBox()->itemData(0).toString();
    spec.name = QStringLiteral("Two calls");
    spec.selection = ExportSpec::Selection::ConversationIds;
    spec.conversationIds = { kIdB, kIdA };
    spec.destinationFolder = folder.path();
    dialog.setSpec(spec);
    EXPECT_TRUE(dialog.conversationIdsButton()->isChecked());
    EXPECT_EQ(dialog.spec(), spec);
}

TEST_F(NewExportDialogTest, RendersAScreenshot)
{
    dialog.setQueues({ { kQueueClaims, QStringLiteral("Claims") }, { kQueueSales, QStringLiteral("Sales") } });
    dialog.setUsers({ { kUserAnna, QStringLiteral("Anna Berg") } });
    dialog.filterPanel()->queueList()->setCheckedIds({ kQueueClaims });
    setDestination(folder.filePath(QStringLiteral("case-4711")));
    dialog.nameEdit()->setText(QStringLiteral("Case 4711"));
    dialog.resize(dialog.sizeHint());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const QImage image = dialog.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 800);
    EXPECT_LE(image.height(), 900) << "the dialog must fit on a laptop screen";
    const QString path = QDir(QStringLiteral(CUSTODY_TEST_OUTPUT_DIR)).filePath(QStringLiteral("new-export.png"));
    EXPECT_TRUE(image.save(path)) << path.toStdString();
}

TEST_F(NewExportDialogTest, RendersProblemsNextToTheirFields)
{
    dialog.contentPanel()->recordingsBox()->setChecked(false);
    dialog.contentPanel()->detailsBox()->setChecked(false);
    dialog.fileNameTemplatePanel()->setPattern(QStringLiteral("{date}/{nope}"));
    dialog.filterPanel()->mediaTypeBox(MediaType::Voice)->setChecked(false);
    dialog.resize(dialog.sizeHint());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(anyMessageContains(dialog.contentPanel(), QStringLiteral("at least one kind of content")));
    EXPECT_TRUE(anyMessageContains(dialog.destinationPanel(), QStringLiteral("Choose the folder")));
    // Without recordings the template does not matter, so it is not reported.
    EXPECT_FALSE(anyMessageContains(dialog.fileNameTemplatePanel(), QStringLiteral("{nope}")));
    EXPECT_FALSE(dialog.fileNameTemplatePanel()->isEnabled());
    const QString path
        = QDir(QStringLiteral(CUSTODY_TEST_OUTPUT_DIR)).filePath(QStringLiteral("new-export-problems.png"));
    EXPECT_TRUE(dialog.grab().save(path)) << path.toStdString();
}
