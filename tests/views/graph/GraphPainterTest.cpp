#include "GraphPainter.h"

#include "GraphLayout.h"
#include "GraphLegend.h"
#include "GraphTestSupport.h"
#include "TestSupport.h"
#include "graph/GraphModel.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <map>
#include <optional>

using namespace Spyline;
using namespace Spyline::GraphTesting;

namespace {

// A chart as a slide gets it: the graph fitted into the page, the legend in a corner. Saved as
// a PNG when SPYLINE_SCREENSHOT_DIR names a folder, so that a person can look at it.
QImage render(GraphPainter& painter, const GraphData& data, const GraphGeometry& geometry, const QString& name,
              const GraphPaintState& state = {}, QSize size = QSize(1800, 1100))
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(3780); // 96 dpi
    image.setDotsPerMeterY(3780);
    QPainter p(&image);
    const GraphLegend legend = GraphLegend::forGraph(data);
    const QSizeF legendSize = legend.size(painter.theme(), &image);
    const QRectF page(0, 0, size.width(), size.height());
    const QRectF chart = page.adjusted(20, 20, -20, -legendSize.height() - 30);
    const GraphViewport viewport = GraphViewport::fit(geometry.bounds(data, 30), chart);
    painter.paint(p, page, data, geometry, viewport, state);
    legend.paint(p, QPointF(20, page.bottom() - legendSize.height() - 15), painter.theme());
    p.end();
    const QByteArray folder = qgetenv("SPYLINE_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        image.save(QDir(QString::fromLocal8Bit(folder)).filePath(name));
    return image;
}

bool anyOverlap(const QList<GraphLabelBox>& labels)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            if (labels.at(i).rect.intersects(labels.at(j).rect))
                return true;
        }
    }
    return false;
}

class GraphPainterTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    GraphData data = *GraphModel::build(*store, {});

    bool labelled(const GraphPainter& painter, const QString& title)
    {
        const GraphNode* node = nodeTitled(data, title);
        const int index = node ? data.indexOf(node->key) : -1;
        return std::any_of(painter.labels().cbegin(), painter.labels().cend(),
                           [&](const GraphLabelBox& box) { return box.node == index; });
    }
};

TEST_F(GraphPainterTest, SampleRelationsReadAsALinkChart)
{
    auto geometry = GraphLayout::compute(data, {});
    ASSERT_OK(geometry);
    GraphPainter painter;
    const QImage image = render(painter, data, *geometry, "graph-relations.png"_s);
    EXPECT_FALSE(anyOverlap(painter.labels()));
    for (const QString& title : {"Zeng 曾"_s, "Seth"_s, "CIA Rome station"_s, "Central Intelligence Agency"_s, "Ted"_s,
                                 "Li Jun"_s, "Ministry of State Security"_s})
        EXPECT_TRUE(labelled(painter, title)) << title.toStdString();
    EXPECT_TRUE(std::any_of(painter.labels().cbegin(), painter.labels().cend(), [&](const GraphLabelBox& box) {
        return box.edge >= 0 && data.edges.at(box.edge).has(GraphEdgeKind::RespondsTo);
    }));
}

