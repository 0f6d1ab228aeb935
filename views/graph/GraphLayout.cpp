#include "GraphLayout.h"

#include "ForceLayout.h"
#include "GraphStyle.h"

#include <QCoreApplication>
#include <QMutex>

#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <map>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SPYLINE_LSAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SPYLINE_LSAN 1
#endif
#ifdef SPYLINE_LSAN
#include <sanitizer/lsan_interface.h>
#endif

namespace Spyline {

namespace {

constexpr qreal pointsPerInch = 72.0;
// A label line of the chart font, roughly: Graphviz needs room before any font is measured.
constexpr qreal labelCharWidth = 6.2;
constexpr qreal labelLineHeight = 12.0;
// Height over width that relation layouts are widened to.
constexpr qreal landscape = 0.55;

// Graphviz is not thread-safe: one layout at a time, in the whole process.
QMutex& graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

QString& graphvizErrors()
{
    static QString errors;
    return errors;
}

int collectError(char* message)
{
    graphvizErrors() += QString::fromUtf8(message).trimmed() + u' ';
    return 0;
}

// Graphviz keeps a few small allocations for the life of the process (its plugin table);
// they are not ours to free, so the leak checker of sanitizer builds looks away meanwhile.
class GraphvizAllocations
{
public:
    GraphvizAllocations() // NOLINT(modernize-use-equals-default): not empty in sanitizer builds
    {
#ifdef SPYLINE_LSAN
        __lsan_disable();
#endif
    }
    ~GraphvizAllocations() // NOLINT(modernize-use-equals-default): not empty in sanitizer builds
    {
#ifdef SPYLINE_LSAN
        __lsan_enable();
#endif
    }
    GraphvizAllocations(const GraphvizAllocations&) = delete;
    GraphvizAllocations& operator=(const GraphvizAllocations&) = delete;
};

// One context for the process: creating it reads Graphviz's plugin configuration.
GVC_t* graphvizContext()
{
    static GVC_t* context = gvContext();
    return context;
}

bool isEvent(const GraphNode& node)
{
    return node.kind == GraphNodeKind::Statement || node.kind == GraphNodeKind::Announcement;
}

// Room for the shape and, in small graphs, for the label under it. The shape sits at the top of
// the box Graphviz places; labelDrop() says how far below the box's centre.
QSizeF layoutBox(const GraphNode& node, bool withLabel, GraphLayoutKind layout)
{
    const QSizeF shape = GraphStyle::nodeSize(node);
    if (!withLabel)
        return shape;
    const int perLine = GraphStyle::labelCharacters(node.kind, layout);
    const qsizetype length = node.label.size();
    // Events add their date above the title, cases their status under it.
    const int lines =
        std::clamp(static_cast<int>((length + perLine - 1) / perLine), 1, GraphStyle::labelLines(node.kind, layout))
        + (isEvent(node) || node.kind == GraphNodeKind::Case ? 1 : 0);
    const qreal labelWidth = std::min<qsizetype>(length, perLine) * labelCharWidth;
    return {std::max(shape.width(), labelWidth), shape.height() + lines * labelLineHeight + 6};
}

qreal labelDrop(const GraphNode& node, bool withLabel, GraphLayoutKind layout)
{
    return (layoutBox(node, withLabel, layout).height() - GraphStyle::nodeSize(node).height()) / 2;
}

bool labelsInLayout(const GraphData& data, const GraphLayoutOptions& options)
{
    return options.layout == GraphLayoutKind::Chronology || data.nodes.size() <= options.smallGraph;
}

// Lone nodes of a large relation graph: Graphviz packs each as a component of its own, which
// costs more than the whole layout when there are thousands; Spyline sets them out in rows instead.
std::vector<char> loneNodes(const GraphData& data, const GraphLayoutOptions& options)
{
    std::vector<char> lone;
    if (options.layout != GraphLayoutKind::Relations || data.nodes.size() <= options.smallGraph)
        return lone;
    lone.assign(size_t(data.nodes.size()), 1);
    for (const GraphEdge& edge : data.edges) {
        if (edge.from != edge.to) {
            lone[size_t(edge.from)] = 0;
            lone[size_t(edge.to)] = 0;
        }
    }
    return lone;
}

// Rows of lone nodes under the laid-out ones, each in a cell as large as the largest.
void placeLoneNodes(const GraphData& data, const std::vector<char>& lone, GraphGeometry& geometry, QList<bool>& placed)
{
    QList<int> nodes;
    QSizeF cell;
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        if (!lone.empty() && lone[size_t(i)]) {
            nodes.append(int(i));
            cell = cell.expandedTo(GraphStyle::nodeSize(data.nodes.at(i)));
        }
    }
    if (nodes.isEmpty())
        return;
    cell += QSizeF(12, 12);
    QRectF box;
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        if (placed.at(i))
            box = box.united(geometry.nodeRect(data, int(i)));
    }
    const int columns = box.isNull() ? std::max(1, int(std::ceil(std::sqrt(double(nodes.size())))))
                                     : std::max(1, int(box.width() / cell.width()));
    const QPointF origin = box.isNull() ? QPointF() : QPointF(box.left(), box.bottom() + cell.height());
    for (qsizetype n = 0; n < nodes.size(); ++n) {
        const int column = int(n % columns);
        const int row = int(n / columns);
        geometry.positions[nodes.at(n)] = origin + QPointF((column + 0.5) * cell.width(), (row + 0.5) * cell.height());
        placed[nodes.at(n)] = true;
    }
}

