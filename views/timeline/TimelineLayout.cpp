#include "TimelineLayout.h"

#include "MarkPlacement.h"
#include "Palette.h"
#include "TextMeasure.h"
#include "TimelineShapes.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Spyline {

namespace {

constexpr qreal MarkSize = 11;
constexpr qreal ClusterSpacing = 14; // marks closer than this merge into a cluster
constexpr qreal MaxClusterExtent = 3 * ClusterSpacing; // so that a cluster stays a place, not an era
constexpr qreal ClusterHeight = 14;
constexpr qreal BracketMinWidth = 3 * MarkSize; // narrower ranges are drawn as hollow marks
constexpr qreal DensityBucket = 2;
constexpr qreal CollapsedBucket = 3;
constexpr qreal HeaderIndent = 18; // room for the collapse toggle
constexpr qsizetype MaxCarriedIn = 4096;
constexpr qsizetype MaxSpanCandidates = 4096;
constexpr int SpanTracks = 3;
constexpr qreal BracketTrackOffsets[] = {0, 7, -7};

// The first line holds as many words as fit; the second is cut with an ellipsis.
QStringList wrapTwoLines(const QString& text, TextMeasure& measure, qreal width)
{
    if (measure.width(text) <= width)
        return {text};
    qsizetype cut = -1;
    for (qsizetype space = text.indexOf(u' '); space > 0; space = text.indexOf(u' ', space + 1)) {
        if (measure.width(text.left(space)) > width)
            break;
        cut = space;
    }
    // Titles often share their start ("Cyberattack on ..."): the cut keeps their ends apart.
    if (cut <= 0)
        return {measure.elided(text, width, Qt::ElideMiddle)};
    return {text.left(cut), measure.elided(text.mid(cut + 1), width, Qt::ElideMiddle)};
}

} // namespace

QFont TimelineLayout::chartFont(const QFont& font)
{
    QFont chart = font;
    if (font.pixelSize() <= 0)
        chart.setPixelSize(std::max(1, qRound(font.pointSizeF() * 96.0 / 72.0)));
    return chart;
}

qreal TimelineLayout::laneHeightFor(LaneKey key, int laneCount, const QSizeF& size, const TimelineOptions& options)
{
    const qreal base = key == LaneKey::Case ? 52 : 44;
    qreal available = size.height() - options.axisHeight;
    if (options.showLegend)
        available -= options.legendHeight;
    if (options.showOverview)
        available -= options.overviewHeight;
    if (laneCount <= 0 || available <= laneCount * base)
        return base;
    return std::min(std::floor(available / laneCount), std::floor(base * 1.7));
}

TimeWindow TimelineLayout::fitAll(const TimelineData& data)
{
    if (data.isEmpty()) {
        const double today = double(QDate::currentDate().toJulianDay());
        return {today - 180, today + 185};
    }
    const double first = data.firstDay();
    const double last = data.lastDay() + 1.0;
    const double margin = std::max((last - first) * 0.03, 2.0);
    return {first - margin, last + margin};
}

TimeWindow TimelineLayout::fitCases(const TimelineData& data)
{
    DayNumber first = std::numeric_limits<DayNumber>::max();
    DayNumber last = std::numeric_limits<DayNumber>::min();
    for (const TimelineCase& record : data.cases()) {
        if (record.firstDay == 0)
            continue;
        first = std::min(first, record.firstDay);
        last = std::max(last, record.lastDay);
    }
    if (first > last)
        return fitAll(data);
    const double end = last + 1.0;
    const double margin = std::max((end - first) * 0.03, 2.0);
    return {first - margin, end + margin};
}

