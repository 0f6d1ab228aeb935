#include "GraphTieCurve.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

constexpr qsizetype maxRoutedNodes = 400;

QPointF unitVector(const QPointF& v)
{
    const qreal length = std::hypot(v.x(), v.y());
    return length > 1e-9 ? v / length : QPointF(1, 0);
}

} // namespace

QPointF GraphTieCurve::control(int e) const
{
    const GraphEdge& edge = data.edges.at(e);
    const QPointF p = rects[size_t(edge.from)].center();
    const QPointF q = rects[size_t(edge.to)].center();
    const QPointF middle = (p + q) / 2;
    const QPointF d = unitVector(q - p);
    QPointF normal(-d.y(), d.x());
    if (layout == GraphLayoutKind::Chronology && edge.isLink()) {
        // Like the timeline's arcs: over the line of events, higher for longer lags.
        if (normal.y() > 0)
            normal = -normal;
        return middle + normal * std::min(QLineF(p, q).length() * 0.2, 90 * unit);
    }
    if (twins[size_t(e)])
        return middle + normal * 14 * unit;
    return aroundNodes(e, middle);
}

QPointF GraphTieCurve::aroundNodes(int e, QPointF middle) const
{
    // A small graph (an ego view, a teaching sample) is read tie by tie: a straight tie that would
    // run through a node it does not join bends around it. Past a few hundred nodes the cost per
    // frame is not worth it, and the ties are hairlines anyway.
    if (data.nodes.size() > maxRoutedNodes)
        return middle;
    const GraphEdge& edge = data.edges.at(e);
    const QPointF p = rects[size_t(edge.from)].center();
    const QPointF q = rects[size_t(edge.to)].center();
    const QLineF chord(p, q);
    const qreal length = chord.length();
    if (length <= 0)
        return middle;
    const QPointF d = (q - p) / length;
    const QPointF normal(-d.y(), d.x());
    const qreal gap = 6 * unit;
    qreal push = 0; // signed, along normal: how far the middle of the curve must move
    for (qsizetype n = 0; n < data.nodes.size(); ++n) {
        if (n == edge.from || n == edge.to || !visible[size_t(n)])
            continue;
        const QRectF& rect = rects[size_t(n)];
        const QPointF c = rect.center() - p;
        const qreal along = c.x() * d.x() + c.y() * d.y();
        if (along <= 0 || along >= length)
            continue;
        const qreal across = c.x() * normal.x() + c.y() * normal.y();
        const qreal radius = std::hypot(rect.width(), rect.height()) / 2 + gap;
        if (std::abs(across) >= radius)
            continue;
        // Past the node on the side away from its centre; a curve bends less near its ends, so
        // its middle moves further (not without bound: a node by an end gets a gentle bend).
        const qreal clear = across >= 0 ? across - radius : across + radius;
        const qreal t = std::clamp(along / length, 0.2, 0.8);
        const qreal middlePush = clear / (4 * t * (1 - t));
        if (std::abs(middlePush) > std::abs(push))
            push = middlePush;
    }
    // A quadratic curve's middle lies halfway between the chord's middle and its control point.
    return middle + normal * (2 * push);
}

} // namespace Spyline
