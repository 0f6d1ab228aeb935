#pragma once

#include <QtGlobal>

#include <vector>

namespace Spyline {

// Where each lane sits vertically, for any number of lanes: all have one height except the
// collapsed ones, so a position is arithmetic plus a search among the few collapsed lanes.
class LaneStack
{
public:
    LaneStack() = default;
    // `collapsed` holds lane indices, in any order.
    LaneStack(int count, qreal height, qreal collapsedHeight, std::vector<int> collapsed = {});

    int count() const
    {
        return m_count;
    }
    qreal laneHeight() const
    {
        return m_height;
    }
    // From the top of the first lane.
    qreal top(int lane) const;
    qreal height(int lane) const
    {
        return isCollapsed(lane) ? m_collapsedHeight : m_height;
    }
    qreal totalHeight() const
    {
        return top(m_count);
    }
    bool isCollapsed(int lane) const;
    // The lane at this distance from the top, or -1.
    int laneAt(qreal y) const;

private:
    int collapsedBefore(int lane) const;

    int m_count = 0;
    qreal m_height = 40;
    qreal m_collapsedHeight = 16;
    std::vector<int> m_collapsed; // sorted
};

} // namespace Spyline
