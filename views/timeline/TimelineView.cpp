#include "TimelineView.h"

#include "TimelineAccessible.h"
#include "TimelineLegendPainter.h"
#include "TimelineTooltip.h"
#include "records/ViewState.h"
#include "store/EventRepository.h"
#include "store/Store.h"
#include "timeline/TimelineLoader.h"

#include <QDate>
#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

constexpr double MinSpanDays = 1;
constexpr double MaxSpanDays = 365.25 * 1000;
constexpr double KeyZoom = 1.5;
// Collections with more events than this load in a worker thread; smaller ones load at once.
constexpr qint64 BackgroundLoadEvents = 50000;
const double FirstDay = double(QDate(1, 1, 1).toJulianDay());
const double LastDay = double(QDate(9999, 12, 31).toJulianDay());

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , m_loader(new TimelineLoader(this))
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
    , m_theme(ChartTheme::screen(palette()))
{
    TimelineAccessible::install();
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Events by time, in lanes. The arrow keys move from event to event, Home and End "
                                "to the first and last in the lane; Enter edits the event, Space selects it."));
    setFocusPolicy(Qt::WheelFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_scrollBar->setObjectName(QStringLiteral("timelineScrollBar"));
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) { setScrollPosition(value); });
    connect(m_loader, &TimelineLoader::loaded, this, [this](std::shared_ptr<const TimelineLanes> lanes) {
        setLoading(false);
        m_message.clear();
        applyLanes(std::move(lanes));
    });
    connect(m_loader, &TimelineLoader::failed, this, [this](const QString& message) {
        setLoading(false);
        m_message = message;
        invalidate();
        Q_EMIT loadFailed(message);
    });
    m_window = TimelineLayout::fitAll(TimelineData());
}

TimelineView::~TimelineView() = default;

QSize TimelineView::sizeHint() const
{
    return {1000, 600};
}

QSize TimelineView::minimumSizeHint() const
{
    return {320, 200};
}

void TimelineView::setStore(Store* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_hasWindow = false;
    if (store)
        connect(store, &Store::changed, this, &TimelineView::onStoreChanged);
    reload();
}

Store* TimelineView::store() const
{
    return m_store;
}

ViewState* TimelineView::viewState() const
{
    return m_viewState;
}

void TimelineView::setViewState(ViewState* state)
{
    if (m_viewState)
        disconnect(m_viewState, nullptr, this, nullptr);
    m_viewState = state;
    if (state) {
        connect(state, &ViewState::selectionChanged, this, &TimelineView::followSelection);
        connect(state, &ViewState::dateRangeChanged, this, &TimelineView::invalidate);
        connect(state, &ViewState::filterChanged, this, &TimelineView::applyFilter);
    }
    invalidate();
}

void TimelineView::setData(std::shared_ptr<const TimelineData> data)
{
    m_loader->cancel();
    setLoading(false);
    m_message.clear();
    // Without a store there is nothing to filter by: everything shows.
    if (!m_store)
        m_shown = {};
    applyLanes(data ? TimelineLanes::build(std::move(data), m_key, m_shown) : nullptr);
}

const TimelineData* TimelineView::data() const
{
    return m_lanes ? &m_lanes->data() : nullptr;
}

void TimelineView::reload()
{
    if (!m_store || !m_store->isOpen()) {
        m_loader->cancel();
        setLoading(false);
        applyLanes(nullptr);
        return;
    }
    const qint64 estimate = EventRepository(*m_store).highestId().value_or(0);
    const QString path = m_store->path();
    if (estimate > BackgroundLoadEvents && !path.isEmpty() && path != QStringLiteral(":memory:")) {
        setLoading(true);
        std::optional<CaseFilter> filter;
        if (m_viewState && !m_viewState->filter().isEmpty())
            filter = m_viewState->filter();
        m_loader->loadFile(path, m_key, filter);
        return;
    }
    auto data = TimelineData::load(*m_store);
    if (!data) {
        m_message = data.error();
        Q_EMIT loadFailed(data.error());
        applyLanes(nullptr);
        return;
    }
    m_message.clear();
    if (m_viewState) {
        if (auto shown = ShownRecords::of(*m_store, m_viewState->filter()))
            m_shown = *shown;
    }
    applyLanes(TimelineLanes::build(*data, m_key, m_shown));
}

