#pragma once

#include "graph/GraphData.h"

#include <QColor>
#include <QPainterPath>
#include <QPen>
#include <QSizeF>

namespace Spyline {

struct ChartTheme;

// How the graph's marks look, shared by the layout (sizes), the painter and the legend.
// Sizes are layout units (points at zoom 1); nothing here knows a screen or a widget.
class GraphStyle
{
public:
    // The size of a node's shape: grows with its ties, slowly, so hubs stand out without
    // swallowing the chart. Cases are cards, wider than tall.
    static QSizeF nodeSize(GraphNodeKind kind, int degree);
    static QSizeF nodeSize(const GraphNode& node)
    {
        return nodeSize(node.kind, node.degree);
    }
    // The outline of a node's shape inside `box`: circle for persons, hexagon for agencies,
    // square for organisations, a house for government bodies, a tilted square for media,
    // a card for cases, a map pin for venues, a speech bubble for statements and a star for
    // announcements.
    static QPainterPath shape(GraphNodeKind kind, const QRectF& box);
    // Colour by country, the same in every view; grey when the record names none.
    static QColor nodeColor(const GraphNode& node);
    // Solid for what is on record or found by a court, dashed for a claim, dotted for a
    // disputed claim. Event links take the theme's link colour.
    static QPen edgePen(const GraphEdge& edge, const ChartTheme& theme, qreal width);
    static Qt::PenStyle penStyle(GraphCertainty certainty);
    // How many lines a node's label gets (an event's date and a case's status come on top), and
    // about how wide a line is in characters.
    // The chronology's columns are narrow: its labels are narrower and longer.
    static int labelLines(GraphNodeKind kind, GraphLayoutKind layout);
    static int labelCharacters(GraphNodeKind kind, GraphLayoutKind layout);
};

} // namespace Spyline