TimeWindow TimelineLayout::fitShown(const TimelineLanes& lanes, const std::optional<DayRange>& dates)
{
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    for (int lane = 0; lane < lanes.count(); ++lane) {
        first = std::min(first, double(lanes.lane(lane).firstDay));
        last = std::max(last, lanes.lane(lane).lastDay + 1.0);
    }
    if (dates) {
        // What the filter asked for, where something is shown; else the dates themselves.
        const double from = std::max(first, double(dates->first));
        const double to = std::min(last, dates->last + 1.0);
        if (from < to) {
            first = from;
            last = to;
        } else if (dates->first > DayNumber(QDate(1, 1, 1).toJulianDay())
                   && dates->last < DayNumber(QDate(9999, 12, 31).toJulianDay())) {
            first = dates->first;
            last = dates->last + 1.0;
        }
    }
    if (first >= last)
        return fitAll(lanes.data());
    const double margin = std::max((last - first) * 0.03, 2.0);
    return {first - margin, last + margin};
}

TimeWindow TimelineLayout::limits(const TimelineData& data)
{
    if (data.isEmpty())
        return {double(QDate(1, 1, 1).toJulianDay()), double(QDate(9999, 12, 31).toJulianDay())};
    const double first = data.firstDay();
    const double last = data.lastDay() + 1.0;
    const double margin = std::max((last - first) * 0.25, 90.0);
    return {first - margin, last + margin};
}

TimelineLayout::TimelineLayout(std::shared_ptr<const TimelineLanes> lanes, const LaneStack& stack,
                               const TimelineState& state, const TimelineOptions& options, const ChartTheme& theme)
    : m_lanes(std::move(lanes))
    , m_stack(stack)
    , m_state(state)
    , m_options(options)
    , m_font(chartFont(theme.font))
    , m_smallFont(chartFont(theme.smallFont))
    , m_titleFont(m_font)
{
    m_titleFont.setWeight(QFont::DemiBold);
    layoutFrame(theme);
}

void TimelineLayout::layoutFrame(const ChartTheme&)
{
    const qreal width = m_state.size.width();
    const qreal height = m_state.size.height();
    const qreal header = m_options.showHeaders ? std::min(m_options.headerWidth, width * 0.4) : 0;
    qreal bottom = height;
    QRectF overviewRect;
    if (m_options.showOverview) {
        overviewRect = QRectF(0, bottom - m_options.overviewHeight, width, m_options.overviewHeight);
        bottom -= m_options.overviewHeight;
    }
    if (m_options.showLegend) {
        m_legendRect = QRectF(0, bottom - m_options.legendHeight, width, m_options.legendHeight);
        bottom -= m_options.legendHeight;
    }
    m_axisRect = QRectF(header, 0, std::max<qreal>(1, width - header), m_options.axisHeight);
    m_lanesRect = QRectF(0, m_options.axisHeight, width, std::max<qreal>(0, bottom - m_options.axisHeight));
    m_timeArea = QRectF(header, m_lanesRect.top(), std::max<qreal>(1, width - header), m_lanesRect.height());
    m_state.window.last = std::max(m_state.window.last, m_state.window.first + 1e-3);
    m_pixelsPerDay = m_timeArea.width() / m_state.window.span();
    m_firstAnchor = qint64(std::ceil(m_state.window.first));
    m_endAnchor = qint64(std::ceil(m_state.window.last));
    m_axis = TimeAxis::compute(m_state.window, m_axisRect, m_smallFont, m_font);
    if (!m_lanes)
        return;

    const TimelineData& data = m_lanes->data();
    for (Id id : m_state.selectedCases) {
        if (const qint32 index = data.caseIndex(id); index >= 0)
            m_selectedCases.push_back(index);
    }
    std::sort(m_selectedCases.begin(), m_selectedCases.end());
    m_currentEvent = m_state.currentEvent ? data.eventIndex(m_state.currentEvent) : -1;
    m_countryColors.resize(size_t(data.countryCount()));
    for (qsizetype c = 0; c < data.countryCount(); ++c)
        m_countryColors[size_t(c)] = c == 0 ? Palette::neutral() : Palette::countryColor(data.countryCode(quint16(c)));

    const int laneCount = std::min(m_stack.count(), m_lanes->count());
    const int firstLane = m_stack.laneAt(std::max<qreal>(0, m_state.scrollY));
    int lastLane = firstLane;
    if (firstLane >= 0) {
        while (lastLane + 1 < laneCount
               && m_lanesRect.top() + m_stack.top(lastLane + 1) - m_state.scrollY < m_lanesRect.bottom())
            ++lastLane;
        if (m_options.showArcs)
            collectArcCandidates(firstLane, lastLane);
        for (int lane = firstLane; lane <= lastLane && lane < laneCount; ++lane)
            layoutLane(lane, m_lanesRect.top() + m_stack.top(lane) - m_state.scrollY, m_stack.height(lane));
    }
    std::sort(m_eventMarks.begin(), m_eventMarks.end());
    if (m_options.showArcs)
        layoutArcs();
    placeLabels();
    if (m_options.showOverview) {
        m_overview.rect = overviewRect;
        layoutOverview();
    }
    buildLegend();
}

