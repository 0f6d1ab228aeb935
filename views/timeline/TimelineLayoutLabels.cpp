// TimelineLayout, continued: statement -> announcement arcs, labels, overview, legend and hit testing.
#include "TimelineLayout.h"

#include "LabelPlacer.h"
#include "TextMeasure.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

constexpr qreal MarkRadius = 5.5;
constexpr qreal MinLabelWidth = 36;
constexpr qreal LabelGap = 4;
constexpr int MaxLabels = 600;
constexpr qreal HeaderIndent = 18;
constexpr qreal OverviewBucket = 2;

// Which labels win when they compete for room: disclosures first, routine events last.
float kindPriority(EventKind kind)
{
    switch (kind) {
    case EventKind::Announcement:
        return 0;
    case EventKind::Arrest:
        return 1;
    case EventKind::Verdict:
        return 2;
    case EventKind::Statement:
        return 3;
    case EventKind::Law:
        return 4;
    case EventKind::Trial:
        return 5;
    case EventKind::Recruitment:
        return 6;
    case EventKind::Agreement:
        return 7;
    case EventKind::FirstContact:
        return 8;
    case EventKind::Payment:
        return 9;
    case EventKind::Meeting:
        return 10;
    case EventKind::Training:
        return 11;
    case EventKind::Other:
        break;
    }
    return 12;
}

} // namespace

void TimelineLayout::collectArcCandidates(int firstLane, int lastLane)
{
    const TimelineData& data = m_lanes->data();
    const auto& links = data.links();
    const auto& events = data.events();
    const qint64 from = m_firstAnchor - data.maxLinkDays() - 1;
    auto it = std::lower_bound(links.begin(), links.end(), from, [&](const TimelineLink& link, qint64 day) {
        return events[size_t(link.earlier)].earliest < day;
    });
    const auto visible = [&](qint32 event) {
        const int lane = m_lanes->laneOfEvent(event);
        return lane >= firstLane && lane <= lastLane && !m_stack.isCollapsed(lane);
    };
    for (; it != links.end(); ++it) {
        if (events[size_t(it->earlier)].earliest >= m_endAnchor)
            break;
        if (events[size_t(it->later)].lastDay() + 1.0 < m_state.window.first)
            continue;
        if (!visible(it->earlier) || !visible(it->later))
            continue;
        m_arcLinks.push_back(qint32(it - links.begin()));
        m_arcEvents.push_back(it->earlier);
        m_arcEvents.push_back(it->later);
    }
    std::sort(m_arcEvents.begin(), m_arcEvents.end());
    m_arcEvents.erase(std::unique(m_arcEvents.begin(), m_arcEvents.end()), m_arcEvents.end());
}

