#pragma once

#include "ChartTheme.h"
#include "MapLayout.h"

#include <QWidget>

class QPainter;

#include <memory>
#include <optional>

namespace Spyline {

class MapLayerCache;

// The drawing surface of the map: paints through MapPainter and turns the mouse into intents.
// The wheel zooms around the pointer, dragging pans, + and - zoom, Ctrl+arrows pan, 0 or a
// double-click fits the world; hovering names what is under the pointer (plain text) and a click
// is reported for MapView to act on. What it painted last is kept (MapLayerCache), so that a hover
// or a pan repaints little.
// The keyboard moves among the countries that hold cases or recruitment venues: an arrow to the
// nearest on that side, Page Down and Page Up through all of them from the most cases to the
// fewest, Home and End to the first and last of that order. Space does what a click does (shows
// only its cases), Enter zooms to the country; a screen reader hears its counts (MapAccessible).
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setFigures(std::shared_ptr<const MapFigures> figures, std::shared_ptr<const MapFigures> selected);
    const std::shared_ptr<const MapFigures>& figures() const
    {
        return m_figures;
    }
    const std::shared_ptr<const MapFigures>& selectedFigures() const
    {
        return m_selected;
    }
    void setOptions(const MapOptions& options);
    const MapOptions& options() const
    {
        return m_options;
    }
    void setTheme(const ChartTheme& theme);
    const ChartTheme& theme() const
    {
        return m_theme;
    }
    const GraphViewport& viewport() const
    {
        return m_viewport;
    }
    void setViewport(const GraphViewport& viewport);
    // The frame on screen, laid out afresh when anything changed.
    const MapLayout& currentLayout() const;
    // The part of the world in view, in map units.
    QRectF visibleMapRect() const;
    const MapLayout::Hit& hovered() const
    {
        return m_hovered;
    }
    QString toolTipTextAt(const QPointF& point) const;
    // The countries (and former states) with cases or venues that the map can place, from the most
    // cases for the shading to the fewest: where the keyboard goes.
    QStringList countriesWithData() const;
    // The country the keyboard is on, or empty.
    QString focusedCountry() const;
    // Puts the keyboard on a country (empty: on none), brings it into sight and tells assistive
    // technology.
    void setFocusedCountry(const QString& code);
    // Where the focused country is drawn, in the widget's coordinates.
    QRectF focusedCountryRect() const;
    // Zooms to have the country fill most of the view.
    void zoomToCountry(const QString& code);

public Q_SLOTS:
    void fitToView();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void clicked(const Spyline::MapLayout::Hit& hit);
    void viewportChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void paintLegend(QPainter& painter, const MapLayout& layout) const;
    // The arrows, Home, End, Page Up, Page Down, Enter and Space on countries (MapCanvasFocus.cpp).
    bool focusKeyPressed(QKeyEvent* event);
    void ensureCountryVisible(const QString& code);
    void paintFocus(QPainter& painter) const;
    void zoomBy(qreal factor, const QPointF& around);
    void setHovered(const MapLayout::Hit& hit);
    // The figures, options or theme changed: lay out and paint afresh.
    void invalidate();
    // The viewport changed: lay out afresh, and move what is painted where it can.
    void relayout();

    std::shared_ptr<const MapFigures> m_figures;
    std::shared_ptr<const MapFigures> m_selected;
    MapOptions m_options;
    ChartTheme m_theme;
    GraphViewport m_viewport;
    bool m_fitPending = true;
    mutable std::optional<MapLayout> m_layout;
    std::unique_ptr<MapLayerCache> m_layers;
    MapLayout::Hit m_hovered;
    bool m_pressed = false;
    bool m_moved = false;
    QPointF m_pressPoint;
    QPointF m_lastPoint;
    QString m_focusCode;
};

} // namespace Spyline
