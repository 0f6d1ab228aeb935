#pragma once

#include <QtGlobal>

namespace Spyline {

class LaneStack;
class TimelineLanes;

// Where the keyboard goes on the timeline, by time: within a lane to the previous or next event,
// to the lane above or below at the event nearest in time, to a lane's first or last event, or to
// the first event of the first lane and the last of the last. Lanes that are collapsed or empty are
// passed over. Events are indices into TimelineData::events(); -1 means there is nowhere to go.
class TimelineNavigation
{
public:
    enum class Step : quint8
    {
        Previous,
        Next,
        LaneAbove,
        LaneBelow,
        FirstInLane,
        LastInLane,
        First,
        Last,
    };

    static int step(const TimelineLanes& lanes, const LaneStack& stack, int event, Step step);
    // Where the keyboard starts when it is on no event yet: the first event in the window of the
    // first open lane from `topLane` down that has one there, else the first event of all.
    static int start(const TimelineLanes& lanes, const LaneStack& stack, int topLane, double firstDay, double lastDay);
    // The event of `lane` nearest in time to `day`, or -1 when the lane has none.
    static int nearestInLane(const TimelineLanes& lanes, int lane, double day);
    // The event's place in its lane (0 the first), or -1.
    static int positionInLane(const TimelineLanes& lanes, int event);
};

} // namespace Spyline