bool TimelineLayout::isSelectedCase(qint32 caseIndex) const
{
    return caseIndex >= 0 && std::binary_search(m_selectedCases.begin(), m_selectedCases.end(), caseIndex);
}

QColor TimelineLayout::countryColor(quint16 country) const
{
    return country < m_countryColors.size() ? m_countryColors[country] : Palette::neutral();
}

void TimelineLayout::layoutLane(int lane, qreal top, qreal height)
{
    const TimelineLanes& lanes = *m_lanes;
    const auto& info = lanes.lane(lane);
    LaneGeometry g;
    g.lane = lane;
    g.row = QRectF(0, top, m_state.size.width(), height);
    g.header = QRectF(0, top, m_timeArea.left(), height);
    g.body = QRectF(m_timeArea.left(), top, m_timeArea.width(), height);
    g.collapsed = m_stack.isCollapsed(lane);
    g.shaded = lane % 2 == 1;
    g.selected = info.kind == TimelineLanes::LaneKind::Case && isSelectedCase(info.ref);
    const bool caseKey = lanes.key() == LaneKey::Case;
    g.markY = g.collapsed ? top + height / 2 : top + (caseKey ? 18 : 16);
    const qsizetype begin = lanes.countBefore(lane, m_firstAnchor);
    const qsizetype end = lanes.countBefore(lane, m_endAnchor);
    g.eventsInWindow = end - begin;

    if (m_options.showHeaders && g.header.width() > HeaderIndent + 24) {
        const qreal textWidth = g.header.width() - HeaderIndent - 8;
        TextMeasure titleMeasure(m_titleFont);
        const QString title = lanes.headerTitle(lane);
        if (g.collapsed || !caseKey)
            g.titleLines = {titleMeasure.elided(title, textWidth, caseKey ? Qt::ElideMiddle : Qt::ElideRight)};
        else
            g.titleLines = wrapTwoLines(title, titleMeasure, textWidth);
        if (!g.collapsed)
            g.subtitle = TextMeasure(m_smallFont).elided(lanes.subtitle(lane), textWidth);
    }

    g.firstMark = g.pointMarkEnd = g.markEnd = int(m_marks.size());
    if (g.collapsed) {
        layoutDensity(g, g.body.adjusted(0, 4, 0, -4), begin, end);
    } else if (g.eventsInWindow > densityThreshold(m_timeArea.width())) {
        // Too many events to draw one by one: counts per bucket, whatever the number of events.
        g.density = true;
        g.caption = tr("%L1 events in view, shown as counts per %2 px").arg(g.eventsInWindow).arg(DensityBucket);
        layoutDensity(g, g.body.adjusted(0, 6, 0, -4), begin, end);
    } else {
        layoutMarks(g, begin, end);
        layoutSpans(g);
    }
    m_laneGeometry.push_back(std::move(g));
}

