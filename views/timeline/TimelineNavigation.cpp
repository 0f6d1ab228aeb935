#include "TimelineNavigation.h"

#include "LaneStack.h"
#include "timeline/TimelineLanes.h"

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

bool isOpen(const TimelineLanes& lanes, const LaneStack& stack, int lane)
{
    return lane >= 0 && lane < lanes.count() && !lanes.events(lane).empty()
        && (lane >= stack.count() || !stack.isCollapsed(lane));
}

int firstOpenLane(const TimelineLanes& lanes, const LaneStack& stack, int from, int direction)
{
    for (int lane = from; lane >= 0 && lane < lanes.count(); lane += direction) {
        if (isOpen(lanes, stack, lane))
            return lane;
    }
    return -1;
}

} // namespace

int TimelineNavigation::positionInLane(const TimelineLanes& lanes, int event)
{
    if (event < 0 || size_t(event) >= lanes.data().events().size())
        return -1;
    const int lane = lanes.laneOfEvent(event);
    if (lane < 0)
        return -1;
    const auto events = lanes.events(lane);
    const auto anchors = lanes.anchors(lane);
    const DayNumber anchor = lanes.data().events()[size_t(event)].earliest;
    // Events on the same day sit side by side: search the run of that day.
    for (auto it = std::lower_bound(anchors.begin(), anchors.end(), anchor); it != anchors.end() && *it == anchor;
         ++it) {
        const auto position = it - anchors.begin();
        if (events[size_t(position)] == event)
            return int(position);
    }
    return -1;
}

int TimelineNavigation::nearestInLane(const TimelineLanes& lanes, int lane, double day)
{
    if (lane < 0 || lane >= lanes.count())
        return -1;
    const auto events = lanes.events(lane);
    const auto anchors = lanes.anchors(lane);
    if (events.empty())
        return -1;
    const auto after = std::lower_bound(anchors.begin(), anchors.end(), DayNumber(std::max(0.0, std::ceil(day))));
    size_t best = size_t(after - anchors.begin());
    if (best == anchors.size() || (best > 0 && day - anchors[best - 1] <= anchors[best] - day))
        best = best == 0 ? 0 : best - 1;
    return events[best];
}

int TimelineNavigation::step(const TimelineLanes& lanes, const LaneStack& stack, int event, Step step)
{
    const int position = positionInLane(lanes, event);
    const int lane = position < 0 ? -1 : lanes.laneOfEvent(event);
    switch (step) {
    case Step::First: {
        const int first = firstOpenLane(lanes, stack, 0, 1);
        return first < 0 ? -1 : lanes.events(first).front();
    }
    case Step::Last: {
        const int last = firstOpenLane(lanes, stack, lanes.count() - 1, -1);
        return last < 0 ? -1 : lanes.events(last).back();
    }
    default:
        break;
    }
    if (lane < 0)
        return -1;
    const auto events = lanes.events(lane);
    switch (step) {
    case Step::Previous:
        return position > 0 ? events[size_t(position - 1)] : -1;
    case Step::Next:
        return size_t(position + 1) < events.size() ? events[size_t(position + 1)] : -1;
    case Step::FirstInLane:
        return events.front();
    case Step::LastInLane:
        return events.back();
    case Step::LaneAbove:
    case Step::LaneBelow: {
        const int direction = step == Step::LaneAbove ? -1 : 1;
        const int next = firstOpenLane(lanes, stack, lane + direction, direction);
        return next < 0 ? -1 : nearestInLane(lanes, next, lanes.data().events()[size_t(event)].earliest);
    }
    case Step::First:
    case Step::Last:
        break;
    }
    return -1;
}

int TimelineNavigation::start(const TimelineLanes& lanes, const LaneStack& stack, int topLane, double firstDay,
                              double lastDay)
{
    for (int lane = firstOpenLane(lanes, stack, std::max(0, topLane), 1); lane >= 0;
         lane = firstOpenLane(lanes, stack, lane + 1, 1)) {
        const auto anchors = lanes.anchors(lane);
        const auto first =
            std::lower_bound(anchors.begin(), anchors.end(), DayNumber(std::max(0.0, std::ceil(firstDay))));
        if (first != anchors.end() && *first <= lastDay)
            return lanes.events(lane)[size_t(first - anchors.begin())];
    }
    return step(lanes, stack, -1, Step::First);
}

} // namespace Spyline
