#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "core/plan/parseresult.h"

namespace Custody::Plan {

/// Direction of a conversation segment, as the analytics `direction` dimension names it.
enum class Direction { Inbound, Outbound };

/// Media type of a session, as the analytics `mediaType` dimension names it.
enum class MediaType { Voice, Chat, Email, Message, Callback };

/// The wire value ("inbound", "outbound").
QString directionId(Direction direction);
std::optional<Direction> directionFromId(QStringView id);

/// The wire value ("voice", "chat", "email", "message", "callback").
QString mediaTypeId(MediaType mediaType);
std::optional<MediaType> mediaTypeFromId(QStringView id);

/// Narrowing of a date-range export. An empty list means "no restriction" for
/// that dimension; entries of one list are alternatives (any queue of the list),
/// lists restrict together (a listed queue and a listed media type).
struct ExportFilters final
{
    QStringList queueIds;
    QStringList userIds;
    QList<Direction> directions;
    QList<MediaType> mediaTypes;

    /// True when nothing is restricted.
    bool isEmpty() const;

    /// Stable keys: queueIds, userIds, directions, mediaTypes (wire values).
    QJsonObject toJson() const;

    /// Reads what toJson() wrote; unknown direction or media values are an error
    /// rather than silently dropped, since dropping one would widen the export.
    static ParseResult<ExportFilters> fromJson(const QJsonObject &json);

    friend bool operator==(const ExportFilters &, const ExportFilters &) = default;
};

} // namespace Custody::Plan
