#include "LaneStack.h"

#include <algorithm>

namespace Spyline {

LaneStack::LaneStack(int count, qreal height, qreal collapsedHeight, std::vector<int> collapsed)
    : m_count(std::max(count, 0))
    , m_height(height)
    , m_collapsedHeight(collapsedHeight)
    , m_collapsed(std::move(collapsed))
{
    std::erase_if(m_collapsed, [&](int lane) { return lane < 0 || lane >= m_count; });
    std::sort(m_collapsed.begin(), m_collapsed.end());
    m_collapsed.erase(std::unique(m_collapsed.begin(), m_collapsed.end()), m_collapsed.end());
}

int LaneStack::collapsedBefore(int lane) const
{
    return int(std::lower_bound(m_collapsed.begin(), m_collapsed.end(), lane) - m_collapsed.begin());
}

qreal LaneStack::top(int lane) const
{
    return lane * m_height - collapsedBefore(lane) * (m_height - m_collapsedHeight);
}

bool LaneStack::isCollapsed(int lane) const
{
    return std::binary_search(m_collapsed.begin(), m_collapsed.end(), lane);
}

int LaneStack::laneAt(qreal y) const
{
    if (y < 0 || y >= totalHeight())
        return -1;
    // The last lane whose top is at or above y.
    int low = 0;
    int high = m_count - 1;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (top(middle) <= y)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

} // namespace Spyline
