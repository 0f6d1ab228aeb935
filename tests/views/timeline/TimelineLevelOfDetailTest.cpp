#include "TimelineLayout.h"

#include "TimelineFixtures.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Spyline;
using namespace Spyline::TimelineFixtures;

namespace {

// Events of the lane anchored in the window, by brute force over every event of the collection.
qsizetype directCount(const TimelineLanes& lanes, int lane, const TimeWindow& window)
{
    const auto from = qint64(std::ceil(window.first));
    const auto to = qint64(std::ceil(window.last));
    qsizetype count = 0;
    const auto& events = lanes.data().events();
    for (size_t e = 0; e < events.size(); ++e)
        count += lanes.laneOfEvent(qsizetype(e)) == lane && events[e].earliest >= from && events[e].earliest < to;
    return count;
}

// What the frame draws for a lane, counted the way it counts: marks and cluster members anchored in
// the window, or the density buckets.
qsizetype drawnCount(const TimelineLayout& frame, const LaneGeometry& lane, bool* density)
{
    const auto from = qint64(std::ceil(frame.state().window.first));
    const auto to = qint64(std::ceil(frame.state().window.last));
    const auto& events = frame.laneData()->data().events();
    const auto anchored = [&](qint32 e) {
        return events[size_t(e)].earliest >= from && events[size_t(e)].earliest < to;
    };
    *density = false;
    for (const DensityGeometry& d : frame.densities()) {
        if (d.lane != lane.lane)
            continue;
        *density = true;
        qsizetype sum = 0;
        for (quint32 count : d.counts)
            sum += count;
        EXPECT_EQ(sum, d.total);
        return sum;
    }
    qsizetype count = 0;
    for (int m = lane.firstMark; m < lane.markEnd; ++m) {
        const MarkGeometry& mark = frame.marks()[size_t(m)];
        if (!mark.isGroup()) {
            count += anchored(mark.event);
            continue;
        }
        for (int k = 0; k < mark.memberCount; ++k)
            count += anchored(frame.members()[size_t(mark.firstMember + k)]);
    }
    return count;
}

TEST(TimelineLevelOfDetail, MarksClustersAndDensityCountWhatADirectCountFinds)
{
    const auto data = syntheticData(3000);
    int densityLanes = 0;
    int markLanes = 0;
    int clusters = 0;
    for (LaneKey key : {LaneKey::DisclosingCountry, LaneKey::Case, LaneKey::Actor}) {
        const auto lanes = TimelineLanes::build(data, key);
        for (const TimeWindow& window :
             {TimelineLayout::fitAll(*data), TimeWindow {double(day(1990, 1, 1)) + 0.4, double(day(2000, 1, 1)) + 0.7},
              TimeWindow {double(day(2001, 1, 1)), double(day(2002, 1, 1))},
              TimeWindow {double(day(2001, 3, 1)) + 0.5, double(day(2001, 4, 1)) + 0.25}}) {
            for (qreal width : {1600.0, 400.0}) {
                // Tall enough that the first hundred lanes are in view.
                const TimelineLayout frame = layout(lanes, window, {width + 280, 100 * 44 + 200});
                for (const LaneGeometry& lane : frame.lanes()) {
                    bool density = false;
                    const qsizetype drawn = drawnCount(frame, lane, &density);
                    ASSERT_EQ(drawn, directCount(*lanes, lane.lane, window))
                        << "key " << int(key) << " lane " << lane.lane << " width " << width;
                    EXPECT_EQ(lane.eventsInWindow, drawn);
                    // The switch-over: marks up to the threshold, density beyond it.
                    EXPECT_EQ(density,
                              lane.eventsInWindow > TimelineLayout::densityThreshold(frame.timeArea().width()));
                    densityLanes += density;
                    markLanes += !density;
                }
                for (const MarkGeometry& mark : frame.marks())
                    clusters += mark.style == MarkGeometry::Style::Cluster;
            }
        }
    }
    EXPECT_GT(densityLanes, 10);
    EXPECT_GT(markLanes, 100);
    EXPECT_GT(clusters, 100);
}

TEST(TimelineLevelOfDetail, CloseMarksMergeIntoClustersWithTheirCount)
{
    const auto data = syntheticData(3000);
    const auto lanes = TimelineLanes::build(data, LaneKey::DisclosingCountry);
    const TimelineLayout frame = layout(lanes, TimelineLayout::fitAll(*data), {1920, 1400});
    for (const LaneGeometry& lane : frame.lanes()) {
        // Within a lane, marks and clusters never overlap, and no two single marks are closer than a mark.
        qreal previousRight = -1e9;
        qreal previousSingle = -1e9;
        for (int m = lane.firstMark; m < lane.pointMarkEnd; ++m) {
            const MarkGeometry& mark = frame.marks()[size_t(m)];
            EXPECT_GE(mark.rect.left(), previousRight - 0.01) << "lane " << lane.lane;
            previousRight = mark.rect.right();
            if (mark.style == MarkGeometry::Style::Cluster) {
                EXPECT_GE(mark.memberCount, 2);
                EXPECT_LE(mark.x1 - mark.x0, 3 * 14 + 0.01);
            } else {
                EXPECT_GE(mark.center.x() - previousSingle, 11);
                previousSingle = mark.center.x();
            }
        }
    }
}

TEST(TimelineLevelOfDetail, ZoomingInSplitsDensityIntoMarks)
{
    const auto data = syntheticData(3000);
    const auto lanes = TimelineLanes::build(data, LaneKey::DisclosingCountry);
    const TimelineLayout whole = layout(lanes, TimelineLayout::fitAll(*data), {1920, 1080});
    const TimelineLayout month = layout(lanes, {double(day(2001, 3, 1)), double(day(2001, 4, 1))}, {1920, 1080});
    ASSERT_FALSE(whole.lanes().empty());
    EXPECT_TRUE(whole.lanes().front().density);
    EXPECT_FALSE(month.lanes().front().density);
    EXPECT_GT(month.lanes().front().markEnd, month.lanes().front().firstMark);
}

} // namespace
