#pragma once

#include "Enums.h"

#include <QPainterPath>

namespace Spyline {

enum class MarkShape : quint8
{
    Circle,
    Square,
    Diamond,
    TriangleUp,
    TriangleDown,
    TriangleLeft,
    TriangleRight,
    Hexagon,
    Pentagon,
    Star,
    Cross,
    HorizontalBar,
    VerticalBar,
};

// The shape that says an event's kind, the same on screen and in every export.
class TimelineShapes
{
public:
    static MarkShape shapeOf(EventKind kind);
    // Centred on the origin, fitting a square of side `size`; filled, or stroked when hollow.
    static QPainterPath path(MarkShape shape, qreal size);
    static QPainterPath path(EventKind kind, qreal size)
    {
        return path(shapeOf(kind), size);
    }
};

} // namespace Spyline
