#pragma once

#include <QList>
#include <QPointF>

#include <functional>

namespace Spyline {

enum class FocusDirection : quint8
{
    Left,
    Right,
    Up,
    Down,
};

// Where an arrow key takes the keyboard among items drawn at points (y grows downwards): the
// nearest item on that side of `from`, nearness weighing a step aside twice a step ahead, so that
// Right goes to what is to the right rather than to what is close but above. -1 when nothing lies
// on that side. `eligible` (when given) leaves items out.
int nearestInDirection(const QList<QPointF>& points, int from, FocusDirection direction,
                       const std::function<bool(int)>& eligible = {});

} // namespace Spyline