bool isLone(const std::vector<char>& lone, int node)
{
    return !lone.empty() && lone[size_t(node)];
}

QByteArray number(qreal value)
{
    return QByteArray::number(value, 'f', 3);
}

} // namespace

QString GraphLayout::graphvizVersion()
{
    QMutexLocker lock(&graphvizMutex());
    GraphvizAllocations allocations;
    GVC_t* context = graphvizContext();
    return QStringLiteral("Graphviz ") + QString::fromUtf8(context ? gvcVersion(context) : "?");
}

QString GraphLayout::engineFor(const GraphData& data, const GraphLayoutOptions& options)
{
    if (!options.engine.isEmpty())
        return options.engine;
    if (options.layout == GraphLayoutKind::Chronology)
        return QStringLiteral("dot");
    return data.nodes.size() <= options.smallGraph ? QStringLiteral("neato") : forceEngine;
}

QList<int> GraphLayout::chronologicalRanks(const GraphData& data)
{
    const qsizetype count = data.nodes.size();
    // Half days: the middle of an uncertain date, nudged later by the links. An event of no known
    // date has no place in time: it gets no rank.
    const auto dated = [&](qsizetype i) { return isEvent(data.nodes.at(i)) && !data.nodes.at(i).date.isNull(); };
    QList<qint64> when(count, 0);
    for (qsizetype i = 0; i < count; ++i) {
        const GraphNode& node = data.nodes.at(i);
        if (dated(i))
            when[i] = qint64(node.date.earliestDay()) + qint64(node.date.latestDay());
    }
    // A response comes after what it responds to; a cycle of links stops after a few rounds.
    for (int round = 0; round < 32; ++round) {
        bool moved = false;
        for (const GraphEdge& edge : data.edges) {
            if (!edge.isLink() || edge.from == edge.to || !dated(edge.from) || !dated(edge.to))
                continue;
            if (when[edge.from] <= when[edge.to]) {
                when[edge.from] = when[edge.to] + 1;
                moved = true;
            }
        }
        if (!moved)
            break;
    }
    std::map<qint64, int> ranks;
    for (qsizetype i = 0; i < count; ++i) {
        if (dated(i))
            ranks.emplace(when[i], 0);
    }
    int next = 0;
    for (auto& [day, rank] : ranks)
        rank = next++;
    QList<int> result(count, -1);
    for (qsizetype i = 0; i < count; ++i) {
        if (dated(i))
            result[i] = ranks.at(when[i]);
    }
    return result;
}

