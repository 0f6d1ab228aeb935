#include "GraphTieCurve.h"

#include <QLineF>

#include <gtest/gtest.h>

#include <vector>

using namespace Spyline;

namespace {

struct Row
{
    GraphData data;
    std::vector<QRectF> rects;
    std::vector<char> visible;
    std::vector<char> twins;

    Row(std::initializer_list<QPointF> centres)
    {
        for (const QPointF& centre : centres) {
            GraphNode node;
            node.kind = GraphNodeKind::Person;
            data.nodes.append(node);
            rects.emplace_back(centre.x() - 10, centre.y() - 10, 20, 20);
            visible.push_back(1);
        }
    }
    int tie(int from, int to, GraphEdgeKind kind = GraphEdgeKind::RecruitedBy)
    {
        GraphEdge edge;
        edge.from = from;
        edge.to = to;
        edge.kinds = 1u << static_cast<int>(kind);
        data.edges.append(edge);
        twins.push_back(0);
        return int(data.edges.size() - 1);
    }
    GraphTieCurve curve(GraphLayoutKind layout = GraphLayoutKind::Relations) const
    {
        return {data, rects, visible, twins, layout, 1};
    }
};

// The middle of the quadratic curve from `p` through `control` to `q`.
QPointF middleOf(QPointF p, QPointF control, QPointF q)
{
    return (p + q) / 4 + control / 2;
}

TEST(GraphTieCurve, AStraightTieWithNothingInItsWayStaysStraight)
{
    Row row {{0, 0}, {200, 0}};
    const int tie = row.tie(0, 1);
    EXPECT_EQ(row.curve().control(tie), QPointF(100, 0));
}

TEST(GraphTieCurve, ATieBendsAroundANodeItDoesNotJoin)
{
    Row row {{0, 0}, {200, 0}, {400, 0}};
    const int tie = row.tie(0, 2);
    const QPointF middle = middleOf({0, 0}, row.curve().control(tie), {400, 0});
    // Clear of the middle shape (its corner is 14 px from its centre) by the gap.
    EXPECT_GE(std::abs(middle.y()), 14 + 6 - 1e-9);
    // Off screen, the node is no obstacle.
    row.visible[1] = 0;
    EXPECT_EQ(row.curve().control(tie), QPointF(200, 0));
}

TEST(GraphTieCurve, TwinTiesPartAndEventLinksArcOverTheChronology)
{
    Row row {{0, 100}, {200, 100}};
    const int there = row.tie(0, 1);
    const int back = row.tie(1, 0);
    row.twins = {1, 1};
    const QPointF a = row.curve().control(there);
    const QPointF b = row.curve().control(back);
    EXPECT_LT(a.y() * b.y() - 100 * (a.y() + b.y()) + 100 * 100, 0); // on either side of the line
    const int link = row.tie(0, 1, GraphEdgeKind::RespondsTo);
    row.twins.push_back(0);
    // Whichever way a link runs, its arc is over the line of events (up the screen).
    EXPECT_LT(row.curve(GraphLayoutKind::Chronology).control(link).y(), 100);
    const int linkBack = row.tie(1, 0, GraphEdgeKind::RespondsTo);
    EXPECT_LT(row.curve(GraphLayoutKind::Chronology).control(linkBack).y(), 100);
}

} // namespace
