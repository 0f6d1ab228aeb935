#pragma once

#include "graph/GraphData.h"

#include <QPointF>
#include <QRectF>

#include <span>

namespace Spyline {

// How a tie runs between the shapes of a frame (device coordinates): a quadratic curve through a
// control point. Pure geometry, shared by the painter (which draws the curve) and the label layout
// (which puts a tie's label on it).
struct GraphTieCurve
{
    const GraphData& data;
    std::span<const QRectF> rects; // every node's shape, in the order of data.nodes
    std::span<const char> visible; // the node is on screen
    std::span<const char> twins; // the edge has a twin the other way
    GraphLayoutKind layout = GraphLayoutKind::Relations;
    qreal unit = 1; // device pixels in a 96th of an inch

    // Where `edge` bends: event links arc over the chronology, twin edges part, a straight tie
    // bends around the nodes it passes but does not join; else the middle (a straight line).
    QPointF control(int edge) const;

private:
    QPointF aroundNodes(int edge, QPointF middle) const;
};

} // namespace Spyline
