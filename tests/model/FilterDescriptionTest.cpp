#include "items/FilterDescription.h"

#include "TestSupport.h"
#include "store/ActorRepository.h"

#include <QDate>

using namespace Spyline;

namespace {

DayNumber day(int y, int m, int d)
{
    return static_cast<DayNumber>(QDate(y, m, d).toJulianDay());
}

TEST(DescribeDayRange, UsesTheCoarsestUnitThatFits)
{
    EXPECT_EQ(describeDayRange(day(2023, 7, 1), day(2023, 9, 30)), QStringLiteral("Jul\u2013Sep 2023"));
    EXPECT_EQ(describeDayRange(day(2023, 8, 1), day(2023, 8, 31)), QStringLiteral("Aug 2023"));
    EXPECT_EQ(describeDayRange(day(2019, 1, 1), day(2023, 12, 31)), QStringLiteral("2019\u20132023"));
    EXPECT_EQ(describeDayRange(day(2023, 1, 1), day(2023, 12, 31)), QStringLiteral("2023"));
    EXPECT_EQ(describeDayRange(day(2023, 11, 1), day(2024, 2, 29)), QStringLiteral("Nov 2023\u2013Feb 2024"));
    EXPECT_EQ(describeDayRange(day(2023, 8, 11), day(2023, 9, 21)), QStringLiteral("11 Aug\u201321 Sep 2023"));
    EXPECT_EQ(describeDayRange(day(2023, 8, 11), day(2023, 8, 11)), QStringLiteral("11 Aug 2023"));
}

TEST(DescribeFilter, PutsTheFilterInWords)
{
    auto store = Fixtures::sampleStore();
    EXPECT_EQ(describeFilter(*store, {}), QStringLiteral("All cases"));
    Id mss = 0;
    for (const Actor& actor : *ActorRepository(*store).all()) {
        if (actor.name == QStringLiteral("Ministry of State Security"))
            mss = actor.id;
    }
    CaseFilter filter;
    filter.agencies = {mss};
    filter.fromDay = day(2023, 7, 1);
    filter.toDay = day(2023, 9, 30);
    EXPECT_EQ(describeFilter(*store, filter),
              QStringLiteral("Cases involving Ministry of State Security, disclosed Jul\u2013Sep 2023"));
    filter.countries = {QStringLiteral("CN"), QStringLiteral("GB")};
    filter.statuses = {CaseStatus::UnderInvestigation};
    filter.text = QStringLiteral("Tokyo");
    EXPECT_EQ(describeFilter(*store, filter),
              QStringLiteral("Cases involving Ministry of State Security, target or accused China or United Kingdom, "
                             "status under investigation, matching \u201cTokyo\u201d, disclosed Jul\u2013Sep 2023"));
}

} // namespace
