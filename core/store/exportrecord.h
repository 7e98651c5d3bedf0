#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QtGlobal>

#include "core/store/exportstate.h"
#include "core/store/itemrecord.h"

namespace Custody::Store {

/// What createExport() needs. No field may carry a secret.
struct NewExport
{
    QUuid uuid; ///< a null uuid gets a fresh one
    QString name;
    QString profileId; ///< the connection profile (region, org, client id); never the secret
    QString specJson; ///< the ExportSpec as saved, for the custody report and re-planning
    QString destination;
};

/// One stored export, in full.
struct ExportRecord
{
    ExportId id = 0;
    QUuid uuid;
    QString name;
    QString profileId;
    QString specJson;
    ExportState state = ExportState::Created;
    QString destination;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime finishedAt; ///< null until the export finishes
};

/// A light row for lists in the UI: no spec, plus item counts by state.
struct ExportSummary
{
    ExportId id = 0;
    QUuid uuid;
    QString name;
    ExportState state = ExportState::Created;
    QString destination;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime finishedAt;
    ItemCounts items;
};

} // namespace Custody::Store
