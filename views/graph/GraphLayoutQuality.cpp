#include "GraphLayoutQuality.h"

#include "GraphGeometry.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Spyline {

namespace {

// Pairs of shapes overlapping by more than a hair, by a sweep over their left edges.
qsizetype countOverlaps(const GraphData& data, const GraphGeometry& geometry)
{
    std::vector<QRectF> rects;
    rects.reserve(size_t(data.nodes.size()));
    for (qsizetype i = 0; i < data.nodes.size(); ++i)
        rects.push_back(geometry.nodeRect(data, int(i)));
    std::sort(rects.begin(), rects.end(), [](const QRectF& a, const QRectF& b) { return a.left() < b.left(); });
    qsizetype count = 0;
    for (size_t i = 0; i < rects.size(); ++i) {
        for (size_t j = i + 1; j < rects.size() && rects[j].left() < rects[i].right() - 0.01; ++j) {
            const QRectF both = rects[i].intersected(rects[j]);
            if (both.width() > 0.01 && both.height() > 0.01)
                ++count;
        }
    }
    return count;
}

} // namespace

GraphLayoutQuality GraphLayoutQuality::measure(const GraphData& data, const GraphGeometry& geometry)
{
    GraphLayoutQuality quality;
    if (geometry.positions.size() != data.nodes.size() || data.nodes.isEmpty())
        return quality;
    quality.overlaps = countOverlaps(data, geometry);
    std::vector<qreal> lengths;
    lengths.reserve(size_t(data.edges.size()));
    for (const GraphEdge& edge : data.edges) {
        if (edge.from == edge.to)
            continue;
        const QPointF d = geometry.positions.at(edge.from) - geometry.positions.at(edge.to);
        lengths.push_back(std::hypot(d.x(), d.y()));
    }
    quality.ties = qsizetype(lengths.size());
    if (lengths.empty())
        return quality;
    qreal sum = 0;
    for (qreal length : lengths)
        sum += length;
    const qreal mean = sum / qreal(lengths.size());
    qreal squares = 0;
    for (qreal length : lengths)
        squares += (length - mean) * (length - mean);
    quality.tieLengthSpread = mean > 0 ? std::sqrt(squares / qreal(lengths.size())) / mean : 0;
    qreal shapes = 0;
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        const QSizeF size = geometry.nodeRect(data, int(i)).size();
        shapes += (size.width() + size.height()) / 2;
    }
    shapes /= qreal(data.nodes.size());
    std::nth_element(lengths.begin(), lengths.begin() + qsizetype(lengths.size() / 2), lengths.end());
    quality.medianTieInShapes = shapes > 0 ? lengths[lengths.size() / 2] / shapes : 0;
    return quality;
}

} // namespace Spyline
