#include "StatisticsCanvas.h"

#include "CanvasAccessible.h"
#include "StatisticsPainter.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>

namespace Spyline {

namespace {

// A chart to assistive technology, as the other canvases are; its bars take no keyboard focus.
QAccessibleInterface* accessibleChart(const QString&, QObject* object)
{
    auto* canvas = qobject_cast<StatisticsCanvas*>(object);
    return canvas ? new CanvasAccessible(canvas, {}) : nullptr;
}

} // namespace

StatisticsCanvas::StatisticsCanvas(QWidget* parent)
    : QWidget(parent)
    , m_snapshot(std::make_shared<const StatisticsSnapshot>())
    , m_theme(ChartTheme::screen(palette()))
{
    CanvasAccessible::installFactory(&accessibleChart);
    setObjectName(QStringLiteral("statisticsCanvas"));
    setAccessibleName(tr("Statistics chart"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(240, 160);
}

StatisticsCanvas::~StatisticsCanvas() = default;

void StatisticsCanvas::setSnapshot(std::shared_ptr<const StatisticsSnapshot> snapshot)
{
    m_snapshot = snapshot ? std::move(snapshot) : std::make_shared<const StatisticsSnapshot>();
    m_hovered = {};
    invalidate();
}

void StatisticsCanvas::setKind(StatisticsChartKind kind)
{
    m_kind = kind;
    m_hovered = {};
    invalidate();
}

void StatisticsCanvas::setOptions(const StatisticsOptions& options)
{
    m_options = options;
    invalidate();
}

void StatisticsCanvas::invalidate()
{
    m_layout.reset();
    update();
}

const StatisticsLayout& StatisticsCanvas::currentLayout() const
{
    if (!m_layout)
        m_layout.emplace(m_kind, m_snapshot, m_options, QSizeF(size()), m_theme.font);
    return *m_layout;
}

QString StatisticsCanvas::toolTipTextAt(const QPointF& point) const
{
    const StatisticsLayout& layout = currentLayout();
    return layout.describe(layout.hitTest(point));
}

void StatisticsCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.background);
    StatisticsPainter(m_theme).paint(painter, currentLayout(), m_hovered);
}

void StatisticsCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    invalidate();
}

void StatisticsCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const StatisticsHit hit = currentLayout().hitTest(event->position());
    if (hit == m_hovered)
        return;
    m_hovered = hit;
    setCursor(hit.kind == StatisticsHit::Kind::None || hit.kind == StatisticsHit::Kind::Others
                  ? Qt::ArrowCursor
                  : Qt::PointingHandCursor);
    update();
}

void StatisticsCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    Q_EMIT clicked(currentLayout().hitTest(event->position()));
}

void StatisticsCanvas::leaveEvent(QEvent* event)
{
    m_hovered = {};
    update();
    QWidget::leaveEvent(event);
}

bool StatisticsCanvas::event(QEvent* event)
{
    // A dark window gets a dark chart, at once.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_theme = ChartTheme::screen(palette());
        invalidate();
    }
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
