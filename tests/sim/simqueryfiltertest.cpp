#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include "core/sim/simorg.h"
#include "core/sim/simqueryfilter.h"

using Custody::Sim::SimConversation;
using Custody::Sim::SimQueryFilter;
using Custody::Sim::SimRecording;

namespace {

QJsonObject conversationJson(bool recorded, const QString &mediaType = QStringLiteral("voice"))
{
    SimConversation c;
    c.id = QStringLiteral("0f000000-0000-4000-8000-000000000001");
    c.start = QDateTime(QDate(2024, 3, 13), QTime(10, 0), QTimeZone::utc());
    c.end = c.start.addSecs(600);
    c.direction = QStringLiteral("inbound");
    c.mediaType = mediaType;
    c.queueId = QStringLiteral("queue-1");
    c.userId = QStringLiteral("user-1");
    c.divisionId = QStringLiteral("division-1");
    if (recorded)
        c.recordings.push_back(SimRecording {});
    return c.toAnalyticsJson();
}

QJsonValue filters(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

SimQueryFilter parsed(const char *json, SimQueryFilter::Scope scope = SimQueryFilter::Scope::Segment)
{
    SimQueryFilter filter;
    QString error;
    EXPECT_TRUE(filter.parse(filters(json), scope, &error)) << error.toStdString();
    return filter;
}

QString parseError(const char *json, SimQueryFilter::Scope scope = SimQueryFilter::Scope::Segment)
{
    SimQueryFilter filter;
    QString error;
    EXPECT_FALSE(filter.parse(filters(json), scope, &error)) << json;
    return error;
}

} // namespace

TEST(SimQueryFilter, NoFiltersMatchEverything)
{
    SimQueryFilter filter;
    QString error;
    ASSERT_TRUE(filter.parse(QJsonValue(), SimQueryFilter::Scope::Segment, &error));
    EXPECT_TRUE(filter.isEmpty());
    EXPECT_TRUE(filter.matches(conversationJson(false)));
}

TEST(SimQueryFilter, MatchesAndExistsOnSegmentDimensions)
{
    const SimQueryFilter voiceRecorded = parsed(R"([{"type":"and","predicates":[
        {"type":"dimension","dimension":"mediaType","operator":"matches","value":"voice"},
        {"type":"dimension","dimension":"recording","operator":"exists"}]}])");
    EXPECT_TRUE(voiceRecorded.matches(conversationJson(true)));
    EXPECT_FALSE(voiceRecorded.matches(conversationJson(false)));
    EXPECT_FALSE(voiceRecorded.matches(conversationJson(true, QStringLiteral("chat"))));

    // Every segment of an unrecorded conversation lacks recording; so do the
    // customer and acd segments of a recorded one.
    const SimQueryFilter unrecorded
        = parsed(R"([{"type":"and","predicates":[{"dimension":"recording","operator":"notExists"}]}])");
    EXPECT_TRUE(unrecorded.matches(conversationJson(false)));
    EXPECT_TRUE(unrecorded.matches(conversationJson(true)));
}

TEST(SimQueryFilter, OneSegmentMustSatisfyTheWholeFilter)
{
    // userId sits on the agent participant only, purpose=customer on another.
    const SimQueryFilter sameSegment = parsed(R"([{"type":"and","predicates":[
        {"dimension":"userId","value":"user-1"},{"dimension":"purpose","value":"customer"}]}])");
    EXPECT_FALSE(sameSegment.matches(conversationJson(true)));
    const SimQueryFilter agentSegment = parsed(R"([{"type":"and","predicates":[
        {"dimension":"userId","value":"user-1"},{"dimension":"purpose","value":"agent"}]}])");
    EXPECT_TRUE(agentSegment.matches(conversationJson(true)));
    // Two filters are ANDed, each satisfied by some segment.
    const SimQueryFilter twoFilters = parsed(R"([
        {"type":"and","predicates":[{"dimension":"userId","value":"user-1"}]},
        {"type":"and","predicates":[{"dimension":"purpose","value":"customer"}]}])");
    EXPECT_TRUE(twoFilters.matches(conversationJson(true)));
    const SimQueryFilter secondFails = parsed(R"([
        {"type":"and","predicates":[{"dimension":"userId","value":"user-1"}]},
        {"type":"and","predicates":[{"dimension":"queueId","value":"queue-2"}]}])");
    EXPECT_FALSE(secondFails.matches(conversationJson(true)));
}

