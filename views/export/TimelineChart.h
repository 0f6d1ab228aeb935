#pragma once

#include "ExportableChart.h"
#include "TimelineLayout.h"
#include "TimelineLegendPainter.h"

#include <memory>

#include <QCoreApplication>

namespace Spyline {

class TimelineView;

// The timeline as a chart for export: laid out afresh for the page with the same layout and
// painter the window uses, without the window's own legend, overview strip and controls (the page
// has its own legend). Every lane is drawn: when they do not fit one page, the chart continues on
// further pages (PDF) or grows taller (PNG, SVG), unless a page limit groups them by a coarser key.
class TimelineChart : public ExportableChart
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::TimelineChart)

public:
    // What to draw: the time window, which lanes are collapsed, what is selected.
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

    // A chart of part of a collection, for the command line and the handout.
    struct Selection
    {
        ShownRecords shown; // empty: every record; "as publicly known on" a day with its knownOn
        std::optional<DayRange> days; // the axis's exact ends; none: the span of the shown cases
        LaneKey key = LaneKey::Case;
        int maxPages = 0; // 0: as many pages as the lanes need
        // Stretches with nothing recorded are cut from the axis when they make up more than half
        // of it, so that ninety years and a busy summer both stay readable.
        bool cutQuietStretches = true;
    };
    // A stretch of a cut axis: its days and its share of the width.
    struct Segment
    {
        TimeWindow window;
        std::optional<DayRange> cutAfter; // the quiet days cut after it
        double share = 1;
    };
    // The stretches of an axis from `days.first` to `days.last` with the long quiet ones cut out;
    // empty when the axis is best left whole.
    static std::vector<Segment> quietStretchesCut(const TimelineLanes& lanes, DayRange days);
    const std::vector<Segment>& segments() const
    {
        return m_segments;
    }

    TimelineChart(std::shared_ptr<const TimelineLanes> lanes, Frame frame);
    // The chart the view shows now: its time window, every lane.
    static std::unique_ptr<TimelineChart> fromView(const TimelineView& view);
    // The whole collection, or the days given, with every lane.
    static std::unique_ptr<TimelineChart> overview(std::shared_ptr<const TimelineLanes> lanes,
                                                   std::optional<DayRange> days = std::nullopt);
    // The selection's cases and the events in its days, on an axis from its first day to its last,
    // with no lane for what has nothing in range.
    static std::unique_ptr<TimelineChart> forSelection(std::shared_ptr<const TimelineData> data, Selection selection);

    void prepare(const QSizeF& size, const ChartTheme& theme) override;
    void paint(QPainter& painter, const QRectF& area, const ChartTheme& theme) override;
    QList<LegendEntry> legend() const override;
    QList<Id> shownCases() const override;
    QList<Id> shownEvents() const override;
    std::optional<DayRange> shownRange() const override;
    int pageCount() const override
    {
        return m_pageCount;
    }
    void setPage(int page) override;
    void setPageLimit(int pages) override
    {
        m_maxPages = std::max(0, pages);
        m_preparedFor = {};
    }
    int page() const override
    {
        return m_page;
    }
    qreal heightForAll() const override;
    QStringList chartNotes() const override;
    // "3 events could not be read from the collection and are not drawn."; empty for none.
    static QString unreadableNote(qsizetype events);
    QString kindName() const override;
    QString omissions() const override;

    // Lanes of the last layout, by index into lanes(): the first and one past the last.
    std::pair<int, int> pageLanes() const
    {
        return m_pages.empty() ? std::pair {0, 0} : m_pages[size_t(m_shownPage)];
    }
    const TimelineLanes* lanes() const
    {
        return m_lanes.get();
    }
    // The lanes the chart was regrouped into to keep within its page limit; null when it was not.
    std::optional<LaneKey> groupedBy() const
    {
        return m_groupedBy;
    }

private:
    void collectShown();
    void paginate(qreal available, qreal laneHeight, const LaneStack& stack);
    TimelineOptions paperOptions() const;

    std::shared_ptr<const TimelineLanes> m_lanes;
    Frame m_frame;
    std::optional<DayRange> m_exactRange;
    // To regroup the lanes when a page limit is asked for.
    std::shared_ptr<const TimelineData> m_data;
    ShownRecords m_shown;
    TimelineLanes::EventMask m_shownEvents;
    int m_maxPages = 0;
    std::optional<LaneKey> m_groupedBy;
    int m_groupedToPages = 0;
    bool m_lanesLeftOut = false;

    std::vector<std::pair<int, int>> m_pages; // lanes [first, end) on each page
    int m_page = 0; // asked for
    int m_shownPage = 0; // laid out: the page asked for, or the last there is
    int m_pageCount = 1;
    qreal m_allLanesHeight = 0; // chart pixels: the axis and every lane
    QSizeF m_preparedFor;
    std::vector<Segment> m_segments;
    std::vector<TimelineLayout> m_layouts; // one per stretch of the axis
    std::vector<qreal> m_offsets; // where each starts, in chart pixels
    QList<TimelineLegendPainter::Entry> m_legend;
    QList<Id> m_cases;
    QList<Id> m_events;
    QStringList m_linkNotes;
};

} // namespace Spyline