void TimelineView::onStoreChanged(Changes what)
{
    if (what & (Change::Events | Change::Cases | Change::Links | Change::Actors | Change::Countries))
        reload();
}

void TimelineView::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    update();
    Q_EMIT loadingChanged(loading);
}

void TimelineView::applyLanes(std::shared_ptr<const TimelineLanes> lanes)
{
    // Keep the person's place: the lane at the top stays at the top, the window stays.
    QString topKey;
    qreal topOffset = 0;
    if (m_lanes && m_stack.count() == m_lanes->count()) {
        if (const int top = m_stack.laneAt(m_scrollY); top >= 0) {
            topKey = m_lanes->laneKey(top);
            topOffset = m_scrollY - m_stack.top(top);
        }
    }
    const bool regrouped = !m_lanes || !lanes || m_lanes->key() != lanes->key();
    m_lanes = std::move(lanes);
    rebuildStack();
    // The legend is sized anew for what the new lanes show.
    m_options.legendHeight = TimelineOptions().legendHeight;
    if (!m_hasWindow && m_lanes && !m_lanes->data().isEmpty()) {
        // The first window shows everything the filter leaves, statements included.
        m_window = clamped(TimelineLayout::fitShown(*m_lanes, shownDates()));
        m_hasWindow = true;
        Q_EMIT windowChanged(m_window);
    } else if (m_lanes) {
        // A window restored before the collection was read keeps within its limits.
        const TimeWindow inside = clamped(m_window);
        if (!(inside == m_window)) {
            m_window = inside;
            Q_EMIT windowChanged(m_window);
        }
    }
    qreal scroll = 0;
    if (m_lanes && !topKey.isEmpty() && !regrouped) {
        if (const int lane = m_lanes->findLane(topKey); lane >= 0)
            scroll = m_stack.top(lane) + topOffset;
    }
    m_scrollY = -1;
    setScrollPosition(scroll);
    invalidate();
    Q_EMIT dataChanged();
}

void TimelineView::rebuildStack()
{
    m_layout.reset();
    if (!m_lanes) {
        m_stack = LaneStack();
        updateScrollBar();
        return;
    }
    std::vector<int> collapsed;
    for (const QString& key : std::as_const(m_collapsed)) {
        if (const int lane = m_lanes->findLane(key); lane >= 0)
            collapsed.push_back(lane);
    }
    const qreal height = TimelineLayout::laneHeightFor(m_lanes->key(), m_lanes->count(), size(), m_options);
    m_stack = LaneStack(m_lanes->count(), height, TimelineLayout::CollapsedLaneHeight, std::move(collapsed));
    updateScrollBar();
}

void TimelineView::setLaneKey(LaneKey key)
{
    if (key == m_key)
        return;
    m_key = key;
    Q_EMIT laneKeyChanged(key);
    if (m_loading && m_store) {
        reload();
    } else if (m_lanes && m_lanes->data().events().size() > size_t(BackgroundLoadEvents) * 4) {
        setLoading(true);
        m_loader->group(m_lanes->sharedData(), key, m_shown);
    } else if (m_lanes) {
        applyLanes(TimelineLanes::build(m_lanes->sharedData(), key, m_shown));
    }
}

void TimelineView::applyFilter()
{
    if (!m_viewState || !m_store || !m_store->isOpen())
        return;
    auto shown = ShownRecords::of(*m_store, m_viewState->filter());
    if (!shown) {
        m_message = shown.error();
        Q_EMIT loadFailed(shown.error());
        return;
    }
    m_shown = *shown;
    if (m_loading) {
        reload();
    } else if (m_lanes && m_lanes->data().events().size() > size_t(BackgroundLoadEvents) * 4) {
        setLoading(true);
        m_loader->group(m_lanes->sharedData(), m_key, m_shown);
    } else if (m_lanes) {
        applyLanes(TimelineLanes::build(m_lanes->sharedData(), m_key, m_shown));
    }
}

void TimelineView::setShowArcs(bool show)
{
    if (m_options.showArcs == show)
        return;
    m_options.showArcs = show;
    invalidate();
}

void TimelineView::setShowLegend(bool show)
{
    if (m_options.showLegend == show)
        return;
    m_options.showLegend = show;
    rebuildStack();
    invalidate();
}

