#include "GraphCanvas.h"

#include "CanvasAccessible.h"
#include "GraphAccessible.h"
#include "GraphLegend.h"
#include "GraphStyle.h"
#include "records/CountryCatalog.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

constexpr qreal dragThreshold = 4;
constexpr qreal zoomStep = 1.25;

} // namespace

GraphCanvas::GraphCanvas(QWidget* parent)
    : QWidget(parent)
    , m_graph(std::make_shared<const GraphData>())
    , m_painter(ChartTheme::screen(palette()))
{
    GraphAccessible::install();
    setObjectName(QStringLiteral("graphCanvas"));
    setAccessibleName(tr("Relationship graph"));
    setAccessibleDescription(tr("Who is tied to whom. The arrow keys move to the nearest node on that side, Page Down "
                                "and Page Up from the most connected node to the least; Enter opens the node, Space "
                                "selects it."));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
}

GraphCanvas::~GraphCanvas() = default;

void GraphCanvas::setGraph(std::shared_ptr<const GraphData> graph, const GraphGeometry& geometry, bool keepView)
{
    m_graph = graph ? std::move(graph) : std::make_shared<const GraphData>();
    m_geometry = geometry;
    m_legend = GraphLegend::forGraph(*m_graph);
    m_painter.invalidate();
    m_state.hovered = -1;
    m_state.selected.clear();
    m_pressed = false;
    m_pressedNode = -1;
    if (!keepView)
        fitToView();
    update();
}

void GraphCanvas::setViewport(const GraphViewport& viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    m_fitPending = false;
    update();
    Q_EMIT viewportChanged();
}

void GraphCanvas::setSelectedNodes(const QList<int>& nodes)
{
    // Not QList's ==: Qt 6.4 hands memcmp a null pointer for empty lists.
    if (nodes.size() == m_state.selected.size() && std::equal(nodes.cbegin(), nodes.cend(), m_state.selected.cbegin()))
        return;
    m_state.selected = nodes;
    update();
}

void GraphCanvas::setTheme(const ChartTheme& theme)
{
    m_painter.setTheme(theme);
    update();
}

void GraphCanvas::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    fitToView();
}

int GraphCanvas::nodeAt(const QPointF& point) const
{
    if (m_geometry.positions.size() != m_graph->nodes.size())
        return -1;
    // Small nodes are easier to hit than they are to see.
    const qreal slack = 3;
    for (qsizetype i = m_graph->nodes.size() - 1; i >= 0; --i) {
        QRectF rect = m_viewport.toDevice(m_geometry.nodeRect(*m_graph, static_cast<int>(i)));
        rect.adjust(-slack, -slack, slack, slack);
        if (rect.contains(point))
            return static_cast<int>(i);
    }
    return -1;
}

QPointF GraphCanvas::nodeCentre(int node) const
{
    if (node < 0 || node >= m_geometry.positions.size())
        return {};
    return m_viewport.toDevice(m_geometry.positions.at(node));
}

QString GraphCanvas::toolTipText(int node) const
{
    if (node < 0 || node >= m_graph->nodes.size())
        return {};
    const GraphNode& n = m_graph->nodes.at(node);
    QStringList details {graphNodeKindLabel(n.kind)};
    if (!n.country.isEmpty())
        details.append(CountryCatalog::name(n.country).isEmpty() ? n.country : CountryCatalog::name(n.country));
    if (n.kind == GraphNodeKind::Case)
        details.append(toLabel(n.status));
    if (!n.date.isNull())
        details.append(n.date.displayText());
    details.append(tr("%n tie(s)", nullptr, n.degree));
    QString text = QStringLiteral("<p><b>") + n.title.toHtmlEscaped() + QStringLiteral("</b><br/>")
        + details.join(QStringLiteral(" · ")).toHtmlEscaped() + QStringLiteral("</p>");
    if (n.kind == GraphNodeKind::Person || n.kind == GraphNodeKind::Agency || n.kind == GraphNodeKind::Organisation
        || n.kind == GraphNodeKind::Government || n.kind == GraphNodeKind::Media) {
        text += QStringLiteral("<p>") + tr("Double-click to show or hide this actor's cases.").toHtmlEscaped()
            + QStringLiteral("</p>");
    }
    return text;
}

void GraphCanvas::fitToView()
{
    if (width() <= 0 || height() <= 0 || m_geometry.isEmpty()) {
        m_fitPending = true;
        return;
    }
    QRectF area = QRectF(rect()).adjusted(16, 16, -16, -16);
    // The legend sits in the lower left corner: the fitted graph stays clear of it.
    if (m_legendVisible && !m_graph->nodes.isEmpty()) {
        const QSizeF legend = m_legend.size(m_painter.theme(), this);
        if (legend.width() < width() * 0.8 && legend.height() < height() * 0.5)
            area.setBottom(area.bottom() - legend.height() - 8);
    }
    m_viewport = GraphViewport::fit(m_geometry.bounds(*m_graph, 24), area);
    m_fitPending = false;
    update();
    Q_EMIT viewportChanged();
}

