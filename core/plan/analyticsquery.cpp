#include "core/plan/analyticsquery.h"

#include <QJsonArray>

#include "core/plan/exportfilters.h"

namespace Custody::Plan {

namespace {

QJsonObject dimensionPredicate(const QString &dimension, const QString &value)
{
    return QJsonObject {
        { QStringLiteral("type"), QStringLiteral("dimension") },
        { QStringLiteral("dimension"), dimension },
        { QStringLiteral("operator"), QStringLiteral("matches") },
        { QStringLiteral("value"), value },
    };
}

// One filter per dimension: its values are alternatives.
void appendAnyOf(QJsonArray &filters, const QString &dimension, const QStringList &values)
{
    if (values.isEmpty())
        return;
    QJsonArray predicates;
    for (const QString &value : values)
        predicates.append(dimensionPredicate(dimension, value));
    filters.append(QJsonObject {
        { QStringLiteral("type"), QStringLiteral("or") },
        { QStringLiteral("predicates"), predicates },
    });
}

QJsonObject baseQuery(const QString &interval)
{
    return QJsonObject {
        { QStringLiteral("interval"), interval },
        { QStringLiteral("order"), QStringLiteral("asc") },
        { QStringLiteral("orderBy"), QStringLiteral("conversationStart") },
        { QStringLiteral("startOfDayIntervalMatching"), false },
    };
}

} // namespace

QJsonObject AnalyticsQuery::queryForWindow(const ExportSpec &spec, const Window &window)
{
    QStringList directions;
    for (const Direction direction : spec.filters.directions)
        directions.append(directionId(direction));
    QStringList mediaTypes;
    for (const MediaType type : spec.filters.mediaTypes)
        mediaTypes.append(mediaTypeId(type));

    QJsonArray segmentFilters;
    appendAnyOf(segmentFilters, QStringLiteral("queueId"), spec.filters.queueIds);
    appendAnyOf(segmentFilters, QStringLiteral("userId"), spec.filters.userIds);
    appendAnyOf(segmentFilters, QStringLiteral("mediaType"), mediaTypes);
    appendAnyOf(segmentFilters, QStringLiteral("direction"), directions);
    if (spec.onlyConversationsWithRecordings()) {
        const QJsonObject recordingExists {
            { QStringLiteral("type"), QStringLiteral("dimension") },
            { QStringLiteral("dimension"), QStringLiteral("recording") },
            { QStringLiteral("operator"), QStringLiteral("exists") },
        };
        segmentFilters.append(QJsonObject {
            { QStringLiteral("type"), QStringLiteral("and") },
            { QStringLiteral("predicates"), QJsonArray { recordingExists } },
        });
    }

    QJsonObject query = baseQuery(window.interval());
    if (!segmentFilters.isEmpty())
        query.insert(QStringLiteral("segmentFilters"), segmentFilters);
    return query;
}

QJsonObject AnalyticsQuery::queryForConversationIds(const QStringList &ids, const QString &interval)
{
    QJsonArray conversationFilters;
    appendAnyOf(conversationFilters, QStringLiteral("conversationId"), ids);

    QJsonObject query = baseQuery(interval);
    if (!conversationFilters.isEmpty())
        query.insert(QStringLiteral("conversationFilters"), conversationFilters);
    return query;
}

} // namespace Custody::Plan
