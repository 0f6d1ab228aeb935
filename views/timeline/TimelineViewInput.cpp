// TimelineView, continued: what the wheel, the mouse, the keys and hovering do.
#include "TimelineView.h"

#include "TimelineTooltip.h"
#include "records/ViewState.h"
#include "store/Store.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

constexpr double WheelStep = 1.25; // zoom per notch of the wheel
constexpr double KeyPan = 0.1;

} // namespace

bool TimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::NativeGesture) {
        // A pinch on a touchpad zooms, as Ctrl+wheel does.
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            const QRectF area = currentLayout().timeArea();
            zoomAround(1 + gesture->value(), std::clamp(gesture->position().x(), area.left(), area.right()));
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipTextAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // Plain text from the collection, escaped so that Qt never reads it as markup.
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    // As in most Qt views: the wheel scrolls (the lanes; sideways, or with Shift, the time) and
    // Ctrl+wheel zooms around the pointer.
    const QPointF position = event->position();
    const TimelineLayout& layout = currentLayout();
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (angle.y() != 0) {
            zoomAround(std::pow(WheelStep, angle.y() / 120.0),
                       std::clamp(position.x(), layout.timeArea().left(), layout.timeArea().right()));
        }
    } else if (event->modifiers() & Qt::ShiftModifier) {
        // Shift turns the wheel sideways (some platforms report it as horizontal already).
        const int steps = angle.x() != 0 ? angle.x() : angle.y();
        panBy(-steps / 120.0 * KeyPan);
    } else if (angle.x() != 0 && std::abs(angle.x()) > std::abs(angle.y())) {
        if (!pixels.isNull())
            panBy(-pixels.x() / layout.timeArea().width());
        else
            panBy(-angle.x() / 120.0 * KeyPan);
    } else if (!pixels.isNull()) {
        setScrollPosition(m_scrollY - pixels.y());
    } else if (angle.y() != 0) {
        const qreal notch = QApplication::wheelScrollLines() * m_stack.laneHeight() / 2;
        setScrollPosition(m_scrollY - angle.y() / 120.0 * notch);
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressPosition = event->position().toPoint();
    m_pressWindow = m_window;
    m_pressScroll = m_scrollY;
    m_pressHit = currentLayout().hitTest(event->position());
    using Kind = TimelineHit::Kind;
    const bool overTime = m_pressHit.kind != Kind::None && m_pressHit.kind != Kind::Axis
        && m_pressHit.kind != Kind::Overview && m_pressHit.kind != Kind::LaneHeader
        && m_pressHit.kind != Kind::LaneToggle;
    if (m_pressHit.kind == Kind::Overview) {
        m_drag = Drag::Overview;
        centerOn(m_pressHit.day);
    } else if (overTime && (event->modifiers() & Qt::ShiftModifier)) {
        m_drag = Drag::Brush;
        m_brushFrom = m_brushTo = currentLayout().dayAt(event->position().x());
    } else {
        m_drag = Drag::Pending;
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint position = event->position().toPoint();
    switch (m_drag) {
    case Drag::None: {
        const TimelineHit hit = currentLayout().hitTest(position);
        using Kind = TimelineHit::Kind;
        const bool pointing = hit.kind == Kind::Event || hit.kind == Kind::Cluster || hit.kind == Kind::Span
            || hit.kind == Kind::Arc || hit.kind == Kind::LaneToggle || hit.kind == Kind::Density;
        setCursor(pointing ? Qt::PointingHandCursor : Qt::ArrowCursor);
        const bool changed = hit.mark != m_hoverMark;
        m_hoverPoint = position;
        m_hoverMark = hit.mark;
        if (changed)
            update();
        break;
    }
    case Drag::Pending:
        if ((position - m_pressPosition).manhattanLength() < QApplication::startDragDistance())
            break;
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Pan: {
        const double daysPerPixel = m_pressWindow.span() / currentLayout().timeArea().width();
        const double shift = -(position.x() - m_pressPosition.x()) * daysPerPixel;
        setWindow({m_pressWindow.first + shift, m_pressWindow.last + shift});
        setScrollPosition(m_pressScroll - (position.y() - m_pressPosition.y()));
        break;
    }
    case Drag::Brush:
        m_brushTo = currentLayout().dayAt(
            std::clamp<qreal>(position.x(), currentLayout().timeArea().left(), currentLayout().timeArea().right()));
        update();
        break;
    case Drag::Overview: {
        const TimelineHit hit =
            currentLayout().hitTest(QPointF(position.x(), currentLayout().overview().rect.center().y()));
        if (hit.kind == TimelineHit::Kind::Overview)
            centerOn(hit.day);
        break;
    }
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    setCursor(Qt::ArrowCursor);
    if (drag == Drag::Pending) {
        click(m_pressHit);
    } else if (drag == Drag::Brush) {
        const TimelineLayout& layout = currentLayout();
        const double from = std::min(m_brushFrom, m_brushTo);
        const double to = std::max(m_brushFrom, m_brushTo);
        if ((to - from) * layout.pixelsPerDay() >= 3 && m_viewState) {
            const auto first = DayNumber(std::floor(from));
            const auto last = std::max(first, DayNumber(std::ceil(to)) - 1);
            m_viewState->setDateRange(DayRange {first, last});
        }
        update();
    }
    event->accept();
}

void TimelineView::click(const TimelineHit& hit)
{
    using Kind = TimelineHit::Kind;
    const TimelineLayout& layout = currentLayout();
    const TimelineData* data = this->data();
    const auto caseId = [&](int index) { return index >= 0 ? data->cases()[size_t(index)].id : Id(0); };
    switch (hit.kind) {
    case Kind::Event:
        // The keyboard goes on from the event clicked.
        setFocusedEvent(hit.event);
        if (m_viewState)
            m_viewState->pick({RecordRef::Kind::Event, data->events()[size_t(hit.event)].id}, caseId(hit.caseIndex));
        break;
    case Kind::Cluster: {
        // A cluster opens up: zoom to the days its events cover.
        const MarkGeometry& mark = layout.marks()[size_t(hit.mark)];
        double first = std::numeric_limits<double>::max();
        double last = std::numeric_limits<double>::lowest();
        for (int k = 0; k < mark.memberCount; ++k) {
            const TimelineEvent& e = data->events()[size_t(layout.members()[size_t(mark.firstMember + k)])];
            first = std::min(first, double(e.earliest));
            last = std::max(last, e.lastDay() + 1.0);
        }
        const double pad = std::max(3.0, (last - first) * 0.25);
        setWindow({first - pad, last + pad});
        break;
    }
    case Kind::Span:
        if (m_viewState)
            m_viewState->pick({RecordRef::Kind::Case, caseId(hit.caseIndex)}, caseId(hit.caseIndex));
        break;
    case Kind::LaneToggle:
        setLaneCollapsed(hit.lane, !isLaneCollapsed(hit.lane));
        break;
    case Kind::LaneHeader:
        if (m_viewState && hit.caseIndex >= 0)
            m_viewState->pick({RecordRef::Kind::Case, caseId(hit.caseIndex)}, caseId(hit.caseIndex));
        break;
    case Kind::Arc: {
        const TimelineLink& link = data->links()[size_t(layout.arcs()[size_t(hit.arc)].link)];
        const TimelineEvent& later = data->events()[size_t(link.later)];
        if (m_viewState)
            m_viewState->pick({RecordRef::Kind::Event, later.id}, caseId(later.caseIndex));
        break;
    }
    case Kind::Density:
        zoomAround(4, m_pressPosition.x());
        break;
    case Kind::TimeArea:
        if (m_viewState)
            m_viewState->clearSelection();
        break;
    case Kind::None:
    case Kind::Axis:
    case Kind::Overview:
        break;
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const TimelineHit hit = currentLayout().hitTest(event->position());
    const TimelineData* data = this->data();
    if (!m_viewState || !data) {
        event->accept();
        return;
    }
    if (hit.kind == TimelineHit::Kind::Event) {
        m_viewState->requestEdit({RecordRef::Kind::Event, data->events()[size_t(hit.event)].id});
    } else if ((hit.kind == TimelineHit::Kind::Span || hit.kind == TimelineHit::Kind::LaneHeader)
               && hit.caseIndex >= 0) {
        m_viewState->requestEdit({RecordRef::Kind::Case, data->cases()[size_t(hit.caseIndex)].id});
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    if (focusKeyPressed(event)) {
        event->accept();
        return;
    }
    // With Ctrl, the arrows move the view rather than the keyboard.
    const qreal viewport = currentLayout().lanesRect().height();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(-KeyPan);
        break;
    case Qt::Key_Right:
        panBy(KeyPan);
        break;
    case Qt::Key_Up:
        setScrollPosition(m_scrollY - m_stack.laneHeight());
        break;
    case Qt::Key_Down:
        setScrollPosition(m_scrollY + m_stack.laneHeight());
        break;
    case Qt::Key_PageUp:
        setScrollPosition(m_scrollY - viewport);
        break;
    case Qt::Key_PageDown:
        setScrollPosition(m_scrollY + viewport);
        break;
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_F:
        fitSelection();
        break;
    case Qt::Key_Escape:
        if (m_drag == Drag::Brush) {
            m_drag = Drag::None;
            update();
        } else if (m_viewState) {
            m_viewState->clearDateRange();
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::leaveEvent(QEvent* event)
{
    m_hoverPoint.reset();
    m_hoverMark = -1;
    update();
    QWidget::leaveEvent(event);
}

} // namespace Spyline
