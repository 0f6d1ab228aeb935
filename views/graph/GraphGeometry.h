#pragma once

#include "graph/GraphData.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace Spyline {

// Where the layout put each node: centres in layout units (points, y down), in the order of
// GraphData::nodes. The painter and the view read it; a dragged node moves only here.
struct GraphGeometry
{
    QList<QPointF> positions;
    GraphLayoutKind layout = GraphLayoutKind::Relations;
    QString engine; // "sfdp", "neato", "dot"

    bool isEmpty() const
    {
        return positions.isEmpty();
    }
    // Every node's shape, with a margin.
    QRectF bounds(const GraphData& data, qreal margin = 0) const;
    QRectF nodeRect(const GraphData& data, int node) const;
};

} // namespace Spyline
