#pragma once

#include "graph/GraphData.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

class QPainter;
class QPaintDevice;

namespace Spyline {

struct ChartTheme;

// The key to a graph chart: shapes by node kind, colours by country, how a tie's line says
// how firm it is (claims dashed), and that size counts ties. Built for what a graph shows, and
// painted by the view and by exports onto any device.
class GraphLegend
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::GraphLegend)

public:
    // Of the nodes `shown` marks (one flag a node; all when empty) and the ties among them.
    static GraphLegend forGraph(const GraphData& data, const std::vector<char>& shown = {});

    QList<GraphNodeKind> kinds;
    QStringList countries; // codes, the most frequent first
    QList<GraphCertainty> certainties;
    bool links = false;

    // One line of the key: its symbol and what it means, under one of three headings.
    struct Entry
    {
        enum class Symbol : quint8
        {
            Kind, // a node's shape
            Size, // a small and a large node: size counts ties
            Country, // a node's colour
            Certainty, // a tie's line
            Link, // an event link's line
        };
        Symbol symbol = Symbol::Kind;
        GraphNodeKind kind = GraphNodeKind::Person;
        QString country;
        GraphCertainty certainty = GraphCertainty::Record;
        QString text;
    };

    bool isEmpty() const
    {
        return kinds.isEmpty();
    }
    // In the order the key lists them: shapes, then countries, then ties.
    QList<Entry> entries() const;
    // "Shape", "Country", "Tie".
    static QString heading(Entry::Symbol symbol);
    // Draws an entry's symbol into `sample` (about twice as wide as high); `unit` is one screen
    // pixel in device units.
    static void paintSymbol(QPainter& painter, const Entry& entry, const QRectF& sample, const ChartTheme& theme,
                            qreal unit);
    // In the device units of `device` (its resolution sizes the fonts); null for the screen's.
    QSizeF size(const ChartTheme& theme, const QPaintDevice* device = nullptr) const;
    void paint(QPainter& painter, const QPointF& topLeft, const ChartTheme& theme) const;

private:
    struct Metrics;
    Metrics measure(const ChartTheme& theme, const QPaintDevice* device) const;
};

} // namespace Spyline
