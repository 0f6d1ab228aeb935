#include "TimelineChart.h"

#include "LaneStack.h"
#include "TimelinePainter.h"
#include "TimelineView.h"
#include "items/FilterDescription.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

// The timeline lays out in chart pixels, 96 to the inch; pages count points, 72 to the inch.
constexpr qreal PixelsPerPoint = 96.0 / 72.0;

constexpr int ManyLanes = 100;
constexpr qreal EdgeAir = 10; // chart pixels beyond an exact range's ends
constexpr qreal BreakGap = 14; // chart pixels between the stretches of a cut axis
constexpr int PagesForManyLanes = 8;

// Lanes by a coarser key, in the order a page limit tries them.
LaneKey coarserKey(LaneKey key)
{
    switch (key) {
    case LaneKey::Case:
    case LaneKey::Actor:
    case LaneKey::AccusedAgency:
        return LaneKey::DisclosingCountry;
    case LaneKey::DisclosingCountry:
    case LaneKey::AccusedCountry:
    case LaneKey::VenueCountry:
        return key;
    }
    return key;
}

} // namespace

TimelineChart::TimelineChart(std::shared_ptr<const TimelineLanes> lanes, Frame frame)
    : m_lanes(std::move(lanes))
    , m_frame(std::move(frame))
{
    if (m_lanes) {
        m_data = m_lanes->sharedData();
        m_shown = m_lanes->shown();
    }
}

std::unique_ptr<TimelineChart> TimelineChart::fromView(const TimelineView& view)
{
    if (!view.lanes())
        return nullptr;
    Frame frame;
    frame.window = view.window();
    for (int lane = 0; lane < view.lanes()->count(); ++lane) {
        if (view.isLaneCollapsed(lane))
            frame.collapsed.push_back(lane);
    }
    frame.showArcs = view.showsArcs();
    if (const ViewState* state = view.viewState())
        frame.brushedRange = state->dateRange();
    return std::make_unique<TimelineChart>(view.sharedLanes(), frame);
}

std::unique_ptr<TimelineChart> TimelineChart::overview(std::shared_ptr<const TimelineLanes> lanes,
                                                       std::optional<DayRange> days)
{
    if (!lanes)
        return nullptr;
    Frame frame;
    if (days) {
        frame.window = {double(days->first), days->last + 1.0};
    } else {
        frame.window = TimelineLayout::fitCases(lanes->data());
    }
    auto chart = std::make_unique<TimelineChart>(std::move(lanes), frame);
    chart->m_exactRange = days;
    return chart;
}

