#pragma once

// Shared set-up of the jobs model tests: a real JobStore in a temporary
// folder and an Engine over it, whose signals the tests emit by hand.

#include <QDir>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

#include "core/api/clock.h"
#include "core/jobs/engine.h"
#include "core/plan/exportspec.h"
#include "core/store/jobstore.h"

namespace Custody::Ui::Testing {

class JobsFixture
{
public:
    JobsFixture()
    {
        const auto opened = store.open(dir.filePath(QStringLiteral("custody.db")));
        Q_ASSERT(opened.ok());
        engine = std::make_unique<Jobs::Engine>(&store, &nam, Api::Clock::system());
    }

    /// Stores an export named \a name (a week of recordings and records).
    Store::ExportId addExport(const QString &name)
    {
        Plan::ExportSpec spec;
        spec.name = name;
        spec.profileId = QStringLiteral("demo");
        spec.timeZoneId = QStringLiteral("Europe/Berlin");
        spec.range = { QDate(2024, 3, 1), QDate(2024, 3, 7) };
        spec.destinationFolder = dir.filePath(name);
        Store::NewExport record;
        record.name = name;
        record.profileId = spec.profileId;
        record.specJson = QString::fromUtf8(spec.toJsonBytes());
        record.destination = spec.destinationFolder;
        const auto created = store.createExport(record);
        Q_ASSERT(created.ok());
        return created.value();
    }

    static Jobs::ExportProgress downloading(qint64 done, qint64 total)
    {
        Jobs::ExportProgress progress;
        progress.state = Store::ExportState::Running;
        progress.windowsDone = 7;
        progress.windowsTotal = 7;
        progress.downloaded = done;
        progress.remaining = total - done;
        progress.bytesPerSecond = 2 * 1024 * 1024;
        progress.etaSeconds = 300;
        return progress;
    }

    QTemporaryDir dir;
    Store::JobStore store;
    QNetworkAccessManager nam;
    std::unique_ptr<Jobs::Engine> engine;
};

} // namespace Custody::Ui::Testing
