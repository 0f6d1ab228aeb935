#pragma once

#include <QList>
#include <QRectF>

#include <vector>

namespace Spyline {

// Places labels so that none overlaps another: a label goes where nothing placed (or blocked)
// is, else it is dropped. Callers offer labels most important first, so the less important
// ones are dropped first. A grid of cells keeps each test to the few rectangles nearby.
class GraphLabelPlacer
{
public:
    explicit GraphLabelPlacer(const QRectF& area, qreal cellSize = 64);

    bool isFree(const QRectF& rect) const;
    // Reserves `rect` when it is free; says whether it was.
    bool place(const QRectF& rect);
    // Reserves `rect` whatever is there: node shapes that labels must not cover.
    void block(const QRectF& rect);
    const QList<QRectF>& placed() const
    {
        return m_placed;
    }

private:
    template<typename Visit>
    void forCells(const QRectF& rect, Visit visit) const;
    void insert(const QRectF& rect);

    QRectF m_area;
    qreal m_cell;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<std::vector<int>> m_cells;
    QList<QRectF> m_rects; // placed and blocked
    QList<QRectF> m_placed;
};

} // namespace Spyline
