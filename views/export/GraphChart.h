#pragma once

#include "ExportableChart.h"
#include "GraphGeometry.h"
#include "GraphLegend.h"
#include "GraphViewport.h"

#include <QCoreApplication>
#include <QRectF>

#include <memory>

namespace Spyline {

class GraphView;
class Store;

// The relationship graph as a chart for export: the positions the layout gave (and people
// dragged), fitted to the page and drawn by the painter the window uses, with the legend of the
// shapes, colours and lines that are on the page.
class GraphChart : public ExportableChart
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::GraphChart)

public:
    struct Frame
    {
        // The part of the layout to show (layout units); the whole graph when empty.
        QRectF visible;
        QList<int> selected; // nodes drawn outlined
    };

    GraphChart(std::shared_ptr<const GraphData> graph, GraphGeometry geometry, Frame frame = {});
    // The part of the graph the view shows now; null while it has no picture.
    static std::unique_ptr<GraphChart> fromView(const GraphView& view);
    // The graph of the cases the filter leaves, at most `maxNodes` of the most connected,
    // laid out as the window lays it out, with the positions people dragged. Runs Graphviz on
    // the calling thread.
    static Result<std::unique_ptr<GraphChart>> build(Store& store, const CaseFilter& filter,
                                                     GraphLayoutKind layout = GraphLayoutKind::Relations,
                                                     int maxNodes = 400);

    void prepare(const QSizeF& size, const ChartTheme& theme) override;
    void paint(QPainter& painter, const QRectF& area, const ChartTheme& theme) override;
    QList<LegendEntry> legend() const override;
    QList<Id> shownCases() const override;
    QList<Id> shownEvents() const override;
    std::optional<DayRange> shownRange() const override;
    QString kindName() const override;
    QString omissions() const override;

private:
    QRectF layoutArea() const;
    // On the page, as the last layout placed it (every node before the first layout).
    bool isShown(int node) const;

    std::shared_ptr<const GraphData> m_graph;
    GraphGeometry m_geometry;
    Frame m_frame;
    QSizeF m_preparedSize;
    GraphViewport m_viewport;
    std::vector<char> m_shown; // per node: on the page
    GraphLegend m_legend;
};

} // namespace Spyline