void TimelineLayout::layoutArcs()
{
    const TimelineData& data = m_lanes->data();
    const auto& events = data.events();
    // Where an arc meets an event: the top of its mark, or where the event would be when it lies
    // outside the window; nothing when its lane shows density.
    const auto endpoint = [&](qint32 event, QPointF* point, int* mark) {
        const int g = geometryOfLane(m_lanes->laneOfEvent(event));
        if (g < 0 || m_laneGeometry[size_t(g)].density || m_laneGeometry[size_t(g)].collapsed)
            return false;
        const auto found = std::lower_bound(m_eventMarks.begin(), m_eventMarks.end(), std::pair {event, qint32(-1)});
        if (found != m_eventMarks.end() && found->first == event) {
            const MarkGeometry& m = m_marks[size_t(found->second)];
            *mark = found->second;
            *point = QPointF(m.center.x(), m.rect.top());
            return true;
        }
        const TimelineEvent& e = events[size_t(event)];
        *mark = -1;
        *point = QPointF(xOf((e.earliest + e.lastDay() + 1.0) / 2), m_laneGeometry[size_t(g)].markY - MarkRadius);
        return true;
    };

    struct Candidate
    {
        ArcGeometry arc;
        int rank;
        qreal length;
    };
    std::vector<Candidate> candidates;
    for (qint32 index : m_arcLinks) {
        const TimelineLink& link = data.links()[size_t(index)];
        QPointF from;
        QPointF to;
        int fromMark = -1;
        int toMark = -1;
        if (!endpoint(link.earlier, &from, &fromMark) || !endpoint(link.later, &to, &toMark))
            continue;
        if (fromMark >= 0 && fromMark == toMark)
            continue; // both ends in one cluster
        ArcGeometry arc;
        arc.link = index;
        arc.from = from;
        arc.to = to;
        const qreal bulge = std::clamp(std::abs(to.x() - from.x()) * 0.4, 16.0, 80.0);
        arc.control = QPointF((from.x() + to.x()) / 2, std::min(from.y(), to.y()) - bulge);
        // Near the top of the lanes the arc bows downwards instead of leaving the picture.
        if ((from.y() + 2 * arc.control.y() + to.y()) / 4 < m_timeArea.top() + 12)
            arc.control.setY(std::max(from.y(), to.y()) + bulge);
        arc.lag = linkLag(data.eventDate(link.earlier), data.eventDate(link.later)).text();
        const qint32 current = m_currentEvent;
        arc.selected = link.earlier == current || link.later == current
            || isSelectedCase(events[size_t(link.earlier)].caseIndex)
            || isSelectedCase(events[size_t(link.later)].caseIndex);
        const int rank = (arc.selected ? 0 : 2) + (link.relation == LinkRelation::RespondsTo ? 0 : 1);
        candidates.push_back({arc, rank, std::abs(to.x() - from.x()) + std::abs(to.y() - from.y())});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.length < b.length;
    });
    const auto kept = std::min(candidates.size(), size_t(std::max(0, m_options.maxArcs)));
    m_omittedArcs = int(candidates.size() - kept);
    for (size_t i = 0; i < kept; ++i) {
        const ArcGeometry& arc = candidates[i].arc;
        if (m_options.bundleArcs) {
            // Ends this close on both sides would draw one arc over another: one arc, with a count.
            constexpr qreal Near = 28;
            const auto into = std::find_if(m_arcs.begin(), m_arcs.end(), [&](const ArcGeometry& other) {
                return std::abs(other.from.x() - arc.from.x()) < Near && std::abs(other.to.x() - arc.to.x()) < Near;
            });
            if (into != m_arcs.end()) {
                if (into->bundled.empty())
                    into->bundled.push_back(into->link);
                into->bundled.push_back(arc.link);
                into->lag = TimelineLayout::tr("%n links", nullptr, int(into->bundled.size()));
                continue;
            }
        }
        m_arcs.push_back(arc);
    }
}

