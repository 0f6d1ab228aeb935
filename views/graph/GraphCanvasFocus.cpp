// GraphCanvas, continued: the node the keyboard is on, how the keys move it and how it shows.
#include "GraphCanvas.h"

#include "CanvasAccessible.h"
#include "DirectionalFocus.h"

#include <QKeyEvent>
#include <QPainter>

#include <algorithm>
#include <numeric>
#include <optional>

namespace Spyline {

int GraphCanvas::focusedNode() const
{
    if (m_focusKey.isEmpty() || m_geometry.positions.size() != m_graph->nodes.size())
        return -1;
    return m_graph->indexOf(m_focusKey);
}

void GraphCanvas::setFocusedNode(int node)
{
    const bool valid = node >= 0 && node < m_graph->nodes.size() && node < m_geometry.positions.size();
    const QString key = valid ? m_graph->nodes.at(node).key : QString();
    if (valid)
        ensureNodeVisible(node);
    if (key == m_focusKey)
        return;
    m_focusKey = key;
    // It stands out as a hovered node does: its ties lit, its label first.
    setHovered(valid ? node : -1);
    update();
    CanvasAccessible::focusMoved(this);
}

QRectF GraphCanvas::focusedNodeRect() const
{
    const int node = focusedNode();
    if (node < 0)
        return {};
    return m_viewport.toDevice(m_geometry.nodeRect(*m_graph, node)).adjusted(-5, -5, 5, 5);
}

QList<int> GraphCanvas::nodesByDegree() const
{
    QList<int> order(m_graph->nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const GraphNode& x = m_graph->nodes.at(a);
        const GraphNode& y = m_graph->nodes.at(b);
        if (x.degree != y.degree)
            return x.degree > y.degree;
        return QString::localeAwareCompare(x.label, y.label) < 0;
    });
    return order;
}

void GraphCanvas::ensureNodeVisible(int node)
{
    // Pans (never zooms) to have the node in the middle once it comes near the edge.
    const QPointF centre = nodeCentre(node);
    const QRectF inside = QRectF(rect()).adjusted(24, 24, -24, -24);
    if (inside.isEmpty() || inside.contains(centre))
        return;
    GraphViewport viewport = m_viewport;
    viewport.offset += QRectF(rect()).center() - centre;
    setViewport(viewport);
}

bool GraphCanvas::focusKeyPressed(QKeyEvent* event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier || m_graph->nodes.isEmpty() || m_geometry.positions.size() != m_graph->nodes.size())
        return false;
    const int from = focusedNode();
    const auto walk = [&](int step) {
        const QList<int> order = nodesByDegree();
        const qsizetype at = order.indexOf(from);
        if (at < 0)
            return order.first();
        const qsizetype next = at + step;
        return next >= 0 && next < order.size() ? order.at(next) : from;
    };
    const auto toward = [&](FocusDirection direction) {
        const int next = nearestInDirection(m_geometry.positions, from, direction);
        return next >= 0 ? next : from;
    };
    int to = -1;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (from < 0)
            return false;
        if (event->key() == Qt::Key_Space)
            Q_EMIT nodeClicked(from);
        else
            Q_EMIT nodeDoubleClicked(from);
        return true;
    case Qt::Key_Home:
        to = nodesByDegree().first();
        break;
    case Qt::Key_End:
        to = nodesByDegree().last();
        break;
    case Qt::Key_PageDown:
        to = walk(1);
        break;
    case Qt::Key_PageUp:
        to = walk(-1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (from < 0) {
            // The first arrow lands on the selection, else on the most connected node.
            to = m_state.selected.isEmpty() ? nodesByDegree().first() : m_state.selected.first();
            break;
        }
        const Qt::Key key = Qt::Key(event->key());
        to = toward(key == Qt::Key_Left        ? FocusDirection::Left
                        : key == Qt::Key_Right ? FocusDirection::Right
                        : key == Qt::Key_Up    ? FocusDirection::Up
                                               : FocusDirection::Down);
        break;
    }
    default:
        return false;
    }
    setFocusedNode(to);
    return true;
}

void GraphCanvas::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    // Tabbing in lands on the selected node, when there is one and the keyboard was on none.
    if (focusedNode() < 0 && !m_state.selected.isEmpty() && m_state.selected.first() < m_graph->nodes.size())
        m_focusKey = m_graph->nodes.at(m_state.selected.first()).key;
    update();
}

void GraphCanvas::paintFocus(QPainter& painter) const
{
    if (!hasFocus())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_painter.theme().selection, 2));
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    if (const QRectF ring = focusedNodeRect(); !ring.isEmpty()) {
        painter.setPen(QPen(m_painter.theme().text, 1.5, Qt::DashLine));
        painter.drawRoundedRect(ring, 4, 4);
    }
    painter.restore();
}

} // namespace Spyline