void TimelineLayout::layoutMarks(LaneGeometry& g, qsizetype begin, qsizetype end)
{
    std::vector<MarkItem> points;
    std::vector<MarkItem> ranges;
    collectMarkItems(g, begin, end, points, ranges);
    layoutPointMarks(g, points);
    layoutRangeMarks(g, ranges);
}

void TimelineLayout::collectMarkItems(const LaneGeometry& g, qsizetype begin, qsizetype end,
                                      std::vector<MarkItem>& points, std::vector<MarkItem>& ranges) const
{
    const auto& events = m_lanes->data().events();
    const auto laneEvents = m_lanes->events(g.lane);
    points.reserve(size_t(end - begin));
    const auto add = [&](qint32 e, bool carried) {
        const TimelineEvent& event = events[size_t(e)];
        if (event.isExactPoint()) {
            const qreal x = xOf(event.earliest + 0.5);
            points.push_back({x, x, x, e, MarkGeometry::Style::Point, carried});
            return;
        }
        const qreal x0 = xOf(event.earliest);
        const qreal x1 = xOf(event.lastDay() + 1.0);
        if (x1 - x0 < BracketMinWidth) {
            // Narrow, open or not: a hollow mark at the known end of an open range.
            const qreal x = event.shape.hasOpenStart() ? x1 : event.shape.hasOpenEnd() ? x0 : (x0 + x1) / 2;
            points.push_back({x, x0, x1, e, MarkGeometry::Style::Range, carried});
        } else {
            const bool lasted =
                event.endDay != 0 && event.precision() == PartialDate::Precision::Day && !event.shape.isInterval();
            ranges.push_back({(x0 + x1) / 2, x0, x1, e,
                              lasted ? MarkGeometry::Style::Duration : MarkGeometry::Style::Bracket, carried});
        }
    };

    // Ranges and durations that begin before the window but reach into it.
    const auto& info = m_lanes->lane(g.lane);
    if (info.maxEventDays > 0) {
        const auto longs = m_lanes->longEvents(g.lane);
        const qint64 from = m_firstAnchor - info.maxEventDays;
        auto it = std::lower_bound(longs.begin(), longs.end(), from,
                                   [&](qint32 e, qint64 day) { return events[size_t(e)].earliest < day; });
        for (qsizetype examined = 0; it != longs.end() && examined < MaxCarriedIn; ++it, ++examined) {
            const TimelineEvent& event = events[size_t(*it)];
            if (event.earliest >= m_firstAnchor)
                break;
            if (event.lastDay() + 1.0 > m_state.window.first)
                add(*it, true);
        }
    }
    for (qsizetype i = begin; i < end; ++i)
        add(laneEvents[size_t(i)], false);
    std::stable_sort(points.begin(), points.end(), [](const MarkItem& a, const MarkItem& b) { return a.x < b.x; });
}

