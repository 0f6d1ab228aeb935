#include "MarkPlacement.h"

#include <algorithm>

namespace Spyline::MarkPlacement {

std::vector<std::pair<size_t, size_t>> clusterRuns(const std::vector<qreal>& sortedX, qreal spacing, qreal maxExtent)
{
    std::vector<std::pair<size_t, size_t>> runs;
    for (size_t i = 0; i < sortedX.size();) {
        size_t j = i + 1;
        while (j < sortedX.size() && sortedX[j] - sortedX[j - 1] < spacing && sortedX[j] - sortedX[i] <= maxExtent)
            ++j;
        runs.emplace_back(i, j);
        i = j;
    }
    return runs;
}

void separateNeighbours(std::span<MarkGeometry> row)
{
    for (size_t m = 0; m + 1 < row.size(); ++m) {
        MarkGeometry& a = row[m];
        MarkGeometry& b = row[m + 1];
        if (a.rect.right() <= b.rect.left())
            continue;
        const bool aCluster = a.style == MarkGeometry::Style::Cluster;
        const bool bCluster = b.style == MarkGeometry::Style::Cluster;
        qreal boundary = (a.rect.right() + b.rect.left()) / 2;
        if (aCluster && !bCluster)
            boundary = b.rect.left();
        else if (!aCluster && bCluster)
            boundary = a.rect.right();
        if (aCluster)
            a.rect.setRight(std::max(boundary, a.rect.left() + 4));
        if (bCluster)
            b.rect.setLeft(std::min(boundary, b.rect.right() - 4));
    }
    for (MarkGeometry& mark : row) {
        if (mark.style == MarkGeometry::Style::Cluster)
            mark.center = mark.rect.center();
    }
}

BracketTracks::BracketTracks(std::span<const qreal> offsets)
    : m_offsets(offsets)
    , m_ends(offsets.size(), -1e9)
{
}

qreal BracketTracks::place(qreal x0, qreal x1)
{
    if (m_ends.empty())
        return 0;
    size_t track = 0;
    while (track < m_ends.size() && m_ends[track] > x0 - 2)
        ++track;
    if (track == m_ends.size())
        track = size_t(std::min_element(m_ends.begin(), m_ends.end()) - m_ends.begin());
    m_ends[track] = std::max(m_ends[track], x1);
    return m_offsets[track];
}

} // namespace Spyline::MarkPlacement
