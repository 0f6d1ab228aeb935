#include "TimelineLayout.h"

#include "TimelineFixtures.h"

#include <gtest/gtest.h>

using namespace Spyline;
using namespace Spyline::TimelineFixtures;

namespace {

const QString burns = QStringLiteral("CIA Director William Burns says the CIA has made progress in rebuilding its spy "
                                     "networks in China");
const QString zeng = QStringLiteral("MSS announces the Zeng case");

const MarkGeometry* markOf(const TimelineLayout& layout, int event)
{
    for (const MarkGeometry& mark : layout.marks()) {
        if (mark.event == event)
            return &mark;
    }
    return nullptr;
}

TimeWindow between(DayNumber first, DayNumber last)
{
    return {double(first), double(last)};
}

TEST(TimelineLayout, MonthPreciseDatesAreBracketsAMonthWide)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    const int arrest = eventNamed(*data, QStringLiteral("Two men arrested under the Official Secrets Act"));
    ASSERT_GE(arrest, 0);
    ASSERT_EQ(data->events()[size_t(arrest)].precision(), PartialDate::Precision::Month);

    const TimelineLayout zoomed = layout(lanes, between(day(2023, 2, 1), day(2023, 5, 1)));
    const MarkGeometry* bracket = markOf(zoomed, arrest);
    ASSERT_TRUE(bracket);
    EXPECT_EQ(bracket->style, MarkGeometry::Style::Bracket);
    EXPECT_NEAR(bracket->x0, zoomed.xOf(day(2023, 3, 1)), 0.01);
    EXPECT_NEAR(bracket->x1, zoomed.xOf(day(2023, 4, 1)), 0.01);
    EXPECT_GE(bracket->rect.left(), bracket->x0 - 0.01);
    EXPECT_LE(bracket->rect.right(), bracket->x1 + 0.01);

    // Zoomed out, the month is narrower than a few marks: a hollow mark, still a month wide.
    const TimelineLayout wide = layout(lanes, between(day(2018, 1, 1), day(2026, 1, 1)));
    const MarkGeometry* range = markOf(wide, arrest);
    ASSERT_TRUE(range);
    EXPECT_EQ(range->style, MarkGeometry::Style::Range);
    EXPECT_NEAR(range->x1 - range->x0, 31 * wide.pixelsPerDay(), 0.01);
}

TEST(TimelineLayout, YearPreciseDatesAreBracketsAYearWide)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    const int attack = eventNamed(*data, QStringLiteral("Cyberattack on Northwestern Polytechnical University"));
    ASSERT_GE(attack, 0);
    const TimelineLayout frame = layout(lanes, TimelineLayout::fitAll(*data));
    const MarkGeometry* bracket = markOf(frame, attack);
    ASSERT_TRUE(bracket);
    EXPECT_EQ(bracket->style, MarkGeometry::Style::Bracket);
    EXPECT_NEAR(bracket->x0, frame.xOf(day(2022, 1, 1)), 0.01);
    EXPECT_NEAR(bracket->x1, frame.xOf(day(2023, 1, 1)), 0.01);

    // An approximate year is drawn as approximate, never as a firm range.
    const int wuhan = eventNamed(*data, QStringLiteral("Cyberattack on the Wuhan Earthquake Monitoring Center"));
    const MarkGeometry* approximate = markOf(frame, wuhan);
    ASSERT_TRUE(approximate);
    EXPECT_TRUE(approximate->approximate);
    EXPECT_NEAR(approximate->x1 - approximate->x0, 365 * frame.pixelsPerDay(), 0.01);
}

