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
// The wheel zooms around the pointer, dragging pans, + and - zoom, the arrow keys pan, Home or a
// double-click fits the world; hovering names what is under the pointer (plain text) and a click
// is reported for MapView to act on. What it painted last is kept (MapLayerCache), so that a hover
// or a pan repaints little.
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
};

} // namespace Spyline