TEST(SimQueryFilter, OrFiltersAndClauses)
{
    const SimQueryFilter ids = parsed(R"([{"type":"or","predicates":[
        {"dimension":"conversationId","value":"nope"},
        {"dimension":"conversationId","value":"0f000000-0000-4000-8000-000000000001"}]}])",
        SimQueryFilter::Scope::Conversation);
    EXPECT_TRUE(ids.matches(conversationJson(false)));
    const SimQueryFilter none
        = parsed(R"([{"type":"or","predicates":[{"dimension":"conversationId","value":"nope"}]}])",
            SimQueryFilter::Scope::Conversation);
    EXPECT_FALSE(none.matches(conversationJson(false)));

    // (chat or voice) and (queue-1), built from clauses.
    const SimQueryFilter clauses = parsed(R"([{"type":"and","clauses":[
        {"type":"or","predicates":[{"dimension":"mediaType","value":"chat"},{"dimension":"mediaType","value":"voice"}]},
        {"type":"and","predicates":[{"dimension":"queueId","value":"queue-1"}]}]}])");
    EXPECT_TRUE(clauses.matches(conversationJson(false)));
    EXPECT_FALSE(clauses.matches(conversationJson(false, QStringLiteral("email"))));
}

TEST(SimQueryFilter, ConversationDimensions)
{
    const SimQueryFilter inbound = parsed(R"([{"type":"and","predicates":[
        {"dimension":"originatingDirection","value":"inbound"},{"dimension":"divisionId","value":"division-1"}]}])",
        SimQueryFilter::Scope::Conversation);
    EXPECT_TRUE(inbound.matches(conversationJson(false)));
    const SimQueryFilter outbound
        = parsed(R"([{"type":"and","predicates":[{"dimension":"originatingDirection","value":"outbound"}]}])",
            SimQueryFilter::Scope::Conversation);
    EXPECT_FALSE(outbound.matches(conversationJson(false)));
}

TEST(SimQueryFilter, MalformedFiltersAreRejectedWithAMessage)
{
    EXPECT_TRUE(parseError(R"([{"type":"and","predicates":[{"dimension":"flavour","value":"x"}]}])")
                    .contains(QStringLiteral("flavour")));
    // mediaType is a segment dimension, not a conversation one.
    EXPECT_TRUE(parseError(R"([{"type":"and","predicates":[{"dimension":"mediaType","value":"voice"}]}])",
        SimQueryFilter::Scope::Conversation)
                    .contains(QStringLiteral("mediaType")));
    EXPECT_TRUE(parseError(R"([{"type":"xor","predicates":[{"dimension":"mediaType","value":"voice"}]}])")
                    .contains(QStringLiteral("type")));
    EXPECT_TRUE(parseError(R"([{"type":"and","predicates":[{"dimension":"mediaType","operator":"like","value":"v"}]}])")
                    .contains(QStringLiteral("operator")));
    EXPECT_TRUE(parseError(R"([{"type":"and","predicates":[{"dimension":"mediaType","operator":"matches"}]}])")
                    .contains(QStringLiteral("value")));
    EXPECT_TRUE(parseError(R"([{"type":"and","predicates":[{"type":"banana","dimension":"mediaType","value":"v"}]}])")
                    .contains(QStringLiteral("type")));
    EXPECT_FALSE(parseError(R"([{"type":"and"}])").isEmpty());
    EXPECT_FALSE(parseError(R"([{"type":"and","clauses":[{"type":"or","predicates":[]}]}])").isEmpty());
    SimQueryFilter filter;
    QString error;
    EXPECT_FALSE(filter.parse(QJsonObject {}, SimQueryFilter::Scope::Segment, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("segmentFilters")));
}
