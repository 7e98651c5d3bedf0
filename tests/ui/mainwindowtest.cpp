#include <gtest/gtest.h>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <set>

#include "jobsmodelsupport.h"
#include "ui/daterangepicker.h"
#include "ui/demoorg.h"
#include "ui/destinationpanel.h"
#include "ui/exportitemsmodel.h"
#include "ui/jobactions.h"
#include "ui/jobdetailspane.h"
#include "ui/jobsfilterproxymodel.h"
#include "ui/jobstablemodel.h"
#include "ui/mainwindow.h"
#include "ui/newexportdialog.h"
#include "ui/rangecalendar.h"
#include "ui/sessionbroker.h"
#include "ui/welcomepanel.h"

using namespace Custody;
using Custody::Ui::Testing::JobsFixture;

namespace {

/// Settings in the test's own folder, so no test reads or writes the user's.
void isolateSettings(const QTemporaryDir &dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
}

} // namespace

TEST(MainWindowTest, OpensWithTitleAndSensibleSize)
{
    JobsFixture f;
    isolateSettings(f.dir);
    Ui::SessionBroker broker(f.engine.get(), nullptr);
    Ui::MainWindow window(f.engine.get(), &broker);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("Custody")));
    EXPECT_GE(window.width(), 1100);
    EXPECT_GE(window.height(), 700);
}

TEST(MainWindowTest, FirstStartWithoutProfilesOffersTheDemo)
{
    JobsFixture f;
    isolateSettings(f.dir);
    Ui::SessionBroker broker(f.engine.get(), nullptr);
    Ui::MainWindow window(f.engine.get(), &broker);
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.jobsModel()->isLoading(); }, 5000));
    auto *stack = window.findChild<QStackedWidget *>();
    ASSERT_NE(stack, nullptr);
    EXPECT_NE(qobject_cast<Ui::WelcomePanel *>(stack->currentWidget()), nullptr);
}

TEST(MainWindowTest, RunsADemoExportToTheEndAndShowsItsItems)
{
    JobsFixture f;
    isolateSettings(f.dir);
    Ui::SessionBroker broker(f.engine.get(), nullptr); // no keychain: the demo must not need one
    Ui::MainWindow window(f.engine.get(), &broker);
    window.setDemoFolder(f.dir.filePath(QStringLiteral("demo")));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QString error;
    ASSERT_TRUE(broker.startDemo(&error)) << error.toStdString();

    Ui::JobsTableModel *model = window.jobsModel();
    std::set<Ui::JobDisplayState> seen;
    QObject::connect(model, &QAbstractItemModel::dataChanged, model, [&] {
        for (int row = 0; row < model->rowCount(); ++row)
            seen.insert(Ui::displayState(model->jobAt(row)));
    });
    const Plan::ExportSpec spec
        = broker.demo()->sampleSpec(QStringLiteral("One day"), f.dir.filePath(QStringLiteral("one-day")), 1);
    const auto created = window.createAndStartExport(spec);
    ASSERT_TRUE(std::holds_alternative<Store::ExportId>(created));
    const Store::ExportId id = std::get<Store::ExportId>(created);
    ASSERT_EQ(model->rowOf(id), 0);
    EXPECT_EQ(Ui::displayState(model->jobAt(0)), Ui::JobDisplayState::Queued);
    ASSERT_NE(qobject_cast<QTableView *>(window.jobsView()), nullptr);
    EXPECT_TRUE(window.jobsView()->currentIndex().isValid()) << "a new export is selected";

    ASSERT_TRUE(
        QTest::qWaitFor([&] { return Store::isFinished(model->jobAt(model->rowOf(id)).summary.state); }, 120000));
    model->flushPendingUpdates();
    const Ui::JobRow &row = model->jobAt(model->rowOf(id));
    // The simulated org has a few archived or deleted recordings, so some
    // items may fail for good; everything else must be on disk.
    ASSERT_TRUE(row.summary.state == Store::ExportState::Completed
        || row.summary.state == Store::ExportState::CompletedWithErrors)
        << row.message.toStdString();
    EXPECT_GT(row.filesDone(), 0);
    EXPECT_EQ(row.filesDone() + row.filesFailed(), row.filesTotal());
    EXPECT_EQ(
        Ui::displayState(row), row.filesFailed() > 0 ? Ui::JobDisplayState::Attention : Ui::JobDisplayState::Fulfilled);
    EXPECT_TRUE(seen.count(Ui::JobDisplayState::Downloading) || seen.count(Ui::JobDisplayState::Processing))
        << "the row showed the export working before it finished";

    // The details pane shows the export's items: downloaded ones with their
    // hash, failed ones with the server's reason.
    ASSERT_TRUE(window.selectExport(id));
    Ui::ExportItemsModel *items = window.detailsPane()->itemsModel();
    const auto counts = f.store.countItems(id);
    ASSERT_TRUE(counts.ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return items->rowCount() > 0; }, 5000));
    EXPECT_LE(items->rowCount(), counts.value().total());
    int downloaded = 0;
    for (int r = 0; r < items->rowCount(); ++r) {
        const QString state = items->index(r, Ui::ExportItemsModel::State).data().toString();
        if (state == Ui::ExportItemsModel::stateName(Store::ItemState::Downloaded)) {
            ++downloaded;
            EXPECT_EQ(items->index(r, Ui::ExportItemsModel::Sha256).data().toString().size(), 64);
        } else if (state == Ui::ExportItemsModel::stateName(Store::ItemState::Failed)) {
            EXPECT_FALSE(items->index(r, Ui::ExportItemsModel::Reason).data().toString().isEmpty());
        }
    }
    while (items->canFetchMore({}))
        items->fetchMore({});
    downloaded = 0;
    for (int r = 0; r < items->rowCount(); ++r)
        if (items->index(r, Ui::ExportItemsModel::State).data().toString()
            == Ui::ExportItemsModel::stateName(Store::ItemState::Downloaded))
            ++downloaded;
    EXPECT_EQ(downloaded, row.filesDone());
    EXPECT_EQ(items->rowCount(), row.filesTotal()) << "placeholders are left out, every file is listed";

    // The actions follow the selection: a completed export can be verified, not paused.
    EXPECT_FALSE(window.jobActions()->pauseAction()->isEnabled());
    EXPECT_TRUE(window.jobActions()->verifyAction()->isEnabled());
}

