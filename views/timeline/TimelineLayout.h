#pragma once

#include "ChartTheme.h"
#include "LaneStack.h"
#include "TimelineGeometry.h"
#include "records/ViewState.h"
#include "timeline/TimelineLanes.h"

#include <QCoreApplication>
#include <QFont>
#include <QSizeF>

#include <memory>
#include <optional>

namespace Spyline {

// How a timeline is drawn, apart from what is in view.
struct TimelineOptions
{
    bool showHeaders = true;
    bool showArcs = true;
    bool showLegend = true;
    bool showOverview = true;
    bool showToggles = true; // the lanes' collapse triangles: not on paper
    // Arcs whose ends lie close together on both sides are drawn once with their count, so that
    // arcs and lag labels never pile up (charts for paper list the bundled links beside).
    bool bundleArcs = false;
    qreal headerWidth = 280;
    qreal axisHeight = 40;
    qreal legendHeight = 40; // two rows
    qreal overviewHeight = 40;
    int maxArcs = 300;
    qreal maxLabelWidth = 260;
};

// What is in view: the window, the size, the vertical scroll and what is selected.
struct TimelineState
{
    TimeWindow window;
    QSizeF size;
    qreal scrollY = 0; // from the top of the first lane
    QList<Id> selectedCases;
    Id currentEvent = 0;
    std::optional<DayRange> brushedRange;
};

// What is under a point of the frame.
struct TimelineHit
{
    enum class Kind : quint8
    {
        None,
        Event,
        Cluster,
        Span,
        Density,
        Arc,
        LaneHeader,
        LaneToggle,
        Axis,
        Overview,
        TimeArea, // empty space over the lanes
    };
    Kind kind = Kind::None;
    int lane = -1;
    int mark = -1;
    int event = -1;
    int caseIndex = -1;
    int arc = -1;
    double day = 0; // the day under the point, where there is time
    DayRange range; // a density bucket's days
    qsizetype count = 0; // a cluster's or a density bucket's events
};

// Data + visible window + size -> geometry: lanes, marks, clusters, density, spans, labels, arcs,
// axis, overview and legend. Pure computation in chart pixels (96 per inch, fonts by pixel size),
// so the screen and every export get the same picture. The cost grows with the pixels in view:
// each visible lane answers "what is in the window" by binary search and, when it holds more
// events than the area has pixel columns, draws counts per bucket instead of marks.
class TimelineLayout
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::TimelineLayout)

public:
    TimelineLayout() = default;
    TimelineLayout(std::shared_ptr<const TimelineLanes> lanes, const LaneStack& stack, const TimelineState& state,
                   const TimelineOptions& options, const ChartTheme& theme);

    // The lane height that suits a key (case lanes have room for a two-line title), grown when few
    // lanes leave room to spare, so that more labels fit.
    static qreal laneHeightFor(LaneKey key, int laneCount = 0, const QSizeF& size = {},
                               const TimelineOptions& options = {});
    static constexpr qreal CollapsedLaneHeight = 18;
    // A lane draws counts per bucket instead of marks when it holds more events in view than this:
    // one per eight pixel columns. Marks are eleven pixels wide and fourteen apart, so beyond it
    // most of them would merge into clusters and a histogram reads better, and costs less.
    static qsizetype densityThreshold(qreal areaWidth)
    {
        return qsizetype(areaWidth / 8);
    }
    // A window that shows every event, with a little air on both sides.
    static TimeWindow fitAll(const TimelineData& data);
    // The first window on a collection: every case from its first event to its last, so that the
    // cases get the room (statements long before them stay a pan or Home away); fitAll() when
    // there are no cases.
    static TimeWindow fitCases(const TimelineData& data);
    // A window that shows everything the lanes keep (what the filter shows, statements included),
    // narrowed to the filter's dates when it has them.
    static TimeWindow fitShown(const TimelineLanes& lanes, const std::optional<DayRange>& dates = std::nullopt);
    // How far zoom and pan may reach: the collection's span with a margin on either side.
    static TimeWindow limits(const TimelineData& data);
    // A theme font converted to chart pixels, so that its size does not depend on the device.
    static QFont chartFont(const QFont& font);

    const TimelineLanes* laneData() const
    {
        return m_lanes.get();
    }
    const TimelineState& state() const
    {
        return m_state;
    }
    const TimelineOptions& options() const
    {
        return m_options;
    }
    QRectF bounds() const
    {
        return QRectF(QPointF(0, 0), m_state.size);
    }
    QRectF axisRect() const
    {
        return m_axisRect;
    }
    // Lanes, headers included, between the axis and the legend.
    QRectF lanesRect() const
    {
        return m_lanesRect;
    }
    // The part of lanesRect() over time.
    QRectF timeArea() const
    {
        return m_timeArea;
    }
    QRectF legendRect() const
    {
        return m_legendRect;
    }
    qreal xOf(double day) const
    {
        return m_timeArea.left() + (day - m_state.window.first) * m_pixelsPerDay;
    }
    double dayAt(qreal x) const
    {
        return m_state.window.first + (x - m_timeArea.left()) / m_pixelsPerDay;
    }
    qreal pixelsPerDay() const
    {
        return m_pixelsPerDay;
    }

    const TimeAxisGeometry& axis() const
    {
        return m_axis;
    }
    const std::vector<LaneGeometry>& lanes() const
    {
        return m_laneGeometry;
    }
    const std::vector<MarkGeometry>& marks() const
    {
        return m_marks;
    }
    // Cluster members, as event indices.
    const std::vector<qint32>& members() const
    {
        return m_members;
    }
    const std::vector<SpanGeometry>& spans() const
    {
        return m_spans;
    }
    const std::vector<DensityGeometry>& densities() const
    {
        return m_densities;
    }
    const std::vector<LabelGeometry>& labels() const
    {
        return m_labels;
    }
    const std::vector<ArcGeometry>& arcs() const
    {
        return m_arcs;
    }
    // Arcs in view that were left out because too many compete for the frame.
    int omittedArcs() const
    {
        return m_omittedArcs;
    }
    const OverviewGeometry& overview() const
    {
        return m_overview;
    }
    const TimelineLegend& legend() const
    {
        return m_legend;
    }
    const QFont& font() const
    {
        return m_font;
    }
    const QFont& smallFont() const
    {
        return m_smallFont;
    }
    const QFont& titleFont() const
    {
        return m_titleFont;
    }

    TimelineHit hitTest(const QPointF& point) const;
    // The mark that shows an event in a laid-out lane, or -1.
    int markOfEvent(int laneGeometry, int event) const;
    // The geometry index of a lane, or -1 when it is not in view.
    int geometryOfLane(int lane) const;

