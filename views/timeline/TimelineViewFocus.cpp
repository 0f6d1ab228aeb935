// TimelineView, continued: the event the keyboard is on, how the keys move it and how it shows.
#include "TimelineView.h"

#include "CanvasAccessible.h"
#include "TimelineAccessible.h"
#include "TimelineNavigation.h"
#include "records/ViewState.h"

#include <QKeyEvent>
#include <QPainter>

#include <optional>

namespace Spyline {

int TimelineView::focusedEvent() const
{
    if (!m_lanes || m_focusEvent == 0)
        return -1;
    const qint32 index = m_lanes->data().eventIndex(m_focusEvent);
    return index >= 0 && m_lanes->laneOfEvent(index) >= 0 ? index : -1;
}

void TimelineView::setFocusedEvent(int event)
{
    const TimelineData* data = this->data();
    const Id id = data && event >= 0 && size_t(event) < data->events().size() ? data->events()[size_t(event)].id : 0;
    if (id != 0)
        ensureEventVisible(event);
    if (id == m_focusEvent)
        return;
    m_focusEvent = id;
    update();
    CanvasAccessible::focusMoved(this);
}

void TimelineView::ensureEventVisible(int event)
{
    if (!m_lanes || event < 0)
        return;
    ensureLaneVisible(m_lanes->laneOfEvent(event));
    // Out of the window (or at its very edge), the window moves to have the event in its middle.
    const double day = m_lanes->data().events()[size_t(event)].earliest + 0.5;
    const double margin = 8 / currentLayout().pixelsPerDay();
    if (day < m_window.first + margin || day > m_window.last - margin)
        centerOn(day);
}

QRectF TimelineView::focusedEventRect() const
{
    const int event = focusedEvent();
    if (event < 0)
        return {};
    const TimelineLayout& layout = currentLayout();
    const int lane = layout.geometryOfLane(m_lanes->laneOfEvent(event));
    if (lane < 0)
        return {};
    // The mark that shows it (alone, or in a cluster), else where it falls on a lane drawn as density.
    if (const int mark = layout.markOfEvent(lane, event); mark >= 0)
        return layout.marks()[size_t(mark)].rect.adjusted(-4, -4, 4, 4);
    const LaneGeometry& geometry = layout.lanes()[size_t(lane)];
    const qreal x = layout.xOf(m_lanes->data().events()[size_t(event)].earliest + 0.5);
    if (geometry.collapsed || x < layout.timeArea().left() || x > layout.timeArea().right())
        return {};
    return QRectF(x - 7, geometry.markY - 7, 14, 14);
}

bool TimelineView::focusKeyPressed(QKeyEvent* event)
{
    using Step = TimelineNavigation::Step;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool control = modifiers == Qt::ControlModifier;
    std::optional<Step> step;
    switch (event->key()) {
    case Qt::Key_Left:
        step = modifiers == Qt::NoModifier ? std::optional(Step::Previous) : std::nullopt;
        break;
    case Qt::Key_Right:
        step = modifiers == Qt::NoModifier ? std::optional(Step::Next) : std::nullopt;
        break;
    case Qt::Key_Up:
        step = modifiers == Qt::NoModifier ? std::optional(Step::LaneAbove) : std::nullopt;
        break;
    case Qt::Key_Down:
        step = modifiers == Qt::NoModifier ? std::optional(Step::LaneBelow) : std::nullopt;
        break;
    case Qt::Key_Home:
        step = control ? Step::First : Step::FirstInLane;
        break;
    case Qt::Key_End:
        step = control ? Step::Last : Step::LastInLane;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: {
        const int focused = focusedEvent();
        if (focused < 0)
            return false;
        if (!m_viewState)
            return true;
        const TimelineEvent& e = m_lanes->data().events()[size_t(focused)];
        const RecordRef record {RecordRef::Kind::Event, e.id};
        if (event->key() == Qt::Key_Space) {
            const Id caseId = e.caseIndex >= 0 ? m_lanes->data().cases()[size_t(e.caseIndex)].id : 0;
            m_viewState->pick(record, caseId);
        } else {
            m_viewState->requestEdit(record);
        }
        return true;
    }
    default:
        return false;
    }
    if (!step || !m_lanes || m_lanes->data().isEmpty())
        return false;
    const int from = focusedEvent();
    int to = -1;
    if (from < 0) {
        // The first key press lands on an event in sight, before it moves anywhere.
        const int topLane = m_stack.laneAt(m_scrollY);
        to = TimelineNavigation::start(*m_lanes, m_stack, topLane, m_window.first, m_window.last);
    } else {
        to = TimelineNavigation::step(*m_lanes, m_stack, from, *step);
    }
    if (to >= 0)
        setFocusedEvent(to);
    return true;
}

void TimelineView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    // Tabbing in lands on the event picked elsewhere, when it is on a lane.
    if (focusedEvent() < 0 && m_lanes && m_viewState && m_viewState->current().kind == RecordRef::Kind::Event) {
        const qint32 index = m_lanes->data().eventIndex(m_viewState->current().id);
        if (index >= 0 && m_lanes->laneOfEvent(index) >= 0)
            m_focusEvent = m_lanes->data().events()[size_t(index)].id;
    }
    update();
}

void TimelineView::paintFocus(QPainter& painter, const TimelineLayout& layout) const
{
    if (!hasFocus())
        return;
    painter.save();
    painter.setBrush(Qt::NoBrush);
    // The whole view has the keyboard: a frame of the desktop's focus colour.
    painter.setPen(QPen(m_theme.selection, 2));
    painter.drawRect(QRectF(layout.bounds()).adjusted(1, 1, -1, -1));
    // The event it is on: a dashed ring in the text colour, which reads on any lane and beside the
    // hover and selection rings.
    if (const QRectF ring = focusedEventRect(); !ring.isEmpty()) {
        painter.setPen(QPen(m_theme.text, 2, Qt::DashLine));
        painter.drawRoundedRect(ring, 4, 4);
    }
    painter.restore();
}

} // namespace Spyline
