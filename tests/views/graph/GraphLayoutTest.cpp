#include "GraphLayout.h"

#include "GraphLayoutQuality.h"
#include "GraphPainter.h"
#include "GraphTestSupport.h"
#include "TestSupport.h"
#include "graph/GraphModel.h"
#include "transfer/SyntheticCollection.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

using namespace Spyline;
using namespace Spyline::GraphTesting;

namespace {

qsizetype overlaps(const GraphData& data, const GraphGeometry& geometry)
{
    return GraphLayoutQuality::measure(data, geometry).overlaps;
}

bool allFinite(const GraphGeometry& geometry)
{
    return std::all_of(geometry.positions.cbegin(), geometry.positions.cend(),
                       [](const QPointF& p) { return std::isfinite(p.x()) && std::isfinite(p.y()); });
}

class GraphLayoutTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    GraphData data = *GraphModel::build(*store, {});

    QPointF positionOf(const GraphGeometry& geometry, const QString& title)
    {
        const GraphNode* node = nodeTitled(data, title);
        return node ? geometry.positions.at(data.indexOf(node->key)) : QPointF();
    }
};

TEST_F(GraphLayoutTest, RelationsOfTheSampleAreFiniteAndApart)
{
    auto geometry = GraphLayout::compute(data, {});
    ASSERT_OK(geometry);
    EXPECT_EQ(geometry->engine, "neato"_s);
    ASSERT_EQ(geometry->positions.size(), data.nodes.size());
    EXPECT_TRUE(allFinite(*geometry));
    EXPECT_EQ(overlaps(data, *geometry), 0);
    // Graphviz is deterministic: the same graph, the same picture.
    auto again = GraphLayout::compute(data, {});
    ASSERT_OK(again);
    EXPECT_EQ(again->positions, geometry->positions);
}

TEST_F(GraphLayoutTest, ChronologyPutsTheSummer2023ChainInOrder)
{
    GraphLayoutOptions options;
    options.layout = GraphLayoutKind::Chronology;
    auto geometry = GraphLayout::compute(data, options);
    ASSERT_OK(geometry);
    EXPECT_EQ(geometry->engine, "dot"_s);
    EXPECT_TRUE(allFinite(*geometry));
    EXPECT_EQ(overlaps(data, *geometry), 0);
    const qreal burns = positionOf(*geometry, "CIA Director William Burns"_s).x();
    const qreal wechat = positionOf(*geometry, "MSS opens its official WeChat account"_s).x();
    const qreal zeng = positionOf(*geometry, "MSS announces the Zeng case"_s).x();
    const qreal hao = positionOf(*geometry, "MSS announces the Hao case"_s).x();
    const qreal leung = positionOf(*geometry, "MSS releases details of the John Shing-wan Leung case"_s).x();
    EXPECT_LT(burns, wechat);
    EXPECT_LT(wechat, zeng);
    EXPECT_LT(zeng, hao);
    EXPECT_LT(hao, leung);
    // Sunak's statement of "September 2023" answers the announcement of 10 September: it comes after.
    EXPECT_LT(positionOf(*geometry, "Metropolitan Police reveal"_s).x(), positionOf(*geometry, "Rishi Sunak:"_s).x());
}

TEST_F(GraphLayoutTest, ChronologicalRanksFollowDatesAndLinks)
{
    const QList<int> ranks = GraphLayout::chronologicalRanks(data);
    const auto rankOf = [&](const QString& title) { return ranks.at(data.indexOf(nodeTitled(data, title)->key)); };
    EXPECT_EQ(rankOf("Zeng: military"_s), -1);
    EXPECT_LT(rankOf("CIA Director William Burns"_s), rankOf("MSS announces the Zeng case"_s));
    EXPECT_LT(rankOf("Metropolitan Police reveal"_s), rankOf("Rishi Sunak:"_s));
    EXPECT_LT(rankOf("House of Commons debate"_s), rankOf("Chinese Embassy in the UK condemns"_s));
}

TEST_F(GraphLayoutTest, DraggedPositionsAreKept)
{
    const QString seth = nodeTitled(data, "Seth"_s)->key;
    const QString burns = nodeTitled(data, "CIA Director William Burns"_s)->key;
    for (GraphLayoutKind layout : {GraphLayoutKind::Relations, GraphLayoutKind::Chronology}) {
        for (const QString& engine : {QString(), "sfdp"_s, forceEngine}) {
            GraphLayoutOptions options;
            options.layout = layout;
            options.engine = layout == GraphLayoutKind::Chronology ? QString() : engine;
            options.pinned = {{seth, QPointF(-500, 120)}, {burns, QPointF(40.5, -900)}};
            auto geometry = GraphLayout::compute(data, options);
            ASSERT_OK(geometry);
            EXPECT_EQ(geometry->positions.at(data.indexOf(seth)), QPointF(-500, 120));
            EXPECT_EQ(geometry->positions.at(data.indexOf(burns)), QPointF(40.5, -900));
            EXPECT_TRUE(allFinite(*geometry));
        }
    }
}

