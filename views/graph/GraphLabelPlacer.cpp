#include "GraphLabelPlacer.h"

#include <algorithm>
#include <cmath>

namespace Spyline {

GraphLabelPlacer::GraphLabelPlacer(const QRectF& area, qreal cellSize)
    : m_area(area)
    , m_cell(std::max<qreal>(8, cellSize))
{
    m_columns = std::max(1, static_cast<int>(std::ceil(area.width() / m_cell)));
    m_rows = std::max(1, static_cast<int>(std::ceil(area.height() / m_cell)));
    m_cells.resize(size_t(m_columns) * size_t(m_rows));
}

template<typename Visit>
void GraphLabelPlacer::forCells(const QRectF& rect, Visit visit) const
{
    const auto column = [&](qreal x) {
        return std::clamp(static_cast<int>((x - m_area.left()) / m_cell), 0, m_columns - 1);
    };
    const auto row = [&](qreal y) { return std::clamp(static_cast<int>((y - m_area.top()) / m_cell), 0, m_rows - 1); };
    const int left = column(rect.left());
    const int right = column(rect.right());
    const int top = row(rect.top());
    const int bottom = row(rect.bottom());
    for (int r = top; r <= bottom; ++r) {
        for (int c = left; c <= right; ++c) {
            if (!visit(size_t(r) * size_t(m_columns) + size_t(c)))
                return;
        }
    }
}

bool GraphLabelPlacer::isFree(const QRectF& rect) const
{
    bool free = true;
    forCells(rect, [&](size_t cell) {
        for (int index : m_cells[cell]) {
            if (m_rects.at(index).intersects(rect)) {
                free = false;
                return false;
            }
        }
        return true;
    });
    return free;
}

void GraphLabelPlacer::insert(const QRectF& rect)
{
    const int index = static_cast<int>(m_rects.size());
    m_rects.append(rect);
    forCells(rect, [&](size_t cell) {
        m_cells[cell].push_back(index);
        return true;
    });
}

bool GraphLabelPlacer::place(const QRectF& rect)
{
    if (!isFree(rect))
        return false;
    insert(rect);
    m_placed.append(rect);
    return true;
}

void GraphLabelPlacer::block(const QRectF& rect)
{
    insert(rect);
}

} // namespace Spyline
