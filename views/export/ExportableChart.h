#pragma once

#include "Records.h"
#include "ViewState.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QPainter;
class QRectF;
class QSizeF;

namespace Spyline {

struct ChartTheme;

// One line of a chart's legend: a symbol drawn exactly as the chart draws it, and what it means.
struct LegendEntry
{
    QString group; // "Events", "Countries", "Ties": entries are listed under their group
    QString label;
    std::function<void(QPainter& painter, const QRectF& box, const ChartTheme& theme)> paintSymbol;
};

// A chart the exporter can put on a page: the timeline or the graph, laid out afresh for the area
// it is given and painted with the same painter the window uses.
class ExportableChart
{
public:
    virtual ~ExportableChart() = default;

    // Lays the chart out for an area of this size (in points: 1/72 inch) without painting, so that
    // its legend and what it shows are known before the page around it is laid out.
    virtual void prepare(const QSizeF& size, const ChartTheme& theme) = 0;
    // Paints the chart into `area`, laid out for its size.
    virtual void paint(QPainter& painter, const QRectF& area, const ChartTheme& theme) = 0;
    // The shapes and colours of the last layout.
    virtual QList<LegendEntry> legend() const = 0;
    // What the last layout shows, for the caption and the list of sources.
    virtual QList<Id> shownCases() const = 0;
    virtual QList<Id> shownEvents() const = 0;
    virtual std::optional<DayRange> shownRange() const = 0;
    // "Timeline", "Relationship graph".
    virtual QString kindName() const = 0;
    // What the last layout leaves out for want of room, in words for the caption; empty when
    // nothing is left out.
    virtual QString omissions() const
    {
        return {};
    }
};

} // namespace Spyline
