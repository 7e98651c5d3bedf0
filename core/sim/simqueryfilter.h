#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace Custody::Sim {

/// The predicate trees of an analytics detail query (conversationFilters or
/// segmentFilters), parsed once and evaluated against conversations in the
/// AnalyticsConversation shape (SimConversation::toAnalyticsJson).
///
/// Segment filters look at every segment of every participant session; a
/// conversation passes a segment filter when at least one segment satisfies
/// it. Several filters in one array must all pass.
class SimQueryFilter final
{
public:
    enum class Scope { Conversation, Segment };

    /// Parses \a filters (absent, null or an array of filter objects).
    /// Returns false and sets \a error to a message fit for an ErrorBody.
    bool parse(const QJsonValue &filters, Scope scope, QString *error);

    bool isEmpty() const { return m_filters.empty(); }
    /// Whether \a conversation passes every filter; true when there are none.
    bool matches(const QJsonObject &conversation) const;

    /// The dimension names the simulator understands in \a scope.
    static QStringList dimensionNames(Scope scope);

private:
    enum class Dimension {
        ConversationId,
        OriginatingDirection,
        DivisionId,
        MediaType,
        Direction,
        QueueId,
        UserId,
        Purpose,
        SegmentType,
        Recording,
        Count
    };
    enum class Operator { Matches, Exists, NotExists };

    struct Predicate
    {
        Dimension dimension = Dimension::ConversationId;
        Operator op = Operator::Matches;
        QString value;
    };
    struct Clause
    {
        bool any = false; ///< "or"; otherwise "and"
        std::vector<Predicate> predicates;
    };
    struct Filter
    {
        bool any = false;
        std::vector<Clause> clauses;
        std::vector<Predicate> predicates;
    };
    /// The values one row (the conversation, or one segment) has per dimension;
    /// divisionIds makes a dimension multi-valued.
    using Row = std::array<QStringList, size_t(Dimension::Count)>;

    bool parseFilter(const QJsonValue &value, const QString &where, Filter *out, QString *error) const;
    bool parsePredicates(
        const QJsonValue &value, const QString &where, std::vector<Predicate> *out, QString *error) const;
    bool parsePredicate(const QJsonValue &value, const QString &where, Predicate *out, QString *error) const;

    static bool predicateHolds(const Predicate &predicate, const Row &row);
    static bool allOrAny(bool any, const std::vector<Predicate> &predicates, const Row &row);
    static bool filterHolds(const Filter &filter, const Row &row);
    static std::vector<Row> rows(const QJsonObject &conversation, Scope scope);

    Scope m_scope = Scope::Conversation;
    std::vector<Filter> m_filters;
};

} // namespace Custody::Sim
