#pragma once

#include "graph/GraphData.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <span>

class QFontMetricsF;

namespace Spyline {

// A label of a frame, in device coordinates: of a node, or of a tie with its text (cut to fit).
struct GraphLabelBox
{
    int node = -1;
    int edge = -1;
    QRectF rect;
    QString text; // a tie's; a node's label draws its own lines
};

// Which nodes and ties of a frame get a label, and where. No two labels overlap, none covers a
// shape large enough to read and none leaves the target. Labels are offered most important first
// and dropped where they would collide: the hovered and selected nodes and the hovered one's
// neighbours, then cases, events and the lags between events (the lags first in the chronology,
// which is read for them), then the most connected nodes, then the other ties. A crowd on screen
// gets few labels, for its hubs. Pure geometry: no painter, nothing kept between frames.
namespace GraphLabelLayout {

struct Input
{
    const GraphData& data;
    GraphLayoutKind layout = GraphLayoutKind::Relations;
    QRectF target; // labels stay inside it
    qreal unit = 1; // device pixels in a 96th of an inch
    // The frame's shapes, in the order of data.nodes, in device coordinates.
    std::span<const QRectF> rects;
    std::span<const char> visible; // on screen
    std::span<const char> focus; // not dimmed by the hovered node
    std::span<const char> twins; // by edge: it has a twin the other way (the two curves part)
    // Shapes smaller than this (device pixels) are drawn as dots: labels may cover them.
    qreal dotBelow = 5;
    int hovered = -1;
    QList<int> selected;
    bool tieLabels = true; // ties are drawn as curves and the person wants their labels
    std::span<const int> order; // nodes, most connected first
    // The neighbours of node n are neighbours[neighbourOffsets[n] .. neighbourOffsets[n + 1]).
    std::span<const int> neighbourOffsets;
    std::span<const int> neighbours;
    // The size of a node's label, asked only for the nodes offered a label: most never are.
    std::function<QSizeF(int node)> nodeLabelSize;
    const QFontMetricsF& tieFont; // a tie's label is one line in this font
};

// The labels placed: the nodes' in the order they were placed, then the ties'.
QList<GraphLabelBox> place(const Input& input);

// What a tie's label says in full: its kinds, and for a recruitment where it happened.
QString tieText(const GraphEdge& edge);

} // namespace GraphLabelLayout

} // namespace Spyline
