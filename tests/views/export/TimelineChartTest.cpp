#include "TimelineChart.h"

#include "ChartTheme.h"
#include "TestSupport.h"
#include "records/PartialDate.h"
#include "store/CaseSearch.h"
#include "store/Store.h"
#include "timeline/TimelineLanes.h"

#include <QSet>

using namespace Spyline;

namespace {

std::shared_ptr<const TimelineData> sampleData()
{
    static std::unique_ptr<Store> store = Fixtures::sampleStore();
    auto data = TimelineData::load(*store);
    EXPECT_OK(data);
    return *data;
}

DayNumber day(const char* text)
{
    return PartialDate::parse(QString::fromLatin1(text))->earliestDay();
}

// Every case drawn on any page of the chart.
QSet<Id> casesOnEveryPage(TimelineChart& chart, const QSizeF& size)
{
    QSet<Id> cases;
    chart.setPage(0);
    chart.prepare(size, ChartTheme::print());
    const int pages = chart.pageCount();
    for (int page = 0; page < pages; ++page) {
        chart.setPage(page);
        chart.prepare(size, ChartTheme::print());
        for (Id id : chart.shownCases())
            cases.insert(id);
    }
    return cases;
}

TEST(TimelineChart, ContinuesOnMorePagesRatherThanLeavingLanesOut)
{
    const auto data = sampleData();
    auto chart = TimelineChart::forSelection(data, {});
    const QSizeF small(600, 150);
    chart->prepare(small, ChartTheme::print());
    const int lanes = chart->lanes()->count();
    ASSERT_GT(lanes, 3);
    ASSERT_GT(chart->pageCount(), 1);
    EXPECT_FALSE(chart->omissions().contains(QStringLiteral("left out"))) << chart->omissions().toStdString();
    EXPECT_TRUE(chart->omissions().contains(QStringLiteral("Page 1 of %1").arg(chart->pageCount())));

    // Page after page, every lane comes exactly once, and every dated case is drawn.
    int next = 0;
    for (int page = 0; page < chart->pageCount(); ++page) {
        chart->setPage(page);
        chart->prepare(small, ChartTheme::print());
        const auto [first, end] = chart->pageLanes();
        EXPECT_EQ(first, next);
        EXPECT_GT(end, first);
        next = end;
        EXPECT_TRUE(
            chart->omissions().contains(QStringLiteral("lanes %1\u2013%2 of %3").arg(first + 1).arg(end).arg(lanes)))
            << chart->omissions().toStdString();
    }
    EXPECT_EQ(next, lanes);
    QSet<Id> dated;
    for (const TimelineCase& record : data->cases()) {
        if (record.firstDay != 0)
            dated.insert(record.id);
    }
    EXPECT_EQ(casesOnEveryPage(*chart, small), dated);

    // On a page tall enough, one page holds it all, and the height for all of it says how tall.
    chart->setPage(0);
    chart->prepare(small, ChartTheme::print());
    const qreal tall = chart->heightForAll();
    chart->prepare(QSizeF(600, tall + 1), ChartTheme::print());
    EXPECT_EQ(chart->pageCount(), 1);
    // Nothing is left out but what has no date to draw it at, and that is said.
    EXPECT_EQ(chart->omissions(), "3 events are not drawn: their date is unknown."_s);
}

TEST(TimelineChart, ARangeIsTheAxisExactlyWithNoLaneForWhatIsOutsideIt)
{
    const auto data = sampleData();
    TimelineChart::Selection selection;
    selection.days = DayRange {day("2023-06-01"), day("2023-09-30")};
    auto chart = TimelineChart::forSelection(data, selection);
    chart->prepare(QSizeF(800, 2000), ChartTheme::print());
    ASSERT_TRUE(chart->shownRange());
    EXPECT_EQ(chart->shownRange()->first, day("2023-06-01"));
    EXPECT_EQ(chart->shownRange()->last, day("2023-09-30"));
    // Each lane has something in the range to draw.
    const TimelineLanes& lanes = *chart->lanes();
    for (int lane = 0; lane < lanes.count(); ++lane) {
        const auto anchors = lanes.anchors(lane);
        const bool inRange = std::any_of(anchors.begin(), anchors.end(), [&](DayNumber anchor) {
            return anchor >= selection.days->first && anchor <= selection.days->last;
        });
        const bool caseSpan = !lanes.cases(lane).empty();
        EXPECT_TRUE(inRange || caseSpan) << lanes.title(lane).toStdString();
    }
    // Fewer lanes than the whole collection has.
    EXPECT_LT(lanes.count(), TimelineLanes::build(data, LaneKey::Case)->count());
}

TEST(TimelineChart, AChartOfChosenCasesSpansThoseCases)
{
    const auto data = sampleData();
    const TimelineCase& chosen = data->cases().front();
    ASSERT_NE(chosen.firstDay, 0);
    TimelineChart::Selection selection;
    selection.shown.cases = std::make_shared<const std::vector<qint64>>(std::vector<qint64> {chosen.id});
    auto chart = TimelineChart::forSelection(data, selection);
    chart->prepare(QSizeF(800, 600), ChartTheme::print());
    ASSERT_TRUE(chart->shownRange());
    EXPECT_EQ(chart->shownRange()->first, chosen.firstDay);
    EXPECT_EQ(chart->shownRange()->last, chosen.lastDay);
    EXPECT_EQ(chart->shownCases(), QList<Id> {chosen.id});
}

TEST(TimelineChart, APageLimitGroupsTheLanesByCountryAndSaysSo)
{
    const auto data = sampleData();
    TimelineChart::Selection selection;
    selection.maxPages = 1;
    auto chart = TimelineChart::forSelection(data, selection);
    chart->prepare(QSizeF(600, 260), ChartTheme::print());
    EXPECT_EQ(chart->pageCount(), 1);
    ASSERT_TRUE(chart->groupedBy());
    EXPECT_EQ(*chart->groupedBy(), LaneKey::DisclosingCountry);
    EXPECT_TRUE(chart->omissions().contains(QStringLiteral("Lanes grouped by disclosing country to fit one page")))
        << chart->omissions().toStdString();
}

} // namespace