std::unique_ptr<TimelineChart> TimelineChart::forSelection(std::shared_ptr<const TimelineData> data,
                                                           Selection selection)
{
    if (!data)
        return nullptr;
    // The axis: the days asked for, else the shown cases from their first day to their last.
    std::optional<DayRange> days = selection.days;
    if (!days) {
        DayNumber first = std::numeric_limits<DayNumber>::max();
        DayNumber last = std::numeric_limits<DayNumber>::min();
        const auto& ids = selection.shown.cases;
        const auto shownCase = [&](Id id) { return !ids || std::binary_search(ids->begin(), ids->end(), id); };
        if (selection.shown.knownOn) {
            // As publicly known: the span of what was public then, not of what came out later.
            for (const TimelineEvent& event : data->events()) {
                if (event.caseIndex < 0 || !selection.shown.knowsEventOf(event.latest)
                    || !shownCase(data->cases()[size_t(event.caseIndex)].id))
                    continue;
                first = std::min(first, event.knownFirstDay());
                last = std::max(last, event.knownLastDay());
            }
        } else {
            for (const TimelineCase& record : data->cases()) {
                if (record.firstDay == 0 || !shownCase(record.id))
                    continue;
                first = std::min(first, record.firstDay);
                last = std::max(last, record.lastDay);
            }
        }
        if (first > last && !data->isEmpty()) {
            first = data->firstDay();
            last = data->lastDay();
        }
        if (first <= last)
            days = DayRange {first, last};
    }
    // Cases outside the days have no lane either.
    if (days) {
        auto inRange = std::make_shared<std::vector<qint64>>();
        const auto& ids = selection.shown.cases;
        for (const TimelineCase& record : data->cases()) {
            if ((ids && !std::binary_search(ids->begin(), ids->end(), record.id)) || record.firstDay == 0)
                continue;
            if (record.firstDay <= days->last && record.lastDay >= days->first)
                inRange->push_back(record.id);
        }
        std::sort(inRange->begin(), inRange->end());
        selection.shown.cases = std::move(inRange);
    }
    // Only what falls in the days gets a lane.
    auto shown = std::make_shared<std::vector<bool>>(data->events().size(), true);
    for (size_t i = 0; i < data->events().size(); ++i) {
        const TimelineEvent& event = data->events()[i];
        (*shown)[i] = !days || (event.knownLastDay() >= days->first && event.knownFirstDay() <= days->last);
    }
    Frame frame;
    frame.window = days ? TimeWindow {double(days->first), days->last + 1.0} : TimelineLayout::fitAll(*data);
    auto lanes = TimelineLanes::build(data, selection.key, selection.shown, shown);
    auto chart = std::make_unique<TimelineChart>(std::move(lanes), frame);
    chart->m_exactRange = days;
    chart->m_data = std::move(data);
    chart->m_shown = std::move(selection.shown);
    chart->m_shownEvents = std::move(shown);
    chart->m_maxPages = std::max(0, selection.maxPages);
    if (selection.cutQuietStretches && days)
        chart->m_segments = quietStretchesCut(*chart->m_lanes, *days);
    return chart;
}

TimelineOptions TimelineChart::paperOptions() const
{
    TimelineOptions options;
    options.showLegend = false;
    options.showOverview = false;
    options.showToggles = false;
    options.bundleArcs = true;
    options.showArcs = m_frame.showArcs;
    return options;
}

void TimelineChart::paginate(qreal available, qreal laneHeight, const LaneStack& stack)
{
    m_pages.clear();
    int first = 0;
    for (int lane = 0; lane < stack.count(); ++lane) {
        if (lane > first && stack.top(lane + 1) - stack.top(first) > available + 0.5) {
            m_pages.emplace_back(first, lane);
            first = lane;
        }
    }
    m_pages.emplace_back(first, stack.count());
    m_pageCount = int(m_pages.size());
    m_allLanesHeight = paperOptions().axisHeight + stack.totalHeight();
    Q_UNUSED(laneHeight);
}

void TimelineChart::setPage(int page)
{
    m_page = page;
    m_preparedFor = {};
}

