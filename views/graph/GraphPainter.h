#pragma once

#include "ChartTheme.h"
#include "GraphGeometry.h"
#include "GraphHairlines.h"
#include "GraphLabelLayout.h"
#include "GraphNodeLabel.h"
#include "GraphSpriteCache.h"
#include "GraphViewport.h"

#include <vector>

class QPainter;
class QPaintDevice;

namespace Spyline {

struct GraphTieCurve;

// What the view adds to a frame: the node under the pointer (it and its neighbours stand out,
// the rest is dimmed) and the selected nodes (outlined).
struct GraphPaintState
{
    int hovered = -1;
    QList<int> selected;
    bool edgeLabels = true;
};

// Draws the graph onto any QPainter (a widget, a QImage, an SVG or PDF generator) with a theme:
// edges, shapes coloured by country, and the labels GraphLabelLayout places. The cost of a frame
// follows what is on screen: off-screen marks are skipped and, zoomed far out, marks are drawn as
// plain dots and hairlines.
//
// Keeps measured labels between frames; call invalidate() when the graph's text changes.
class GraphPainter
{
public:
    explicit GraphPainter(const ChartTheme& theme = ChartTheme::print());

    const ChartTheme& theme() const
    {
        return m_theme;
    }
    void setTheme(const ChartTheme& theme);
    void invalidate();

    void paint(QPainter& painter, const QRectF& target, const GraphData& data, const GraphGeometry& geometry,
               const GraphViewport& viewport, const GraphPaintState& state = {});
    // The labels the last frame drew.
    const QList<GraphLabelBox>& labels() const
    {
        return m_labels;
    }

private:
    struct Frame;

    void prepare(const GraphData& data, const QPaintDevice* device, GraphLayoutKind layout);
    const GraphNodeLabel& nodeLabel(const Frame& frame, int node);
    GraphTieCurve tieCurve(const Frame& frame) const;
    void drawEdges(QPainter& painter, Frame& frame);
    void drawNodes(QPainter& painter, Frame& frame);
    void placeLabels(const Frame& frame);
    void drawLabels(QPainter& painter, Frame& frame);

    ChartTheme m_theme;
    // Measured for one graph on one kind of device.
    quint64 m_generation = 0; // of the graph measured, see GraphData::generation
    qsizetype m_nodeCount = -1;
    qreal m_dpi = 0;
    GraphLayoutKind m_layout = GraphLayoutKind::Relations;
    std::vector<GraphNodeLabel> m_nodeLabels;
    std::vector<char> m_measured;
    std::vector<QSizeF> m_sizes;
    std::vector<QColor> m_colors;
    GraphSpriteCache m_sprites;
    GraphHairlines m_hairlines;
    std::vector<int> m_order; // nodes, most connected first
    std::vector<int> m_neighbourOffsets;
    std::vector<int> m_neighbours;
    std::vector<char> m_antiparallel; // edges that have a twin the other way
    QList<GraphLabelBox> m_labels;
};

} // namespace Spyline
