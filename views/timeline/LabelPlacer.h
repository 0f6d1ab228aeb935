#pragma once

#include <QRectF>

#include <vector>

namespace Spyline {

// The rectangles already taken in a frame, in a coarse grid so that a query looks only at its
// neighbours: where labels can go without covering a mark or another label.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF& bounds);

    void reserve(const QRectF& rect);
    bool isFree(const QRectF& rect) const;
    // How far a label starting at x can run right within [top, bottom] before it meets something,
    // up to `limit`; 0 when x itself is taken.
    qreal freeRight(qreal x, qreal top, qreal bottom, qreal limit) const;
    // The same, running left from x.
    qreal freeLeft(qreal x, qreal top, qreal bottom, qreal limit) const;

private:
    template<typename Visit>
    void visitCells(const QRectF& rect, Visit visit) const;

    QRectF m_bounds;
    int m_columns = 1;
    int m_rows = 1;
    std::vector<QRectF> m_rects;
    std::vector<std::vector<int>> m_cells;
};

} // namespace Spyline