void TimelineChart::prepare(const QSizeF& size, const ChartTheme& theme)
{
    if (!m_lanes)
        return;
    const TimelineOptions options = paperOptions();
    const QSizeF pixels = size * PixelsPerPoint;
    const qreal available = std::max<qreal>(1, pixels.height() - options.axisHeight);
    const auto stackFor = [&](const TimelineLanes& lanes) {
        const qreal laneHeight = TimelineLayout::laneHeightFor(lanes.key(), lanes.count(), pixels, options);
        return LaneStack(lanes.count(), laneHeight, TimelineLayout::CollapsedLaneHeight, m_frame.collapsed);
    };
    LaneStack stack = stackFor(*m_lanes);
    paginate(available, stack.laneHeight(), stack);
    // Over the page limit: lanes by a coarser key, which the caption names. Thousands of lanes make
    // a book, not a chart: past a hundred, eight pages are the limit unless another was asked for.
    m_lanesLeftOut = false;
    const int limit = m_maxPages > 0 ? m_maxPages : m_lanes->count() > ManyLanes ? PagesForManyLanes : 0;
    if (limit > 0 && m_pageCount > limit && m_data) {
        const LaneKey coarser = coarserKey(m_lanes->key());
        if (coarser != m_lanes->key()) {
            m_lanes = TimelineLanes::build(m_data, coarser, m_shown, m_shownEvents);
            m_groupedBy = coarser;
            m_frame.collapsed.clear();
            stack = stackFor(*m_lanes);
            paginate(available, stack.laneHeight(), stack);
        }
        if (m_pageCount > limit) {
            m_pages.resize(size_t(limit));
            m_pageCount = limit;
            m_lanesLeftOut = true;
        }
        m_groupedToPages = limit;
    }
    // The page asked for stays asked for: a provisional layout of fewer pages does not change it.
    m_shownPage = std::clamp(m_page, 0, m_pageCount - 1);
    const auto [firstLane, endLane] = m_pages[size_t(m_shownPage)];

    TimelineState state;
    state.size = QSizeF(pixels.width(), options.axisHeight + stack.top(endLane) - stack.top(firstLane));
    state.scrollY = stack.top(firstLane);
    state.brushedRange = m_frame.brushedRange;
    m_layouts.clear();
    m_offsets.clear();
    // An exact range keeps a few pixels of air at both ends, so that a mark on the first or last day
    // is drawn whole; the caption states the range exactly.
    const qreal header = std::min(options.headerWidth, pixels.width() * 0.4);
    const auto padded = [&](TimeWindow window, qreal width, bool first, bool last) {
        if (!m_exactRange || width <= 0)
            return window;
        const double air = window.span() * EdgeAir / width;
        return TimeWindow {window.first - (first ? air : 0), window.last + (last ? air : 0)};
    };
    if (m_segments.size() < 2) {
        state.window = padded(m_frame.window, pixels.width() - header, true, true);
        m_layouts.emplace_back(m_lanes, stack, state, options, theme);
        m_offsets.push_back(0);
    } else {
        // Side by side, each stretch on its own axis; the lane headers only on the first.
        const qreal timeWidth = std::max<qreal>(40, pixels.width() - header - BreakGap * qreal(m_segments.size() - 1));
        qreal x = 0;
        for (size_t i = 0; i < m_segments.size(); ++i) {
            TimelineOptions segment = options;
            segment.showHeaders = i == 0;
            TimelineState part = state;
            part.window =
                padded(m_segments[i].window, timeWidth * m_segments[i].share, i == 0, i + 1 == m_segments.size());
            part.size.setWidth(timeWidth * m_segments[i].share + (i == 0 ? header : 0));
            m_layouts.emplace_back(m_lanes, stack, part, segment, theme);
            m_offsets.push_back(x);
            x += part.size.width() + BreakGap;
        }
    }
    m_legend.clear();
    for (const TimelineLayout& layout : m_layouts) {
        for (const TimelineLegendPainter::Entry& entry : TimelineLegendPainter::entries(layout.legend())) {
            const bool known = std::any_of(m_legend.begin(), m_legend.end(), [&](const auto& e) {
                return e.symbol == entry.symbol && e.text == entry.text;
            });
            if (!known)
                m_legend.append(entry);
        }
    }
    m_preparedFor = size;
    collectShown();
}