TimeWindow TimelineView::clamped(TimeWindow window) const
{
    // Zoom and pan stop at the collection's span with a margin: nobody needs the year 2600.
    TimeWindow limits {FirstDay, LastDay};
    if (m_lanes && !m_lanes->data().isEmpty())
        limits = TimelineLayout::limits(m_lanes->data());
    const double span = std::clamp(window.span(), MinSpanDays, std::min(MaxSpanDays, limits.span()));
    const double center = std::clamp((window.first + window.last) / 2, limits.first + span / 2, limits.last - span / 2);
    return {center - span / 2, center + span / 2};
}

std::optional<DayRange> TimelineView::shownDates() const
{
    return m_viewState ? m_viewState->dateRange() : std::nullopt;
}

void TimelineView::setWindow(const TimeWindow& window)
{
    const TimeWindow next = clamped(window);
    m_hasWindow = true;
    if (next == m_window)
        return;
    m_window = next;
    invalidate();
    Q_EMIT windowChanged(m_window);
}

void TimelineView::setScrollPosition(qreal y)
{
    const qreal viewport = currentLayout().lanesRect().height();
    const qreal maximum = std::max<qreal>(0, m_stack.totalHeight() - viewport);
    y = std::clamp(std::round(y), qreal(0), maximum);
    if (y == m_scrollY)
        return;
    m_scrollY = y;
    updateScrollBar();
    invalidate();
}

bool TimelineView::isLaneCollapsed(int lane) const
{
    return m_stack.isCollapsed(lane);
}

void TimelineView::setLaneCollapsed(int lane, bool collapsed)
{
    if (!m_lanes || lane < 0 || lane >= m_lanes->count() || isLaneCollapsed(lane) == collapsed)
        return;
    const QString key = m_lanes->laneKey(lane);
    if (collapsed)
        m_collapsed.insert(key);
    else
        m_collapsed.remove(key);
    rebuildStack();
    setScrollPosition(m_scrollY);
    invalidate();
}

QSize TimelineView::layoutSize() const
{
    QSize size = this->size();
    qreal chrome = m_options.axisHeight;
    if (m_options.showLegend)
        chrome += m_options.legendHeight;
    if (m_options.showOverview)
        chrome += m_options.overviewHeight;
    if (m_stack.totalHeight() > size.height() - chrome)
        size.rwidth() -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scrollBar);
    return size;
}

const TimelineLayout& TimelineView::currentLayout() const
{
    if (!m_layout) {
        TimelineState state;
        state.window = m_window;
        state.size = layoutSize();
        state.scrollY = std::max<qreal>(0, m_scrollY);
        if (m_viewState) {
            state.selectedCases = m_viewState->selectedCases();
            if (m_viewState->current().kind == RecordRef::Kind::Event)
                state.currentEvent = m_viewState->current().id;
            state.brushedRange = m_viewState->dateRange();
        }
        m_layout.emplace(m_lanes, m_stack, state, m_options, m_theme);
    }
    return *m_layout;
}

void TimelineView::invalidate()
{
    m_layout.reset();
    update();
}

void TimelineView::updateScrollBar()
{
    const TimelineLayout& layout = currentLayout();
    const QRectF lanes = layout.lanesRect();
    const int maximum = int(std::max<qreal>(0, std::ceil(m_stack.totalHeight() - lanes.height())));
    const int extent = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scrollBar);
    m_scrollBar->setVisible(maximum > 0);
    m_scrollBar->setGeometry(width() - extent, int(lanes.top()), extent, int(lanes.height()));
    const QSignalBlocker blocker(m_scrollBar);
    m_scrollBar->setRange(0, maximum);
    m_scrollBar->setPageStep(int(lanes.height()));
    m_scrollBar->setSingleStep(int(m_stack.laneHeight()));
    m_scrollBar->setValue(int(std::max<qreal>(0, m_scrollY)));
}

void TimelineView::zoomIn()
{
    const QRectF area = currentLayout().timeArea();
    zoomAround(KeyZoom, area.center().x());
}

void TimelineView::zoomOut()
{
    const QRectF area = currentLayout().timeArea();
    zoomAround(1 / KeyZoom, area.center().x());
}

