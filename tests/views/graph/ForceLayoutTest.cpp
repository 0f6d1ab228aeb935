#include "ForceLayout.h"

#include "BarnesHutTree.h"
#include "GraphGeometry.h"
#include "GraphLayoutQuality.h"
#include "TestSupport.h"

#include <QRectF>

#include <cmath>
#include <random>

using namespace Spyline;

namespace {

QList<QSizeF> boxes(int count, QSizeF size = {36, 36})
{
    return QList<QSizeF>(count, size);
}

// Pairs of shapes that overlap, with no room kept between them.
int overlapping(const QList<QPointF>& centres, const QList<QSizeF>& sizes)
{
    int count = 0;
    for (qsizetype i = 0; i < centres.size(); ++i) {
        const QRectF a(centres.at(i) - QPointF(sizes.at(i).width() / 2, sizes.at(i).height() / 2), sizes.at(i));
        for (qsizetype j = i + 1; j < centres.size(); ++j) {
            const QRectF b(centres.at(j) - QPointF(sizes.at(j).width() / 2, sizes.at(j).height() / 2), sizes.at(j));
            const QRectF both = a.intersected(b);
            if (both.width() > 0.01 && both.height() > 0.01)
                ++count;
        }
    }
    return count;
}

qreal distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

TEST(ForceLayout, TwoGroupsJoinedByOneTieStayApart)
{
    // Two groups of eight, each tied all round, and one tie between them.
    QList<ForceLayout::Tie> ties;
    for (int group = 0; group < 2; ++group) {
        for (int a = 0; a < 8; ++a) {
            for (int b = a + 1; b < 8; ++b)
                ties.append({group * 8 + a, group * 8 + b});
        }
    }
    ties.append({0, 8});
    auto centres = ForceLayout::compute(boxes(16), ties);
    ASSERT_OK(centres);
    QPointF middle[2];
    for (int i = 0; i < 16; ++i)
        middle[i / 8] += centres->at(i) / 8;
    qreal within = 0;
    for (int i = 0; i < 16; ++i)
        within += distance(centres->at(i), middle[i / 8]) / 16;
    EXPECT_LT(within * 2, distance(middle[0], middle[1]));
    EXPECT_EQ(overlapping(*centres, boxes(16)), 0);
}

TEST(ForceLayout, PartsAreSetOutApartTheSameEachTime)
{
    // Forty parts: stars, chains and pairs of sizes 2 to 40, shapes of three sizes.
    std::mt19937 random(7);
    QList<QSizeF> sizes;
    QList<ForceLayout::Tie> ties;
    for (int part = 0; part < 40; ++part) {
        const int first = int(sizes.size());
        const int count = 2 + int(random() % 39);
        for (int i = 0; i < count; ++i)
            sizes.append(QSizeF(20 + 15 * (i % 3), 20 + 10 * (i % 2)));
        for (int i = 1; i < count; ++i)
            ties.append({part % 2 == 0 ? first : first + i - 1, first + i});
    }
    ties.append({3, 3}); // a self tie changes nothing
    auto once = ForceLayout::compute(sizes, ties);
    auto again = ForceLayout::compute(sizes, ties);
    ASSERT_OK(once);
    ASSERT_OK(again);
    EXPECT_EQ(*once, *again);
    EXPECT_EQ(overlapping(*once, sizes), 0);
    for (const QPointF& p : *once)
        ASSERT_TRUE(std::isfinite(p.x()) && std::isfinite(p.y()));
}

TEST(ForceLayout, APileOnOneSpotIsPushedApart)
{
    QList<QPointF> centres(60, QPointF(5, 5));
    const QList<QSizeF> sizes = boxes(60, {30, 18});
    ASSERT_EQ(overlapping(centres, sizes), 60 * 59 / 2);
    const int rounds = ForceLayout::removeOverlaps(centres, sizes, ForceLayout::gap);
    EXPECT_GT(rounds, 1);
    EXPECT_EQ(overlapping(centres, sizes), 0);
}

TEST(ForceLayout, ATieToANodeThatIsNotThereIsAnError)
{
    auto centres = ForceLayout::compute(boxes(3), {{0, 1}, {2, 3}});
    ASSERT_FALSE(centres.ok());
    EXPECT_TRUE(centres.error().contains(u'3')) << centres.error().toStdString();
    auto none = ForceLayout::compute({}, {});
    ASSERT_OK(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST(BarnesHutTree, RepulsionIsCloseToTheExactSum)
{
    std::mt19937 random(3);
    std::vector<qreal> x;
    std::vector<qreal> y;
    for (int i = 0; i < 2000; ++i) {
        x.push_back(qreal(random() % 100000) / 1000);
        y.push_back(qreal(random() % 60000) / 1000);
    }
    BarnesHutTree tree;
    tree.build(x, y);
    for (int i : {0, 17, 999, 1999}) {
        qreal exactX = 0;
        qreal exactY = 0;
        for (size_t j = 0; j < x.size(); ++j) {
            if (int(j) == i)
                continue;
            const qreal dx = x[size_t(i)] - x[j];
            const qreal dy = y[size_t(i)] - y[j];
            exactX += dx / (dx * dx + dy * dy);
            exactY += dy / (dx * dx + dy * dy);
        }
        qreal forceX = 0;
        qreal forceY = 0;
        tree.repel(i, 1.0, forceX, forceY);
        const qreal error = std::hypot(forceX - exactX, forceY - exactY);
        EXPECT_LT(error, 0.1 * std::hypot(exactX, exactY) + 0.05) << "point " << i;
    }
    // Two points: exact.
    std::vector<qreal> twoX {0, 2};
    std::vector<qreal> twoY {0, 0};
    tree.build(twoX, twoY);
    qreal forceX = 0;
    qreal forceY = 0;
    tree.repel(0, 1.0, forceX, forceY);
    EXPECT_DOUBLE_EQ(forceX, -0.5);
    EXPECT_DOUBLE_EQ(forceY, 0);
}

TEST(GraphLayoutQuality, CountsOverlapsAndTheSpreadOfTies)
{
    GraphData data;
    for (int i = 0; i < 4; ++i) {
        GraphNode node;
        node.key = QStringLiteral("actor:%1").arg(i + 1);
        data.nodes.append(node);
    }
    data.reindex();
    GraphEdge first;
    first.from = 0;
    first.to = 1;
    GraphEdge second = first;
    second.to = 2;
    data.edges = {first, second};
    GraphGeometry geometry;
    // Ties 100 and 300 long; nodes 2 and 3 on one spot.
    geometry.positions = {QPointF(0, 0), QPointF(100, 0), QPointF(0, 300), QPointF(0, 300)};
    const GraphLayoutQuality quality = GraphLayoutQuality::measure(data, geometry);
    EXPECT_EQ(quality.ties, 2);
    EXPECT_DOUBLE_EQ(quality.tieLengthSpread, 0.5);
    EXPECT_EQ(quality.overlaps, 1);
    EXPECT_GT(quality.medianTieInShapes, 0);
}

} // namespace
