#include "GraphAccessible.h"

#include "GraphCanvas.h"
#include "records/CountryCatalog.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

// Ties named at most; the count says the rest.
constexpr int MaxTiesNamed = 6;

QAccessibleInterface* factory(const QString&, QObject* object)
{
    auto* canvas = qobject_cast<GraphCanvas*>(object);
    if (!canvas)
        return nullptr;
    return new CanvasAccessible(canvas, [](const QWidget& widget) {
        return GraphAccessible::focusedItem(static_cast<const GraphCanvas&>(widget));
    });
}

} // namespace

void GraphAccessible::install()
{
    CanvasAccessible::installFactory(&factory);
}

QString GraphAccessible::nodeName(const GraphData& graph, int node)
{
    if (node < 0 || node >= graph.nodes.size())
        return {};
    const GraphNode& n = graph.nodes.at(node);
    QStringList parts {n.title.isEmpty() ? n.label : n.title, graphNodeKindLabel(n.kind)};
    if (!n.country.isEmpty()) {
        const QString country = CountryCatalog::name(n.country);
        parts.append(country.isEmpty() ? n.country : country);
    }
    if (n.kind == GraphNodeKind::Case)
        parts.append(toLabel(n.status));
    if (!n.date.isNull())
        parts.append(n.date.displayText());
    parts.append(GraphAccessible::tr("%Ln tie(s)", nullptr, n.degree));
    return parts.join(QStringLiteral(", "));
}

QString GraphAccessible::nodeTies(const GraphData& graph, int node)
{
    QStringList ties;
    int count = 0;
    for (const GraphEdge& edge : graph.edges) {
        if (edge.from != node && edge.to != node)
            continue;
        ++count;
        if (ties.size() >= MaxTiesNamed)
            continue;
        // Each tie reads from its first node to its second: "recruited by CIA", "Zeng suspect in it".
        const bool outgoing = edge.from == node;
        const GraphNode& other = graph.nodes.at(outgoing ? edge.to : edge.from);
        ties.append(outgoing ? GraphAccessible::tr("%1 %2").arg(graphEdgeLabel(edge), other.label)
                             : GraphAccessible::tr("%1 %2 it").arg(other.label, graphEdgeLabel(edge)));
    }
    if (ties.isEmpty())
        return GraphAccessible::tr("No ties shown.");
    QString text = GraphAccessible::tr("Ties: %1").arg(ties.join(QStringLiteral("; ")));
    if (count > ties.size())
        text += u' ' + GraphAccessible::tr("and %Ln more.", nullptr, count - int(ties.size()));
    return text;
}

std::optional<CanvasItem> GraphAccessible::focusedItem(const GraphCanvas& canvas)
{
    const int node = canvas.focusedNode();
    if (node < 0)
        return std::nullopt;
    const GraphData& graph = canvas.graph();
    CanvasItem item;
    item.key = graph.nodes.at(node).key;
    item.name = nodeName(graph, node);
    item.description = nodeTies(graph, node);
    item.rect = canvas.focusedNodeRect().toAlignedRect();
    item.selected = canvas.selectedNodes().contains(node);
    return item;
}

} // namespace Spyline