void TimelineLayout::addSingleMark(const LaneGeometry& g, const MarkItem& item, qreal y)
{
    const TimelineEvent& event = m_lanes->data().events()[size_t(item.event)];
    MarkGeometry mark;
    mark.style = item.style;
    mark.lane = g.lane;
    mark.event = item.event;
    mark.x0 = item.x0;
    mark.x1 = item.x1;
    mark.kind = event.kind;
    mark.country = m_lanes->data().eventCountry(item.event);
    mark.context = m_lanes->isContextEvent(item.event);
    mark.color = mark.context ? Palette::neutral() : countryColor(mark.country);
    mark.approximate = event.isQualified();
    mark.openStart = event.shape.hasOpenStart();
    mark.openEnd = event.shape.hasOpenEnd();
    mark.current = item.event == m_currentEvent;
    mark.selected = mark.current || isSelectedCase(event.caseIndex);
    mark.carriedIn = item.carried;
    if (item.style == MarkGeometry::Style::Bracket || item.style == MarkGeometry::Style::Duration) {
        // The kind's glyph sits just inside the bracket's opening, never at a made-up middle day;
        // for a range open at the start, inside its known end.
        qreal left = std::max(item.x0, g.body.left());
        qreal right = std::min(item.x1, g.body.right());
        if (mark.openStart && !mark.openEnd) {
            // What is drawn: the whisker that fades from the known end toward the open one.
            left = std::max(left, item.x1 - TimelineShapes::OpenWhisker);
            mark.center = QPointF(std::max(right - MarkSize / 2 - 2, (left + right) / 2), y);
        } else {
            if (mark.openEnd && !mark.openStart)
                right = std::min(right, item.x0 + TimelineShapes::OpenWhisker);
            mark.center = QPointF(std::min(left + MarkSize / 2 + 2, (left + right) / 2), y);
        }
        mark.rect = QRectF(left, y - 5, std::max<qreal>(1, right - left), 10);
    } else {
        mark.center = QPointF(item.x, y);
        mark.rect = QRectF(item.x - MarkSize / 2, y - MarkSize / 2, MarkSize, MarkSize);
    }
    noteArcEndpoint(item.event, int(m_marks.size()));
    m_marks.push_back(mark);
}

void TimelineLayout::layoutPointMarks(LaneGeometry& g, const std::vector<MarkItem>& points)
{
    const TimelineData& data = m_lanes->data();
    const auto& events = data.events();
    const qreal digitWidth = TextMeasure(m_smallFont).width(QStringLiteral("0"));
    std::vector<qreal> xs(points.size());
    std::transform(points.cbegin(), points.cend(), xs.begin(), [](const MarkItem& item) { return item.x; });
    for (const auto& [i, j] : MarkPlacement::clusterRuns(xs, ClusterSpacing, MaxClusterExtent)) {
        if (j - i == 1) {
            addSingleMark(g, points[i], g.markY);
            continue;
        }
        MarkGeometry cluster;
        cluster.style = MarkGeometry::Style::Cluster;
        cluster.lane = g.lane;
        cluster.firstMember = int(m_members.size());
        cluster.memberCount = int(j - i);
        cluster.x0 = points[i].x;
        cluster.x1 = points[j - 1].x;
        const int markIndex = int(m_marks.size());
        quint16 country = data.eventCountry(points[i].event);
        bool sameCountry = true;
        bool allCarried = true;
        cluster.kind = events[size_t(points[i].event)].kind;
        for (size_t k = i; k < j; ++k) {
            const qint32 e = points[k].event;
            m_members.push_back(e);
            noteArcEndpoint(e, markIndex);
            const TimelineEvent& event = events[size_t(e)];
            sameCountry = sameCountry && data.eventCountry(e) == country;
            allCarried = allCarried && points[k].carried;
            cluster.current = cluster.current || e == m_currentEvent;
            cluster.selected = cluster.selected || e == m_currentEvent || isSelectedCase(event.caseIndex);
        }
        cluster.country = sameCountry ? country : 0;
        cluster.color = sameCountry ? countryColor(country) : Palette::neutral();
        cluster.carriedIn = allCarried;
        const qreal textWidth = digitWidth * qreal(QString::number(cluster.memberCount).size()) + 8;
        const qreal width = std::max(cluster.x1 - cluster.x0 + MarkSize, textWidth);
        const qreal middle = (cluster.x0 + cluster.x1) / 2;
        cluster.rect = QRectF(middle - width / 2, g.markY - ClusterHeight / 2, width, ClusterHeight);
        m_marks.push_back(cluster);
    }
    g.pointMarkEnd = int(m_marks.size());
    MarkPlacement::separateNeighbours(
        std::span(m_marks).subspan(size_t(g.firstMark), size_t(g.pointMarkEnd - g.firstMark)));
}