std::vector<TimelineChart::Segment> TimelineChart::quietStretchesCut(const TimelineLanes& lanes, DayRange days)
{
    // What is drawn, as runs of days: events, and the spans of the cases.
    const TimelineData& data = lanes.data();
    std::vector<std::pair<DayNumber, DayNumber>> runs;
    for (size_t i = 0; i < data.events().size(); ++i) {
        if (lanes.laneOfEvent(qsizetype(i)) < 0)
            continue;
        const TimelineEvent& event = data.events()[i];
        runs.emplace_back(std::max(days.first, event.knownFirstDay()), std::min(days.last, event.knownLastDay()));
    }
    if (runs.empty())
        return {};
    std::sort(runs.begin(), runs.end());
    const qint64 range = qint64(days.last) - days.first + 1;
    const qint64 shortest = std::max<qint64>(range / 20, 365);
    std::vector<std::pair<DayNumber, DayNumber>> gaps;
    DayNumber reached = runs.front().second;
    for (const auto& [first, last] : runs) {
        if (first > reached && qint64(first) - reached - 1 >= shortest)
            gaps.emplace_back(reached + 1, first - 1);
        reached = std::max(reached, last);
    }
    qint64 quiet = 0;
    for (const auto& [first, last] : gaps)
        quiet += qint64(last) - first + 1;
    // Only when more than half the range is quiet: otherwise the plain axis reads best.
    if (gaps.empty() || quiet * 2 <= range)
        return {};
    std::vector<Segment> segments;
    const double pad = std::max(2.0, range * 0.004);
    double start = days.first;
    for (const auto& [first, last] : gaps) {
        Segment segment;
        segment.window = {start, first + pad};
        segment.cutAfter = DayRange {first, last};
        segments.push_back(segment);
        start = last + 1.0 - pad;
    }
    segments.push_back({{start, days.last + 1.0}, std::nullopt, 0});
    // Long stretches get less room than their length, short busy ones more.
    double total = 0;
    for (Segment& segment : segments) {
        segment.share = std::sqrt(std::max(1.0, segment.window.span()));
        total += segment.share;
    }
    for (Segment& segment : segments)
        segment.share = std::max(0.06, segment.share / total);
    total = 0;
    for (const Segment& segment : segments)
        total += segment.share;
    for (Segment& segment : segments)
        segment.share /= total;
    return segments;
}

qreal TimelineChart::heightForAll() const
{
    return m_allLanesHeight / PixelsPerPoint;
}

void TimelineChart::paint(QPainter& painter, const QRectF& area, const ChartTheme& theme)
{
    if (!m_lanes)
        return;
    if (m_layouts.empty() || m_preparedFor != area.size())
        prepare(area.size(), theme);
    painter.save();
    painter.translate(area.topLeft());
    painter.scale(1 / PixelsPerPoint, 1 / PixelsPerPoint);
    TimelinePainter timelinePainter;
    for (size_t i = 0; i < m_layouts.size(); ++i) {
        painter.save();
        painter.translate(m_offsets[i], 0);
        painter.setClipRect(m_layouts[i].bounds());
        timelinePainter.paint(painter, m_layouts[i], theme);
        painter.restore();
        if (i + 1 == m_layouts.size())
            continue;
        // The cut: two slanted strokes across the axis and the lanes, as a broken axis is drawn.
        const QRectF bounds = m_layouts[i].bounds();
        const qreal x = m_offsets[i] + bounds.width() + BreakGap / 2;
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(theme.mutedText, 1.2));
        for (qreal dx : {-3.0, 3.0})
            painter.drawLine(QPointF(x + dx - 3, bounds.bottom()), QPointF(x + dx + 3, bounds.top() + 4));
    }
    painter.restore();
}