void TimelineLayout::placeLabels()
{
    LabelPlacer placer(m_timeArea);
    TextMeasure metrics(m_font);
    TextMeasure smallMetrics(m_smallFont);
    const qreal lineHeight = metrics.height();
    const qreal smallHeight = smallMetrics.height() + 2;
    for (const MarkGeometry& mark : m_marks)
        placer.reserve(mark.rect);

    // The lags first: the pattern the timeline is there to show.
    for (size_t a = 0; a < m_arcs.size(); ++a) {
        ArcGeometry& arc = m_arcs[a];
        const qreal width = smallMetrics.width(arc.lag) + 8;
        // On the curve: its middle if there is room, else further along either way.
        for (qreal t : {0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85}) {
            const QPointF at = (1 - t) * (1 - t) * arc.from + 2 * t * (1 - t) * arc.control + t * t * arc.to;
            const QRectF rect(at.x() - width / 2, at.y() - smallHeight / 2, width, smallHeight);
            if (!m_timeArea.contains(rect) || !placer.isFree(rect))
                continue;
            placer.reserve(rect);
            arc.label = int(m_labels.size());
            m_labels.push_back({LabelGeometry::Kind::Arc, int(a), arc.lag, rect, true, arc.selected});
            break;
        }
    }
    if (!m_lanes)
        return;

    const TimelineData& data = m_lanes->data();
    struct Candidate
    {
        float priority;
        qint64 day;
        int mark;
        int span;
    };
    std::vector<Candidate> candidates;
    const auto topMember = [&](const MarkGeometry& mark) {
        qint32 best = m_members[size_t(mark.firstMember)];
        for (int k = 1; k < mark.memberCount; ++k) {
            const qint32 e = m_members[size_t(mark.firstMember + k)];
            if (kindPriority(data.events()[size_t(e)].kind) < kindPriority(data.events()[size_t(best)].kind))
                best = e;
        }
        return best;
    };
    for (size_t m = 0; m < m_marks.size(); ++m) {
        const MarkGeometry& mark = m_marks[m];
        const bool cluster = mark.isGroup();
        const qint32 event = cluster ? topMember(mark) : mark.event;
        float priority = kindPriority(data.events()[size_t(event)].kind) + (cluster ? 0.5f : 0.0f);
        if (mark.selected)
            priority -= 100;
        candidates.push_back({priority, data.events()[size_t(event)].earliest, int(m), -1});
    }
    for (size_t s = 0; s < m_spans.size(); ++s) {
        if (m_spans[s].thin) {
            const float priority = m_spans[s].selected ? -99.5f : 0.5f;
            candidates.push_back({priority, data.cases()[size_t(m_spans[s].caseIndex)].firstDay, -1, int(s)});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.priority != b.priority ? a.priority < b.priority : a.day < b.day;
    });

    int placed = 0;
    for (const Candidate& candidate : candidates) {
        if (placed >= MaxLabels)
            break;
        struct Option
        {
            qreal x;
            qreal top;
            bool leftward;
        };
        QString text;
        bool small = false;
        Option options[8];
        int optionCount = 0;
        int laneIndex = -1;
        bool selected = false;
        if (candidate.mark >= 0) {
            const MarkGeometry& mark = m_marks[size_t(candidate.mark)];
            laneIndex = mark.lane;
            selected = mark.selected;
            const qreal y = mark.center.y();
            const LaneGeometry& g = m_laneGeometry[size_t(geometryOfLane(mark.lane))];
            const bool range =
                mark.style == MarkGeometry::Style::Bracket || mark.style == MarkGeometry::Style::Duration;
            const qreal below = std::max(mark.rect.left(), g.body.left() + 2);
            // A bracket's label goes under it, inside the range it names; a mark's label beside it.
            if (range && g.markY + 7 + lineHeight <= g.body.bottom())
                options[optionCount++] = {below, g.markY + 7, false};
            options[optionCount++] = {mark.rect.right() + LabelGap, y - lineHeight / 2, false};
            for (qreal top = g.markY + 7 + (range ? lineHeight : 0);
                 top + lineHeight <= g.body.bottom() - 1 && optionCount < int(std::size(options)) - 1;
                 top += lineHeight)
                options[optionCount++] = {below, top, false};
            options[optionCount++] = {mark.rect.left() - LabelGap, y - lineHeight / 2, true};
        } else {
            const SpanGeometry& span = m_spans[size_t(candidate.span)];
            laneIndex = span.lane;
            selected = span.selected;
            small = true;
            options[optionCount++] = {std::max(span.rect.left(), m_timeArea.left()) + 2,
                                      span.rect.top() - smallHeight + 1, false};
        }
        const LaneGeometry& g = m_laneGeometry[size_t(geometryOfLane(laneIndex))];
        TextMeasure& fm = small ? smallMetrics : metrics;
        const qreal height = small ? smallHeight - 2 : lineHeight;
        for (int o = 0; o < optionCount; ++o) {
            const Option& option = options[o];
            // Inside the lane and inside the visible part of it.
            if (option.top < std::max(g.body.top(), m_timeArea.top())
                || option.top + height > std::min(g.body.bottom(), m_timeArea.bottom()))
                continue;
            const qreal room = option.leftward ? option.x - g.body.left() - 2 : g.body.right() - option.x - 2;
            const qreal limit = std::min(m_options.maxLabelWidth, room);
            if (limit < MinLabelWidth)
                continue;
            const qreal free = option.leftward ? placer.freeLeft(option.x, option.top, option.top + height, limit)
                                               : placer.freeRight(option.x, option.top, option.top + height, limit);
            if (free < MinLabelWidth)
                continue;
            if (text.isNull()) {
                if (candidate.mark >= 0) {
                    const MarkGeometry& mark = m_marks[size_t(candidate.mark)];
                    if (mark.isGroup())
                        text = tr("%1 (+%2)").arg(data.eventTitle(topMember(mark))).arg(mark.memberCount - 1);
                    else
                        text = data.eventTitle(mark.event);
                } else {
                    text = data.caseLabel(m_spans[size_t(candidate.span)].caseIndex);
                }
                text = text.simplified();
            }
            qreal width = fm.width(text);
            QString shown = text;
            if (width > free - LabelGap) {
                shown = fm.elided(text, free - LabelGap);
                if (shown.size() < 5)
                    continue;
                width = fm.width(shown);
            }
            const qreal left = option.leftward ? option.x - width : option.x;
            const QRectF rect(left, option.top, width, height);
            placer.reserve(rect.adjusted(-1, 0, 1, 0));
            const LabelGeometry::Kind kind =
                candidate.mark >= 0 ? LabelGeometry::Kind::Event : LabelGeometry::Kind::Span;
            m_labels.push_back(
                {kind, candidate.mark >= 0 ? candidate.mark : candidate.span, shown, rect, small, selected});
            ++placed;
            break;
        }
    }
}