void GraphCanvas::zoomIn()
{
    zoomBy(zoomStep, QRectF(rect()).center());
}

void GraphCanvas::zoomOut()
{
    zoomBy(1 / zoomStep, QRectF(rect()).center());
}

void GraphCanvas::centreOn(int node)
{
    if (node < 0 || node >= m_geometry.positions.size())
        return;
    GraphViewport viewport = m_viewport;
    viewport.scale = std::max(viewport.scale, 0.8);
    viewport.offset = QRectF(rect()).center() - m_geometry.positions.at(node) * viewport.scale;
    setViewport(viewport);
}

void GraphCanvas::zoomBy(qreal factor, const QPointF& around)
{
    GraphViewport viewport = m_viewport;
    viewport.zoomAround(around, factor);
    setViewport(viewport);
}

void GraphCanvas::setHovered(int node)
{
    if (node == m_state.hovered)
        return;
    m_state.hovered = node;
    update();
}

void GraphCanvas::paintEvent(QPaintEvent*)
{
    if (m_fitPending)
        fitToView();
    QPainter painter(this);
    m_painter.paint(painter, rect(), *m_graph, m_geometry, m_viewport, m_state);
    if (m_legendVisible && !m_graph->nodes.isEmpty()) {
        const QSizeF size = m_legend.size(m_painter.theme(), this);
        if (size.width() < width() * 0.8 && size.height() < height() * 0.5)
            m_legend.paint(painter, QPointF(8, height() - size.height() - 8), m_painter.theme());
    }
    paintFocus(painter);
}

void GraphCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_fitPending)
        fitToView();
}

void GraphCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_moved = false;
    m_pressPoint = event->position();
    m_lastPoint = event->position();
    m_pressedNode = nodeAt(event->position());
    if (m_pressedNode >= 0)
        m_grabOffset = m_geometry.positions.at(m_pressedNode) - m_viewport.toLayout(event->position());
    event->accept();
}

void GraphCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF point = event->position();
    if (!m_pressed) {
        setHovered(nodeAt(point));
        setCursor(m_state.hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_moved && QLineF(point, m_pressPoint).length() < dragThreshold)
        return;
    m_moved = true;
    if (m_pressedNode >= 0) {
        m_geometry.positions[m_pressedNode] = m_viewport.toLayout(point) + m_grabOffset;
        setCursor(Qt::ClosedHandCursor);
        update();
    } else {
        GraphViewport viewport = m_viewport;
        viewport.offset += point - m_lastPoint;
        setViewport(viewport);
        setCursor(Qt::ClosedHandCursor);
    }
    m_lastPoint = point;
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    setCursor(Qt::ArrowCursor);
    const int node = m_pressedNode;
    m_pressedNode = -1;
    if (m_moved) {
        if (node >= 0)
            Q_EMIT nodeMoved(node, m_geometry.positions.at(node));
        return;
    }
    if (node >= 0) {
        // The keyboard goes on from the node clicked.
        m_focusKey = m_graph->nodes.at(node).key;
        CanvasAccessible::focusMoved(this);
        Q_EMIT nodeClicked(node);
    } else {
        Q_EMIT backgroundClicked();
    }
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int node = nodeAt(event->position());
    if (node >= 0)
        Q_EMIT nodeDoubleClicked(node);
    else
        fitToView();
}

void GraphCanvas::wheelEvent(QWheelEvent* event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(zoomStep, steps), event->position());
    event->accept();
}

void GraphCanvas::leaveEvent(QEvent* event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void GraphCanvas::keyPressEvent(QKeyEvent* event)
{
    if (focusKeyPressed(event)) {
        event->accept();
        return;
    }
    // With Ctrl, the arrows move the view rather than the keyboard.
    const qreal step = std::round(std::min(width(), height()) / 8.0);
    GraphViewport viewport = m_viewport;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitToView();
        break;
    case Qt::Key_Left:
        viewport.offset.rx() += step;
        setViewport(viewport);
        break;
    case Qt::Key_Right:
        viewport.offset.rx() -= step;
        setViewport(viewport);
        break;
    case Qt::Key_Up:
        viewport.offset.ry() += step;
        setViewport(viewport);
        break;
    case Qt::Key_Down:
        viewport.offset.ry() -= step;
        setViewport(viewport);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void GraphCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    // From the keyboard: the node selected, else the background.
    int node = -1;
    if (event->reason() == QContextMenuEvent::Mouse)
        node = nodeAt(event->pos());
    else if (!m_state.selected.isEmpty())
        node = m_state.selected.first();
    QPoint at = event->globalPos();
    if (event->reason() != QContextMenuEvent::Mouse && node >= 0)
        at = mapToGlobal(nodeCentre(node).toPoint());
    Q_EMIT contextMenuRequested(node, at);
    event->accept();
}

bool GraphCanvas::event(QEvent* event)
{
    // A dark window gets a dark graph, at once.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_painter.setTheme(ChartTheme::screen(palette()));
        update();
    }
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int node = nodeAt(help->pos());
        if (node >= 0)
            QToolTip::showText(help->globalPos(), toolTipText(node), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Spyline
