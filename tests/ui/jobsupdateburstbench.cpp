// Not a pass/fail test of speed: it measures how long the jobs model takes to
// absorb a burst of 100,000 progress updates and prints the figure. It only
// asserts that the updates arrived, never a time.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QSignalSpy>

#include <iostream>

#include "jobsmodelsupport.h"
#include "ui/jobstablemodel.h"

using Custody::Store::ExportId;
using Custody::Ui::JobsTableModel;
using Custody::Ui::Testing::JobsFixture;

TEST(JobsUpdateBurstBench, PrintsTimeForAHundredThousandUpdates)
{
    constexpr int kExports = 100000; // one update per export: every row changes
    constexpr int kUpdates = 100000;
    JobsFixture f;
    QList<ExportId> ids;
    {
        auto transaction = f.store.transaction();
        for (int i = 0; i < kExports; ++i)
            ids.append(f.addExport(QStringLiteral("export %1").arg(i)));
        ASSERT_TRUE(transaction.commit().ok());
    }
    JobsTableModel model(f.engine.get());
    QSignalSpy loaded(&model, &JobsTableModel::loaded);
    model.reload();
    ASSERT_TRUE(loaded.wait(120000));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kUpdates; ++i)
        Q_EMIT f.engine->progressChanged(ids.at(i % kExports), JobsFixture::downloading(i / kExports, 100));
    const qint64 emitMs = timer.elapsed();
    model.flushPendingUpdates();
    const qint64 totalMs = timer.elapsed();

    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.jobAt(model.rowOf(ids.last())).filesDone(), (kUpdates - 1) / kExports);
    std::cout << "[ BENCH    ] " << kUpdates << " progress updates over " << kExports << " exports: " << emitMs
              << " ms to receive, " << (totalMs - emitMs) << " ms to flush (" << changed.count() << " dataChanged)"
              << std::endl;
}
