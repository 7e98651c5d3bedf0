#include <gtest/gtest.h>

#include "core/plan/conversationidlist.h"
#include "core/plan/genesysid.h"
#include "qtprinters.h"

using namespace Custody::Plan;

namespace {

const QString kA = QStringLiteral("11111111-aaaa-4000-8000-000000000001");
const QString kB = QStringLiteral("22222222-bbbb-4000-8000-000000000002");
const QString kC = QStringLiteral("33333333-cccc-4000-8000-000000000003");

} // namespace

TEST(GenesysIdTest, AcceptsOnlyTheCanonicalForm)
{
    EXPECT_TRUE(GenesysId::isValid(kA));
    EXPECT_TRUE(GenesysId::isValid(kA.toUpper()));
    EXPECT_TRUE(GenesysId::isValid(GenesysId::example()));
    EXPECT_FALSE(GenesysId::isValid(u""));
    EXPECT_FALSE(GenesysId::isValid(u"xyz"));
    EXPECT_FALSE(GenesysId::isValid(QString(kA).remove(u'-')));
    EXPECT_FALSE(GenesysId::isValid(QStringLiteral("{%1}").arg(kA)));
    EXPECT_FALSE(GenesysId::isValid(QString(kA).replace(0, 1, u'g')));
    EXPECT_FALSE(GenesysId::isValid(QString(kA).replace(8, 1, u'_')));
    EXPECT_EQ(GenesysId::normalized(kA.toUpper()), kA);
}

TEST(ConversationIdListTest, SplitsOnEverySeparator)
{
    const ConversationIdList list = parseConversationIds(kA + u',' + kB + u';' + kC);
    EXPECT_EQ(list.ids, (QStringList { kA, kB, kC }));
    EXPECT_TRUE(list.isClean());
    EXPECT_FALSE(list.headerSkipped);

    const ConversationIdList spaced
        = parseConversationIds(QStringLiteral("  %1\t%2\r\n\r\n%3  \n").arg(kA, kB, kC.toUpper()));
    EXPECT_EQ(spaced.ids, (QStringList { kA, kB, kC }));
    EXPECT_TRUE(spaced.isClean());
}

TEST(ConversationIdListTest, ReportsMalformedWithLineNumbersAndDuplicates)
{
    const QString text = QStringLiteral("%1\nnot-an-id, %2\n\n%1\n\"%3\"\n%2 xyz\n").arg(kA, kB, kC);
    const ConversationIdList list = parseConversationIds(text);
    EXPECT_EQ(list.ids, (QStringList { kA, kB, kC }));
    ASSERT_EQ(list.malformed.size(), 2);
    EXPECT_EQ(list.malformed.at(0), (ConversationIdList::Entry { 2, QStringLiteral("not-an-id") }));
    EXPECT_EQ(list.malformed.at(1), (ConversationIdList::Entry { 6, QStringLiteral("xyz") }));
    ASSERT_EQ(list.duplicates.size(), 2);
    EXPECT_EQ(list.duplicates.at(0), (ConversationIdList::Entry { 4, kA }));
    EXPECT_EQ(list.duplicates.at(1), (ConversationIdList::Entry { 6, kB }));
    EXPECT_FALSE(list.isClean());
}

TEST(ConversationIdListTest, DuplicatesIgnoreLetterCase)
{
    const ConversationIdList list = parseConversationIds(kA + u'\n' + kA.toUpper());
    EXPECT_EQ(list.ids, QStringList { kA });
    ASSERT_EQ(list.duplicates.size(), 1);
    EXPECT_EQ(list.duplicates.first().line, 2);
}

TEST(ConversationIdListTest, SkipsAHeaderRow)
{
    const ConversationIdList list = parseConversationIds(QStringLiteral("conversationId\n%1\n%2\n").arg(kA, kB));
    EXPECT_TRUE(list.headerSkipped);
    EXPECT_EQ(list.ids, (QStringList { kA, kB }));
    EXPECT_TRUE(list.isClean());

    // A header is only taken at the top; the same word later is malformed.
    const ConversationIdList later = parseConversationIds(QStringLiteral("%1\nconversationId\n").arg(kA));
    EXPECT_FALSE(later.headerSkipped);
    ASSERT_EQ(later.malformed.size(), 1);
    EXPECT_EQ(later.malformed.first().line, 2);
}

TEST(ConversationIdListTest, ReadsOnlyTheConversationColumnOfACsv)
{
    const QString csv = QStringLiteral("\"Start\";\"Conversation ID\";\"Queue\"\n"
                                       "2024-03-01T09:00:00Z;%1;Claims Berlin\n"
                                       "2024-03-01T09:05:00Z;\"%2\";Claims\n"
                                       "2024-03-01T09:06:00Z;;Claims\n"
                                       "2024-03-01T09:07:00Z;%1;Claims\n")
                            .arg(kA, kB);
    const ConversationIdList list = parseConversationIds(csv);
    EXPECT_TRUE(list.headerSkipped);
    EXPECT_EQ(list.ids, (QStringList { kA, kB }));
    ASSERT_EQ(list.malformed.size(), 1);
    EXPECT_EQ(list.malformed.first().line, 4);
    ASSERT_EQ(list.duplicates.size(), 1);
    EXPECT_EQ(list.duplicates.first().line, 5);
}

TEST(ConversationIdListTest, ALoneBadLineIsMalformedNotAHeader)
{
    const ConversationIdList list = parseConversationIds(QStringLiteral("xyz"));
    EXPECT_FALSE(list.headerSkipped);
    EXPECT_TRUE(list.ids.isEmpty());
    ASSERT_EQ(list.malformed.size(), 1);
    EXPECT_EQ(list.malformed.first(), (ConversationIdList::Entry { 1, QStringLiteral("xyz") }));

    EXPECT_TRUE(parseConversationIds(QString()).ids.isEmpty());
    EXPECT_TRUE(parseConversationIds(QStringLiteral("\n \n")).isClean());
}
