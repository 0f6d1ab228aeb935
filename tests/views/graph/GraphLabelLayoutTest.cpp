#include "GraphLabelLayout.h"

#include "GraphTieCurve.h"

#include <QFont>
#include <QFontMetricsF>

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Spyline;

namespace {

// A frame as the painter hands it to the layout: shapes in device coordinates, label sizes given.
struct Scene
{
    GraphData data;
    std::vector<QRectF> rects;
    std::vector<QSizeF> labelSizes;
    QRectF target {0, 0, 800, 800};
    GraphLayoutKind layout = GraphLayoutKind::Relations;
    int hovered = -1;
    QList<int> selected;

    int addNode(GraphNodeKind kind, const QRectF& shape, const QSizeF& label = {60, 14}, int degree = 1)
    {
        GraphNode node;
        node.kind = kind;
        node.key = QStringLiteral("node:%1").arg(data.nodes.size());
        node.label = node.key;
        node.degree = degree;
        data.nodes.append(node);
        rects.push_back(shape);
        labelSizes.push_back(label);
        return int(data.nodes.size() - 1);
    }
    int addEdge(int from, int to, GraphEdgeKind kind)
    {
        GraphEdge edge;
        edge.from = from;
        edge.to = to;
        edge.kinds = 1u << static_cast<int>(kind);
        data.edges.append(edge);
        return int(data.edges.size() - 1);
    }

    QList<GraphLabelBox> place() const
    {
        const size_t count = size_t(data.nodes.size());
        // On screen, dimmed and ordered as GraphPainter does it.
        std::vector<char> visible(count);
        const QRectF margin = target.adjusted(-4, -4, 4, 4);
        for (size_t i = 0; i < count; ++i)
            visible[i] = rects[i].intersects(margin);
        std::vector<int> offsets(count + 1, 0);
        for (const GraphEdge& edge : data.edges) {
            ++offsets[size_t(edge.from) + 1];
            ++offsets[size_t(edge.to) + 1];
        }
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        std::vector<int> neighbours(size_t(offsets.back()));
        std::vector<int> fill(offsets.begin(), offsets.end() - 1);
        for (const GraphEdge& edge : data.edges) {
            neighbours[size_t(fill[size_t(edge.from)]++)] = edge.to;
            neighbours[size_t(fill[size_t(edge.to)]++)] = edge.from;
        }
        std::vector<char> focus(count, 1);
        if (hovered >= 0) {
            focus.assign(count, 0);
            focus[size_t(hovered)] = 1;
            for (int i = offsets[size_t(hovered)]; i < offsets[size_t(hovered) + 1]; ++i)
                focus[size_t(neighbours[size_t(i)])] = 1;
        }
        std::vector<int> order(count);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return data.nodes.at(a).degree > data.nodes.at(b).degree; });
        const std::vector<char> twins(size_t(data.edges.size()), 0);
        const QFontMetricsF font {QFont()};
        const GraphLabelLayout::Input input {
            .data = data,
            .layout = layout,
            .target = target,
            .unit = 1,
            .rects = rects,
            .visible = visible,
            .focus = focus,
            .twins = twins,
            .dotBelow = 5,
            .hovered = hovered,
            .selected = selected,
            .tieLabels = true,
            .order = order,
            .neighbourOffsets = offsets,
            .neighbours = neighbours,
            .nodeLabelSize = [this](int node) { return labelSizes[size_t(node)]; },
            .tieFont = font,
        };
        return GraphLabelLayout::place(input);
    }
};

QRectF square(QPointF centre, qreal side)
{
    return {centre.x() - side / 2, centre.y() - side / 2, side, side};
}

const GraphLabelBox* labelOf(const QList<GraphLabelBox>& labels, int node)
{
    const auto found = std::find_if(labels.cbegin(), labels.cend(),
                                    [&](const GraphLabelBox& box) { return box.node == node && node >= 0; });
    return found == labels.cend() ? nullptr : &*found;
}

const GraphLabelBox* labelOfTie(const QList<GraphLabelBox>& labels, int edge)
{
    const auto found =
        std::find_if(labels.cbegin(), labels.cend(), [&](const GraphLabelBox& box) { return box.edge == edge; });
    return found == labels.cend() ? nullptr : &*found;
}

qsizetype nodeLabelCount(const QList<GraphLabelBox>& labels)
{
    return std::count_if(labels.cbegin(), labels.cend(), [](const GraphLabelBox& box) { return box.node >= 0; });
}

