#include "ForceLayout.h"

#include "BarnesHutTree.h"

#include <QRectF>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

namespace Spyline {

namespace {

// Spring–electrical constants (Hu, 2005): a tie's natural length and the strength of repulsion.
constexpr qreal naturalLength = 1.0;
constexpr qreal repulsion = 0.2;
constexpr int maxForceRounds = 600;
constexpr std::uint32_t seed = 1;

// Parts of the graph that no tie joins, each as its nodes in order.
std::vector<std::vector<int>> connectedParts(int count, const QList<ForceLayout::Tie>& ties)
{
    std::vector<int> parent(static_cast<size_t>(count));
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&](int node) {
        while (parent[size_t(node)] != node) {
            parent[size_t(node)] = parent[size_t(parent[size_t(node)])];
            node = parent[size_t(node)];
        }
        return node;
    };
    for (const ForceLayout::Tie& tie : ties)
        parent[size_t(root(tie.from))] = root(tie.to);
    std::vector<int> partOf(static_cast<size_t>(count), -1);
    std::vector<std::vector<int>> parts;
    for (int node = 0; node < count; ++node) {
        int& part = partOf[size_t(root(node))];
        if (part < 0) {
            part = int(parts.size());
            parts.emplace_back();
        }
        parts[size_t(part)].push_back(node);
    }
    return parts;
}

qreal extent(const QSizeF& size)
{
    return (size.width() + size.height()) / 2;
}

// A uniform number in [low, high) from the generator's raw output, the same on every platform.
qreal uniform(std::mt19937& random, qreal low, qreal high)
{
    return low + (high - low) * (qreal(random()) / 4294967296.0);
}

// A part's ties, by the nodes' places in the part.
using LocalTies = std::vector<std::pair<int, int>>;

// Spring–electrical placement of one part from a seeded random start: attraction d²/K along
// ties, repulsion C·K²/d between all nodes (Barnes–Hut), each node moved a step along its force,
// the step growing while the energy keeps falling and shrinking when it does not, until it is
// small. Positions in units of about one tie.
void placePart(const std::vector<int>& nodes, const LocalTies& ends, QList<QPointF>& centres)
{
    const int count = int(nodes.size());
    std::mt19937 random(seed);
    const qreal side = std::sqrt(qreal(count));
    std::vector<qreal> x(static_cast<size_t>(count));
    std::vector<qreal> y(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        x[size_t(i)] = uniform(random, -side / 2, side / 2);
        y[size_t(i)] = uniform(random, -side / 2, side / 2);
    }
    std::vector<qreal> forceX(static_cast<size_t>(count));
    std::vector<qreal> forceY(static_cast<size_t>(count));
    BarnesHutTree tree;
    qreal step = side / 5;
    qreal energy = std::numeric_limits<qreal>::max();
    int progress = 0;
    for (int round = 0; round < maxForceRounds && step > 0.01 * naturalLength; ++round) {
        tree.build(x, y);
        for (int i = 0; i < count; ++i) {
            forceX[size_t(i)] = 0;
            forceY[size_t(i)] = 0;
            tree.repel(i, repulsion * naturalLength * naturalLength, forceX[size_t(i)], forceY[size_t(i)]);
        }
        for (const auto& [a, b] : ends) {
            const qreal dx = x[size_t(a)] - x[size_t(b)];
            const qreal dy = y[size_t(a)] - y[size_t(b)];
            const qreal pull = std::sqrt(dx * dx + dy * dy) / naturalLength;
            forceX[size_t(a)] -= dx * pull;
            forceY[size_t(a)] -= dy * pull;
            forceX[size_t(b)] += dx * pull;
            forceY[size_t(b)] += dy * pull;
        }
        qreal newEnergy = 0;
        for (int i = 0; i < count; ++i) {
            const qreal force =
                std::sqrt(forceX[size_t(i)] * forceX[size_t(i)] + forceY[size_t(i)] * forceY[size_t(i)]);
            newEnergy += force * force;
            if (force > 0) {
                x[size_t(i)] += step * forceX[size_t(i)] / force;
                y[size_t(i)] += step * forceY[size_t(i)] / force;
            }
        }
        if (newEnergy < energy) {
            if (++progress >= 5) {
                progress = 0;
                step /= 0.9;
            }
        } else {
            progress = 0;
            step *= 0.9;
        }
        energy = newEnergy;
    }
    for (int i = 0; i < count; ++i)
        centres[nodes[size_t(i)]] = QPointF(x[size_t(i)], y[size_t(i)]);
}

// Distances from each node to its nearest neighbour, up to `reach` (those with none nearer say
// `reach`), by a grid of cells that size.
std::vector<qreal> nearestDistances(const std::vector<int>& nodes, const QList<QPointF>& centres, qreal reach)
{
    const auto cellOf = [reach](QPointF p) {
        return std::pair(qint64(std::floor(p.x() / reach)), qint64(std::floor(p.y() / reach)));
    };
    std::vector<std::pair<std::pair<qint64, qint64>, int>> cells;
    cells.reserve(nodes.size());
    for (int node : nodes)
        cells.emplace_back(cellOf(centres.at(node)), node);
    std::sort(cells.begin(), cells.end());
    std::vector<qreal> distances;
    distances.reserve(nodes.size());
    for (int node : nodes) {
        const QPointF p = centres.at(node);
        const auto [column, row] = cellOf(p);
        qreal nearest = reach;
        for (qint64 dy = -1; dy <= 1; ++dy) {
            for (qint64 dx = -1; dx <= 1; ++dx) {
                const std::pair key(column + dx, row + dy);
                auto at =
                    std::lower_bound(cells.cbegin(), cells.cend(), std::pair(key, std::numeric_limits<int>::min()));
                for (; at != cells.cend() && at->first == key; ++at) {
                    if (at->second != node)
                        nearest = std::min(
                            nearest,
                            std::hypot(p.x() - centres.at(at->second).x(), p.y() - centres.at(at->second).y()));
                }
            }
        }
        distances.push_back(nearest);
    }
    return distances;
}

// Scales a part about its middle so that its median tie is `length` long, or more where nodes
// crowd: far enough that half the nodes have room for their shape before any is pushed.
void scalePart(const std::vector<int>& nodes, const LocalTies& ends, qreal length, qreal room, QList<QPointF>& centres)
{
    std::vector<qreal> lengths;
    for (const auto& [a, b] : ends) {
        const QPointF from = centres.at(nodes[size_t(a)]);
        const QPointF to = centres.at(nodes[size_t(b)]);
        lengths.push_back(std::hypot(from.x() - to.x(), from.y() - to.y()));
    }
    if (lengths.empty())
        return;
    std::nth_element(lengths.begin(), lengths.begin() + qsizetype(lengths.size() / 2), lengths.end());
    const qreal median = lengths[lengths.size() / 2];
    if (median <= 1e-9)
        return;
    qreal factor = length / median;
    std::vector<qreal> nearest = nearestDistances(nodes, centres, median);
    std::nth_element(nearest.begin(), nearest.begin() + qsizetype(nearest.size() / 2), nearest.end());
    if (const qreal crowded = nearest[size_t(nearest.size() / 2)]; crowded > 1e-9)
        factor = std::max(factor, room / crowded);
    for (int node : nodes)
        centres[node] *= factor;
}

QRectF boundsOf(const std::vector<int>& nodes, const QList<QPointF>& centres, const QList<QSizeF>& sizes)
{
    QRectF box;
    for (int node : nodes) {
        const QSizeF size = sizes.at(node);
        const QRectF rect(centres.at(node) - QPointF(size.width() / 2, size.height() / 2), size);
        box = box.isNull() ? rect : box.united(rect);
    }
    return box;
}

} // namespace

