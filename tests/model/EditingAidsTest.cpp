#include "store/EditingAids.h"
#include "TestSupport.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"
#include "store/SqliteStatement.h"

using namespace Spyline;

namespace {

PartialDate date(const char* text)
{
    return *PartialDate::parse(QString::fromLatin1(text));
}

class EditingAidsTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();

    Event eventTitled(const char* fragment)
    {
        auto query = runQuery(*store, QStringLiteral("SELECT id FROM events WHERE title LIKE ?"),
                              {QStringLiteral("%") + QString::fromUtf8(fragment) + QStringLiteral("%")});
        EXPECT_OK(query);
        EXPECT_TRUE(query->next()) << fragment;
        return *EventRepository(*store).get(query->value(0).toLongLong());
    }
};

TEST(TitleSimilarity, IgnoresCaseSpacingAndPunctuation)
{
    EXPECT_DOUBLE_EQ(titleSimilarity(QStringLiteral("Zeng: CIA case"), QStringLiteral("zeng  cia case!")), 1.0);
    EXPECT_GT(titleSimilarity(QStringLiteral("Zeng recruited in Italy"), QStringLiteral("Zeng recruted in Italy")),
              0.9);
    EXPECT_LT(titleSimilarity(QStringLiteral("Zeng recruited in Italy"), QStringLiteral("Hao recruited in Japan")),
              0.8);
    EXPECT_DOUBLE_EQ(titleSimilarity(QString(), QStringLiteral("x")), 0.0);
}

TEST_F(EditingAidsTest, WarnsOfTheSameSuspectDisclosedTheSameDay)
{
    const auto found = findPossibleDuplicates(*store, QStringLiteral("An entirely new title"), {QStringLiteral("zeng")},
                                              date("2023-08-11"));
    ASSERT_OK(found);
    ASSERT_EQ(found->size(), 1);
    EXPECT_TRUE(found->first().title.startsWith(QStringLiteral("Zeng")));
    EXPECT_TRUE(found->first().reason.contains(QStringLiteral("same suspect")));
    // Another day is another case.
    EXPECT_TRUE(findPossibleDuplicates(*store, QStringLiteral("An entirely new title"), {QStringLiteral("Zeng")},
                                       date("2023-08-12"))
                    ->isEmpty());
}

TEST_F(EditingAidsTest, WarnsOfAnAlmostIdenticalTitle)
{
    const auto found =
        findPossibleDuplicates(*store, QStringLiteral("Cyberattack on the Wuhan Earthquake Monitoring Centre"), {}, {});
    ASSERT_OK(found);
    ASSERT_EQ(found->size(), 1);
    EXPECT_TRUE(found->first().reason.contains(QStringLiteral("title")));
    // The case being edited does not warn about itself.
    EXPECT_TRUE(findPossibleDuplicates(*store, QStringLiteral("Cyberattack on the Wuhan Earthquake Monitoring Centre"),
                                       {}, {}, found->first().caseId)
                    ->isEmpty());
    EXPECT_TRUE(findPossibleDuplicates(*store, QStringLiteral("Cyberattack"), {}, {})->isEmpty());
}

TEST_F(EditingAidsTest, ProposesRecentStatementsOtherSideFirstNearestFirst)
{
    // Unlink the Zeng announcement from Burns so that Burns is proposed again.
    const Event zeng = eventTitled("Zeng");
    ASSERT_EQ(zeng.kind, EventKind::Announcement);
    ASSERT_OK(runQuery(*store, QStringLiteral("DELETE FROM links WHERE from_event = ?"), {zeng.id}));
    // A statement of China's own side, closer to the announcement than Burns.
    Event own;
    own.kind = EventKind::Statement;
    own.title = QStringLiteral("Own side remarks");
    own.date = date("2023-08-09");
    own.country = QStringLiteral("CN");
    ASSERT_OK(EventRepository(*store).insert(own));

    const auto proposals = proposeStatements(*store, zeng.id, 60);
    ASSERT_OK(proposals);
    ASSERT_GE(proposals->size(), 3);
    const StatementProposal& first = proposals->first();
    EXPECT_TRUE(first.otherSide);
    EXPECT_TRUE(first.statement.title.contains(QStringLiteral("Burns"))) << first.statement.title.toStdString();
    EXPECT_EQ(first.lag.minDays, 22);
    for (int i = 1; i < proposals->size(); ++i) {
        const StatementProposal& a = proposals->at(i - 1);
        const StatementProposal& b = proposals->at(i);
        EXPECT_TRUE(a.otherSide > b.otherSide || (a.otherSide == b.otherSide && a.lag.minDays <= b.lag.minDays));
        EXPECT_LE(b.statement.date.earliestDay(), zeng.date.latestDay());
        EXPECT_GE(b.statement.date.earliestDay(), zeng.date.earliestDay() - 60);
    }
    EXPECT_FALSE(proposals->last().otherSide);

    // A shorter window leaves Burns (22 days) out.
    const auto shorter = proposeStatements(*store, zeng.id, 10);
    ASSERT_OK(shorter);
    for (const StatementProposal& p : *shorter)
        EXPECT_FALSE(p.statement.title.contains(QStringLiteral("Burns")));
}

TEST_F(EditingAidsTest, LeavesOutStatementsAlreadyLinked)
{
    const auto proposals = proposeStatements(*store, eventTitled("Zeng").id, 60);
    ASSERT_OK(proposals);
    for (const StatementProposal& p : *proposals)
        EXPECT_FALSE(p.statement.title.contains(QStringLiteral("Burns")));
}

} // namespace
