#include "StatisticsCanvas.h"

#include "CanvasAccessible.h"
#include "StatisticsPainter.h"

#include <QHelpEvent>
#include <QKeyEvent>
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
    // Its bars are walked with the keyboard too.
    setFocusPolicy(Qt::StrongFocus);
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

void StatisticsCanvas::walkTo(const StatisticsHit& hit)
{
    m_hovered = hit;
    update();
    const StatisticsLayout& layout = currentLayout();
    const QString text = hit.kind == StatisticsHit::Kind::None ? QString() : layout.describe(hit);
    setAccessibleDescription(text);
    if (text.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const QRectF rect = layout.rectOf(hit);
    QToolTip::showText(mapToGlobal(rect.topRight().toPoint()), text, this, rect.toAlignedRect());
}

void StatisticsCanvas::keyPressEvent(QKeyEvent* event)
{
    const QList<StatisticsHit> hits = currentLayout().hitsInOrder();
    const qsizetype at = hits.indexOf(m_hovered);
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (!hits.isEmpty())
            walkTo(hits.at(at < 0 ? 0 : std::min(at + 1, hits.size() - 1)));
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (!hits.isEmpty())
            walkTo(hits.at(at < 0 ? hits.size() - 1 : std::max<qsizetype>(at - 1, 0)));
        return;
    case Qt::Key_Home:
        if (!hits.isEmpty())
            walkTo(hits.first());
        return;
    case Qt::Key_End:
        if (!hits.isEmpty())
            walkTo(hits.last());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (at >= 0)
            Q_EMIT clicked(m_hovered);
        return;
    case Qt::Key_Escape:
        if (at >= 0) {
            walkTo({});
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void StatisticsCanvas::focusOutEvent(QFocusEvent* event)
{
    QToolTip::hideText();
    QWidget::focusOutEvent(event);
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
