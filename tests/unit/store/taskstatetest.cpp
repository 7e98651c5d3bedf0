#include <gtest/gtest.h>

#include <ostream>
#include <tuple>

#include "core/store/exportstate.h"
#include "core/store/itemstate.h"
#include "core/store/taskkind.h"
#include "core/store/taskstate.h"

using namespace Custody::Store;

namespace {

// The expected tables are written out by hand from design.md, not derived from the code under test.
// Rows: from; columns: to. Order: QUEUED SUBMITTING PROCESSING COLLECTING FULFILLED FAILED PAUSED CANCELLED.
constexpr bool ExpectedTask[8][8] = {
    /* QUEUED     */ { 0, 1, 0, 0, 0, 1, 1, 1 },
    /* SUBMITTING */ { 0, 0, 1, 0, 0, 1, 1, 1 },
    /* PROCESSING */ { 0, 0, 0, 1, 0, 1, 1, 1 },
    /* COLLECTING */ { 0, 0, 0, 0, 1, 1, 1, 1 },
    /* FULFILLED  */ { 0, 0, 0, 0, 0, 0, 0, 0 },
    /* FAILED     */ { 1, 0, 0, 0, 0, 0, 1, 1 },
    /* PAUSED     */ { 1, 1, 1, 1, 0, 1, 0, 1 },
    /* CANCELLED  */ { 0, 0, 0, 0, 0, 0, 0, 0 },
};

// Order: PENDING BATCHED URL_READY DOWNLOADING DOWNLOADED FAILED SKIPPED.
constexpr bool ExpectedItem[7][7] = {
    /* PENDING     */ { 0, 1, 0, 0, 0, 1, 1 },
    /* BATCHED     */ { 1, 0, 1, 0, 0, 1, 1 },
    /* URL_READY   */ { 1, 0, 0, 1, 0, 1, 1 },
    /* DOWNLOADING */ { 1, 0, 1, 0, 1, 1, 1 },
    /* DOWNLOADED  */ { 0, 0, 0, 0, 0, 0, 0 },
    /* FAILED      */ { 1, 0, 0, 0, 0, 0, 1 },
    /* SKIPPED     */ { 0, 0, 0, 0, 0, 0, 0 },
};

} // namespace

namespace Custody::Store {
// Readable parameter names in gtest output.
void PrintTo(TaskState state, std::ostream *os)
{
    *os << toString(state).toStdString();
}
void PrintTo(ItemState state, std::ostream *os)
{
    *os << toString(state).toStdString();
}
} // namespace Custody::Store

class TaskTransitionTest : public ::testing::TestWithParam<std::tuple<TaskState, TaskState>>
{
};

TEST_P(TaskTransitionTest, MatchesDesignTable)
{
    const auto [from, to] = GetParam();
    const bool expected = ExpectedTask[static_cast<int>(from)][static_cast<int>(to)];
    EXPECT_EQ(canTransition(from, to), expected)
        << toString(from).toStdString() << " -> " << toString(to).toStdString();
}

INSTANTIATE_TEST_SUITE_P(AllPairs, TaskTransitionTest,
    ::testing::Combine(::testing::ValuesIn(AllTaskStates), ::testing::ValuesIn(AllTaskStates)));

class ItemTransitionTest : public ::testing::TestWithParam<std::tuple<ItemState, ItemState>>
{
};

TEST_P(ItemTransitionTest, MatchesDesignTable)
{
    const auto [from, to] = GetParam();
    const bool expected = ExpectedItem[static_cast<int>(from)][static_cast<int>(to)];
    EXPECT_EQ(canTransition(from, to), expected)
        << toString(from).toStdString() << " -> " << toString(to).toStdString();
}

INSTANTIATE_TEST_SUITE_P(AllPairs, ItemTransitionTest,
    ::testing::Combine(::testing::ValuesIn(AllItemStates), ::testing::ValuesIn(AllItemStates)));

TEST(TaskStateTest, TerminalStatesAreFulfilledAndCancelled)
{
    for (const TaskState state : AllTaskStates)
        EXPECT_EQ(isTerminal(state), state == TaskState::Fulfilled || state == TaskState::Cancelled);
}

TEST(TaskStateTest, ResumeOnlyToWhereItWasOrToAnEnd)
{
    for (const TaskState pausedFrom :
        { TaskState::Queued, TaskState::Submitting, TaskState::Processing, TaskState::Collecting, TaskState::Failed }) {
        for (const TaskState to : AllTaskStates) {
            const bool expected = to == pausedFrom || to == TaskState::Failed || to == TaskState::Cancelled;
            EXPECT_EQ(canResume(pausedFrom, to), expected)
                << toString(pausedFrom).toStdString() << " resumed to " << toString(to).toStdString();
        }
    }
}

TEST(TaskStateTest, NamesRoundTripAndUnknownIsRejected)
{
    for (const TaskState state : AllTaskStates)
        EXPECT_EQ(taskStateFromString(toString(state)), state);
    EXPECT_EQ(toString(TaskState::Submitting), QStringLiteral("SUBMITTING"));
    EXPECT_FALSE(taskStateFromString(u"queued").has_value());
    EXPECT_FALSE(taskStateFromString(u"").has_value());
}

TEST(ItemStateTest, NamesRoundTripAndUnknownIsRejected)
{
    for (const ItemState state : AllItemStates)
        EXPECT_EQ(itemStateFromString(toString(state)), state);
    EXPECT_EQ(toString(ItemState::UrlReady), QStringLiteral("URL_READY"));
    EXPECT_FALSE(itemStateFromString(u"DONE").has_value());
}

TEST(ItemStateTest, TerminalStatesAreDownloadedAndSkipped)
{
    for (const ItemState state : AllItemStates)
        EXPECT_EQ(isTerminal(state), state == ItemState::Downloaded || state == ItemState::Skipped);
}

TEST(TaskKindTest, NamesRoundTrip)
{
    for (const TaskKind kind : AllTaskKinds)
        EXPECT_EQ(taskKindFromString(toString(kind)), kind);
    EXPECT_EQ(toString(TaskKind::Analytics), QStringLiteral("analytics"));
    EXPECT_FALSE(taskKindFromString(u"Analytics").has_value());
}

TEST(ExportStateTest, NamesRoundTripAndFinishedStates)
{
    for (const ExportState state : AllExportStates)
        EXPECT_EQ(exportStateFromString(toString(state)), state);
    EXPECT_EQ(toString(ExportState::CompletedWithErrors), QStringLiteral("COMPLETED_WITH_ERRORS"));
    EXPECT_FALSE(isFinished(ExportState::Running));
    EXPECT_FALSE(isFinished(ExportState::Paused));
    EXPECT_TRUE(isFinished(ExportState::Cancelled));
    EXPECT_TRUE(isFinished(ExportState::Completed));
}
