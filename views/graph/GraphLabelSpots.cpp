#include "GraphLabelSpots.h"

#include <cmath>

namespace Spyline::GraphLabelSpots {

QList<QRectF> aroundNode(const QRectF& shape, const QSizeF& size, qreal gap)
{
    const QPointF c = shape.center();
    const qreal w = size.width();
    const qreal h = size.height();
    return {
        {c.x() - w / 2, shape.bottom() + gap, w, h},
        {c.x() - w / 2, shape.top() - gap - h, w, h},
        {shape.right() + gap, c.y() - h / 2, w, h},
        {shape.left() - gap - w, c.y() - h / 2, w, h},
        {shape.right() - w * 0.2, shape.bottom() + gap, w, h},
        {shape.left() - w * 0.8, shape.bottom() + gap, w, h},
        {shape.right() - w * 0.2, shape.top() - gap - h, w, h},
        {shape.left() - w * 0.8, shape.top() - gap - h, w, h},
    };
}

QList<QRectF> alongTie(QPointF from, QPointF bend, QPointF to, const QSizeF& size, bool beside, qreal clearance)
{
    static constexpr qreal along[] = {0.5, 0.38, 0.62, 0.25, 0.75};
    static constexpr qreal sides[] = {0.0, 1.0, -1.0};
    const int alongCount = beside ? 5 : 3;
    const int sideCount = beside ? 3 : 1;
    QList<QRectF> spots;
    for (int i = 0; i < sideCount; ++i) {
        const qreal side = sides[i];
        for (int j = 0; j < alongCount; ++j) {
            const qreal t = along[j];
            QPointF at = from * ((1 - t) * (1 - t)) + bend * (2 * (1 - t) * t) + to * (t * t);
            if (side != 0) {
                // Off the curve along its normal, by a little more than half the label.
                const QPointF tangent = (bend - from) * (2 * (1 - t)) + (to - bend) * (2 * t);
                const qreal length = std::hypot(tangent.x(), tangent.y());
                if (length <= 0)
                    continue;
                const QPointF normal(-tangent.y() / length, tangent.x() / length);
                at += normal * side * (size.height() * 0.5 + size.width() * 0.5 * std::abs(normal.x()) + clearance);
            }
            spots.append(QRectF(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height()));
        }
    }
    return spots;
}

} // namespace Spyline::GraphLabelSpots