QByteArray GraphLayout::dotText(const GraphData& data, const GraphLayoutOptions& options)
{
    const QString engine = engineFor(data, options);
    const bool chronology = options.layout == GraphLayoutKind::Chronology;
    const bool withLabels = labelsInLayout(data, options);
    const bool pins = engine == QStringLiteral("neato") || engine == QStringLiteral("fdp");
    const std::vector<char> lone = loneNodes(data, options);
    QByteArray dot;
    dot.reserve(64 + data.nodes.size() * 48 + data.edges.size() * 20);
    if (chronology) {
        dot += "digraph spyline {\n"
               "graph [rankdir=LR, newrank=true, nodesep=0.25, ranksep=0.45, splines=false, outputorder=edgesfirst];\n"
               "node [shape=box, fixedsize=true, label=\"\"];\n"
               "edge [arrowhead=none];\n";
    } else {
        // Small graphs start from the compact layout and let prism push labels apart; large ones
        // keep Graphviz's default of spreading first, which is much faster with thousands of nodes.
        dot += "graph spyline {\n"
               "graph [overlap=prism, sep=\"+4\", splines=false, outputorder=edgesfirst, pack=true, mode=KK";
        if (withLabels)
            dot += ", overlap_scaling=0";
        dot += "];\n"
               "node [shape=box, fixedsize=true, label=\"\"];\n";
    }
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        if (isLone(lone, int(i)))
            continue;
        const GraphNode& node = data.nodes.at(i);
        const QSizeF box = layoutBox(node, withLabels, options.layout);
        dot += 'n' + QByteArray::number(i) + " [width=" + number(box.width() / pointsPerInch)
            + ", height=" + number(box.height() / pointsPerInch);
        const auto pin = options.pinned.constFind(node.key);
        if (pins && pin != options.pinned.cend())
            dot += ", pos=\"" + number(pin->x()) + ','
                + number(-(pin->y() + labelDrop(node, withLabels, options.layout))) + "!\"";
        dot += "];\n";
    }
    if (chronology) {
        // An invisible time line: one rank per date, in order, holding that date's events.
        const QList<int> ranks = chronologicalRanks(data);
        const int rankCount = ranks.isEmpty() ? 0 : *std::max_element(ranks.cbegin(), ranks.cend()) + 1;
        QList<QByteArray> sameRank(rankCount);
        for (int r = 0; r < rankCount; ++r) {
            dot += 't' + QByteArray::number(r) + " [width=0.01, height=0.01, style=invis];\n";
            sameRank[r] = "{rank=same; t" + QByteArray::number(r) + ';';
        }
        for (qsizetype i = 0; i < ranks.size(); ++i) {
            if (ranks.at(i) >= 0)
                sameRank[ranks.at(i)] += " n" + QByteArray::number(i) + ';';
        }
        for (int r = 0; r < rankCount; ++r) {
            dot += sameRank[r] + "}\n";
            if (r > 0)
                dot +=
                    't' + QByteArray::number(r - 1) + " -> t" + QByteArray::number(r) + " [style=invis, weight=50];\n";
        }
    }
    for (const GraphEdge& edge : data.edges) {
        if (edge.from == edge.to)
            continue;
        const QByteArray from = 'n' + QByteArray::number(edge.from);
        const QByteArray to = 'n' + QByteArray::number(edge.to);
        if (!chronology && withLabels) {
            // Long enough for what the edge says, between the two shapes.
            const GraphNode& a = data.nodes.at(edge.from);
            const GraphNode& b = data.nodes.at(edge.to);
            const qreal length = graphEdgeLabel(edge).size() * labelCharWidth * 0.85
                + (GraphStyle::nodeSize(a).width() + GraphStyle::nodeSize(b).width()) / 2 + 12;
            dot += from + " -- " + to + " [len=" + number(std::max(1.0, length / pointsPerInch)) + "];\n";
        } else if (!chronology) {
            dot += from + " -- " + to + ";\n";
        } else if (isEvent(data.nodes.at(edge.from)) && isEvent(data.nodes.at(edge.to))) {
            // From the earlier event to the later, as the time line runs; heavy, so that a chain of
            // statements and announcements reads along a straight line.
            dot += to + " -> " + from + " [weight=8];\n";
        } else {
            dot += from + " -> " + to + ";\n";
        }
    }
    dot += "}\n";
    return dot;
}

