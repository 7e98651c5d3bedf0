#include "core/sim/simqueryfilter.h"

#include <QJsonArray>

#include <algorithm>

namespace Custody::Sim {

namespace {

struct DimensionName
{
    const char *name;
    bool conversation; ///< valid in conversationFilters
    bool segment; ///< valid in segmentFilters
};

// Indexed by SimQueryFilter::Dimension.
constexpr DimensionName dimensionTable[] = {
    { "conversationId", true, true },
    { "originatingDirection", true, false },
    { "divisionId", true, false },
    { "mediaType", false, true },
    { "direction", false, true },
    { "queueId", false, true },
    { "userId", false, true },
    { "purpose", false, true },
    { "segmentType", false, true },
    { "recording", false, true },
};

bool inScope(const DimensionName &entry, SimQueryFilter::Scope scope)
{
    return scope == SimQueryFilter::Scope::Conversation ? entry.conversation : entry.segment;
}

QString scopeName(SimQueryFilter::Scope scope)
{
    return scope == SimQueryFilter::Scope::Conversation ? QStringLiteral("conversationFilters")
                                                        : QStringLiteral("segmentFilters");
}

/// "and" or "or"; anything else (including absence) is an error.
bool parseJunction(const QJsonObject &object, const QString &where, bool *any, QString *error)
{
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type != QStringLiteral("and") && type != QStringLiteral("or")) {
        *error = QStringLiteral("%1.type must be \"and\" or \"or\"").arg(where);
        return false;
    }
    *any = type == QStringLiteral("or");
    return true;
}

void addValue(QStringList *values, const QJsonValue &value)
{
    const QString text = value.toString();
    if (!text.isEmpty())
        values->append(text);
}

} // namespace

QStringList SimQueryFilter::dimensionNames(Scope scope)
{
    QStringList names;
    for (const DimensionName &entry : dimensionTable) {
        if (inScope(entry, scope))
            names.append(QString::fromLatin1(entry.name));
    }
    return names;
}

bool SimQueryFilter::parse(const QJsonValue &filters, Scope scope, QString *error)
{
    static_assert(std::size(dimensionTable) == size_t(Dimension::Count));
    m_scope = scope;
    m_filters.clear();
    if (filters.isUndefined() || filters.isNull())
        return true;
    const QString name = scopeName(scope);
    if (!filters.isArray()) {
        *error = QStringLiteral("%1 must be an array of filters").arg(name);
        return false;
    }
    const QJsonArray array = filters.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Filter filter;
        if (!parseFilter(array.at(i), QStringLiteral("%1[%2]").arg(name).arg(i), &filter, error))
            return false;
        m_filters.push_back(std::move(filter));
    }
    return true;
}

bool SimQueryFilter::parseFilter(const QJsonValue &value, const QString &where, Filter *out, QString *error) const
{
    if (!value.isObject()) {
        *error = QStringLiteral("%1 must be an object").arg(where);
        return false;
    }
    const QJsonObject object = value.toObject();
    if (!parseJunction(object, where, &out->any, error))
        return false;
    const QJsonValue clauses = object.value(QStringLiteral("clauses"));
    if (!clauses.isUndefined() && !clauses.isNull()) {
        if (!clauses.isArray()) {
            *error = QStringLiteral("%1.clauses must be an array").arg(where);
            return false;
        }
        const QJsonArray array = clauses.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString clauseWhere = QStringLiteral("%1.clauses[%2]").arg(where).arg(i);
            if (!array.at(i).isObject()) {
                *error = QStringLiteral("%1 must be an object").arg(clauseWhere);
                return false;
            }
            const QJsonObject clauseObject = array.at(i).toObject();
            Clause clause;
            if (!parseJunction(clauseObject, clauseWhere, &clause.any, error)
                || !parsePredicates(
                    clauseObject.value(QStringLiteral("predicates")), clauseWhere, &clause.predicates, error))
                return false;
            if (clause.predicates.empty()) {
                *error = QStringLiteral("%1 needs at least one predicate").arg(clauseWhere);
                return false;
            }
            out->clauses.push_back(std::move(clause));
        }
    }
    if (!parsePredicates(object.value(QStringLiteral("predicates")), where, &out->predicates, error))
        return false;
    if (out->clauses.empty() && out->predicates.empty()) {
        *error = QStringLiteral("%1 needs at least one clause or predicate").arg(where);
        return false;
    }
    return true;
}

bool SimQueryFilter::parsePredicates(
    const QJsonValue &value, const QString &where, std::vector<Predicate> *out, QString *error) const
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("%1.predicates must be an array").arg(where);
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Predicate predicate;
        if (!parsePredicate(array.at(i), QStringLiteral("%1.predicates[%2]").arg(where).arg(i), &predicate, error))
            return false;
        out->push_back(std::move(predicate));
    }
    return true;
}

