#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/plan/exportspec.h"
#include "core/plan/window.h"

namespace Custody::Plan {

/// Builds `AsyncConversationQuery` bodies for analytics conversation-detail
/// jobs (POST /api/v2/analytics/conversations/details/jobs); recording bulk
/// jobs take the same object as their `conversationQuery`.
///
/// Every query keeps the job default of matching conversations that overlap
/// the interval (`startOfDayIntervalMatching` false), so a conversation across
/// a window boundary comes back from both windows. The engine de-duplicates
/// by conversation id.
///
/// Filters: each restricted dimension becomes one segment filter of type "or"
/// over its values (queueId, userId, mediaType, direction); the filters are
/// combined with "and" by the service. When only recordings are wanted
/// (ExportSpec::onlyConversationsWithRecordings()) a filter with the predicate
/// `recording exists` is added. Empty filter lists are left out of the body.
class AnalyticsQuery final
{
public:
    /// Explicit ids per query for callers that chunk an id list; a filter of a
    /// hundred predicates stays well inside request size limits.
    static constexpr int kConversationIdsPerQuery = 100;

    /// The query for one window of a date-range spec.
    static QJsonObject queryForWindow(const ExportSpec &spec, const Window &window);

    /// The query for one chunk of explicit conversation ids over \a interval
    /// (Genesys ISO form); ids become an "or" conversation filter on
    /// `conversationId`.
    static QJsonObject queryForConversationIds(const QStringList &ids, const QString &interval);
};

} // namespace Custody::Plan