private:
    // An event about to become a mark: where, drawn how, and whether it began before the window.
    struct MarkItem
    {
        qreal x;
        qreal x0;
        qreal x1;
        qint32 event;
        MarkGeometry::Style style;
        bool carried;
    };

    void layoutFrame(const ChartTheme& theme);
    void layoutLane(int lane, qreal top, qreal height);
    void layoutMarks(LaneGeometry& lane, qsizetype begin, qsizetype end);
    // The lane's events in the window as points (exact days, narrow ranges; by x) and ranges.
    void collectMarkItems(const LaneGeometry& lane, qsizetype begin, qsizetype end, std::vector<MarkItem>& points,
                          std::vector<MarkItem>& ranges) const;
    void addSingleMark(const LaneGeometry& lane, const MarkItem& item, qreal y);
    // Points alone or, where they crowd, as clusters with their count.
    void layoutPointMarks(LaneGeometry& lane, const std::vector<MarkItem>& points);
    // Ranges as brackets in tracks, events of the very same range sharing one.
    void layoutRangeMarks(LaneGeometry& lane, std::vector<MarkItem>& ranges);
    void layoutDensity(LaneGeometry& lane, const QRectF& rect, qsizetype begin, qsizetype end);
    void layoutSpans(LaneGeometry& lane);
    void collectArcCandidates(int firstLane, int lastLane);
    void layoutArcs();
    void placeLabels();
    void noteArcEndpoint(qint32 event, int mark);
    void layoutOverview();
    void buildLegend();
    bool isSelectedCase(qint32 caseIndex) const;
    QColor countryColor(quint16 country) const;

    std::shared_ptr<const TimelineLanes> m_lanes;
    LaneStack m_stack;
    TimelineState m_state;
    TimelineOptions m_options;
    QFont m_font;
    QFont m_smallFont;
    QFont m_titleFont;
    QRectF m_axisRect;
    QRectF m_lanesRect;
    QRectF m_timeArea;
    QRectF m_legendRect;
    qreal m_pixelsPerDay = 1;
    qint64 m_firstAnchor = 0; // events anchored in [m_firstAnchor, m_endAnchor) are in the window
    qint64 m_endAnchor = 0;
    qint32 m_currentEvent = -1;
    std::vector<qint32> m_selectedCases; // sorted case indices
    std::vector<QColor> m_countryColors;
    std::vector<qint32> m_arcLinks; // candidate links, by index into data().links()
    std::vector<qint32> m_arcEvents; // their endpoints, sorted
    std::vector<std::pair<qint32, qint32>> m_eventMarks; // endpoint event -> mark

    TimeAxisGeometry m_axis;
    std::vector<LaneGeometry> m_laneGeometry;
    std::vector<MarkGeometry> m_marks;
    std::vector<qint32> m_members;
    std::vector<SpanGeometry> m_spans;
    std::vector<DensityGeometry> m_densities;
    std::vector<LabelGeometry> m_labels;
    std::vector<ArcGeometry> m_arcs;
    int m_omittedArcs = 0;
    OverviewGeometry m_overview;
    TimelineLegend m_legend;
};

} // namespace Spyline
