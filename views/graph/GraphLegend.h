#pragma once

#include "GraphData.h"

#include <QPointF>
#include <QSizeF>

class QPainter;
class QPaintDevice;

namespace Spyline {

struct ChartTheme;

// The key to a graph chart: shapes by node kind, colours by country, how a tie's line says
// how firm it is (claims dashed), and that size counts ties. Built for what a graph shows, and
// painted by the view and by exports onto any device.
class GraphLegend
{
public:
    static GraphLegend forGraph(const GraphData& data);

    QList<GraphNodeKind> kinds;
    QStringList countries; // codes, the most frequent first
    QList<GraphCertainty> certainties;
    bool links = false;

    bool isEmpty() const
    {
        return kinds.isEmpty();
    }
    // In the device units of `device` (its resolution sizes the fonts); null for the screen's.
    QSizeF size(const ChartTheme& theme, const QPaintDevice* device = nullptr) const;
    void paint(QPainter& painter, const QPointF& topLeft, const ChartTheme& theme) const;

private:
    struct Metrics;
    Metrics measure(const ChartTheme& theme, const QPaintDevice* device) const;
};

} // namespace Spyline