int ForceLayout::removeOverlaps(QList<QPointF>& centres, const QList<QSizeF>& sizes, qreal room)
{
    const qsizetype count = centres.size();
    if (count < 2)
        return 0;
    // A cell as large as the largest shape with its room: overlapping shapes sit in neighbouring cells.
    qreal cell = 1;
    for (const QSizeF& size : sizes)
        cell = std::max({cell, size.width(), size.height()});
    cell += room;
    const auto keyOf = [cell](QPointF p, int dx, int dy) {
        const auto column = qint64(std::floor(p.x() / cell)) + dx;
        const auto row = qint64(std::floor(p.y() / cell)) + dy;
        return (quint64(row) << 32) ^ (quint64(column) & 0xffffffffu);
    };
    std::vector<std::pair<quint64, int>> cells(static_cast<size_t>(count));
    constexpr int maxRounds = 400; // enough: from round 50 on, every tenth spreads the picture
    for (int round = 1; round <= maxRounds; ++round) {
        for (qsizetype i = 0; i < count; ++i)
            cells[size_t(i)] = {keyOf(centres.at(i), 0, 0), int(i)};
        std::sort(cells.begin(), cells.end());
        bool moved = false;
        for (qsizetype i = 0; i < count; ++i) {
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const quint64 key = keyOf(centres.at(i), dx, dy);
                    auto at = std::lower_bound(cells.cbegin(), cells.cend(), std::pair<quint64, int>(key, 0));
                    for (; at != cells.cend() && at->first == key; ++at) {
                        const int j = at->second;
                        if (j <= i)
                            continue;
                        QPointF& a = centres[i];
                        QPointF& b = centres[j];
                        const qreal overlapX =
                            (sizes.at(i).width() + sizes.at(j).width()) / 2 + room - std::abs(a.x() - b.x());
                        const qreal overlapY =
                            (sizes.at(i).height() + sizes.at(j).height()) / 2 + room - std::abs(a.y() - b.y());
                        if (overlapX <= 0 || overlapY <= 0)
                            continue;
                        // The shorter way out, shared by both; shapes on one spot part along an
                        // axis their indices choose, so that a pile spreads both ways.
                        moved = true;
                        const bool sameSpot = a == b;
                        if (sameSpot ? (i + j) % 2 == 0 : overlapX < overlapY) {
                            const qreal step = overlapX / 2 + 0.01;
                            const qreal side = a.x() < b.x() || (a.x() == b.x() && i < j) ? 1 : -1;
                            a.rx() -= side * step;
                            b.rx() += side * step;
                        } else {
                            const qreal step = overlapY / 2 + 0.01;
                            const qreal side = a.y() < b.y() || (a.y() == b.y() && i < j) ? 1 : -1;
                            a.ry() -= side * step;
                            b.ry() += side * step;
                        }
                    }
                }
            }
        }
        if (!moved)
            return round;
        if (round >= 50 && round % 10 == 0) {
            // Crowds that pushing alone does not clear: spread the whole picture a little, which
            // moves every pair apart, so that the rounds come to an end.
            for (QPointF& p : centres)
                p *= 1.1;
        }
    }
    return maxRounds;
}