TEST_F(GraphPainterTest, SampleChronology)
{
    GraphLayoutOptions options;
    options.layout = GraphLayoutKind::Chronology;
    auto geometry = GraphLayout::compute(data, options);
    ASSERT_OK(geometry);
    GraphPainter painter;
    render(painter, data, *geometry, "graph-chronology.png"_s, {}, QSize(2400, 1200));
    EXPECT_FALSE(anyOverlap(painter.labels()));

    // Zoomed onto the summer of 2023, as a person would look at it: the chain reads in order,
    // with its lags.
    QRectF summer;
    for (const QString& title :
         {"CIA Director William Burns"_s, "MSS opens its official WeChat"_s, "MSS announces the Zeng case"_s,
          "MSS announces the Hao case"_s, "MSS releases details of the John Shing-wan Leung case"_s})
        summer = summer.united(geometry->nodeRect(data, data.indexOf(nodeTitled(data, title)->key)));
    const QSize size(1600, 900);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    QPainter p(&image);
    const GraphViewport viewport =
        GraphViewport::fit(summer.adjusted(-120, -160, 120, 160), QRectF(QPoint(), size), 2.0);
    painter.paint(p, QRectF(QPoint(), size), data, *geometry, viewport);
    p.end();
    const QByteArray folder = qgetenv("SPYLINE_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        image.save(QDir(QString::fromLocal8Bit(folder)).filePath("graph-chronology-summer-2023.png"_s));
    EXPECT_FALSE(anyOverlap(painter.labels()));
    const auto lagShown = [&](const QString& from, const QString& to) {
        const GraphEdge* edge = edgeBetween(data, nodeTitled(data, from), nodeTitled(data, to));
        const int index = edge ? int(edge - data.edges.constData()) : -1;
        return std::any_of(painter.labels().cbegin(), painter.labels().cend(),
                           [&](const GraphLabelBox& box) { return box.edge == index; });
    };
    EXPECT_TRUE(lagShown("MSS announces the Zeng case"_s, "CIA Director William Burns"_s));
    EXPECT_TRUE(lagShown("MSS announces the Hao case"_s, "MSS announces the Zeng case"_s));
    for (const QString& title :
         {"CIA Director William Burns"_s, "MSS announces the Zeng case"_s, "MSS announces the Hao case"_s})
        EXPECT_TRUE(labelled(painter, title)) << title.toStdString();
}

TEST_F(GraphPainterTest, ANewGraphWhereTheLastOneWasIsMeasuredAgain)
{
    auto geometry = GraphLayout::compute(data, {});
    ASSERT_OK(geometry);
    GraphPainter painter(ChartTheme::print());
    const auto widths = [&](const GraphData& graph) {
        render(painter, graph, *geometry, "graph-reused-address.png"_s);
        std::map<int, QSizeF> size;
        for (const GraphLabelBox& box : painter.labels()) {
            if (box.node >= 0)
                size[box.node] = box.rect.size();
        }
        return size;
    };
    // The same storage, the same number of nodes, other names: a new graph all the same.
    std::optional<GraphData> slot(data);
    const GraphData* first = &*slot;
    const auto before = widths(*slot);
    ASSERT_FALSE(before.empty());
    GraphData renamed = *GraphModel::build(*store, {});
    for (GraphNode& node : renamed.nodes)
        node.label += " (a much longer name)"_s;
    slot.reset();
    slot.emplace(std::move(renamed));
    ASSERT_EQ(&*slot, first);
    const auto after = widths(*slot);
    // Longer names take more room: more lines, or wider ones.
    int grown = 0;
    for (const auto& [node, size] : after)
        grown +=
            before.count(node) && size.width() * size.height() > before.at(node).width() * before.at(node).height() + 1;
    EXPECT_GT(grown, 0);
}

TEST_F(GraphPainterTest, PaintsOntoAVectorDeviceForExports)
{
    auto geometry = GraphLayout::compute(data, {});
    ASSERT_OK(geometry);
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(1600, 1000));
    svg.setViewBox(QRect(0, 0, 1600, 1000));
    svg.setResolution(96);
    QPainter p(&svg);
    GraphPainter painter(ChartTheme::print());
    const QRectF page(0, 0, 1600, 1000);
    painter.paint(p, page, data, *geometry, GraphViewport::fit(geometry->bounds(data, 30), page));
    GraphLegend::forGraph(data).paint(p, QPointF(10, 10), painter.theme());
    p.end();
    const QString text = QString::fromUtf8(buffer.data());
    EXPECT_TRUE(text.contains("<svg"_s));
    // Labels are text in the file, not pictures of text.
    EXPECT_TRUE(text.contains(">Seth<"_s)) << "no Seth label in the SVG";
    // The lag, with its relation where there is room for both.
    EXPECT_TRUE(text.contains(QRegularExpression(">(responds to · )?22 d<"_s)));
    EXPECT_FALSE(anyOverlap(painter.labels()));
}

TEST(GraphPainterRouting, ATieBendsAroundANodeItDoesNotJoin)
{
    // Three people in a row; the outer two are tied, the one between them is not.
    GraphData data;
    for (const char* name : {"Left", "Middle", "Right"}) {
        GraphNode node;
        node.key = QStringLiteral("actor:") + QString::fromLatin1(name);
        node.kind = GraphNodeKind::Person;
        node.label = QString::fromLatin1(name);
        node.title = node.label;
        node.degree = 1;
        data.nodes.append(node);
    }
    GraphEdge tie;
    tie.from = 0;
    tie.to = 2;
    tie.kinds = 1u << static_cast<int>(GraphEdgeKind::RecruitedBy);
    data.edges.append(tie);
    GraphGeometry geometry;
    geometry.positions = {QPointF(0, 0), QPointF(200, 0), QPointF(400, 0)};
    GraphPainter painter;
    QImage image(QSize(900, 400), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    QPainter p(&image);
    const QRectF page(0, 0, image.width(), image.height());
    const GraphViewport viewport = GraphViewport::fit(geometry.bounds(data, 30), page.adjusted(50, 50, -50, -50));
    painter.paint(p, page, data, geometry, viewport);
    p.end();
    // Just before the middle node, on the straight line, there is no tie any more: it bends around.
    const QPointF left = viewport.toDevice(geometry.positions.at(0));
    const QPointF middle = viewport.toDevice(geometry.positions.at(1));
    const QRectF middleShape = geometry.nodeRect(data, 1);
    const qreal halfWidth = middleShape.width() * viewport.scale / 2;
    const QColor background = QColor(painter.theme().background);
    int inked = 0;
    for (int dx = 4; dx <= 10; ++dx) {
        const QColor pixel = image.pixelColor(int(middle.x() - halfWidth - dx), int(std::round(left.y())));
        inked += pixel != background;
    }
    EXPECT_EQ(inked, 0);
    // ... and the tie is still drawn somewhere between the two people it joins.
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y)
        drawn += image.pixelColor(int(middle.x()), y) != background;
    EXPECT_GT(drawn, 0);
}

} // namespace
