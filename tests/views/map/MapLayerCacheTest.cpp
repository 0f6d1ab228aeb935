#include "MapLayerCache.h"

#include "ChartTheme.h"
#include "MapPainter.h"
#include "MapTestSupport.h"
#include "WorldMap.h"
#include "statistics/CaseStatistics.h"
#include "transfer/SyntheticCollection.h"

#include <QImage>
#include <QPainter>

using namespace Spyline;

namespace {

const QSize Size(900, 520);

std::shared_ptr<const MapFigures> generatedFigures()
{
    static const std::shared_ptr<const MapFigures> figures = [] {
        auto store = Fixtures::memoryStore();
        EXPECT_OK(generateSyntheticCollection(*store, SyntheticOptions {3000, 5}));
        auto map = std::make_shared<MapFigures>();
        auto countries = CaseStatistics(*store).countries({});
        auto venues = CaseStatistics(*store).venues({});
        EXPECT_OK(countries);
        EXPECT_OK(venues);
        map->countries = *countries;
        map->venues = *venues;
        return map;
    }();
    return figures;
}

MapLayout layOut(const GraphViewport& viewport)
{
    return MapLayout(WorldMap::bundled(), generatedFigures(), nullptr, {}, QSizeF(Size), viewport);
}

GraphViewport europe()
{
    GraphViewport viewport = MapLayout::fit(QSizeF(Size));
    viewport.zoomAround(viewport.toDevice(*WorldMap::bundled().anchor(u"DE")), 3, 0, 1e9);
    return viewport;
}

// What may differ from a frame painted at once: the overlay is blended as one image (a level
// apart), and a hairline cut at the edge of a stripe or strip starts from the cut: a few pixels
// along it some levels apart.
constexpr int Tolerance = 12;

QImage blank(qreal ratio)
{
    QImage image(Size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(ChartTheme::screen().background);
    return image;
}

// The frame as the exports paint it.
QImage painted(const MapLayout& layout, const MapLayout::Hit& hovered = {}, qreal ratio = 1)
{
    QImage image = blank(ratio);
    QPainter painter(&image);
    MapPainter(ChartTheme::screen()).paint(painter, layout, hovered);
    return image;
}

QImage paintedFrom(MapLayerCache& cache, const MapLayout& layout, const MapLayout::Hit& hovered = {}, qreal ratio = 1)
{
    QImage image = blank(ratio);
    QPainter painter(&image);
    cache.paint(painter, layout, hovered, ChartTheme::screen());
    return image;
}

// The largest difference of a colour channel: the overlay's blend may round a level apart.
int largestDifference(const QImage& a, const QImage& b)
{
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* left = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* right = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            for (int shift : {0, 8, 16, 24})
                largest = std::max(largest, std::abs(int((left[x] >> shift) & 0xff) - int((right[x] >> shift) & 0xff)));
        }
    }
    return largest;
}

TEST(MapLayerCache, PaintsWhatTheExportPaints)
{
    MapLayerCache cache;
    const MapLayout layout = layOut(europe());
    ASSERT_GT(layout.arrows().size(), 10);
    EXPECT_LE(largestDifference(paintedFrom(cache, layout), painted(layout)), Tolerance);
    EXPECT_EQ(cache.lastWork(), MapLayerCache::Work::Painted);
    EXPECT_LE(largestDifference(paintedFrom(cache, layout), painted(layout)), Tolerance);
    EXPECT_EQ(cache.lastWork(), MapLayerCache::Work::Repainted);
}

TEST(MapLayerCache, PanMovesWhatIsPaintedAndPaintsTheUncoveredStrips)
{
    // On a screen of one and of two device pixels to a pixel.
    for (qreal ratio : {1.0, 2.0}) {
        MapLayerCache cache;
        GraphViewport viewport = europe();
        paintedFrom(cache, layOut(viewport), {}, ratio);
        // A drag in every direction, then a step that is not a whole pixel.
        for (const QPointF& by : {QPointF(37, 0), QPointF(0, -23), QPointF(-61, 45), QPointF(12, -7)}) {
            viewport.offset += by;
            const MapLayout layout = layOut(viewport);
            const QImage frame = paintedFrom(cache, layout, {}, ratio);
            EXPECT_EQ(cache.lastWork(), MapLayerCache::Work::Shifted);
            EXPECT_LE(largestDifference(frame, painted(layout, {}, ratio)), Tolerance)
                << ratio << ": " << by.x() << "," << by.y();
        }
        viewport.offset += QPointF(0.25, 0);
        const MapLayout layout = layOut(viewport);
        EXPECT_LE(largestDifference(paintedFrom(cache, layout, {}, ratio), painted(layout, {}, ratio)), Tolerance);
        EXPECT_EQ(cache.lastWork(), MapLayerCache::Work::Painted);
    }
}

TEST(MapLayerCache, HoverRepaintsFromTheLayers)
{
    MapLayerCache cache;
    const MapLayout layout = layOut(europe());
    paintedFrom(cache, layout);
    const MapLayout::Arrow& arrow = layout.arrows().last();
    const MapLayout::Hit hits[] = {
        {MapLayout::Hit::Kind::Country, QStringLiteral("FR"), {}, {}},
        {MapLayout::Hit::Kind::Arrow, arrow.venue, arrow.target, {}},
        {},
    };
    for (const MapLayout::Hit& hovered : hits) {
        const QImage frame = paintedFrom(cache, layout, hovered);
        EXPECT_EQ(cache.lastWork(), MapLayerCache::Work::Repainted);
        EXPECT_LE(largestDifference(frame, painted(layout, hovered)), Tolerance) << hovered.code.toStdString();
    }
    // The hovered arrow is drawn in the highlight colour.
    const QPoint middle = arrow.path.pointAtPercent(0.5).toPoint();
    const QImage lit = paintedFrom(cache, layout, hits[1]);
    EXPECT_NE(lit.pixel(middle), paintedFrom(cache, layout).pixel(middle));
}

TEST(MapLayerCache, ZoomAResizeOrNewFiguresPaintAfresh)
{
    MapLayerCache cache;
    GraphViewport viewport = europe();
    paintedFrom(cache, layOut(viewport));
    viewport.zoomAround(QPointF(300, 200), 1.25, 0, 1e9);
    const MapLayout zoomed = layOut(viewport);
    EXPECT_LE(largestDifference(paintedFrom(cache, zoomed), painted(zoomed)), Tolerance);
    EXPECT_EQ(cache.lastWork(), MapLayerCache::Work::Painted);
    cache.clear();
    paintedFrom(cache, zoomed);
    EXPECT_EQ(cache.lastWork(), MapLayerCache::Work::Painted);
    const MapLayout smaller(WorldMap::bundled(), generatedFigures(), nullptr, {}, QSizeF(600, 400), viewport);
    QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    cache.paint(painter, smaller, {}, ChartTheme::screen());
    EXPECT_EQ(cache.lastWork(), MapLayerCache::Work::Painted);
}

} // namespace
