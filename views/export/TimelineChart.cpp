#include "TimelineChart.h"

#include "LaneStack.h"
#include "TimelinePainter.h"
#include "TimelineView.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

// The timeline lays out in chart pixels, 96 to the inch; pages count points, 72 to the inch.
constexpr qreal PixelsPerPoint = 96.0 / 72.0;

QString tr(const char* text)
{
    return QCoreApplication::translate("Spyline::TimelineChart", text);
}

} // namespace

TimelineChart::TimelineChart(std::shared_ptr<const TimelineLanes> lanes, Frame frame)
    : m_lanes(std::move(lanes))
    , m_frame(std::move(frame))
{
}

std::unique_ptr<TimelineChart> TimelineChart::fromView(const TimelineView& view)
{
    if (!view.lanes())
        return nullptr;
    Frame frame;
    frame.window = view.window();
    frame.scrollY = view.scrollPosition();
    for (int lane = 0; lane < view.lanes()->count(); ++lane) {
        if (view.isLaneCollapsed(lane))
            frame.collapsed.push_back(lane);
    }
    frame.showArcs = view.showsArcs();
    if (const ViewState* state = view.viewState()) {
        frame.selectedCases = state->selectedCases();
        if (state->current().kind == RecordRef::Kind::Event)
            frame.currentEvent = state->current().id;
        frame.brushedRange = state->dateRange();
    }
    return std::make_unique<TimelineChart>(view.sharedLanes(), frame);
}

std::unique_ptr<TimelineChart> TimelineChart::overview(std::shared_ptr<const TimelineLanes> lanes,
                                                       std::optional<DayRange> days)
{
    if (!lanes)
        return nullptr;
    Frame frame;
    if (days) {
        const double margin = std::max(2.0, (days->last - days->first) * 0.03);
        frame.window = {days->first - margin, days->last + 1.0 + margin};
    } else {
        frame.window = TimelineLayout::fitCases(lanes->data());
    }
    return std::make_unique<TimelineChart>(std::move(lanes), frame);
}

void TimelineChart::prepare(const QSizeF& size, const ChartTheme& theme)
{
    if (!m_lanes)
        return;
    TimelineOptions options;
    options.showLegend = false;
    options.showOverview = false;
    options.showArcs = m_frame.showArcs;
    TimelineState state;
    state.window = m_frame.window;
    state.size = size * PixelsPerPoint;
    state.scrollY = m_frame.scrollY;
    state.selectedCases = m_frame.selectedCases;
    state.currentEvent = m_frame.currentEvent;
    state.brushedRange = m_frame.brushedRange;
    const qreal laneHeight = TimelineLayout::laneHeightFor(m_lanes->key(), m_lanes->count(), state.size, options);
    const LaneStack stack(m_lanes->count(), laneHeight, TimelineLayout::CollapsedLaneHeight, m_frame.collapsed);
    m_layout.emplace(m_lanes, stack, state, options, theme);
    m_legend = TimelineLegendPainter::entries(m_layout->legend());
    collectShown(*m_layout);
}

void TimelineChart::paint(QPainter& painter, const QRectF& area, const ChartTheme& theme)
{
    if (!m_lanes)
        return;
    if (!m_layout || m_layout->state().size != area.size() * PixelsPerPoint)
        prepare(area.size(), theme);
    painter.save();
    painter.translate(area.topLeft());
    painter.scale(1 / PixelsPerPoint, 1 / PixelsPerPoint);
    TimelinePainter timelinePainter;
    timelinePainter.paint(painter, *m_layout, theme);
    painter.restore();
}

void TimelineChart::collectShown(const TimelineLayout& layout)
{
    m_cases.clear();
    m_events.clear();
    const TimelineData& data = m_lanes->data();
    const auto first = DayNumber(std::floor(m_frame.window.first));
    const auto last = DayNumber(std::ceil(m_frame.window.last));
    for (const LaneGeometry& lane : layout.lanes()) {
        if (lane.collapsed)
            continue;
        const auto anchors = m_lanes->anchors(lane.lane);
        const auto events = m_lanes->events(lane.lane);
        const auto begin = std::lower_bound(anchors.begin(), anchors.end(), first) - anchors.begin();
        const auto end = std::upper_bound(anchors.begin(), anchors.end(), last) - anchors.begin();
        for (auto i = begin; i < end; ++i)
            m_events.append(data.events()[size_t(events[size_t(i)])].id);
        for (qint32 caseIndex : m_lanes->cases(lane.lane)) {
            const TimelineCase& record = data.cases()[size_t(caseIndex)];
            if (record.firstDay <= last && record.lastDay >= first)
                m_cases.append(record.id);
        }
    }
}

QList<LegendEntry> TimelineChart::legend() const
{
    QList<LegendEntry> entries;
    for (const TimelineLegendPainter::Entry& entry : m_legend) {
        using Symbol = TimelineLegendPainter::Entry::Symbol;
        const QString group = entry.symbol == Symbol::Kind ? tr("Events")
            : entry.symbol == Symbol::Country              ? tr("Countries")
                                                           : tr("How to read it");
        entries.append({group, entry.text, [entry](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                            // The symbols are drawn for 18 by 12 chart pixels: scale them into the box.
                            painter.translate(box.center());
                            const qreal scale = std::min(box.width() / 18.0, box.height() / 12.0);
                            painter.scale(scale, scale);
                            TimelineLegendPainter::paintSymbol(painter, entry, QPointF(0, 0), theme);
                        }});
    }
    return entries;
}

QList<Id> TimelineChart::shownCases() const
{
    return m_cases;
}

QList<Id> TimelineChart::shownEvents() const
{
    return m_events;
}

std::optional<DayRange> TimelineChart::shownRange() const
{
    return DayRange {DayNumber(std::ceil(m_frame.window.first)), DayNumber(std::floor(m_frame.window.last)) - 1};
}

QString TimelineChart::unreadableNote(qsizetype events)
{
    if (events == 0)
        return {};
    return events == 1 ? tr("1 event could not be read from the collection and is not drawn.")
                       : tr("%L1 events could not be read from the collection and are not drawn.").arg(events);
}

QString TimelineChart::omissions() const
{
    if (!m_lanes)
        return {};
    QStringList notes;
    if (m_layout) {
        const qreal bottom = m_layout->state().size.height();
        const auto whole = std::count_if(m_layout->lanes().begin(), m_layout->lanes().end(),
                                         [&](const LaneGeometry& lane) { return lane.row.bottom() <= bottom + 0.5; });
        if (whole < m_lanes->count()) {
            notes.append(tr("%L1 of %L2 lanes by %3 fit the page; the others are left out.")
                             .arg(whole)
                             .arg(m_lanes->count())
                             .arg(TimelineLanes::keyLabel(m_lanes->key()).toLower()));
        }
    }
    if (const QString unreadable = unreadableNote(m_lanes->data().unreadableEvents()); !unreadable.isEmpty())
        notes.append(unreadable);
    // Events of no known date have no place on the axis: the caption counts them.
    if (const QString undated = m_lanes->undatedNote(); !undated.isEmpty())
        notes.append(undated);
    return notes.join(u' ');
}

QString TimelineChart::kindName() const
{
    return tr("Timeline");
}

} // namespace Spyline
