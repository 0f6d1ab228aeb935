#include "LabelPlacer.h"

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {
constexpr qreal CellWidth = 64;
constexpr qreal CellHeight = 16;
} // namespace

LabelPlacer::LabelPlacer(const QRectF& bounds)
    : m_bounds(bounds)
    , m_columns(std::max(1, int(std::ceil(bounds.width() / CellWidth))))
    , m_rows(std::max(1, int(std::ceil(bounds.height() / CellHeight))))
    , m_cells(size_t(m_columns) * size_t(m_rows))
{
}

template<typename Visit>
void LabelPlacer::visitCells(const QRectF& rect, Visit visit) const
{
    const auto column = [&](qreal x) {
        return std::clamp(int(std::floor((x - m_bounds.left()) / CellWidth)), 0, m_columns - 1);
    };
    const auto row = [&](qreal y) {
        return std::clamp(int(std::floor((y - m_bounds.top()) / CellHeight)), 0, m_rows - 1);
    };
    const int c0 = column(rect.left());
    const int c1 = column(rect.right());
    const int r0 = row(rect.top());
    const int r1 = row(rect.bottom());
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            if (!visit(size_t(r) * size_t(m_columns) + size_t(c)))
                return;
        }
    }
}

void LabelPlacer::reserve(const QRectF& rect)
{
    const int index = int(m_rects.size());
    m_rects.push_back(rect);
    visitCells(rect, [&](size_t cell) {
        m_cells[cell].push_back(index);
        return true;
    });
}

bool LabelPlacer::isFree(const QRectF& rect) const
{
    bool free = true;
    visitCells(rect, [&](size_t cell) {
        for (int index : m_cells[cell]) {
            if (m_rects[size_t(index)].intersects(rect)) {
                free = false;
                return false;
            }
        }
        return true;
    });
    return free;
}

qreal LabelPlacer::freeRight(qreal x, qreal top, qreal bottom, qreal limit) const
{
    qreal free = limit;
    visitCells(QRectF(x, top, limit, bottom - top), [&](size_t cell) {
        for (int index : m_cells[cell]) {
            const QRectF& r = m_rects[size_t(index)];
            if (r.bottom() <= top || r.top() >= bottom || r.right() <= x)
                continue;
            free = std::min(free, std::max<qreal>(0, r.left() - x));
        }
        return free > 0;
    });
    return free;
}

qreal LabelPlacer::freeLeft(qreal x, qreal top, qreal bottom, qreal limit) const
{
    qreal free = limit;
    visitCells(QRectF(x - limit, top, limit, bottom - top), [&](size_t cell) {
        for (int index : m_cells[cell]) {
            const QRectF& r = m_rects[size_t(index)];
            if (r.bottom() <= top || r.top() >= bottom || r.left() >= x)
                continue;
            free = std::min(free, std::max<qreal>(0, x - r.right()));
        }
        return free > 0;
    });
    return free;
}

} // namespace Spyline
