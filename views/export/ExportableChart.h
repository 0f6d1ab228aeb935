#pragma once

#include "records/Records.h"
#include "records/ViewState.h"

#include <QList>
#include <QString>
#include <QStringList>

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
    // A chart too tall for one page continues on the next: how many pages the last layout needs,
    // and which one to lay out next.
    virtual int pageCount() const
    {
        return 1;
    }
    virtual void setPage(int page)
    {
        Q_UNUSED(page);
    }
    virtual int page() const
    {
        return 0;
    }
    // At most this many pages (0: as many as it needs): a chart over it groups what it draws more
    // coarsely, and says so.
    virtual void setPageLimit(int pages)
    {
        Q_UNUSED(pages);
    }
    // The height in points that would hold the whole chart on one page, after prepare(); 0 when
    // it has no preferred height. A PNG or SVG grows to it rather than continuing on pages.
    virtual qreal heightForAll() const
    {
        return 0;
    }
    // Lines listed in a small table under the chart: what the chart could not draw on its own
    // without piling it up (bundled links, links to another page).
    virtual QStringList chartNotes() const
    {
        return {};
    }
};

} // namespace Spyline
