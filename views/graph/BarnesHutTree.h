#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

namespace Spyline {

// A quadtree over points for Barnes and Hut's approximation of repulsion: a far cell acts as one
// body of its points' count at their centre of mass, so that the force on every point costs
// O(n log n) in all rather than O(n²).
class BarnesHutTree
{
public:
    // How far a cell must be, relative to its size, to act as one body.
    static constexpr qreal openingAngle = 1.2;

    // Over the points (x[i], y[i]); the vectors must outlive the tree's use.
    void build(const std::vector<qreal>& x, const std::vector<qreal>& y);
    // The repulsion `strength`·n/d that all other points exert on point `i`, added to (forceX, forceY).
    void repel(int i, qreal strength, qreal& forceX, qreal& forceY) const;

private:
    // Points closer than a cell of this depth stay together in it.
    static constexpr int maxDepth = 48;

    struct Cell
    {
        qreal centreX = 0;
        qreal centreY = 0;
        qreal half = 0;
        qreal massX = 0;
        qreal massY = 0;
        int count = 0;
        int body = -1; // the point of a leaf holding one (at the deepest level, the first of several)
        bool split = false; // whether its points moved down into children
        std::array<int, 4> children {-1, -1, -1, -1};
    };

    int quadrant(const Cell& cell, int point) const;
    int childOf(int cell, int quadrant);
    void insert(int cell, int point, int depth);

    const std::vector<qreal>* m_x = nullptr;
    const std::vector<qreal>* m_y = nullptr;
    std::vector<Cell> m_cells;
};

} // namespace Spyline
