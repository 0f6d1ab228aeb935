#pragma once

#include "ChartTheme.h"
#include "MapLayout.h"

#include <functional>

class QPainter;

namespace Spyline {

// Paints a laid-out map onto any QPainter (the view, a PNG, an SVG, a PDF): the ocean and
// graticule, countries shaded by their cases, former states hatched over their successors,
// arrows from recruitment venues to targets, venue cities, and labels.
class MapPainter
{
public:
    explicit MapPainter(const ChartTheme& theme);

    // `hovered` is outlined in the theme's highlight colour.
    void paint(QPainter& painter, const MapLayout& layout, const MapLayout::Hit& hovered = {}) const;

    // The parts of paint(), bottom to top, for a canvas that keeps some of them painted. Each draws
    // only what meets `area` (device pixels); the caller clips to it.
    // The ocean, graticule, countries, borders, former states and the selection's outline.
    void paintBase(QPainter& painter, const MapLayout& layout, const QRectF& area) const;
    // The hovered country or former state, outlined over the base.
    void paintHoverOutline(QPainter& painter, const MapLayout& layout, const MapLayout::Hit& hovered) const;
    // Former states' marks, rings, arrows and venue cities. `fill`, when given, fills the rings and
    // arrows (their shapes in the painter's coordinates) instead of the painter.
    using Fill = std::function<void(const QPainterPath& shape, const QColor& color)>;
    void paintOverlay(QPainter& painter, const MapLayout& layout, const MapLayout::Hit& hovered, const QRectF& area,
                      const Fill& fill = {}) const;
    void paintLabels(QPainter& painter, const MapLayout& layout) const;

    // The symbols of the legend, so that the legend draws exactly what the map draws.
    static void paintShadeSymbol(QPainter& painter, const QRectF& box, const QColor& fill, const ChartTheme& theme);
    static void paintFormerSymbol(QPainter& painter, const QRectF& box, const QColor& fill, const ChartTheme& theme);
    static void paintArrowSymbol(QPainter& painter, const QRectF& box, qreal width, const ChartTheme& theme);
    static void paintPointSymbol(QPainter& painter, const QPointF& at, qreal radius, const ChartTheme& theme,
                                 bool selected = false);
    static void paintRingSymbol(QPainter& painter, const QPointF& at, qreal radius, const ChartTheme& theme,
                                bool selected = false);
    static QColor landColor(const ChartTheme& theme);
    static QColor oceanColor(const ChartTheme& theme);
    static QColor arrowColor(const ChartTheme& theme);

private:
    ChartTheme m_theme;
};

} // namespace Spyline