TEST(GraphLabelLayout, LabelsNeverOverlapEachOtherNorAShapeLargeEnoughToRead)
{
    // People closer together than their names are wide, tied to their neighbours, with dots
    // (smaller than readable) scattered between them.
    Scene scene;
    for (int row = 0; row < 8; ++row) {
        for (int column = 0; column < 12; ++column) {
            const int node = scene.addNode(GraphNodeKind::Person, square({60.0 + column * 60, 80.0 + row * 80}, 24),
                                           {90, 16}, (row * 7 + column * 3) % 11);
            if (column > 0)
                scene.addEdge(node - 1, node, GraphEdgeKind::RecruitedBy);
            scene.addNode(GraphNodeKind::Venue, square({80.0 + column * 60, 100.0 + row * 80}, 3), {40, 12});
        }
    }
    const QList<GraphLabelBox> labels = scene.place();
    ASSERT_GT(nodeLabelCount(labels), 20);
    // Not every name fits: the layout had to choose.
    ASSERT_LT(nodeLabelCount(labels), scene.data.nodes.size());
    bool coversADot = false;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            EXPECT_FALSE(labels.at(i).rect.intersects(labels.at(j).rect)) << i << ' ' << j;
        for (const QRectF& shape : scene.rects) {
            if (std::max(shape.width(), shape.height()) >= 5) {
                EXPECT_FALSE(labels.at(i).rect.intersects(shape)) << i;
            } else {
                coversADot = coversADot || labels.at(i).rect.intersects(shape);
            }
        }
    }
    // Dots are no obstacle: what is too small to read may be covered.
    EXPECT_TRUE(coversADot);
}

TEST(GraphLabelLayout, SelectedNodesAreLabelledEvenWhenTheBudgetIsSpent)
{
    // A crowd of 900 small people: only the hubs get a label.
    Scene scene;
    scene.target = QRectF(0, 0, 1300, 1300);
    for (int i = 0; i < 900; ++i)
        scene.addNode(GraphNodeKind::Person, square({40.0 + (i % 30) * 40, 40.0 + (i / 30) * 40}, 8), {30, 10},
                      1000 - i);
    const int least = 899; // the least connected: offered last
    const QList<GraphLabelBox> unselected = scene.place();
    ASSERT_EQ(labelOf(unselected, least), nullptr);
    const qsizetype budget = nodeLabelCount(unselected);
    EXPECT_LT(budget, 100);

    scene.selected = {least, 898};
    const QList<GraphLabelBox> selected = scene.place();
    EXPECT_NE(labelOf(selected, least), nullptr);
    EXPECT_NE(labelOf(selected, 898), nullptr);
    // They are the first two of the same budget.
    EXPECT_EQ(nodeLabelCount(selected), budget);
    EXPECT_EQ(selected.at(0).node, least);
    EXPECT_EQ(selected.at(1).node, 898);
}

TEST(GraphLabelLayout, TheHoveredNodeTakesItsBestSpotBeforeABiggerNeighbour)
{
    // Two people side by side: under each is where its name goes first, and the two spots overlap.
    Scene scene;
    const int hub = scene.addNode(GraphNodeKind::Person, square({300, 300}, 20), {60, 14}, 9);
    const int person = scene.addNode(GraphNodeKind::Person, square({330, 300}, 20), {60, 14}, 1);
    scene.addEdge(hub, person, GraphEdgeKind::RecruitedBy);
    const auto under = [&](const QList<GraphLabelBox>& labels, int node) {
        const GraphLabelBox* box = labelOf(labels, node);
        return box && box->rect.top() > scene.rects[size_t(node)].bottom()
            && std::abs(box->rect.center().x() - scene.rects[size_t(node)].center().x()) < 1e-9;
    };
    // Unhovered, the more connected one goes first and takes its spot.
    const QList<GraphLabelBox> still = scene.place();
    EXPECT_TRUE(under(still, hub));
    EXPECT_FALSE(under(still, person));
    scene.hovered = person;
    const QList<GraphLabelBox> hovered = scene.place();
    EXPECT_TRUE(under(hovered, person));
    EXPECT_FALSE(under(hovered, hub));
    ASSERT_FALSE(hovered.isEmpty());
    EXPECT_EQ(hovered.first().node, person);
}

TEST(GraphLabelLayout, InTheChronologyTheLagGoesBeforeTheEventsOwnLabel)
{
    // A statement and the announcement that responds to it, 22 days later; the statement's label
    // is tall enough to cover the tie between them.
    Scene scene;
    const int statement = scene.addNode(GraphNodeKind::Statement, square({300, 300}, 20), {200, 150}, 1);
    const int announcement = scene.addNode(GraphNodeKind::Announcement, square({300, 500}, 20), {60, 14}, 1);
    const int link = scene.addEdge(statement, announcement, GraphEdgeKind::RespondsTo);
    Lag lag;
    lag.minDays = lag.maxDays = 22;
    lag.hasMin = lag.hasMax = true;
    scene.data.edges[link].lag = lag;
    const QRectF statementShape = scene.rects[size_t(statement)];

    // Relations: the statement's label goes first, under it, and leaves the link no room.
    const QList<GraphLabelBox> relations = scene.place();
    ASSERT_NE(labelOf(relations, statement), nullptr);
    EXPECT_GT(labelOf(relations, statement)->rect.top(), statementShape.bottom());
    EXPECT_EQ(labelOfTie(relations, link), nullptr);

    // Chronology: the link is labelled first and the statement's label moves above it.
    scene.layout = GraphLayoutKind::Chronology;
    const QList<GraphLabelBox> chronology = scene.place();
    ASSERT_NE(labelOfTie(chronology, link), nullptr);
    ASSERT_NE(labelOf(chronology, statement), nullptr);
    EXPECT_LT(labelOf(chronology, statement)->rect.bottom(), statementShape.top());
    EXPECT_FALSE(labelOfTie(chronology, link)->rect.intersects(labelOf(chronology, statement)->rect));
    EXPECT_FALSE(labelOfTie(chronology, link)->text.isEmpty());
}

