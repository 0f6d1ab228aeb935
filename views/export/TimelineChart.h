#pragma once

#include "ExportableChart.h"
#include "TimelineLayout.h"
#include "TimelineLegendPainter.h"

#include <memory>

namespace Spyline {

class TimelineView;

// The timeline as a chart for export: laid out afresh for the page with the same layout and
// painter the window uses, without the window's own legend and overview strip (the page has
// its own legend).
class TimelineChart : public ExportableChart
{
public:
    // What to draw: the time window, which lanes (from the scroll position), what is selected.
    struct Frame
    {
        TimeWindow window;
        qreal scrollY = 0;
        std::vector<int> collapsed;
        bool showArcs = true;
        QList<Id> selectedCases;
        Id currentEvent = 0;
        std::optional<DayRange> brushedRange;
    };

    TimelineChart(std::shared_ptr<const TimelineLanes> lanes, Frame frame);
    // The chart the view shows now.
    static std::unique_ptr<TimelineChart> fromView(const TimelineView& view);
    // The whole collection, or the days given, with every lane that fits the page.
    static std::unique_ptr<TimelineChart> overview(std::shared_ptr<const TimelineLanes> lanes,
                                                   std::optional<DayRange> days = std::nullopt);

    void prepare(const QSizeF& size, const ChartTheme& theme) override;
    void paint(QPainter& painter, const QRectF& area, const ChartTheme& theme) override;
    QList<LegendEntry> legend() const override;
    QList<Id> shownCases() const override;
    QList<Id> shownEvents() const override;
    std::optional<DayRange> shownRange() const override;
    // "3 events could not be read from the collection and are not drawn."; empty for none.
    static QString unreadableNote(qsizetype events);
    QString kindName() const override;
    QString omissions() const override;

private:
    void collectShown(const TimelineLayout& layout);

    std::shared_ptr<const TimelineLanes> m_lanes;
    Frame m_frame;
    std::optional<TimelineLayout> m_layout;
    QList<TimelineLegendPainter::Entry> m_legend;
    QList<Id> m_cases;
    QList<Id> m_events;
};

} // namespace Spyline
