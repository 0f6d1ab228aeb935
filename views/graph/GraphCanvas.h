#pragma once

#include "GraphLegend.h"
#include "GraphPainter.h"

#include <QWidget>

#include <memory>

class QPainter;

namespace Spyline {

// The drawing surface of the graph view: paints through GraphPainter and turns the mouse into
// intents. Wheel zooms around the pointer, dragging the background pans, dragging a node moves
// it, hovering a node highlights its neighbours (and shows a plain-text tooltip); clicks and
// double-clicks are reported as signals for GraphView to act on.
// The keyboard moves among the nodes as the eye does, by where they are drawn: an arrow goes to
// the nearest node on that side (DirectionalFocus). Since that may leave a node out of reach,
// Page Down and Page Up also walk every node from the most connected to the least, and Home and
// End go to the most and the least connected. The node the keyboard is on stands out as a hovered
// one does, with its ties; Enter does what a double-click does, Space what a click does, and a
// screen reader hears its name (GraphAccessible). + and - zoom, Ctrl+arrows pan, 0 fits.
class GraphCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit GraphCanvas(QWidget* parent = nullptr);
    ~GraphCanvas() override;

    // Shows a graph at these positions; keepView keeps the zoom and pan, else the graph is fitted.
    void setGraph(std::shared_ptr<const GraphData> graph, const GraphGeometry& geometry, bool keepView);
    const GraphData& graph() const
    {
        return *m_graph;
    }
    std::shared_ptr<const GraphData> sharedGraph() const
    {
        return m_graph;
    }
    const GraphGeometry& geometry() const
    {
        return m_geometry;
    }
    const GraphViewport& viewport() const
    {
        return m_viewport;
    }
    void setViewport(const GraphViewport& viewport);
    void setSelectedNodes(const QList<int>& nodes);
    const QList<int>& selectedNodes() const
    {
        return m_state.selected;
    }
    int hoveredNode() const
    {
        return m_state.hovered;
    }
    void setTheme(const ChartTheme& theme);
    void setLegendVisible(bool visible);
    bool isLegendVisible() const
    {
        return m_legendVisible;
    }
    const GraphPainter& chartPainter() const
    {
        return m_painter;
    }
    // The key to what is shown, for the export to reuse.
    const GraphLegend& legend() const
    {
        return m_legend;
    }

    // The topmost node at a point of the widget, or -1.
    int nodeAt(const QPointF& point) const;
    QPointF nodeCentre(int node) const;
    // Rich text whose every part from the collection is escaped: a title "<b>x</b>" shows as typed.
    QString toolTipText(int node) const;
    // The node the keyboard is on, or -1.
    int focusedNode() const;
    // Puts the keyboard on a node (-1: on none), brings it into sight and tells assistive technology.
    void setFocusedNode(int node);
    // Where the focused node is drawn, in the widget's coordinates.
    QRectF focusedNodeRect() const;
    // Every node from the most connected to the least: the order of Page Down and Home.
    QList<int> nodesByDegree() const;

public Q_SLOTS:
    void fitToView();
    void zoomIn();
    void zoomOut();
    void centreOn(int node);

Q_SIGNALS:
    void nodeClicked(int node);
    void nodeDoubleClicked(int node);
    // A right-click (or the menu key) on a node, or on the background (-1).
    void contextMenuRequested(int node, const QPoint& globalPosition);
    void backgroundClicked();
    // After a drag, where the node now is in layout coordinates.
    void nodeMoved(int node, QPointF position);
    void viewportChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    void setHovered(int node);
    void zoomBy(qreal factor, const QPointF& around);
    // The arrows, Home, End, Page Up, Page Down, Enter and Space on nodes (GraphCanvasFocus.cpp).
    bool focusKeyPressed(QKeyEvent* event);
    void ensureNodeVisible(int node);
    void paintFocus(QPainter& painter) const;

    std::shared_ptr<const GraphData> m_graph;
    GraphGeometry m_geometry;
    GraphViewport m_viewport;
    GraphPainter m_painter;
    GraphPaintState m_state;
    GraphLegend m_legend;
    bool m_fitPending = true;
    bool m_legendVisible = true;
    // A press: on a node (maybe the start of a drag) or on the background (a pan).
    int m_pressedNode = -1;
    QPointF m_pressPoint;
    QPointF m_lastPoint;
    QPointF m_grabOffset;
    bool m_moved = false;
    bool m_pressed = false;
    QString m_focusKey; // the node's key, so that it survives a new layout of the same graph
};

} // namespace Spyline