TimelineHit TimelineLayout::hitTest(const QPointF& point) const
{
    TimelineHit hit;
    if (m_overview.rect.contains(point)) {
        hit.kind = TimelineHit::Kind::Overview;
        if (m_overview.track.width() > 0) {
            const double fraction = (point.x() - m_overview.track.left()) / m_overview.track.width();
            hit.day = m_overview.firstDay + std::clamp(fraction, 0.0, 1.0) * (m_overview.lastDay - m_overview.firstDay);
        }
        return hit;
    }
    if (m_axisRect.contains(point)) {
        hit.kind = TimelineHit::Kind::Axis;
        hit.day = dayAt(point.x());
        return hit;
    }
    if (!m_lanesRect.contains(point))
        return hit;
    const LaneGeometry* lane = nullptr;
    for (const LaneGeometry& g : m_laneGeometry) {
        if (g.row.contains(point)) {
            lane = &g;
            break;
        }
    }
    if (!lane)
        return hit;
    hit.lane = lane->lane;
    const auto& info = m_lanes->lane(lane->lane);
    if (point.x() < m_timeArea.left()) {
        hit.kind = point.x() < lane->header.left() + HeaderIndent ? TimelineHit::Kind::LaneToggle
                                                                  : TimelineHit::Kind::LaneHeader;
        if (info.kind == TimelineLanes::LaneKind::Case)
            hit.caseIndex = info.ref;
        return hit;
    }
    hit.day = dayAt(point.x());
    for (auto arc = m_arcs.rbegin(); arc != m_arcs.rend(); ++arc) {
        if (arc->label >= 0 && m_labels[size_t(arc->label)].rect.contains(point)) {
            hit.kind = TimelineHit::Kind::Arc;
            hit.arc = int(m_arcs.rend() - arc) - 1;
            return hit;
        }
    }
    // Marks and clusters lie over the brackets: they answer first.
    std::vector<int> order;
    for (int m = lane->pointMarkEnd - 1; m >= lane->firstMark; --m)
        order.push_back(m);
    for (int m = lane->markEnd - 1; m >= lane->pointMarkEnd; --m)
        order.push_back(m);
    for (int m : order) {
        const MarkGeometry& mark = m_marks[size_t(m)];
        if (!mark.rect.adjusted(-2, -2, 2, 2).contains(point))
            continue;
        hit.mark = m;
        if (mark.isGroup()) {
            hit.kind = TimelineHit::Kind::Cluster;
            hit.count = mark.memberCount;
        } else {
            hit.kind = TimelineHit::Kind::Event;
            hit.event = mark.event;
            hit.caseIndex = m_lanes->data().events()[size_t(mark.event)].caseIndex;
        }
        return hit;
    }
    for (const SpanGeometry& span : m_spans) {
        if (span.lane == lane->lane && span.rect.adjusted(0, -3, 0, 3).contains(point)) {
            hit.kind = TimelineHit::Kind::Span;
            hit.caseIndex = span.caseIndex;
            return hit;
        }
    }
    for (const DensityGeometry& density : m_densities) {
        if (density.lane != lane->lane || !density.rect.contains(point))
            continue;
        const auto k = size_t(std::floor((point.x() - density.rect.left()) / density.bucketWidth));
        if (k >= density.counts.size())
            break;
        hit.kind = TimelineHit::Kind::Density;
        hit.count = density.counts[k];
        const double first = density.firstDay + double(k) * density.daysPerBucket;
        hit.range = {DayNumber(std::ceil(first)),
                     DayNumber(std::max(std::ceil(first), std::ceil(first + density.daysPerBucket) - 1))};
        return hit;
    }
    hit.kind = TimelineHit::Kind::TimeArea;
    if (info.kind == TimelineLanes::LaneKind::Case)
        hit.caseIndex = info.ref;
    return hit;
}

