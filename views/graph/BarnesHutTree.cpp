#include "BarnesHutTree.h"

#include <algorithm>

namespace Spyline {

void BarnesHutTree::build(const std::vector<qreal>& x, const std::vector<qreal>& y)
{
    m_x = &x;
    m_y = &y;
    m_cells.clear();
    if (x.empty())
        return;
    const auto [left, right] = std::minmax_element(x.cbegin(), x.cend());
    const auto [top, bottom] = std::minmax_element(y.cbegin(), y.cend());
    Cell root;
    root.centreX = (*left + *right) / 2;
    root.centreY = (*top + *bottom) / 2;
    root.half = std::max(*right - *left, *bottom - *top) / 2 + 1e-6;
    m_cells.push_back(root);
    for (int i = 0; i < int(x.size()); ++i)
        insert(0, i, 0);
    for (Cell& cell : m_cells) {
        if (cell.count > 0) {
            cell.massX /= cell.count;
            cell.massY /= cell.count;
        }
    }
}

void BarnesHutTree::repel(int i, qreal strength, qreal& forceX, qreal& forceY) const
{
    if (m_cells.empty())
        return;
    const qreal px = (*m_x)[size_t(i)];
    const qreal py = (*m_y)[size_t(i)];
    // Depth-first: at most three siblings wait per level.
    std::array<int, maxDepth * 3 + 8> stack {};
    int top = 0;
    stack[size_t(top++)] = 0;
    while (top > 0) {
        const Cell& cell = m_cells[size_t(stack[size_t(--top)])];
        qreal dx = px - cell.massX;
        qreal dy = py - cell.massY;
        qreal distance = dx * dx + dy * dy;
        if (!cell.split || 4 * cell.half * cell.half < openingAngle * openingAngle * distance) {
            const int bodies = cell.count - (!cell.split && cell.body == i ? 1 : 0);
            if (bodies == 0)
                continue;
            if (distance < 1e-12) {
                // Points on one spot part in a direction of their own.
                dx = (i % 2 == 0 ? 1e-6 : -1e-6);
                dy = (i % 4 < 2 ? 1e-6 : -1e-6);
                distance = 2e-12;
            }
            forceX += strength * bodies * dx / distance;
            forceY += strength * bodies * dy / distance;
            continue;
        }
        for (int child : cell.children) {
            if (child >= 0)
                stack[size_t(top++)] = child;
        }
    }
}

int BarnesHutTree::quadrant(const Cell& cell, int point) const
{
    return ((*m_x)[size_t(point)] >= cell.centreX ? 1 : 0) + ((*m_y)[size_t(point)] >= cell.centreY ? 2 : 0);
}

int BarnesHutTree::childOf(int cell, int quadrant)
{
    if (m_cells[size_t(cell)].children[size_t(quadrant)] < 0) {
        Cell child;
        child.half = m_cells[size_t(cell)].half / 2;
        child.centreX = m_cells[size_t(cell)].centreX + ((quadrant & 1) ? child.half : -child.half);
        child.centreY = m_cells[size_t(cell)].centreY + ((quadrant & 2) ? child.half : -child.half);
        m_cells.push_back(child);
        m_cells[size_t(cell)].children[size_t(quadrant)] = int(m_cells.size()) - 1;
        m_cells[size_t(cell)].split = true;
    }
    return m_cells[size_t(cell)].children[size_t(quadrant)];
}

void BarnesHutTree::insert(int cell, int point, int depth)
{
    {
        Cell& here = m_cells[size_t(cell)];
        here.count += 1;
        here.massX += (*m_x)[size_t(point)];
        here.massY += (*m_y)[size_t(point)];
        if (here.count == 1) {
            here.body = point;
            return;
        }
        if (depth >= maxDepth)
            return;
    }
    if (const int resident = m_cells[size_t(cell)].body; resident >= 0) {
        m_cells[size_t(cell)].body = -1;
        const int child = childOf(cell, quadrant(m_cells[size_t(cell)], resident));
        insert(child, resident, depth + 1);
    }
    const int child = childOf(cell, quadrant(m_cells[size_t(cell)], point));
    insert(child, point, depth + 1);
}

} // namespace Spyline
