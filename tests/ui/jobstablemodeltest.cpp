#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "jobsmodelsupport.h"
#include "ui/jobsfilterproxymodel.h"
#include "ui/jobstablemodel.h"

using Custody::Jobs::ExportProgress;
using Custody::Store::ExportId;
using Custody::Store::ExportState;
using Custody::Ui::JobDisplayState;
using Custody::Ui::JobsFilterProxyModel;
using Custody::Ui::JobsTableModel;
using Custody::Ui::Testing::JobsFixture;

namespace {

/// Loads the list in the background and fetches every page into the model.
void loadAll(JobsTableModel &model)
{
    QSignalSpy loaded(&model, &JobsTableModel::loaded);
    model.reload();
    ASSERT_TRUE(loaded.wait(10000));
    while (model.canFetchMore({}))
        model.fetchMore({});
}

int displayState(const JobsTableModel &model, int row)
{
    return model.index(row, 0).data(JobsTableModel::DisplayStateRole).toInt();
}

} // namespace

TEST(JobsTableModelTest, LoadsInBackgroundAndHandsOutPages)
{
    JobsFixture f;
    for (int i = 0; i < JobsTableModel::pageSize + 15; ++i)
        f.addExport(QStringLiteral("export %1").arg(i));
    JobsTableModel model(f.engine.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    loadAll(model);
    EXPECT_EQ(model.rowCount(), JobsTableModel::pageSize + 15);
    // Newest first.
    EXPECT_EQ(model.index(0, JobsTableModel::Name).data().toString(),
        QStringLiteral("export %1").arg(JobsTableModel::pageSize + 14));
    EXPECT_EQ(static_cast<JobDisplayState>(displayState(model, 0)), JobDisplayState::Queued);
}

TEST(JobsTableModelTest, StaysConsistentWhileRowsAreAddedAndUpdated)
{
    JobsFixture f;
    for (int i = 0; i < 5; ++i)
        f.addExport(QStringLiteral("export %1").arg(i));
    JobsTableModel model(f.engine.get());
    JobsFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(JobsTableModel::Progress, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    loadAll(model);
    ASSERT_EQ(model.rowCount(), 5);

    // An export the model has not seen appears at the top on its first progress.
    const ExportId added = f.addExport(QStringLiteral("new one"));
    Q_EMIT f.engine->progressChanged(added, JobsFixture::downloading(10, 100));
    model.flushPendingUpdates();
    ASSERT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.rowOf(added), 0);
    EXPECT_EQ(model.index(0, JobsTableModel::Progress).data(JobsTableModel::ProgressTextRole).toString(),
        QStringLiteral("10 / 100 recordings"));
    EXPECT_EQ(static_cast<JobDisplayState>(displayState(model, 0)), JobDisplayState::Downloading);

    // The proxy re-sorts on progress: the busiest export comes first.
    const ExportId other = model.index(3, 0).data(JobsTableModel::ExportIdRole).toLongLong();
    Q_EMIT f.engine->progressChanged(other, JobsFixture::downloading(90, 100));
    model.flushPendingUpdates();
    EXPECT_EQ(proxy.index(0, 0).data(JobsTableModel::ExportIdRole).toLongLong(), other);

    // A stop is shown at once on the next flush and reported.
    QSignalSpy stopped(&model, &JobsTableModel::exportStopped);
    Q_EMIT f.engine->stopped(other, ExportState::CompletedWithErrors, QStringLiteral("2 recordings were deleted"));
    model.flushPendingUpdates();
    EXPECT_EQ(stopped.count(), 1);
    EXPECT_EQ(static_cast<JobDisplayState>(displayState(model, model.rowOf(other))), JobDisplayState::Attention);
    EXPECT_TRUE(model.index(model.rowOf(other), JobsTableModel::Throughput).data().toString().isEmpty());

    // State and text filters.
    proxy.setStateFilter(JobsFilterProxyModel::StateFilter::NeedsAttention);
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setStateFilter(JobsFilterProxyModel::StateFilter::All);
    proxy.setTextFilter(QStringLiteral("NEW ONE"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setTextFilter({});
    EXPECT_EQ(proxy.rowCount(), 6);

    // Hiding removes the row and keeps it out of a reload.
    model.hideExport(added);
    EXPECT_EQ(model.rowCount(), 5);
    loadAll(model);
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.rowOf(added), -1);
    // Live progress survives a reload (the store does not know the speed).
    EXPECT_EQ(static_cast<JobDisplayState>(displayState(model, model.rowOf(other))), JobDisplayState::Attention);
}

TEST(JobsTableModelTest, CoalescesAThousandProgressSignalsIntoFewDataChanged)
{
    JobsFixture f;
    QList<ExportId> ids;
    for (int i = 0; i < 40; ++i)
        ids.append(f.addExport(QStringLiteral("export %1").arg(i)));
    JobsTableModel model(f.engine.get());
    loadAll(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // 1,000 signals spread over about half a second, for every export.
    for (int i = 0; i < 1000; ++i) {
        Q_EMIT f.engine->progressChanged(ids.at(i % ids.size()), JobsFixture::downloading(i, 1000));
        if (i % 100 == 99)
            QTest::qWait(50);
    }
    QTest::qWait(3 * JobsTableModel::flushIntervalMs);
    EXPECT_GE(changed.count(), 1);
    EXPECT_LE(changed.count(), 10) << "one flush per interval at most";
    // More than half the rows changed: each flush is one full-range signal.
    for (const QList<QVariant> &args : std::as_const(changed)) {
        EXPECT_EQ(args.at(0).toModelIndex().row(), 0);
        EXPECT_EQ(args.at(1).toModelIndex().row(), model.rowCount() - 1);
    }
    // The last value of each export won.
    const int row = model.rowOf(ids.at(999 % ids.size()));
    EXPECT_EQ(model.jobAt(row).filesDone(), 999);
}

TEST(JobsTableModelTest, EmitsOneSignalPerRunOfAdjacentRows)
{
    JobsFixture f;
    QList<ExportId> ids;
    for (int i = 0; i < 20; ++i)
        ids.append(f.addExport(QStringLiteral("export %1").arg(i)));
    JobsTableModel model(f.engine.get());
    loadAll(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Rows 2, 3, 4 and 10 (newest first): two runs.
    for (const int row : { 2, 3, 4, 10 }) {
        const ExportId id = model.index(row, 0).data(JobsTableModel::ExportIdRole).toLongLong();
        for (int n = 0; n < 10; ++n)
            Q_EMIT f.engine->progressChanged(id, JobsFixture::downloading(n, 50));
    }
    model.flushPendingUpdates();
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 2);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), 4);
    EXPECT_EQ(changed.at(1).at(0).toModelIndex().row(), 10);
    EXPECT_EQ(changed.at(1).at(1).toModelIndex().row(), 10);
}