void TimelineChart::collectShown()
{
    const TimelineLayout& layout = m_layouts.front();
    m_cases.clear();
    m_events.clear();
    m_linkNotes.clear();
    const TimelineData& data = m_lanes->data();
    const auto first = DayNumber(std::floor(m_frame.window.first));
    const auto last = DayNumber(std::ceil(m_frame.window.last));
    const auto [firstLane, endLane] = pageLanes();
    const auto onPage = [&, firstLane = firstLane, endLane = endLane](qint32 event) {
        const int lane = m_lanes->laneOfEvent(event);
        if (lane < firstLane || lane >= endLane)
            return false;
        const TimelineEvent& e = data.events()[size_t(event)];
        return e.knownLastDay() >= first && e.knownFirstDay() <= last;
    };
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
            if (record.firstDay <= last && record.lastDay >= first && !m_cases.contains(record.id))
                m_cases.append(record.id);
        }
    }
    // Links with an end on this page whose arc is not drawn on its own: their other end is on
    // another page, or they were bundled where arcs would pile up. Listed under the chart.
    std::vector<qint32> drawnAlone;
    for (const TimelineLayout& segment : m_layouts) {
        for (const ArcGeometry& arc : segment.arcs()) {
            // An arc whose other end lies beyond a cut of the axis is not drawn whole.
            const QRectF area = segment.timeArea();
            const bool whole = std::min(arc.from.x(), arc.to.x()) >= area.left() - 0.5
                && std::max(arc.from.x(), arc.to.x()) <= area.right() + 0.5;
            if (arc.bundled.empty() && arc.label >= 0 && whole)
                drawnAlone.push_back(arc.link);
        }
    }
    std::sort(drawnAlone.begin(), drawnAlone.end());
    if (!m_frame.showArcs)
        return;
    for (qint32 index = 0; index < qint32(data.links().size()); ++index) {
        const TimelineLink& link = data.links()[size_t(index)];
        if (m_lanes->laneOfEvent(link.earlier) < 0 || m_lanes->laneOfEvent(link.later) < 0)
            continue; // an end is not drawn at all: not public yet, or out of range
        if (!onPage(link.earlier) && !onPage(link.later))
            continue;
        if (std::binary_search(drawnAlone.begin(), drawnAlone.end(), index))
            continue;
        const PartialDate earlier = data.eventDate(link.earlier);
        const PartialDate later = data.eventDate(link.later);
        m_linkNotes.append(tr("%1 (%2) \u2192 %3 (%4): %5")
                               .arg(data.eventTitle(link.earlier), earlier.displayText(), data.eventTitle(link.later),
                                    later.displayText(), linkLag(earlier, later).text()));
    }
}

QStringList TimelineChart::chartNotes() const
{
    return m_linkNotes;
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
    if (m_exactRange)
        return m_exactRange;
    return DayRange {DayNumber(std::ceil(m_frame.window.first)), DayNumber(std::floor(m_frame.window.last)) - 1};
}

QString TimelineChart::unreadableNote(qsizetype events)
{
    if (events == 0)
        return {};
    return tr("%Ln event(s) could not be read from the collection and are not drawn.", nullptr, int(events));
}

QString TimelineChart::omissions() const
{
    if (!m_lanes)
        return {};
    QStringList notes;
    const QString key = TimelineLanes::keyLabel(m_lanes->key()).toLower();
    if (m_groupedBy) {
        const qsizetype cases = m_shown.cases ? qsizetype(m_shown.cases->size()) : m_lanes->data().cases().size();
        const bool onePage = m_groupedToPages == 1;
        QString grouped = (onePage ? tr("Lanes grouped by %1 to fit one page: %L2 lanes for %L3 cases.")
                                   : tr("Lanes grouped by %1 to fit %L4 pages: %L2 lanes for %L3 cases."))
                              .arg(key)
                              .arg(m_lanes->count())
                              .arg(cases);
        notes.append(onePage ? grouped : grouped.arg(m_groupedToPages));
    }
    if (m_pageCount > 1 || m_lanesLeftOut) {
        const auto [first, end] = pageLanes();
        notes.append(tr("Page %1 of %2: lanes %L3\u2013%L4 of %L5 by %6.")
                         .arg(m_shownPage + 1)
                         .arg(m_pageCount)
                         .arg(first + 1)
                         .arg(end)
                         .arg(m_lanes->count())
                         .arg(key));
    }
    if (m_lanesLeftOut) {
        const int drawn = m_pages.back().second;
        notes.append(
            tr("%L1 of %L2 lanes fit the page limit; the others are left out.").arg(drawn).arg(m_lanes->count()));
    }
    QStringList cuts;
    for (const Segment& segment : m_segments) {
        if (segment.cutAfter)
            cuts.append(describeDayRange(segment.cutAfter->first, segment.cutAfter->last));
    }
    if (!cuts.isEmpty())
        notes.append(tr("The axis is cut where nothing is recorded: %1.").arg(cuts.join(QStringLiteral("; "))));
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
