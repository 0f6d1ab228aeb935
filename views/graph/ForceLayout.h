#pragma once

#include "records/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QSizeF>

namespace Spyline {

// Positions for a large relation graph in O(n log n) per step: a spring–electrical force model
// with Barnes and Hut's approximation of repulsion, one connected part at a time; each part scaled so that a tie is a
// few shapes long, overlaps pushed apart, and the parts set out in rows, largest first. The same graph gives the same
// positions every time.
class ForceLayout
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::ForceLayout)

public:
    struct Tie
    {
        int from = 0;
        int to = 0;
    };

    // A tie's typical length, in mean shape sizes.
    static constexpr qreal tieLength = 3.0;
    // The room kept between two shapes, in points (as Graphviz's sep="+4").
    static constexpr qreal gap = 4.0;

    // Centres for shapes of `sizes`, tied by `ties` (indices into `sizes`; self ties are ignored).
    static Result<QList<QPointF>> compute(const QList<QSizeF>& sizes, const QList<Tie>& ties);

    // Moves shapes apart until no two overlap with `room` between them, each by as little as it can;
    // returns the rounds it took.
    static int removeOverlaps(QList<QPointF>& centres, const QList<QSizeF>& sizes, qreal room);
};

} // namespace Spyline
