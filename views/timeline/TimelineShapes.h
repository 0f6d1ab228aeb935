#pragma once

#include "records/Enums.h"

#include <QPainterPath>

class QColor;
class QPainter;

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

    static constexpr qreal MarkSize = 11;
    static constexpr qreal HollowSize = 9; // hollow marks stand for a month, year or decade
    static constexpr qreal FadedAlpha = 0.45; // approximate dates
    // How far the whisker of a range open at one end reaches from its known end, fading out: the
    // date lies somewhere beyond, how far is not known.
    static constexpr qreal OpenWhisker = 96;

    // A mark filled with its colour and edged a little darker, so it reads on any lane shade; a
    // hollow one edged in its colour around the background; a faded one for approximate dates.
    static void paint(QPainter& painter, EventKind kind, const QPointF& center, const QColor& color, bool hollow,
                      bool faded, const QColor& background);
};

} // namespace Spyline