void TimelineLayout::layoutRangeMarks(LaneGeometry& g, std::vector<MarkItem>& ranges)
{
    const TimelineData& data = m_lanes->data();
    const auto& events = data.events();
    // Events of the very same range share one bracket with their count; brackets stack in a few
    // tracks so that overlapping ranges stay apart.
    std::stable_sort(ranges.begin(), ranges.end(), [&](const MarkItem& a, const MarkItem& b) {
        const TimelineEvent& ea = events[size_t(a.event)];
        const TimelineEvent& eb = events[size_t(b.event)];
        if (ea.earliest != eb.earliest)
            return ea.earliest < eb.earliest;
        return ea.lastDay() < eb.lastDay();
    });
    const auto sameRange = [&](const MarkItem& a, const MarkItem& b) {
        const TimelineEvent& ea = events[size_t(a.event)];
        const TimelineEvent& eb = events[size_t(b.event)];
        return ea.earliest == eb.earliest && ea.lastDay() == eb.lastDay()
            && ea.shape.hasOpenStart() == eb.shape.hasOpenStart() && ea.shape.hasOpenEnd() == eb.shape.hasOpenEnd();
    };
    MarkPlacement::BracketTracks tracks(BracketTrackOffsets);
    for (size_t i = 0; i < ranges.size();) {
        size_t j = i + 1;
        while (j < ranges.size() && sameRange(ranges[i], ranges[j]))
            ++j;
        const MarkItem& item = ranges[i];
        addSingleMark(g, item, g.markY + tracks.place(item.x0, item.x1));
        if (j - i > 1) {
            MarkGeometry& group = m_marks.back();
            const int markIndex = int(m_marks.size()) - 1;
            group.event = -1;
            group.firstMember = int(m_members.size());
            group.memberCount = int(j - i);
            bool sameCountry = true;
            bool allCarried = true;
            bool allApproximate = true;
            for (size_t k = i; k < j; ++k) {
                const qint32 e = ranges[k].event;
                m_members.push_back(e);
                noteArcEndpoint(e, markIndex);
                sameCountry = sameCountry && data.eventCountry(e) == group.country;
                allCarried = allCarried && ranges[k].carried;
                allApproximate = allApproximate && events[size_t(e)].isQualified();
                group.current = group.current || e == m_currentEvent;
                group.selected = group.selected || e == m_currentEvent || isSelectedCase(events[size_t(e)].caseIndex);
                if (events[size_t(e)].kind < group.kind)
                    group.kind = events[size_t(e)].kind;
            }
            if (!sameCountry) {
                group.country = 0;
                group.color = Palette::neutral();
            }
            group.carriedIn = allCarried;
            group.approximate = allApproximate;
        }
        i = j;
    }
    g.markEnd = int(m_marks.size());
}

void TimelineLayout::layoutDensity(LaneGeometry& g, const QRectF& rect, qsizetype begin, qsizetype end)
{
    DensityGeometry density;
    density.lane = g.lane;
    density.rect = rect;
    density.bucketWidth = g.collapsed ? CollapsedBucket : DensityBucket;
    const auto buckets = size_t(std::max(1.0, std::ceil(rect.width() / density.bucketWidth)));
    density.firstDay = m_state.window.first;
    density.daysPerBucket = density.bucketWidth / m_pixelsPerDay;
    density.counts.resize(buckets);
    density.total = end - begin;
    // Bucket k holds the events anchored in [ceil(its first day), ceil(the next bucket's first day)),
    // so the buckets add up to exactly the events in the window.
    qsizetype before = begin;
    qint64 previousBoundary = m_firstAnchor;
    for (size_t k = 0; k < buckets; ++k) {
        qint64 boundary = m_endAnchor;
        if (k + 1 < buckets) {
            const double day = density.firstDay + double(k + 1) * density.daysPerBucket;
            boundary = std::min<qint64>(qint64(std::ceil(day)), m_endAnchor);
        }
        if (boundary == previousBoundary)
            continue;
        const qsizetype upTo = m_lanes->countBefore(g.lane, boundary);
        density.counts[k] = quint32(upTo - before);
        density.maxCount = std::max(density.maxCount, density.counts[k]);
        before = upTo;
        previousBoundary = boundary;
    }
    m_densities.push_back(std::move(density));
}

