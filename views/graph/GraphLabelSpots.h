#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace Spyline::GraphLabelSpots {

// Where a node's label of `size` may go, best first: under the shape, above it, right, left,
// then the four corners; `gap` apart from the shape.
QList<QRectF> aroundNode(const QRectF& shape, const QSizeF& size, qreal gap);

// Where a tie's label of `size` may go on its curve (a quadratic from `from` through the
// control point `bend` to `to`), best first: the middle, then a little towards either end.
// `beside` also offers spots off the curve on either side, by `clearance` more than half the
// label, and nearer the ends: for a lag, which is what a link is read for.
QList<QRectF> alongTie(QPointF from, QPointF bend, QPointF to, const QSizeF& size, bool beside, qreal clearance);

} // namespace Spyline::GraphLabelSpots
