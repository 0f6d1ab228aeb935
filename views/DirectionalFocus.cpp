#include "DirectionalFocus.h"

#include <cmath>
#include <limits>

namespace Spyline {

int nearestInDirection(const QList<QPointF>& points, int from, FocusDirection direction,
                       const std::function<bool(int)>& eligible)
{
    if (from < 0 || from >= points.size())
        return -1;
    const QPointF origin = points.at(from);
    int best = -1;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (int i = 0; i < points.size(); ++i) {
        if (i == from || (eligible && !eligible(i)))
            continue;
        const QPointF d = points.at(i) - origin;
        qreal ahead = 0;
        qreal aside = 0;
        switch (direction) {
        case FocusDirection::Left:
            ahead = -d.x();
            aside = d.y();
            break;
        case FocusDirection::Right:
            ahead = d.x();
            aside = d.y();
            break;
        case FocusDirection::Up:
            ahead = -d.y();
            aside = d.x();
            break;
        case FocusDirection::Down:
            ahead = d.y();
            aside = d.x();
            break;
        }
        // Items at the same spot (a stack of nodes) count as ahead to the right and down, so that
        // Right and Down reach each of them in turn and Left and Up come back.
        if (ahead < 0.5) {
            const bool sameSpot = std::abs(d.x()) < 0.5 && std::abs(d.y()) < 0.5;
            const bool forward = direction == FocusDirection::Right || direction == FocusDirection::Down;
            if (!sameSpot || (forward ? i < from : i > from))
                continue;
            ahead = 1e-6 * std::abs(i - from); // the next one in turn first
        }
        const qreal score = ahead + 2 * std::abs(aside);
        if (score < bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

} // namespace Spyline
