#pragma once

#include "TimelineGeometry.h"

#include <span>
#include <utility>
#include <vector>

namespace Spyline::MarkPlacement {

// Runs of marks that read as one place, over their positions in increasing order: each closer
// than `spacing` to the one before it, and all within `maxExtent` of the first (so that a run
// stays a place, not an era). [begin, end) pairs covering every position once.
std::vector<std::pair<size_t, size_t>> clusterRuns(const std::vector<qreal>& sortedX, qreal spacing, qreal maxExtent);

// Neighbouring marks of one row, in order, never overlap: where a cluster meets the next mark the
// cluster gives way (down to a sliver of 4 px); two clusters meet halfway. Clusters are then
// centred in what they kept.
void separateNeighbours(std::span<MarkGeometry> row);

// Tracks at fixed offsets from a lane's line for range brackets, so that overlapping ranges stay
// apart: a range placed in order of its start takes the first track free at its start (2 px to
// spare), or else the one that frees first.
class BracketTracks
{
public:
    explicit BracketTracks(std::span<const qreal> offsets);
    // The offset for a range from x0 to x1, which holds that track until x1.
    qreal place(qreal x0, qreal x1);

private:
    std::span<const qreal> m_offsets;
    std::vector<qreal> m_ends;
};

} // namespace Spyline::MarkPlacement
