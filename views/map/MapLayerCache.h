#pragma once

#include "GraphViewport.h"
#include "MapLayout.h"

#include <QImage>
#include <QList>
#include <QRect>

class QPainter;

namespace Spyline {

struct ChartTheme;
class WorldMap;

// The map as the canvas last painted it, kept in two images: the base (ocean, countries, borders,
// former states, the selection) and the overlay above it (rings, arrows, venue cities). A hover
// repaints from them; a pan by whole pixels moves them and paints only the strips it uncovers; a
// zoom, a new size or new figures paint afresh, in stripes shared out between two threads. The
// frame matches MapPainter::paint, which the exports use, but for the rounding of the overlay's
// blend and of hairlines cut at a stripe's or strip's edge.
class MapLayerCache
{
public:
    // Forgets what is painted: the figures, the options or the theme changed.
    void clear();
    // Paints the frame of `layout` at the top left of `painter`'s device.
    void paint(QPainter& painter, const MapLayout& layout, const MapLayout::Hit& hovered, const ChartTheme& theme);

    // What the last paint did, for tests and benchmarks.
    enum class Work : quint8
    {
        Repainted, // both layers reused
        Shifted, // moved by whole pixels, the uncovered strips painted
        Painted, // painted afresh
    };
    Work lastWork() const
    {
        return m_lastWork;
    }

private:
    struct Stripe
    {
        QRect rows; // device pixels
        QList<QRect> baseParts;
        QList<QRect> overlayParts;
        QImage base; // over the stripe's rows of m_base, and so on
        QImage overlay;
        QImage mask;
    };
    // Paints parts of both layers, in device pixels, on two threads.
    void paintLayers(const MapLayout& layout, const MapLayout::Hit& overlayHover, const ChartTheme& theme,
                     const QList<QRect>& baseParts, const QList<QRect>& overlayParts);
    void paintStripe(const MapLayout& layout, const MapLayout::Hit& overlayHover, const ChartTheme& theme,
                     Stripe& stripe);

    QImage m_base;
    QImage m_overlay; // premultiplied, transparent where nothing is drawn
    QImage m_mask; // for CoverageBlender, clear
    bool m_overlayCurrent = false;
    MapLayout::Hit m_overlayHover; // what the overlay shows highlighted
    GraphViewport m_viewport; // what both images show
    const WorldMap* m_preparedMap = nullptr; // ready to be painted on two threads
    Work m_lastWork = Work::Painted;
};

} // namespace Spyline
