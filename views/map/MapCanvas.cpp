#include "MapCanvas.h"

#include "CanvasAccessible.h"
#include "MapAccessible.h"
#include "MapLayerCache.h"
#include "MapPainter.h"
#include "WorldMap.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Spyline {

namespace {

constexpr qreal DragThreshold = 4;
constexpr qreal ZoomStep = 1.25;
// From the whole world to about a country the size of Belgium filling the view.
constexpr qreal MaxZoom = 24;

} // namespace

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent)
    , m_figures(std::make_shared<const MapFigures>())
    , m_theme(ChartTheme::screen(palette()))
    , m_layers(std::make_unique<MapLayerCache>())
{
    MapAccessible::install();
    setObjectName(QStringLiteral("mapCanvas"));
    setAccessibleName(tr("Map"));
    setAccessibleDescription(tr("Countries shaded by their cases. The arrow keys move to the nearest country with "
                                "cases on that side, Page Down and Page Up from the most cases to the fewest; Space "
                                "shows only its cases, Enter zooms to it."));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(240, 160);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setFigures(std::shared_ptr<const MapFigures> figures, std::shared_ptr<const MapFigures> selected)
{
    m_figures = figures ? std::move(figures) : std::make_shared<const MapFigures>();
    m_selected = std::move(selected);
    m_hovered = {};
    invalidate();
}

void MapCanvas::setOptions(const MapOptions& options)
{
    m_options = options;
    invalidate();
}

void MapCanvas::setTheme(const ChartTheme& theme)
{
    m_theme = theme;
    invalidate();
}

void MapCanvas::setViewport(const GraphViewport& viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    m_fitPending = false;
    relayout();
    Q_EMIT viewportChanged();
}

void MapCanvas::invalidate()
{
    m_layers->clear();
    relayout();
}

void MapCanvas::relayout()
{
    m_layout.reset();
    update();
}

const MapLayout& MapCanvas::currentLayout() const
{
    if (!m_layout)
        m_layout.emplace(WorldMap::bundled(), m_figures, m_selected, m_options, QSizeF(size()), m_viewport);
    return *m_layout;
}

QRectF MapCanvas::visibleMapRect() const
{
    return m_viewport.toLayout(QRectF(rect())).intersected(WorldMap::bounds());
}

QString MapCanvas::toolTipTextAt(const QPointF& point) const
{
    const MapLayout& layout = currentLayout();
    return layout.describe(layout.hitTest(point));
}

void MapCanvas::fitToView()
{
    if (width() <= 0 || height() <= 0) {
        m_fitPending = true;
        return;
    }
    const GraphViewport fitted = MapLayout::fit(QSizeF(size()));
    m_fitPending = false;
    if (fitted == m_viewport)
        return;
    m_viewport = fitted;
    relayout();
    Q_EMIT viewportChanged();
}

void MapCanvas::zoomIn()
{
    zoomBy(ZoomStep, QRectF(rect()).center());
}

void MapCanvas::zoomOut()
{
    zoomBy(1 / ZoomStep, QRectF(rect()).center());
}

void MapCanvas::zoomBy(qreal factor, const QPointF& around)
{
    const qreal whole = MapLayout::fit(QSizeF(size())).scale;
    GraphViewport viewport = m_viewport;
    viewport.zoomAround(around, factor, whole * 0.8, whole * MaxZoom);
    setViewport(viewport);
}

void MapCanvas::setHovered(const MapLayout::Hit& hit)
{
    if (hit == m_hovered)
        return;
    m_hovered = hit;
    setCursor(hit.kind == MapLayout::Hit::Kind::None ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    if (m_fitPending)
        fitToView();
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.background);
    const MapLayout& layout = currentLayout();
    m_layers->paint(painter, layout, m_hovered, m_theme);
    paintLegend(painter, layout);
    paintFocus(painter);
}

void MapCanvas::paintLegend(QPainter& painter, const MapLayout& layout) const
{
    // The shades in the lower left corner: what a colour counts.
    const int classes = int(layout.shadeClasses().size());
    if (classes == 0)
        return;
    const QFontMetricsF metrics(m_theme.smallFont);
    const qreal line = metrics.height() + 2;
    const QString title = m_options.shading == MapShading::Targeted ? tr("Cases targeting the country")
                                                                    : tr("Cases accusing the country");
    qreal width = metrics.horizontalAdvance(title);
    QStringList labels;
    for (const MapLayout::ShadeClass& shade : layout.shadeClasses()) {
        labels.append(shade.from == shade.to ? QString::number(shade.from)
                                             : QStringLiteral("%1\u2013%2").arg(shade.from).arg(shade.to));
        width = std::max(width, 22 + metrics.horizontalAdvance(labels.last()));
    }
    const QRectF box(8, height() - 8 - line * (classes + 1) - 8, width + 16, line * (classes + 1) + 8);
    if (box.top() < 8 || box.width() > this->width() / 2)
        return;
    painter.save();
    QColor plate = m_theme.background;
    plate.setAlphaF(0.85f);
    painter.setPen(m_theme.grid);
    painter.setBrush(plate);
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(m_theme.smallFont);
    painter.setPen(m_theme.text);
    painter.drawText(QRectF(box.left() + 8, box.top() + 4, width, line), Qt::AlignLeft | Qt::AlignVCenter, title);
    for (int i = 0; i < classes; ++i) {
        const QRectF row(box.left() + 8, box.top() + 4 + line * (i + 1), width, line);
        MapPainter::paintShadeSymbol(painter, QRectF(row.left(), row.top() + 1, 16, line - 2), layout.shadeColor(i),
                                     m_theme);
        painter.setPen(m_theme.text);
        painter.drawText(row.adjusted(22, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, labels.at(i));
    }
    painter.restore();
}

void MapCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // A new size shows the same part of the world, unless the whole world was shown.
    const QRectF before = m_viewport.toLayout(QRectF(QPointF(0, 0), QSizeF(event->oldSize())));
    if (m_fitPending || event->oldSize().isEmpty() || before.contains(WorldMap::bounds())) {
        fitToView();
        return;
    }
    setViewport(GraphViewport::fit(before, QRectF(rect()), 1e6));
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_moved = false;
    m_pressPoint = event->position();
    m_lastPoint = event->position();
    event->accept();
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF point = event->position();
    if (!m_pressed) {
        setHovered(currentLayout().hitTest(point));
        return;
    }
    if (!m_moved && QLineF(point, m_pressPoint).length() < DragThreshold)
        return;
    m_moved = true;
    setCursor(Qt::ClosedHandCursor);
    // By whole pixels, the rest carried to the next move, so that what is painted moves along.
    const QPointF delta = point - m_lastPoint;
    const QPointF whole(std::round(delta.x()), std::round(delta.y()));
    if (whole.isNull())
        return;
    GraphViewport viewport = m_viewport;
    viewport.offset += whole;
    m_lastPoint += whole;
    setViewport(viewport);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    setCursor(Qt::ArrowCursor);
    if (m_moved)
        return;
    const MapLayout::Hit hit = currentLayout().hitTest(event->position());
    if (hit.kind == MapLayout::Hit::Kind::Country || hit.kind == MapLayout::Hit::Kind::Former) {
        // The keyboard goes on from the country clicked.
        m_focusCode = hit.code;
        CanvasAccessible::focusMoved(this);
    }
    Q_EMIT clicked(hit);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent*)
{
    fitToView();
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(ZoomStep, steps), event->position());
    event->accept();
}

