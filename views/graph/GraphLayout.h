#pragma once

#include "GraphGeometry.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace Spyline {

struct GraphLayoutOptions
{
    GraphLayoutKind layout = GraphLayoutKind::Relations;
    // The layout engine: a Graphviz one ("neato", "sfdp", "dot"...) or forceEngine. Empty picks
    // one: neato for small relation graphs, forceEngine for large ones, dot for the chronology.
    QString engine;
    // Dragged positions by node key (layout units, y down): those nodes stay where they were put.
    QHash<QString, QPointF> pinned;
    // Relation graphs up to this many nodes use neato and keep room for every label.
    int smallGraph = 400;
};

// The engine for large relation graphs: spring–electrical forces with Barnes–Hut repulsion
// (ForceLayout), several times faster than sfdp with Graphviz's overlap removal at thousands of nodes.
inline const QString forceEngine = QStringLiteral("spring-electrical");

// Positions for the graph's nodes: relations force-directed (neato for small graphs, which keeps
// room for labels; ForceLayout for large ones) with overlaps removed; the chronology with dot,
// left to right, statements and announcements in ranks by date. Graphviz (libgvc) is linked
// dynamically.
// Graphviz keeps global state, so one layout runs at a time in the whole process; large
// graphs take seconds, so callers run this off the UI thread (see GraphWorker).
class GraphLayout
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::GraphLayout)

public:
    // "Graphviz 2.42.2": the library behind the Graphviz engines, for the benchmark's log.
    static QString graphvizVersion();
    static QString engineFor(const GraphData& data, const GraphLayoutOptions& options);
    // The DOT text handed to Graphviz, also what the benchmark hands the sfdp command.
    static QByteArray dotText(const GraphData& data, const GraphLayoutOptions& options);
    // Finite positions for every node, no two shapes overlapping (dragged nodes excepted:
    // they stay where a person put them). A Graphviz failure is a message; nothing is kept.
    static Result<GraphGeometry> compute(const GraphData& data, const GraphLayoutOptions& options);
    // For each node, the rank of its statement or announcement in time (-1 for other nodes):
    // date order, with a link putting a response after what it responds to when the dates
    // alone do not (a statement of "September" answering an announcement of 10 September).
    static QList<int> chronologicalRanks(const GraphData& data);

private:
    static Status runForceLayout(const GraphData& data, const GraphLayoutOptions& options,
                                 const std::vector<char>& lone, GraphGeometry& geometry, QList<bool>& placed);
    static Status runGraphviz(const GraphData& data, const GraphLayoutOptions& options, GraphGeometry& geometry,
                              QList<bool>& placed);
};

} // namespace Spyline