TEST_F(GraphLayoutTest, AGraphvizFailureIsAMessage)
{
    GraphLayoutOptions options;
    options.engine = "no-such-engine"_s;
    auto geometry = GraphLayout::compute(data, options);
    ASSERT_FALSE(geometry.ok());
    EXPECT_TRUE(geometry.error().contains("no-such-engine"_s)) << geometry.error().toStdString();
    // ... and Graphviz still works afterwards.
    EXPECT_OK(GraphLayout::compute(data, {}));
}

TEST(GraphLayoutBadInput, EmptySingleSelfLinkAndCycle)
{
    GraphData empty;
    auto none = GraphLayout::compute(empty, {});
    ASSERT_OK(none);
    EXPECT_TRUE(none->isEmpty());

    GraphData graph;
    for (int i = 0; i < 3; ++i) {
        GraphNode node;
        node.key = QStringLiteral("actor:%1").arg(i + 1);
        node.label = QStringLiteral("Actor %1").arg(i + 1);
        graph.nodes.append(node);
    }
    graph.reindex();
    GraphData single = graph;
    single.nodes.resize(1);
    single.reindex();
    for (GraphLayoutKind layout : {GraphLayoutKind::Relations, GraphLayoutKind::Chronology}) {
        GraphLayoutOptions options;
        options.layout = layout;
        auto one = GraphLayout::compute(single, options);
        ASSERT_OK(one);
        EXPECT_TRUE(allFinite(*one));
    }
    const auto edge = [](int from, int to) {
        GraphEdge e;
        e.from = from;
        e.to = to;
        e.kinds = graphEdgeBit(GraphEdgeKind::HandledBy);
        return e;
    };
    graph.edges = {edge(0, 0), edge(0, 1), edge(1, 2), edge(2, 0)};
    for (GraphLayoutKind layout : {GraphLayoutKind::Relations, GraphLayoutKind::Chronology}) {
        for (const QString& engine : {QString(), "sfdp"_s, forceEngine}) {
            GraphLayoutOptions options;
            options.layout = layout;
            options.engine = layout == GraphLayoutKind::Chronology ? QString() : engine;
            auto cyclic = GraphLayout::compute(graph, options);
            ASSERT_OK(cyclic);
            EXPECT_TRUE(allFinite(*cyclic));
            EXPECT_EQ(overlaps(graph, *cyclic), 0);
        }
    }
}

TEST(GraphLayoutScale, TenThousandNodesAreFiniteAndApart)
{
    auto store = Fixtures::memoryStore();
    ASSERT_OK(generateSyntheticCollection(*store, {3500, 3}));
    GraphQuery query;
    query.maxNodes = 10000;
    auto data = GraphModel::build(*store, query);
    ASSERT_OK(data);
    ASSERT_EQ(data->nodes.size(), 10000);
    auto geometry = GraphLayout::compute(*data, {});
    ASSERT_OK(geometry);
    EXPECT_EQ(geometry->engine, forceEngine);
    ASSERT_EQ(geometry->positions.size(), 10000);
    EXPECT_TRUE(allFinite(*geometry));
    EXPECT_EQ(overlaps(*data, *geometry), 0);
    // Ties read as a network: none much longer than the typical one.
    const GraphLayoutQuality quality = GraphLayoutQuality::measure(*data, *geometry);
    EXPECT_EQ(quality.ties, data->edges.size());
    EXPECT_LT(quality.tieLengthSpread, 0.6);

    // Drawn whole on a screen: hairlines and dots, labels for the hubs, none overlapping.
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    GraphPainter painter;
    const QRectF target(0, 0, 1920, 1080);
    painter.paint(p, target, *data, *geometry, GraphViewport::fit(geometry->bounds(*data, 20), target));
    p.end();
    EXPECT_GT(painter.labels().size(), 5);
    for (qsizetype i = 0; i < painter.labels().size(); ++i) {
        for (qsizetype j = i + 1; j < painter.labels().size(); ++j)
            EXPECT_FALSE(painter.labels().at(i).rect.intersects(painter.labels().at(j).rect));
    }
    if (const QByteArray folder = qgetenv("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        image.save(QDir(QString::fromLocal8Bit(folder)).filePath("graph-10000-nodes.png"_s));
}

} // namespace
