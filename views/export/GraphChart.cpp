#include "GraphChart.h"

#include "GraphCanvas.h"
#include "GraphLayout.h"
#include "GraphPainter.h"
#include "GraphView.h"
#include "graph/GraphModel.h"
#include "graph/NodePositionRepository.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace Spyline {

namespace {

// Room around the outermost shapes, in layout units.
constexpr qreal LayoutMargin = 12;

bool isEvent(GraphNodeKind kind)
{
    return kind == GraphNodeKind::Statement || kind == GraphNodeKind::Announcement;
}

} // namespace

GraphChart::GraphChart(std::shared_ptr<const GraphData> graph, GraphGeometry geometry, Frame frame)
    : m_graph(std::move(graph))
    , m_geometry(std::move(geometry))
    , m_frame(std::move(frame))
{
}

std::unique_ptr<GraphChart> GraphChart::fromView(const GraphView& view)
{
    const GraphCanvas* canvas = view.canvas();
    if (!canvas || !canvas->sharedGraph() || view.geometry().isEmpty())
        return nullptr;
    Frame frame;
    const QRectF bounds = view.geometry().bounds(view.graph(), LayoutMargin);
    const QRectF seen = canvas->viewport().toLayout(QRectF(canvas->rect()));
    // Zoomed in or panned: the page shows what the window shows; else the whole graph.
    if (!seen.contains(bounds))
        frame.visible = seen;
    frame.selected = canvas->selectedNodes();
    return std::make_unique<GraphChart>(canvas->sharedGraph(), view.geometry(), frame);
}

Result<std::unique_ptr<GraphChart>> GraphChart::build(Store& store, const CaseFilter& filter, GraphLayoutKind layout,
                                                      int maxNodes)
{
    GraphQuery query;
    query.filter = filter;
    query.maxNodes = maxNodes;
    auto data = GraphModel::build(store, query);
    if (!data)
        return fail(data.error());
    if (data->nodes.isEmpty())
        return fail(tr("the cases selected have no ties to draw"));
    GraphLayoutOptions options;
    options.layout = layout;
    auto pinned = NodePositionRepository(store).positions(layout);
    if (!pinned)
        return fail(pinned.error());
    options.pinned = *pinned;
    auto graph = std::make_shared<const GraphData>(std::move(*data));
    auto geometry = GraphLayout::compute(*graph, options);
    if (!geometry)
        return fail(tr("the graph could not be laid out: %1").arg(geometry.error()));
    return std::make_unique<GraphChart>(std::move(graph), std::move(*geometry));
}

bool GraphChart::isShown(int node) const
{
    return m_shown.empty() || m_shown[size_t(node)];
}

QRectF GraphChart::layoutArea() const
{
    return m_frame.visible.isEmpty() ? m_geometry.bounds(*m_graph, LayoutMargin) : m_frame.visible;
}

void GraphChart::prepare(const QSizeF& size, const ChartTheme&)
{
    m_preparedSize = size;
    m_viewport = GraphViewport::fit(layoutArea(), QRectF(QPointF(0, 0), size));
    const GraphData& data = *m_graph;
    m_shown.assign(size_t(data.nodes.size()), 0);
    const QRectF page(QPointF(0, 0), size);
    for (int i = 0; i < data.nodes.size() && i < m_geometry.positions.size(); ++i)
        m_shown[size_t(i)] = page.contains(m_viewport.toDevice(m_geometry.positions.at(i)));
    m_legend = GraphLegend::forGraph(data, m_shown);
}

void GraphChart::paint(QPainter& painter, const QRectF& area, const ChartTheme& theme)
{
    if (m_preparedSize != area.size())
        prepare(area.size(), theme);
    GraphViewport viewport = m_viewport;
    viewport.offset += area.topLeft();
    GraphPaintState state;
    state.selected = m_frame.selected;
    painter.save();
    painter.setClipRect(area);
    GraphPainter(theme).paint(painter, area, *m_graph, m_geometry, viewport, state);
    painter.restore();
}

QList<LegendEntry> GraphChart::legend() const
{
    QList<LegendEntry> entries;
    for (const GraphLegend::Entry& entry : m_legend.entries()) {
        entries.append({GraphLegend::heading(entry.symbol), entry.text,
                        [entry](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                            // A sample twice as wide as high, centred in the box.
                            const qreal height = std::min(box.height(), box.width() / 2);
                            const QRectF sample(box.center().x() - height, box.center().y() - height / 2, 2 * height,
                                                height);
                            GraphLegend::paintSymbol(painter, entry, sample, theme, height / 12);
                        }});
    }
    return entries;
}

QList<Id> GraphChart::shownCases() const
{
    QList<Id> cases;
    for (int i = 0; i < m_graph->nodes.size(); ++i) {
        if (isShown(i) && m_graph->nodes.at(i).kind == GraphNodeKind::Case)
            cases.append(m_graph->nodes.at(i).id);
    }
    return cases;
}

QList<Id> GraphChart::shownEvents() const
{
    QList<Id> events;
    for (int i = 0; i < m_graph->nodes.size(); ++i) {
        if (isShown(i) && isEvent(m_graph->nodes.at(i).kind))
            events.append(m_graph->nodes.at(i).id);
    }
    return events;
}

std::optional<DayRange> GraphChart::shownRange() const
{
    std::optional<DayRange> range;
    for (int i = 0; i < m_graph->nodes.size(); ++i) {
        const GraphNode& node = m_graph->nodes.at(i);
        if (!isShown(i) || node.date.isNull() || (node.kind != GraphNodeKind::Case && !isEvent(node.kind)))
            continue;
        if (!range)
            range = DayRange {node.date.earliestDay(), node.date.latestDay()};
        range->first = std::min(range->first, node.date.earliestDay());
        range->last = std::max(range->last, node.date.latestDay());
    }
    return range;
}

QString GraphChart::kindName() const
{
    return tr("Relationship graph");
}

QString GraphChart::omissions() const
{
    QStringList notes;
    const auto shown = m_shown.empty() ? m_graph->nodes.size() : std::count(m_shown.begin(), m_shown.end(), char(1));
    const int total = std::max(m_graph->totalNodes, int(m_graph->nodes.size()));
    if (shown < total && m_graph->isCapped() && shown == m_graph->nodes.size())
        notes.append(
            tr("%L1 of %L2 nodes are drawn, the most connected; the others are left out.").arg(shown).arg(total));
    else if (shown < total)
        notes.append(tr("%L1 of %L2 nodes are in the part of the graph shown.").arg(shown).arg(total));
    if (m_geometry.layout == GraphLayoutKind::Chronology) {
        // The time order has no place for an event whose date is not known.
        qsizetype undated = 0;
        for (int i = 0; i < m_graph->nodes.size(); ++i) {
            const GraphNode& node = m_graph->nodes.at(i);
            undated += isShown(i) && isEvent(node.kind) && node.date.isNull() ? 1 : 0;
        }
        if (undated > 0)
            notes.append(
                tr("%Ln event(s) have no known date and stand outside the time order.", nullptr, int(undated)));
    }
    return notes.join(u' ');
}

} // namespace Spyline
