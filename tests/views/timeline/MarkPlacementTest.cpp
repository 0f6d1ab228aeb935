#include "MarkPlacement.h"

#include <gtest/gtest.h>

using namespace Spyline;
using namespace Spyline::MarkPlacement;

namespace {

using Runs = std::vector<std::pair<size_t, size_t>>;

TEST(ClusterRuns, NeighboursCloserThanTheSpacingJoinUpToTheExtent)
{
    // 0, 10, 20 are each 10 apart (< 14): one run; 40 stands alone; 60 .. 120 in steps of 10 would
    // span 60 px, so the run breaks once it passes 42 px from its first.
    const std::vector<qreal> xs {0, 10, 20, 40, 60, 70, 80, 90, 100, 110, 120};
    EXPECT_EQ(clusterRuns(xs, 14, 42), (Runs {{0, 3}, {3, 4}, {4, 9}, {9, 11}}));
    EXPECT_EQ(clusterRuns({}, 14, 42), Runs {});
    EXPECT_EQ(clusterRuns({5}, 14, 42), (Runs {{0, 1}}));
    // Exactly the spacing apart is apart.
    EXPECT_EQ(clusterRuns({0, 14, 28}, 14, 42), (Runs {{0, 1}, {1, 2}, {2, 3}}));
}

MarkGeometry mark(MarkGeometry::Style style, qreal left, qreal right)
{
    MarkGeometry m;
    m.style = style;
    m.rect = QRectF(left, 0, right - left, 10);
    m.center = m.rect.center();
    return m;
}

TEST(SeparateNeighbours, AClusterGivesWayToTheMarkItMeets)
{
    std::vector<MarkGeometry> row {mark(MarkGeometry::Style::Cluster, 0, 30), mark(MarkGeometry::Style::Point, 25, 36),
                                   mark(MarkGeometry::Style::Cluster, 33, 60),
                                   mark(MarkGeometry::Style::Cluster, 50, 80)};
    separateNeighbours(row);
    // The point keeps its place; the clusters on either side stop at its edges.
    EXPECT_EQ(row[1].rect, QRectF(25, 0, 11, 10));
    EXPECT_DOUBLE_EQ(row[0].rect.right(), 25);
    EXPECT_DOUBLE_EQ(row[2].rect.left(), 36);
    // Two clusters meet halfway between them (60 and 50: at 55), each centred in what it kept.
    EXPECT_DOUBLE_EQ(row[2].rect.right(), 55);
    EXPECT_DOUBLE_EQ(row[3].rect.left(), 55);
    EXPECT_EQ(row[3].center, row[3].rect.center());
    for (size_t i = 0; i + 1 < row.size(); ++i)
        EXPECT_LE(row[i].rect.right(), row[i + 1].rect.left()) << i;
}

TEST(SeparateNeighbours, AClusterKeepsASliverWhenSqueezed)
{
    std::vector<MarkGeometry> row {mark(MarkGeometry::Style::Cluster, 10, 30), mark(MarkGeometry::Style::Point, 5, 16)};
    separateNeighbours(row);
    EXPECT_DOUBLE_EQ(row[0].rect.width(), 4);
}

TEST(BracketTracks, OverlappingRangesTakeTheNextFreeTrack)
{
    const qreal offsets[] = {0, 7, -7};
    BracketTracks tracks(offsets);
    EXPECT_EQ(tracks.place(0, 100), 0);
    EXPECT_EQ(tracks.place(50, 120), 7); // overlaps the first
    EXPECT_EQ(tracks.place(60, 70), -7); // overlaps both
    // All three taken: the one that frees first (the third, at 70).
    EXPECT_EQ(tracks.place(65, 200), -7);
    // After 2 px to spare, the first track is free again.
    EXPECT_EQ(tracks.place(102, 130), 0);
    // Every track is taken again (to 130, 120 and 200): the second frees first.
    EXPECT_EQ(tracks.place(103, 140), 7);
}

} // namespace