void TimelineLayout::layoutOverview()
{
    OverviewGeometry& o = m_overview;
    const QRectF& rect = o.rect;
    o.track = QRectF(m_timeArea.left(), rect.top() + 8, m_timeArea.width(), rect.height() - 14);
    if (!m_lanes || m_lanes->data().isEmpty() || o.track.width() < 4)
        return;
    const TimelineData& data = m_lanes->data();
    o.firstDay = data.firstDay();
    o.lastDay = data.lastDay() + 1.0;
    const auto buckets = size_t(std::ceil(o.track.width() / OverviewBucket));
    const double daysPerBucket = (o.lastDay - o.firstDay) / double(buckets);
    o.counts.resize(buckets);
    qsizetype before = 0;
    for (size_t k = 0; k < buckets; ++k) {
        const qint64 boundary =
            k + 1 == buckets ? qint64(o.lastDay) + 1 : qint64(std::ceil(o.firstDay + double(k + 1) * daysPerBucket));
        const qsizetype upTo = data.anchorIndex().countBefore(boundary);
        o.counts[k] = quint32(upTo - before);
        o.maxCount = std::max(o.maxCount, o.counts[k]);
        before = upTo;
    }
    const auto xOfDay = [&](double day) {
        return std::clamp(o.track.left() + (day - o.firstDay) / (o.lastDay - o.firstDay) * o.track.width(),
                          o.track.left(), o.track.right());
    };
    qreal left = xOfDay(m_state.window.first);
    qreal right = xOfDay(m_state.window.last);
    if (right - left < 4) {
        const qreal middle = (left + right) / 2;
        left = middle - 2;
        right = middle + 2;
    }
    o.window = QRectF(left, rect.top() + 3, right - left, rect.height() - 6);
    if (const auto& range = m_state.brushedRange) {
        const qreal x0 = xOfDay(range->first);
        const qreal x1 = xOfDay(range->last + 1.0);
        o.brushed = QRectF(x0, o.track.top(), std::max<qreal>(1, x1 - x0), o.track.height());
    }
}

void TimelineLayout::buildLegend()
{
    TimelineLegend& legend = m_legend;
    std::vector<int> kindCounts(16, 0);
    std::vector<int> countryCounts(m_countryColors.size(), 0);
    for (const MarkGeometry& mark : m_marks) {
        if (mark.style == MarkGeometry::Style::Cluster) {
            legend.clusters = true;
        } else {
            ++kindCounts[size_t(mark.kind)];
            legend.clusters = legend.clusters || mark.isGroup();
            legend.ranges =
                legend.ranges || mark.style == MarkGeometry::Style::Range || mark.style == MarkGeometry::Style::Bracket;
            legend.approximate = legend.approximate || mark.approximate;
            legend.openEnds = legend.openEnds || mark.openStart || mark.openEnd;
        }
        legend.context = legend.context || mark.context;
        if (mark.country != 0 && mark.country < countryCounts.size() && !mark.context)
            ++countryCounts[mark.country];
    }
    for (EventKind kind : allValues<EventKind>()) {
        if (kindCounts[size_t(kind)] > 0)
            legend.kinds.append(kind);
    }
    for (size_t c = 1; c < countryCounts.size(); ++c) {
        if (countryCounts[c] > 0)
            legend.countries.append(quint16(c));
    }
    const TimelineData* data = m_lanes ? &m_lanes->data() : nullptr;
    std::stable_sort(legend.countries.begin(), legend.countries.end(), [&](quint16 a, quint16 b) {
        if (countryCounts[a] != countryCounts[b])
            return countryCounts[a] > countryCounts[b];
        return data->countryCode(a) < data->countryCode(b);
    });
    for (quint16 c : std::as_const(legend.countries))
        legend.countryCodes.append(data->countryCode(c));
    legend.density = !m_densities.empty();
    legend.spans = !m_spans.empty();
    legend.arcs = !m_arcs.empty();
}

} // namespace Spyline