// A dense square of small people (10 px, readable) with a few large hubs in it, `rows` rows of 40.
Scene crowdOfSmallShapes(int rows)
{
    Scene scene;
    scene.target = QRectF(0, 0, 900, 900);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < 40; ++column) {
            const bool hub = row % 10 == 5 && column % 10 == 5;
            scene.addNode(GraphNodeKind::Person, square({150.0 + column * 14, 150.0 + row * 14}, hub ? 20 : 10),
                          {40, 12}, hub ? 50 : 1);
        }
    }
    return scene;
}

TEST(GraphLabelLayout, InACrowdOfOverFifteenHundredOnlyLargeShapesKeepLabelsOff)
{
    const auto covers = [](const QList<GraphLabelBox>& labels, const Scene& scene, qreal from, qreal below) {
        int covered = 0;
        for (const GraphLabelBox& box : labels) {
            for (const QRectF& shape : scene.rects) {
                const qreal size = std::max(shape.width(), shape.height());
                covered += size >= from && size < below && box.rect.intersects(shape);
            }
        }
        return covered;
    };
    // 1,400 on screen: every readable shape keeps labels off, so only the edge of the crowd has room.
    const Scene fewer = crowdOfSmallShapes(35);
    const QList<GraphLabelBox> edgeOnly = fewer.place();
    ASSERT_FALSE(edgeOnly.isEmpty());
    EXPECT_EQ(covers(edgeOnly, fewer, 5, 1e9), 0);
    // 1,600: the small ones no longer do, and the hubs inside the crowd get their labels.
    const Scene more = crowdOfSmallShapes(40);
    const QList<GraphLabelBox> inside = more.place();
    EXPECT_GT(covers(inside, more, 5, 14), 0);
    EXPECT_EQ(covers(inside, more, 14, 1e9), 0);
    for (int node = 0; node < more.data.nodes.size(); ++node) {
        if (more.data.nodes.at(node).degree > 1) {
            EXPECT_NE(labelOf(inside, node), nullptr) << node;
        }
    }
}

TEST(GraphLabelLayout, NoLabelLeavesTheTarget)
{
    // People at the corners and along the edges of the target, some half outside it.
    Scene scene;
    scene.target = QRectF(0, 0, 400, 300);
    for (const QPointF& at : {QPointF(12, 12), QPointF(388, 12), QPointF(12, 288), QPointF(388, 288), QPointF(200, 2),
                              QPointF(200, 296), QPointF(1, 150), QPointF(399, 150)})
        scene.addNode(GraphNodeKind::Person, square(at, 16), {70, 14});
    const QList<GraphLabelBox> labels = scene.place();
    // Every one of them has room for its name somewhere inside.
    EXPECT_EQ(nodeLabelCount(labels), 8);
    for (const GraphLabelBox& box : labels)
        EXPECT_TRUE(scene.target.contains(box.rect)) << box.node;
    // At the bottom edge there is no room under a shape, the first choice: the name goes above.
    const GraphLabelBox* bottom = labelOf(labels, 5);
    ASSERT_NE(bottom, nullptr);
    EXPECT_LT(bottom->rect.bottom(), scene.rects[5].top());
}

TEST(GraphLabelLayout, ATiesLongTextIsCutToItsLabel)
{
    Scene scene;
    const int person = scene.addNode(GraphNodeKind::Person, square({100, 300}, 20));
    const int venue = scene.addNode(GraphNodeKind::Venue, square({700, 300}, 20));
    const int tie = scene.addEdge(person, venue, GraphEdgeKind::RecruitedAt);
    scene.data.edges[tie].detail = QStringLiteral("a visa application while studying at a university in Japan, in "
                                                  "the years before the war");
    const QList<GraphLabelBox> labels = scene.place();
    const GraphLabelBox* box = labelOfTie(labels, tie);
    ASSERT_NE(box, nullptr);
    const QString full = GraphLabelLayout::tieText(scene.data.edges.at(tie));
    EXPECT_TRUE(full.endsWith(QStringLiteral("war)")));
    EXPECT_TRUE(box->text.endsWith(QChar(0x2026))) << box->text.toStdString();
    EXPECT_LT(QFontMetricsF(QFont()).horizontalAdvance(box->text), box->rect.width());
}

} // namespace
