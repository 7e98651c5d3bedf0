#include "core/plan/exportfilters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace Custody::Plan {

namespace {

const QLatin1String kQueueIds("queueIds");
const QLatin1String kUserIds("userIds");
const QLatin1String kDirections("directions");
const QLatin1String kMediaTypes("mediaTypes");

QJsonArray toArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

// Reads an optional array of strings; a wrong type is reported, not ignored.
bool readStrings(const QJsonObject &json, QLatin1String key, QStringList *out)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

QString badListMessage(QLatin1String key)
{
    return QCoreApplication::translate("Custody::Plan::ExportSpec",
        "The saved export cannot be read: \"%1\" is not a list of texts. Save the export again.")
        .arg(key);
}

QString unknownValueMessage(QLatin1String key, const QString &value)
{
    return QCoreApplication::translate("Custody::Plan::ExportSpec",
        "The saved export cannot be read: \"%1\" contains the unknown value \"%2\". Save the export again.")
        .arg(key, value);
}

} // namespace

QString directionId(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return QStringLiteral("inbound");
    case Direction::Outbound:
        return QStringLiteral("outbound");
    }
    return {};
}

std::optional<Direction> directionFromId(QStringView id)
{
    for (const Direction direction : { Direction::Inbound, Direction::Outbound }) {
        if (id.compare(directionId(direction), Qt::CaseInsensitive) == 0)
            return direction;
    }
    return std::nullopt;
}

QString mediaTypeId(MediaType mediaType)
{
    switch (mediaType) {
    case MediaType::Voice:
        return QStringLiteral("voice");
    case MediaType::Chat:
        return QStringLiteral("chat");
    case MediaType::Email:
        return QStringLiteral("email");
    case MediaType::Message:
        return QStringLiteral("message");
    case MediaType::Callback:
        return QStringLiteral("callback");
    }
    return {};
}

std::optional<MediaType> mediaTypeFromId(QStringView id)
{
    for (const MediaType type :
        { MediaType::Voice, MediaType::Chat, MediaType::Email, MediaType::Message, MediaType::Callback }) {
        if (id.compare(mediaTypeId(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

bool ExportFilters::isEmpty() const
{
    return queueIds.isEmpty() && userIds.isEmpty() && directions.isEmpty() && mediaTypes.isEmpty();
}

QJsonObject ExportFilters::toJson() const
{
    QStringList directionIds;
    for (const Direction direction : directions)
        directionIds.append(directionId(direction));
    QStringList mediaIds;
    for (const MediaType type : mediaTypes)
        mediaIds.append(mediaTypeId(type));

    QJsonObject json;
    json.insert(kQueueIds, toArray(queueIds));
    json.insert(kUserIds, toArray(userIds));
    json.insert(kDirections, toArray(directionIds));
    json.insert(kMediaTypes, toArray(mediaIds));
    return json;
}

ParseResult<ExportFilters> ExportFilters::fromJson(const QJsonObject &json)
{
    ExportFilters filters;
    if (!readStrings(json, kQueueIds, &filters.queueIds))
        return ParseResult<ExportFilters>::failure(badListMessage(kQueueIds));
    if (!readStrings(json, kUserIds, &filters.userIds))
        return ParseResult<ExportFilters>::failure(badListMessage(kUserIds));

    QStringList directionIds;
    if (!readStrings(json, kDirections, &directionIds))
        return ParseResult<ExportFilters>::failure(badListMessage(kDirections));
    for (const QString &id : directionIds) {
        const std::optional<Direction> direction = directionFromId(id);
        if (!direction)
            return ParseResult<ExportFilters>::failure(unknownValueMessage(kDirections, id));
        filters.directions.append(*direction);
    }

    QStringList mediaIds;
    if (!readStrings(json, kMediaTypes, &mediaIds))
        return ParseResult<ExportFilters>::failure(badListMessage(kMediaTypes));
    for (const QString &id : mediaIds) {
        const std::optional<MediaType> type = mediaTypeFromId(id);
        if (!type)
            return ParseResult<ExportFilters>::failure(unknownValueMessage(kMediaTypes, id));
        filters.mediaTypes.append(*type);
    }
    return ParseResult<ExportFilters>::success(filters);
}

} // namespace Custody::Plan