Result<GraphGeometry> GraphLayout::compute(const GraphData& data, const GraphLayoutOptions& options)
{
    GraphGeometry geometry;
    geometry.layout = options.layout;
    geometry.engine = engineFor(data, options);
    if (data.nodes.isEmpty())
        return geometry;
    const std::vector<char> lone = loneNodes(data, options);
    geometry.positions.resize(data.nodes.size());
    QList<bool> placed(data.nodes.size(), false);
    if (std::count(lone.cbegin(), lone.cend(), 0) > 0 || lone.empty()) {
        Status laidOut = geometry.engine == forceEngine ? runForceLayout(data, options, lone, geometry, placed)
                                                        : runGraphviz(data, options, geometry, placed);
        if (!laidOut)
            return fail(laidOut.error());
    }

    // Charts go on landscape screens and slides: a tall relation layout is widened. Stretching
    // only moves nodes apart, so nothing comes to overlap; with dragged nodes the frame stays.
    QRectF box;
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        if (placed.at(i))
            box = box.united(QRectF(geometry.positions.at(i), QSizeF(1e-6, 1e-6)));
    }
    if (options.layout == GraphLayoutKind::Relations && options.pinned.isEmpty() && data.nodes.size() > 2
        && box.width() > 0 && box.height() / box.width() > landscape) {
        const qreal stretch = box.height() / box.width() / landscape;
        for (qsizetype i = 0; i < data.nodes.size(); ++i) {
            if (placed.at(i))
                geometry.positions[i].setX(box.center().x()
                                           + (geometry.positions.at(i).x() - box.center().x()) * stretch);
        }
    }
    placeLoneNodes(data, lone, geometry, placed);
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        const QPointF p = geometry.positions.at(i);
        if (!placed.at(i) || !std::isfinite(p.x()) || !std::isfinite(p.y()))
            return fail(
                tr("The %1 layout gave no usable position for %2").arg(geometry.engine, data.nodes.at(i).label));
        const auto pin = options.pinned.constFind(data.nodes.at(i).key);
        if (pin != options.pinned.cend())
            geometry.positions[i] = *pin;
    }
    return geometry;
}

Status GraphLayout::runForceLayout(const GraphData& data, const GraphLayoutOptions& options,
                                   const std::vector<char>& lone, GraphGeometry& geometry, QList<bool>& placed)
{
    const bool withLabels = labelsInLayout(data, options);
    QList<int> laidOut;
    QList<int> position(data.nodes.size(), -1);
    QList<QSizeF> sizes;
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        if (isLone(lone, int(i)))
            continue;
        position[i] = int(laidOut.size());
        laidOut.append(int(i));
        sizes.append(layoutBox(data.nodes.at(i), withLabels, options.layout));
    }
    QList<ForceLayout::Tie> ties;
    ties.reserve(data.edges.size());
    for (const GraphEdge& edge : data.edges) {
        if (edge.from != edge.to && position.at(edge.from) >= 0 && position.at(edge.to) >= 0)
            ties.append({position.at(edge.from), position.at(edge.to)});
    }
    auto centres = ForceLayout::compute(sizes, ties);
    if (!centres)
        return fail(centres.error());
    for (qsizetype k = 0; k < laidOut.size(); ++k) {
        const int node = laidOut.at(k);
        geometry.positions[node] =
            centres->at(k) - QPointF(0, labelDrop(data.nodes.at(node), withLabels, options.layout));
        placed[node] = true;
    }
    return {};
}

Status GraphLayout::runGraphviz(const GraphData& data, const GraphLayoutOptions& options, GraphGeometry& geometry,
                                QList<bool>& placed)
{
    const QByteArray dot = dotText(data, options);
    const QByteArray engine = geometry.engine.toUtf8();
    const bool withLabels = labelsInLayout(data, options);

    QMutexLocker lock(&graphvizMutex());
    GraphvizAllocations allocations;
    graphvizErrors().clear();
    agseterr(AGERR);
    agseterrf(collectError);
    GVC_t* context = graphvizContext();
    if (!context)
        return fail(tr("Graphviz could not start: %1").arg(graphvizErrors().trimmed()));
    Agraph_t* graph = agmemread(dot.constData());
    if (!graph)
        return fail(tr("Graphviz could not read the graph: %1").arg(graphvizErrors().trimmed()));
    if (gvLayout(context, graph, engine.constData()) != 0) {
        agclose(graph);
        const QString why = graphvizErrors().trimmed();
        return fail(tr("Graphviz could not lay out the graph with %1: %2")
                        .arg(geometry.engine, why.isEmpty() ? tr("no reason given") : why));
    }
    for (Agnode_t* node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        const char* name = agnameof(node);
        if (!name || name[0] != 'n')
            continue;
        bool ok = false;
        const int index = QByteArray(name + 1).toInt(&ok);
        if (!ok || index < 0 || index >= data.nodes.size())
            continue;
        const pointf coord = reinterpret_cast<Agnodeinfo_t*>(node->base.data)->coord;
        geometry.positions[index] =
            QPointF(coord.x, -coord.y - labelDrop(data.nodes.at(index), withLabels, options.layout));
        placed[index] = true;
    }
    gvFreeLayout(context, graph);
    agclose(graph);
    return {};
}

} // namespace Spyline