TEST(TimelineLayout, OnlyExactDaysAreDrawnAsPoints)
{
    const auto data = syntheticData(3000);
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    int ranges = 0;
    for (const TimeWindow& window : {TimelineLayout::fitAll(*data), between(day(2001, 1, 1), day(2002, 1, 1)),
                                     between(day(2001, 3, 1), day(2001, 4, 1))}) {
        const TimelineLayout frame = layout(lanes, window, {1600, 4000});
        for (const MarkGeometry& mark : frame.marks()) {
            if (mark.isGroup())
                continue;
            const TimelineEvent& event = data->events()[size_t(mark.event)];
            if (mark.style == MarkGeometry::Style::Point) {
                EXPECT_TRUE(event.isExactPoint());
            } else {
                ++ranges;
                EXPECT_NEAR(mark.x0, frame.xOf(event.earliest), 0.01);
                EXPECT_NEAR(mark.x1, frame.xOf(event.lastDay() + 1.0), 0.01);
            }
        }
    }
    EXPECT_GT(ranges, 10);
}

void expectLabelsApart(const TimelineLayout& frame, const char* what)
{
    const auto& labels = frame.labels();
    // Apart because they were placed, not because none were: every frame here has room for some.
    EXPECT_GE(labels.size(), 3u) << what;
    for (size_t i = 0; i < labels.size(); ++i) {
        EXPECT_TRUE(frame.timeArea().contains(labels[i].rect)) << what << ": " << labels[i].text.toStdString();
        for (size_t j = i + 1; j < labels.size(); ++j) {
            ASSERT_FALSE(labels[i].rect.intersects(labels[j].rect))
                << what << ": \"" << labels[i].text.toStdString() << "\" meets \"" << labels[j].text.toStdString()
                << "\"";
        }
        for (const MarkGeometry& mark : frame.marks())
            ASSERT_FALSE(labels[i].rect.intersects(mark.rect)) << what << ": " << labels[i].text.toStdString();
    }
}

TEST(TimelineLayout, DrawnLabelsNeverIntersect)
{
    const auto sample = sampleData();
    const auto synthetic = syntheticData(3000);
    for (LaneKey key : TimelineLanes::allKeys()) {
        const auto sampleLanes = TimelineLanes::build(sample, key);
        expectLabelsApart(layout(sampleLanes, TimelineLayout::fitAll(*sample), {1920, 1080}), "sample");
        expectLabelsApart(layout(sampleLanes, between(day(2023, 7, 10), day(2023, 9, 25)), {1200, 800}), "zoomed");
        const auto lanes = TimelineLanes::build(synthetic, key);
        // A year and a month from where the first lanes, those on screen, begin.
        const DayNumber start = lanes->lane(0).firstDay;
        for (const TimeWindow& window :
             {TimelineLayout::fitAll(*synthetic), between(start, start + 365), between(start, start + 31)})
            expectLabelsApart(layout(lanes, window, {1600, 1400}), "synthetic");
    }
}

TEST(TimelineLayout, LabelsGoToTheMostImportantFirst)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    const TimelineLayout frame = layout(lanes, TimelineLayout::fitAll(*data), {1920, 1080});
    bool zengLabelled = false;
    for (const LabelGeometry& label : frame.labels()) {
        if (label.kind == LabelGeometry::Kind::Event
            && frame.marks()[size_t(label.ref)].event == eventNamed(*data, zeng))
            zengLabelled = label.text == zeng;
    }
    EXPECT_TRUE(zengLabelled);
    // Where a long title meets the edge it is cut short, never drawn over it.
    for (const LabelGeometry& label : frame.labels())
        EXPECT_LE(label.rect.right(), frame.timeArea().right());
}