void TimelineView::zoomAround(double factor, qreal x)
{
    const TimelineLayout& layout = currentLayout();
    const QRectF area = layout.timeArea();
    const double day = layout.dayAt(x);
    const double span = std::clamp(m_window.span() / factor, MinSpanDays, MaxSpanDays);
    const double first = day - (x - area.left()) / area.width() * span;
    setWindow({first, first + span});
}

void TimelineView::panBy(double fraction)
{
    const double shift = m_window.span() * fraction;
    setWindow({m_window.first + shift, m_window.last + shift});
}

void TimelineView::centerOn(double day)
{
    const double half = m_window.span() / 2;
    setWindow({day - half, day + half});
}

void TimelineView::fitAll()
{
    // All that the filter shows, statements included, not the whole collection.
    if (m_lanes && !m_lanes->data().isEmpty())
        setWindow(TimelineLayout::fitShown(*m_lanes, shownDates()));
    setScrollPosition(0);
}

void TimelineView::fitSelection()
{
    if (!m_lanes || !m_viewState)
        return;
    const TimelineData& data = m_lanes->data();
    const RecordRef& current = m_viewState->current();
    double first = 0;
    double last = 0;
    int lane = -1;
    // The selection's own events, then what they are linked to that is shown: the statement an
    // announcement responds to belongs in the picture.
    std::vector<qint32> own;
    const qint32 eventIndex = current.kind == RecordRef::Kind::Event ? data.eventIndex(current.id) : -1;
    const qint32 caseIndex = data.caseIndex(m_viewState->currentCase());
    if (eventIndex >= 0) {
        own.push_back(eventIndex);
        lane = m_lanes->laneOfEvent(eventIndex);
    } else if (caseIndex >= 0 && data.cases()[size_t(caseIndex)].firstDay != 0) {
        const TimelineCase& record = data.cases()[size_t(caseIndex)];
        first = record.firstDay;
        last = record.lastDay + 1.0;
        lane = m_lanes->laneOfCase(caseIndex);
    } else {
        return;
    }
    const auto isOwn = [&](qint32 index) {
        const TimelineEvent& event = data.events()[size_t(index)];
        return eventIndex >= 0 ? index == eventIndex : event.caseIndex == caseIndex;
    };
    const auto include = [&](qint32 index) {
        const TimelineEvent& event = data.events()[size_t(index)];
        if (first == 0 && last == 0) {
            first = event.earliest;
            last = event.lastDay() + 1.0;
        }
        first = std::min(first, double(event.earliest));
        last = std::max(last, event.lastDay() + 1.0);
    };
    for (qint32 index : own)
        include(index);
    for (const TimelineLink& link : data.links()) {
        if (link.earlier < 0 || link.later < 0)
            continue;
        const bool fromOwn = isOwn(link.later);
        const bool toOwn = isOwn(link.earlier);
        if (fromOwn == toOwn)
            continue;
        const qint32 other = fromOwn ? link.earlier : link.later;
        if (m_lanes->laneOfEvent(other) >= 0)
            include(other);
    }
    const double pad = std::max(15.0, (last - first) * 0.15);
    setWindow({first - pad, last + pad});
    if (lane >= 0)
        ensureLaneVisible(lane);
}

void TimelineView::ensureLaneVisible(int lane)
{
    if (lane < 0 || lane >= m_stack.count())
        return;
    const qreal viewport = currentLayout().lanesRect().height();
    const qreal top = m_stack.top(lane);
    const qreal bottom = top + m_stack.height(lane);
    if (top < m_scrollY)
        setScrollPosition(top);
    else if (bottom > m_scrollY + viewport)
        setScrollPosition(bottom - viewport);
}

void TimelineView::followSelection()
{
    invalidate();
    if (!m_lanes || !m_viewState)
        return;
    const TimelineData& data = m_lanes->data();
    const RecordRef& current = m_viewState->current();
    int lane = -1;
    if (current.kind == RecordRef::Kind::Event && data.eventIndex(current.id) >= 0) {
        lane = m_lanes->laneOfEvent(data.eventIndex(current.id));
        m_focusEvent = current.id; // the keyboard goes on from an event picked elsewhere
    } else if (const qint32 index = data.caseIndex(m_viewState->currentCase()); index >= 0)
        lane = m_lanes->laneOfCase(index);
    ensureLaneVisible(lane);
}

