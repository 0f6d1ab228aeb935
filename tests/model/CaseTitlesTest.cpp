#include "items/CaseTitles.h"

#include "TestSupport.h"

using namespace Spyline;

namespace {

const QString zeng = QStringLiteral("Military industrial group employee said to have been recruited in Italy: Zeng");
const QString wang = QStringLiteral("Military industrial group employee said to have been recruited in Italy: Wang");

TEST(CaseTitles, SharedPrefixIgnoresCase)
{
    EXPECT_EQ(CaseTitles::sharedPrefixLength(u"Cambridge Five: Philby", u"cambridge five: Burgess"), 16);
    EXPECT_EQ(CaseTitles::sharedPrefixLength(u"Zeng", u"Zeng"), 4);
    EXPECT_EQ(CaseTitles::sharedPrefixLength(u"", u"Zeng"), 0);
}

TEST(CaseTitles, TitlesThatBeginAlikeKeepTheirFirstWordsAndWhatTellsThemApart)
{
    const QStringList shown = CaseTitles::distinguishing(QStringList {zeng, wang});
    EXPECT_EQ(shown.at(0), QStringLiteral("Military industrial group \u2026 Zeng"));
    EXPECT_EQ(shown.at(1), QStringLiteral("Military industrial group \u2026 Wang"));
    EXPECT_NE(shown.at(0), shown.at(1));
    for (const QString& title : shown)
        EXPECT_LE(title.size(), CaseTitles::DefaultBudget);
}

TEST(CaseTitles, ALongDistinguishingTailIsCutAtItsEnd)
{
    const QString a =
        QStringLiteral("Ministry official said to have been recruited while studying abroad: the first of "
                       "two officials named in the statement");
    const QString b = QStringLiteral("Ministry official said to have been recruited while studying abroad: the second "
                                     "of two officials named in the statement");
    const QStringList shown = CaseTitles::distinguishing(QStringList {a, b});
    EXPECT_NE(shown.at(0), shown.at(1));
    EXPECT_TRUE(shown.at(0).startsWith(QStringLiteral("Ministry official \u2026 first"))
                || shown.at(0).startsWith(QStringLiteral("Ministry \u2026 first")))
        << shown.at(0).toStdString();
    EXPECT_TRUE(shown.at(1).contains(QStringLiteral("second"))) << shown.at(1).toStdString();
    EXPECT_TRUE(shown.at(0).endsWith(u'\u2026'));
    EXPECT_LE(shown.at(0).size(), CaseTitles::DefaultBudget);
}

TEST(CaseTitles, TitlesThatDifferEarlyOrAreShortStayWhole)
{
    const QString philby = QStringLiteral("Cambridge Five: Kim Philby, MI6 officer who passed secrets for decades");
    const QString burgess = QStringLiteral("Cambridge Five: Guy Burgess, Foreign Office official who fled in 1951");
    const QStringList titles {philby, burgess, QStringLiteral("Zeng"), QStringLiteral("Zeng")};
    EXPECT_EQ(CaseTitles::distinguishing(titles), titles);
    // A title alone is never shortened here: the view cuts it to its width.
    EXPECT_EQ(CaseTitles::distinguishing(QStringList {zeng}), QStringList {zeng});
    // The same long title twice: nothing tells them apart, so neither changes.
    EXPECT_EQ(CaseTitles::distinguishing(QStringList {zeng, zeng}), (QStringList {zeng, zeng}));
}

TEST(CaseTitles, OneTitleAgainstTheLengthItShares)
{
    EXPECT_EQ(CaseTitles::distinguishing(zeng, 0), zeng);
    EXPECT_EQ(CaseTitles::distinguishing(zeng, 10), zeng);
    EXPECT_EQ(CaseTitles::distinguishing(zeng, 73), QStringLiteral("Military industrial group \u2026 Zeng"));
    // Within a word, the whole word shows.
    EXPECT_EQ(CaseTitles::distinguishing(zeng, 75), QStringLiteral("Military industrial group \u2026 Zeng"));
    // A larger budget keeps more of the beginning.
    EXPECT_EQ(CaseTitles::distinguishing(zeng, 73, 60),
              QStringLiteral("Military industrial group employee said to have been \u2026 Zeng"));
}

TEST(CaseTitles, CutsNeverSplitASurrogatePair)
{
    const QString text = QStringLiteral("ab\U0001F600cd");
    EXPECT_EQ(CaseTitles::elided(text, 3), QStringLiteral("ab\u2026"));
    EXPECT_EQ(CaseTitles::elided(text, 4), QStringLiteral("ab\u2026"));
    EXPECT_EQ(CaseTitles::elided(text, 5), QStringLiteral("ab\U0001F600\u2026"));
    EXPECT_EQ(CaseTitles::elided(text, 6), text);
}

} // namespace