TEST(TimelineLayout, ArcsJoinStatementToAnnouncementWithTheLag)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    const TimelineLayout frame = layout(lanes, TimelineLayout::fitAll(*data), {1920, 1080});
    const int statement = eventNamed(*data, burns);
    const int announcement = eventNamed(*data, zeng);
    const ArcGeometry* found = nullptr;
    for (const ArcGeometry& arc : frame.arcs()) {
        const TimelineLink& link = data->links()[size_t(arc.link)];
        if (link.earlier == statement && link.later == announcement)
            found = &arc;
    }
    ASSERT_TRUE(found);
    EXPECT_EQ(found->lag, QStringLiteral("22 d"));
    EXPECT_NEAR(found->from.x(), frame.xOf(day(2023, 7, 20) + 0.5), 0.01);
    EXPECT_NEAR(found->to.x(), frame.xOf(day(2023, 8, 11) + 0.5), 0.01);
    const MarkGeometry* from = markOf(frame, statement);
    const MarkGeometry* to = markOf(frame, announcement);
    ASSERT_TRUE(from && to);
    EXPECT_NEAR(found->from.y(), from->rect.top(), 0.01);
    EXPECT_NEAR(found->to.y(), to->rect.top(), 0.01);
    // The arc bows away from the straight line, and its label shows the lag.
    EXPECT_LT(found->control.y(), std::min(found->from.y(), found->to.y()));
    ASSERT_GE(found->label, 0);
    const LabelGeometry& label = frame.labels()[size_t(found->label)];
    EXPECT_EQ(label.kind, LabelGeometry::Kind::Arc);
    EXPECT_EQ(label.text, QStringLiteral("22 d"));
    EXPECT_TRUE(frame.timeArea().contains(label.rect));

    QStringList lags;
    for (const ArcGeometry& arc : frame.arcs())
        lags.append(arc.lag);
    EXPECT_TRUE(lags.contains(QStringLiteral("10 d"))); // Hao follows Zeng
    EXPECT_TRUE(lags.contains(QStringLiteral("21 d"))); // Leung follows Hao
    EXPECT_TRUE(lags.contains(QStringLiteral("12 d"))); // WeChat account follows Burns

    TimelineOptions off;
    off.showArcs = false;
    EXPECT_TRUE(layout(lanes, TimelineLayout::fitAll(*data), {1920, 1080}, off).arcs().empty());
}

TEST(TimelineLayout, ArcsReachEventsOutsideTheWindow)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    // Burns spoke before this window opens; the arc still arrives at the Zeng announcement.
    const TimelineLayout frame = layout(lanes, between(day(2023, 8, 5), day(2023, 8, 20)));
    bool found = false;
    for (const ArcGeometry& arc : frame.arcs()) {
        const TimelineLink& link = data->links()[size_t(arc.link)];
        if (link.later == eventNamed(*data, zeng) && link.earlier == eventNamed(*data, burns)) {
            found = true;
            EXPECT_LT(arc.from.x(), frame.timeArea().left());
            EXPECT_NEAR(arc.to.x(), frame.xOf(day(2023, 8, 11) + 0.5), 0.01);
        }
    }
    EXPECT_TRUE(found);
}

