#pragma once

#include <optional>

#include <QDateTime>
#include <QLatin1String>
#include <QString>
#include <QtGlobal>

#include "core/store/itemrecord.h"
#include "core/store/taskrecord.h"

namespace Custody::Store {

using EventId = qint64;

/// The kinds the store writes itself. Free-form entries added with
/// JobStore::appendEvent() may use any other lowercase word.
namespace EventKind {
inline constexpr QLatin1String ExportCreated("export-created");
inline constexpr QLatin1String ExportStateChanged("export-state");
inline constexpr QLatin1String TaskCreated("task-created");
inline constexpr QLatin1String TaskStateChanged("task-state");
inline constexpr QLatin1String TaskRemoteId("task-remote-id");
inline constexpr QLatin1String ItemsAdded("items-added");
inline constexpr QLatin1String ItemStateChanged("item-state");
} // namespace EventKind

/// A free-form audit entry. message is untranslated technical text: the UI
/// and the custody report word it for people. Never put a secret or a
/// presigned URL in it.
struct NewEvent
{
    ExportId exportId = 0;
    std::optional<TaskId> taskId;
    std::optional<ItemId> itemId;
    QString kind;
    QString fromState;
    QString toState;
    QString message;
};

/// One row of the audit trail.
struct EventRecord
{
    EventId id = 0;
    ExportId exportId = 0;
    std::optional<TaskId> taskId;
    std::optional<ItemId> itemId;
    QDateTime at; ///< UTC, millisecond precision
    QString kind;
    QString fromState;
    QString toState;
    QString message;
};

} // namespace Custody::Store