Result<QList<QPointF>> ForceLayout::compute(const QList<QSizeF>& sizes, const QList<Tie>& ties)
{
    const int count = int(sizes.size());
    QList<QPointF> centres(count);
    if (count == 0)
        return centres;
    for (const Tie& tie : ties) {
        if (tie.from < 0 || tie.to < 0 || tie.from >= count || tie.to >= count)
            return fail(tr("A tie names node %1 of a graph of %2").arg(std::max(tie.from, tie.to)).arg(count));
    }
    const std::vector<std::vector<int>> parts = connectedParts(count, ties);
    std::vector<int> partOf(static_cast<size_t>(count), -1);
    std::vector<int> localIndex(static_cast<size_t>(count), -1);
    for (size_t part = 0; part < parts.size(); ++part) {
        for (size_t i = 0; i < parts[part].size(); ++i) {
            partOf[size_t(parts[part][i])] = int(part);
            localIndex[size_t(parts[part][i])] = int(i);
        }
    }
    std::vector<LocalTies> partTies(parts.size());
    for (const Tie& tie : ties) {
        if (tie.from != tie.to)
            partTies[size_t(partOf[size_t(tie.from)])].emplace_back(localIndex[size_t(tie.from)],
                                                                    localIndex[size_t(tie.to)]);
    }
    const qreal meanExtent =
        std::accumulate(sizes.cbegin(), sizes.cend(), 0.0, [](qreal sum, QSizeF s) { return sum + extent(s); }) / count;
    const qreal length = tieLength * meanExtent;

    for (size_t part = 0; part < parts.size(); ++part) {
        if (parts[part].size() == 2)
            centres[parts[part][1]] = QPointF(1, 0);
        if (parts[part].size() > 2)
            placePart(parts[part], partTies[part], centres);
    }

    // Each part at its scale, apart; then the parts in rows, largest first, a tie's length between.
    QList<QRectF> boxes;
    qreal area = 0;
    qreal widest = 0;
    for (size_t part = 0; part < parts.size(); ++part) {
        scalePart(parts[part], partTies[part], length, meanExtent + gap, centres);
        QList<QPointF> local;
        QList<QSizeF> localSizes;
        for (int node : parts[part]) {
            local.append(centres.at(node));
            localSizes.append(sizes.at(node));
        }
        removeOverlaps(local, localSizes, gap);
        for (size_t i = 0; i < parts[part].size(); ++i)
            centres[parts[part][i]] = local.at(qsizetype(i));
        const QRectF box = boundsOf(parts[part], centres, sizes);
        boxes.append(box);
        area += (box.width() + length) * (box.height() + length);
        widest = std::max(widest, box.width());
    }
    std::vector<size_t> order(parts.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return parts[a].size() > parts[b].size(); });
    // Rows about twice as wide as the picture is tall, as screens and slides are.
    const qreal rowWidth = std::max(widest, std::sqrt(area * 2));
    QPointF corner;
    qreal rowHeight = 0;
    for (size_t part : order) {
        const QRectF& box = boxes.at(qsizetype(part));
        if (corner.x() > 0 && corner.x() + box.width() > rowWidth) {
            corner = QPointF(0, corner.y() + rowHeight + length);
            rowHeight = 0;
        }
        const QPointF shift = corner - box.topLeft();
        for (int node : parts[part])
            centres[node] += shift;
        corner.rx() += box.width() + length;
        rowHeight = std::max(rowHeight, box.height());
    }
    return centres;
}

} // namespace Spyline
