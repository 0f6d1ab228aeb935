#include "GraphGeometry.h"

#include "GraphStyle.h"

namespace Spyline {

QRectF GraphGeometry::nodeRect(const GraphData& data, int node) const
{
    const QSizeF size = GraphStyle::nodeSize(data.nodes.at(node));
    const QPointF centre = positions.at(node);
    return {centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height()};
}

QRectF GraphGeometry::bounds(const GraphData& data, qreal margin) const
{
    QRectF box;
    const qsizetype count = std::min(positions.size(), data.nodes.size());
    for (qsizetype i = 0; i < count; ++i)
        box = box.united(nodeRect(data, static_cast<int>(i)));
    return box.adjusted(-margin, -margin, margin, margin);
}

} // namespace Spyline
