#include "TimelineChart.h"

#include "ChartTheme.h"
#include "Store.h"
#include "TestSupport.h"
#include "TimelineLanes.h"

using namespace Spyline;

namespace {

std::shared_ptr<const TimelineLanes> sampleLanes(LaneKey key)
{
    auto store = Fixtures::sampleStore();
    auto data = TimelineData::load(*store);
    EXPECT_OK(data);
    return TimelineLanes::build(*data, key);
}

TEST(TimelineChart, SaysHowManyLanesAreLeftOutOfASmallPage)
{
    const auto lanes = sampleLanes(LaneKey::Case);
    ASSERT_GT(lanes->count(), 3);
    auto chart = TimelineChart::overview(lanes);
    chart->prepare(QSizeF(600, 150), ChartTheme::print());
    const QString omitted = chart->omissions();
    EXPECT_TRUE(omitted.contains(QStringLiteral(" of %1 lanes by case").arg(lanes->count()))) << omitted.toStdString();
    const qsizetype casesOnSmallPage = chart->shownCases().size();

    chart->prepare(QSizeF(600, 60.0 * lanes->count()), ChartTheme::print());
    EXPECT_TRUE(chart->omissions().isEmpty()) << chart->omissions().toStdString();
    EXPECT_GT(chart->shownCases().size(), casesOnSmallPage);
}

} // namespace