bool SimQueryFilter::parsePredicate(const QJsonValue &value, const QString &where, Predicate *out, QString *error) const
{
    if (!value.isObject()) {
        *error = QStringLiteral("%1 must be an object").arg(where);
        return false;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue type = object.value(QStringLiteral("type"));
    const QString typeName = type.isUndefined() ? QStringLiteral("dimension") : type.toString();
    if (typeName == QStringLiteral("property") || typeName == QStringLiteral("metric")) {
        // Valid in Genesys, but the simulated conversations carry neither
        // custom properties nor metrics, so answering would be a guess.
        *error = QStringLiteral("%1: predicate type \"%2\" is not supported by the simulator; use dimension predicates")
                     .arg(where, typeName);
        return false;
    }
    if (typeName != QStringLiteral("dimension")) {
        *error = QStringLiteral("%1.type must be one of dimension, property, metric").arg(where);
        return false;
    }

    const QString dimension = object.value(QStringLiteral("dimension")).toString();
    if (dimension.isEmpty()) {
        *error = QStringLiteral("%1 needs a dimension").arg(where);
        return false;
    }
    const auto found = std::find_if(std::begin(dimensionTable), std::end(dimensionTable),
        [&](const DimensionName &entry) { return dimension == QLatin1String(entry.name); });
    if (found == std::end(dimensionTable) || !inScope(*found, m_scope)) {
        *error = QStringLiteral("%1: unknown dimension \"%2\" for %3 (known: %4)")
                     .arg(where, dimension, scopeName(m_scope), dimensionNames(m_scope).join(QStringLiteral(", ")));
        return false;
    }
    out->dimension = Dimension(found - std::begin(dimensionTable));

    const QJsonValue op = object.value(QStringLiteral("operator"));
    const QString opName = op.isUndefined() ? QStringLiteral("matches") : op.toString();
    if (opName == QStringLiteral("matches"))
        out->op = Operator::Matches;
    else if (opName == QStringLiteral("exists"))
        out->op = Operator::Exists;
    else if (opName == QStringLiteral("notExists"))
        out->op = Operator::NotExists;
    else {
        *error = QStringLiteral("%1.operator must be one of matches, exists, notExists").arg(where);
        return false;
    }
    if (out->op == Operator::Matches) {
        const QJsonValue matchValue = object.value(QStringLiteral("value"));
        if (!matchValue.isString() || matchValue.toString().isEmpty()) {
            *error = QStringLiteral("%1: operator matches needs a string value").arg(where);
            return false;
        }
        out->value = matchValue.toString();
    }
    return true;
}

bool SimQueryFilter::predicateHolds(const Predicate &predicate, const Row &row)
{
    const QStringList &values = row[size_t(predicate.dimension)];
    switch (predicate.op) {
    case Operator::Matches:
        return values.contains(predicate.value);
    case Operator::Exists:
        return !values.isEmpty();
    case Operator::NotExists:
        return values.isEmpty();
    }
    return false;
}

bool SimQueryFilter::allOrAny(bool any, const std::vector<Predicate> &predicates, const Row &row)
{
    const auto holds = [&](const Predicate &p) {
        return predicateHolds(p, row);
    };
    return any ? std::any_of(predicates.begin(), predicates.end(), holds)
               : std::all_of(predicates.begin(), predicates.end(), holds);
}

bool SimQueryFilter::filterHolds(const Filter &filter, const Row &row)
{
    // The clauses and the filter's own predicates are the operands of one junction.
    if (filter.any) {
        for (const Clause &clause : filter.clauses) {
            if (allOrAny(clause.any, clause.predicates, row))
                return true;
        }
        return allOrAny(true, filter.predicates, row);
    }
    for (const Clause &clause : filter.clauses) {
        if (!allOrAny(clause.any, clause.predicates, row))
            return false;
    }
    return allOrAny(false, filter.predicates, row);
}

std::vector<SimQueryFilter::Row> SimQueryFilter::rows(const QJsonObject &conversation, Scope scope)
{
    std::vector<Row> result;
    const QJsonValue conversationId = conversation.value(QStringLiteral("conversationId"));
    if (scope == Scope::Conversation) {
        Row row;
        addValue(&row[size_t(Dimension::ConversationId)], conversationId);
        addValue(
            &row[size_t(Dimension::OriginatingDirection)], conversation.value(QStringLiteral("originatingDirection")));
        for (const QJsonValue &division : conversation.value(QStringLiteral("divisionIds")).toArray())
            addValue(&row[size_t(Dimension::DivisionId)], division);
        result.push_back(std::move(row));
        return result;
    }
    for (const QJsonValue &participantValue : conversation.value(QStringLiteral("participants")).toArray()) {
        const QJsonObject participant = participantValue.toObject();
        for (const QJsonValue &sessionValue : participant.value(QStringLiteral("sessions")).toArray()) {
            const QJsonObject session = sessionValue.toObject();
            for (const QJsonValue &segmentValue : session.value(QStringLiteral("segments")).toArray()) {
                const QJsonObject segment = segmentValue.toObject();
                Row row;
                addValue(&row[size_t(Dimension::ConversationId)], conversationId);
                addValue(&row[size_t(Dimension::MediaType)], session.value(QStringLiteral("mediaType")));
                // A segment may carry its own direction; the session's is the fallback.
                addValue(&row[size_t(Dimension::Direction)],
                    segment.contains(QStringLiteral("direction")) ? segment.value(QStringLiteral("direction"))
                                                                  : session.value(QStringLiteral("direction")));
                addValue(&row[size_t(Dimension::QueueId)], segment.value(QStringLiteral("queueId")));
                addValue(&row[size_t(Dimension::UserId)], participant.value(QStringLiteral("userId")));
                addValue(&row[size_t(Dimension::Purpose)], participant.value(QStringLiteral("purpose")));
                addValue(&row[size_t(Dimension::SegmentType)], segment.value(QStringLiteral("segmentType")));
                if (session.value(QStringLiteral("recording")).toBool())
                    row[size_t(Dimension::Recording)].append(QStringLiteral("true"));
                result.push_back(std::move(row));
            }
        }
    }
    return result;
}

bool SimQueryFilter::matches(const QJsonObject &conversation) const
{
    if (m_filters.empty())
        return true;
    const std::vector<Row> candidates = rows(conversation, m_scope);
    for (const Filter &filter : m_filters) {
        const bool passed = std::any_of(
            candidates.begin(), candidates.end(), [&](const Row &row) { return filterHolds(filter, row); });
        if (!passed)
            return false;
    }
    return true;
}

} // namespace Custody::Sim