void MapCanvas::zoomToCountry(const QString& code)
{
    QRectF bounds;
    if (const WorldMap::Country* country = WorldMap::bundled().country(code)) {
        bounds = country->bounds;
    } else if (const WorldMap::FormerState* former = WorldMap::bundled().formerState(code)) {
        for (const QString& successor : former->successors) {
            if (const WorldMap::Country* part = WorldMap::bundled().country(successor))
                bounds = bounds.united(part->bounds);
        }
    }
    if (bounds.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const qreal whole = MapLayout::fit(QSizeF(size())).scale;
    setViewport(GraphViewport::fit(bounds, QRectF(rect()).adjusted(40, 40, -40, -40), whole * MaxZoom));
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    if (focusKeyPressed(event)) {
        event->accept();
        return;
    }
    // With Ctrl, the arrows move the view rather than the keyboard. Whole pixels, so that a step
    // moves what is painted rather than painting it again.
    const qreal step = std::round(std::min(width(), height()) / 8.0);
    GraphViewport viewport = m_viewport;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToView();
        return;
    case Qt::Key_Left:
        viewport.offset.rx() += step;
        break;
    case Qt::Key_Right:
        viewport.offset.rx() -= step;
        break;
    case Qt::Key_Up:
        viewport.offset.ry() += step;
        break;
    case Qt::Key_Down:
        viewport.offset.ry() -= step;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setViewport(viewport);
}

void MapCanvas::leaveEvent(QEvent* event)
{
    setHovered({});
    QWidget::leaveEvent(event);
}

bool MapCanvas::event(QEvent* event)
{
    // A dark window gets a dark map, at once.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        setTheme(ChartTheme::screen(palette()));
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipTextAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Spyline