QString TimelineView::toolTipTextAt(const QPoint& point) const
{
    const TimelineLayout& layout = currentLayout();
    if (m_options.showLegend && layout.legendRect().contains(point)) {
        // The whole key, should the window be too small for it.
        QStringList lines;
        for (const auto& entry : TimelineLegendPainter::entries(layout.legend()))
            lines.append(entry.text);
        return lines.join(u'\n');
    }
    return TimelineTooltip::text(layout, layout.hitTest(point), m_store);
}

void TimelineView::fitLegend()
{
    if (!m_options.showLegend)
        return;
    const TimelineLayout& layout = currentLayout();
    const qreal width = layout.legendRect().width() - 16;
    if (width <= 0)
        return;
    const qreal needed =
        TimelineLegendPainter::heightFor(TimelineLegendPainter::entries(layout.legend()), width, layout.smallFont());
    // The legend wraps rather than cut entries off; it grows while the lanes keep most of the
    // height, and shrinks back only when the data or the size change, so panning never jolts it.
    const qreal wanted = std::min(std::max(needed, TimelineOptions().legendHeight), std::floor(height() * 0.3));
    if (wanted <= m_options.legendHeight)
        return;
    m_options.legendHeight = wanted;
    rebuildStack();
    setScrollPosition(m_scrollY);
    m_layout.reset();
}

void TimelineView::paintEvent(QPaintEvent*)
{
    fitLegend();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const TimelineLayout& layout = currentLayout();
    // The layout covers all but the scroll bar's column.
    painter.fillRect(QRectF(layout.bounds().right(), 0, width() - layout.bounds().width(), height()),
                     m_theme.background);
    m_painter.paint(painter, layout, m_theme);

    if (m_drag == Drag::None && m_hoverPoint) {
        const TimelineHit hover = layout.hitTest(*m_hoverPoint);
        if (hover.mark >= 0) {
            painter.setPen(QPen(m_theme.highlight, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(layout.marks()[size_t(hover.mark)].rect.adjusted(-3, -3, 3, 3), 4, 4);
        }
    }
    paintFocus(painter, layout);
    if (m_drag == Drag::Brush) {
        const QRectF area = layout.timeArea();
        const qreal x0 = layout.xOf(std::min(m_brushFrom, m_brushTo));
        const qreal x1 = layout.xOf(std::max(m_brushFrom, m_brushTo));
        QColor fill = m_theme.highlight;
        fill.setAlphaF(0.2f);
        painter.fillRect(QRectF(x0, area.top(), x1 - x0, area.height()), fill);
    }
    QString message = m_message;
    if (m_loading)
        message = tr("Loading the timeline…");
    else if (message.isEmpty() && (!m_lanes || m_lanes->data().isEmpty()))
        message = m_store ? tr("No dated events in this collection yet") : tr("No collection is open");
    const QString note = m_loading ? QString() : undatedNote();
    if (!message.isEmpty()) {
        if (!note.isEmpty())
            message += u'\n' + note;
        painter.setFont(layout.font());
        painter.setPen(m_theme.mutedText);
        painter.drawText(layout.timeArea().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, message);
    } else if (!note.isEmpty() && !m_options.showOverview) {
        // What the axis cannot show (the overview says it when shown): events with no known date.
        painter.setFont(layout.smallFont());
        const QFontMetricsF metrics(layout.smallFont());
        const QRectF area = layout.timeArea();
        const qreal width = std::min(metrics.horizontalAdvance(note) + 12, area.width() - 8);
        const QRectF box(area.right() - width - 4, area.top() + 4, width, metrics.height() + 6);
        QColor fill = m_theme.background;
        fill.setAlphaF(0.9f);
        painter.setPen(QPen(m_theme.grid, 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(m_theme.mutedText);
        painter.drawText(box.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(note, Qt::ElideRight, box.width() - 12));
    }
}

QString TimelineView::undatedNote() const
{
    return m_lanes ? m_lanes->undatedNote() : QString();
}

void TimelineView::resizeEvent(QResizeEvent*)
{
    m_options.legendHeight = TimelineOptions().legendHeight;
    rebuildStack();
    setScrollPosition(m_scrollY);
    updateScrollBar();
    invalidate();
}

void TimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange) {
        m_theme = ChartTheme::screen(palette());
        invalidate();
    }
    QWidget::changeEvent(event);
}

} // namespace Spyline