TEST(MainWindowTest, AnExportCreatedByClickingThroughTheNewExportDialogRunsToTheEnd)
{
    JobsFixture f;
    isolateSettings(f.dir);
    Ui::SessionBroker broker(f.engine.get(), nullptr);
    Ui::MainWindow window(f.engine.get(), &broker);
    window.setDemoFolder(f.dir.filePath(QStringLiteral("demo")));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QString error;
    ASSERT_TRUE(broker.startDemo(&error)) << error.toStdString();

    // The last simulated day, in the org's zone: the day a user would pick.
    const Plan::ExportSpec reference
        = broker.demo()->sampleSpec(QStringLiteral("ref"), f.dir.filePath(QStringLiteral("ref")), 1);
    const QDate day = reference.range.last;

    Ui::NewExportDialog dialog({ broker.demo()->profile() }, &window);
    dialog.setToday(day.addDays(1));
    dialog.rangePicker()->setTimeZone(reference.timeZone());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    Ui::RangeCalendar *calendar = dialog.rangePicker()->calendar();
    calendar->setVisibleMonth(day);
    const QRect cell = calendar->dayRect(day);
    ASSERT_TRUE(cell.isValid()) << "the chosen day is on screen";
    QTest::mousePress(calendar, Qt::LeftButton, {}, cell.center());
    QTest::mouseRelease(calendar, Qt::LeftButton, {}, cell.center());
    EXPECT_EQ(dialog.rangePicker()->range().first, day);
    EXPECT_EQ(dialog.rangePicker()->range().last, day);

    const QString destination = f.dir.filePath(QStringLiteral("clicked"));
    dialog.destinationPanel()->setPath(destination);
    dialog.destinationPanel()->checkNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.isReady(); }, 5000))
        << dialog.problems().join(QLatin1Char('\n')).toStdString();
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);

    const Plan::ExportSpec spec = dialog.spec();
    EXPECT_EQ(spec.range.first, day);
    EXPECT_EQ(spec.range.last, day);
    EXPECT_EQ(spec.timeZoneId, reference.timeZoneId);
    const auto created = window.createAndStartExport(spec);
    ASSERT_TRUE(std::holds_alternative<Store::ExportId>(created));
    const Store::ExportId id = std::get<Store::ExportId>(created);
    Ui::JobsTableModel *model = window.jobsModel();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return Store::isFinished(model->jobAt(model->rowOf(id)).summary.state); }, 120000));
    model->flushPendingUpdates();
    const Ui::JobRow &row = model->jobAt(model->rowOf(id));
    ASSERT_TRUE(row.summary.state == Store::ExportState::Completed
        || row.summary.state == Store::ExportState::CompletedWithErrors)
        << row.message.toStdString();
    EXPECT_GT(row.filesDone(), 0);
    EXPECT_TRUE(QFileInfo::exists(QDir(destination).filePath(QStringLiteral("manifest.csv"))));
}