TEST(TimelineLayout, HitTestingFindsWhatIsDrawn)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    const TimelineLayout frame = layout(lanes, between(day(2023, 7, 10), day(2023, 9, 25)), {1600, 900});
    int events = 0;
    for (size_t m = 0; m < frame.marks().size(); ++m) {
        const MarkGeometry& mark = frame.marks()[m];
        const TimelineHit hit = frame.hitTest(mark.center);
        if (mark.style == MarkGeometry::Style::Bracket && hit.mark != int(m)) {
            // A mark drawn over a bracket's glyph answers for that spot, and it is drawn after it.
            ASSERT_GE(hit.mark, 0);
            const MarkGeometry& over = frame.marks()[size_t(hit.mark)];
            EXPECT_TRUE(over.rect.adjusted(-2, -2, 2, 2).contains(mark.center));
            EXPECT_TRUE(over.style != MarkGeometry::Style::Bracket || hit.mark > int(m));
            continue;
        }
        EXPECT_EQ(hit.mark, int(m));
        if (mark.isGroup()) {
            EXPECT_EQ(hit.kind, TimelineHit::Kind::Cluster);
            EXPECT_EQ(hit.count, mark.memberCount);
            continue;
        }
        EXPECT_EQ(hit.kind, TimelineHit::Kind::Event);
        EXPECT_EQ(hit.event, mark.event);
        ++events;
    }
    EXPECT_GT(events, 10);

    const LaneGeometry& first = frame.lanes().front();
    EXPECT_EQ(frame.hitTest(QPointF(first.header.center().x(), first.header.center().y())).kind,
              TimelineHit::Kind::LaneHeader);
    EXPECT_EQ(frame.hitTest(QPointF(first.header.left() + 6, first.header.top() + 10)).kind,
              TimelineHit::Kind::LaneToggle);
    for (const LaneGeometry& lane : frame.lanes()) {
        const auto& info = lanes->lane(lane.lane);
        if (info.kind != TimelineLanes::LaneKind::Case)
            continue;
        const TimelineHit hit = frame.hitTest(lane.header.center());
        EXPECT_EQ(hit.caseIndex, info.ref);
    }
    const TimelineHit axis = frame.hitTest(QPointF(frame.timeArea().center().x(), 10));
    EXPECT_EQ(axis.kind, TimelineHit::Kind::Axis);
    EXPECT_NEAR(axis.day, frame.dayAt(frame.timeArea().center().x()), 1e-9);
    EXPECT_EQ(frame.hitTest(frame.overview().rect.center()).kind, TimelineHit::Kind::Overview);

    // The UK researcher's case runs from the March arrest to the September disclosure.
    const int arrest = eventNamed(*data, QStringLiteral("Two men arrested under the Official Secrets Act"));
    const int caseIndex = data->events()[size_t(arrest)].caseIndex;
    bool spanHit = false;
    for (const SpanGeometry& span : frame.spans()) {
        if (span.caseIndex != caseIndex)
            continue;
        const TimelineHit hit = frame.hitTest(QPointF(frame.xOf(day(2023, 7, 25)), span.rect.center().y()));
        EXPECT_EQ(hit.kind, TimelineHit::Kind::Span);
        EXPECT_EQ(hit.caseIndex, caseIndex);
        spanHit = true;
    }
    EXPECT_TRUE(spanHit);
}

TEST(TimelineLayout, LegendListsWhatTheFrameUses)
{
    const auto data = sampleData();
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    const TimelineLayout frame = layout(lanes, TimelineLayout::fitAll(*data), {1920, 1080});
    const TimelineLegend& legend = frame.legend();
    EXPECT_TRUE(legend.kinds.contains(EventKind::Announcement));
    EXPECT_TRUE(legend.kinds.contains(EventKind::Statement));
    EXPECT_FALSE(legend.kinds.contains(EventKind::Payment));
    EXPECT_TRUE(legend.ranges);
    EXPECT_TRUE(legend.approximate);
    EXPECT_TRUE(legend.arcs);
    EXPECT_TRUE(legend.countryCodes.contains(QStringLiteral("CN")));
    EXPECT_TRUE(legend.countryCodes.contains(QStringLiteral("US")));
    EXPECT_FALSE(legend.countryCodes.contains(QStringLiteral("RU")));
}

TEST(TimelineLayout, CollapsedLanesAreThinAndShowOnlyDensity)
{
    const auto data = syntheticData(600);
    const auto lanes = TimelineLanes::build(data, LaneKey::DisclosingCountry);
    TimelineState state;
    state.window = TimelineLayout::fitAll(*data);
    state.size = {1600, 900};
    const TimelineLayout frame(lanes, stackFor(*lanes, state.size, {}, {0}), state, {}, ChartTheme::print());
    const LaneGeometry& collapsed = frame.lanes().front();
    EXPECT_TRUE(collapsed.collapsed);
    EXPECT_EQ(collapsed.row.height(), TimelineLayout::CollapsedLaneHeight);
    EXPECT_EQ(collapsed.firstMark, collapsed.markEnd);
    bool density = false;
    for (const DensityGeometry& d : frame.densities())
        density = density || d.lane == collapsed.lane;
    EXPECT_TRUE(density);
    EXPECT_NEAR(frame.lanes()[1].row.top(), collapsed.row.bottom(), 0.01);
}

} // namespace