void TimelineLayout::layoutSpans(LaneGeometry& g)
{
    const auto cases = m_lanes->cases(g.lane);
    if (cases.empty())
        return;
    const TimelineData& data = m_lanes->data();
    const auto& info = m_lanes->lane(g.lane);
    const bool ownLane = info.kind == TimelineLanes::LaneKind::Case;
    const qint64 from = m_firstAnchor - info.maxSpanDays - 1;
    auto it = std::lower_bound(cases.begin(), cases.end(), from,
                               [&](qint32 c, qint64 day) { return data.cases()[size_t(c)].firstDay < day; });
    qreal trackEnds[SpanTracks];
    std::fill(std::begin(trackEnds), std::end(trackEnds), -1e9);
    const size_t firstSpan = m_spans.size();
    for (qsizetype examined = 0; it != cases.end() && examined < MaxSpanCandidates; ++it, ++examined) {
        const TimelineCase& record = data.cases()[size_t(*it)];
        if (record.firstDay >= m_endAnchor)
            break;
        DayNumber last = record.disclosedDay ? record.disclosedDay : record.lastDay;
        // As publicly known on a day, a case reaches no further than that day.
        if (const auto& knownOn = m_lanes->shown().knownOn)
            last = std::max(record.firstDay, std::min(last, *knownOn));
        const qreal x0 = xOf(record.firstDay);
        const qreal x1 = xOf(last + 1.0);
        if (x1 < g.body.left() || x0 > g.body.right())
            continue;
        const qreal left = std::max(x0, g.body.left() - 1);
        const qreal right = std::min(x1, g.body.right() + 1);
        SpanGeometry span;
        span.lane = g.lane;
        span.caseIndex = *it;
        span.disclosed = record.disclosedDay != 0;
        span.selected = isSelectedCase(*it);
        if (ownLane) {
            span.rect = QRectF(left, g.markY - 4, right - left, 8);
        } else {
            int track = 0;
            while (track < SpanTracks && trackEnds[track] > left - 3)
                ++track;
            if (track == SpanTracks) {
                // More cases overlap than the lane has tracks: showing some would mislead.
                m_spans.resize(firstSpan);
                return;
            }
            trackEnds[track] = right;
            span.thin = true;
            span.rect = QRectF(left, g.body.bottom() - 6 - 4 * track, right - left, 2.5);
        }
        m_spans.push_back(span);
    }
}

int TimelineLayout::geometryOfLane(int lane) const
{
    if (m_laneGeometry.empty())
        return -1;
    const int index = lane - m_laneGeometry.front().lane;
    return index >= 0 && index < int(m_laneGeometry.size()) ? index : -1;
}

void TimelineLayout::noteArcEndpoint(qint32 event, int mark)
{
    if (!m_arcEvents.empty() && std::binary_search(m_arcEvents.begin(), m_arcEvents.end(), event))
        m_eventMarks.emplace_back(event, mark);
}

int TimelineLayout::markOfEvent(int laneGeometry, int event) const
{
    if (laneGeometry < 0 || laneGeometry >= int(m_laneGeometry.size()))
        return -1;
    const LaneGeometry& g = m_laneGeometry[size_t(laneGeometry)];
    for (int m = g.firstMark; m < g.markEnd; ++m) {
        const MarkGeometry& mark = m_marks[size_t(m)];
        if (mark.event == event)
            return m;
        if (mark.isGroup()) {
            const auto first = m_members.begin() + mark.firstMember;
            if (std::find(first, first + mark.memberCount, event) != first + mark.memberCount)
                return m;
        }
    }
    return -1;
}

} // namespace Spyline
