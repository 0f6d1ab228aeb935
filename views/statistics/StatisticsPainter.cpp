#include "StatisticsPainter.h"

#include "Palette.h"

#include <QCoreApplication>
#include <QPainter>

namespace Spyline {

StatisticsPainter::StatisticsPainter(const ChartTheme& theme)
    : m_theme(theme)
{
}

QColor StatisticsPainter::rangeColor(const ChartTheme& theme)
{
    QColor color = theme.text;
    color.setAlphaF(0.55f);
    return color;
}

QColor StatisticsPainter::medianColor(const ChartTheme&)
{
    // Tol's bright red: apart from the blue bars for every reader.
    return Palette::medianColor();
}

void StatisticsPainter::paint(QPainter& painter, const StatisticsLayout& layout, const StatisticsHit& hovered) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(layout.font());
    const QFontMetricsF metrics(layout.font(), painter.device());
    const QRectF frame(QPointF(0, 0), layout.size());
    painter.setPen(m_theme.mutedText);
    painter.drawText(QRectF(6, 2, frame.width() - 12, layout.headlineHeight()),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, layout.headline());
    const QRectF plot = layout.plot();
    if (layout.isEmpty() || plot.width() < 20 || plot.height() < 20) {
        painter.drawText(frame, Qt::AlignCenter, tr("Nothing to count: no case or link passes the filter."));
        painter.restore();
        return;
    }
    // Grid along the value axis, with its numbers.
    QPen grid(m_theme.grid, 0.6);
    for (const StatisticsLayout::Tick& tick : layout.valueTicks()) {
        painter.setPen(grid);
        if (layout.isHorizontal()) {
            painter.drawLine(QPointF(tick.position, plot.top()), QPointF(tick.position, plot.bottom()));
            painter.setPen(m_theme.mutedText);
            painter.drawText(QRectF(tick.position - 40, plot.bottom() + 2, 80, metrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop, tick.text);
        } else {
            const qreal right = layout.rangeBand().isEmpty() ? plot.right() : plot.right();
            painter.drawLine(QPointF(plot.left(), tick.position), QPointF(right, tick.position));
            painter.setPen(m_theme.mutedText);
            painter.drawText(QRectF(0, tick.position - metrics.height() / 2, plot.left() - 4, metrics.height()),
                             Qt::AlignRight | Qt::AlignVCenter, tick.text);
        }
    }
    const auto outline = [&](const QRectF& rect, const QColor& color, qreal width) {
        painter.setPen(QPen(color, width));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(-1, -1, 1, 1));
    };
    for (const StatisticsLayout::Bar& bar : layout.coverage()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar.color);
        painter.drawRect(bar.rect);
    }
    for (const StatisticsLayout::Bar& bar : layout.bars()) {
        painter.setPen(QPen(m_theme.background, 0.5));
        painter.setBrush(bar.color);
        painter.drawRect(bar.rect);
    }
    for (const StatisticsLayout::Range& range : layout.ranges()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(range.selected ? m_theme.selection : rangeColor(m_theme));
        painter.drawRect(range.rect);
        if (range.openEnd) {
            // Runs on past the chart: an arrowhead and where it ends.
            const QPointF tip(range.rect.right() + range.rect.height(), range.rect.center().y());
            painter.drawPolygon(QPolygonF({tip, range.rect.topRight(), range.rect.bottomRight()}));
            painter.setPen(m_theme.mutedText);
            const QString end =
                StatisticsPainter::tr("\u2192 %1 d", "up to a lag of this many days").arg(range.lag.lag.maxDays);
            painter.drawText(QPointF(range.rect.right() - metrics.horizontalAdvance(end) - 4, range.rect.top() - 1),
                             end);
        }
    }
    for (const StatisticsLayout::Bar& bar : layout.bars()) {
        if (bar.selected)
            outline(bar.rect, m_theme.selection, 2.2);
        else if (bar.hit == hovered && hovered.kind != StatisticsHit::Kind::None)
            outline(bar.rect, m_theme.highlight, 1.8);
    }
    for (const StatisticsLayout::Range& range : layout.ranges()) {
        if (range.hit == hovered && hovered.kind != StatisticsHit::Kind::None)
            outline(range.rect, m_theme.highlight, 1.5);
    }
    // Values at the end of horizontal bars.
    if (layout.isHorizontal()) {
        painter.setPen(m_theme.text);
        for (const StatisticsLayout::Bar& bar : layout.bars()) {
            painter.drawText(QRectF(bar.rect.right() + 4, bar.rect.top(), 80, bar.rect.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, QString::number(bar.value));
        }
    }
    // Axes.
    painter.setPen(QPen(m_theme.text, 1));
    if (layout.isHorizontal()) {
        painter.drawLine(plot.topLeft(), plot.bottomLeft());
        for (const StatisticsLayout::Tick& tick : layout.categoryTicks()) {
            painter.drawText(QRectF(0, tick.position - metrics.height() / 2, plot.left() - 6, metrics.height()),
                             Qt::AlignRight | Qt::AlignVCenter, tick.text);
        }
        painter.setPen(m_theme.mutedText);
        painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() + 2, plot.width(), metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, layout.valueTitle());
    } else {
        const QRectF bars = layout.rangeBand().isEmpty()
            ? plot
            : QRectF(plot.topLeft(), QPointF(plot.right(), layout.rangeBand().top() - 6));
        painter.drawLine(bars.bottomLeft(), bars.bottomRight());
        painter.drawLine(plot.bottomLeft() + QPointF(0, layout.rangeBand().isEmpty() ? 0 : 0), plot.bottomRight());
        for (const StatisticsLayout::Tick& tick : layout.categoryTicks()) {
            painter.setPen(QPen(m_theme.text, 1));
            painter.drawLine(QPointF(tick.position, plot.bottom()), QPointF(tick.position, plot.bottom() + 3));
            painter.drawText(QRectF(tick.position - 40, plot.bottom() + 3, 80, metrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop, tick.text);
        }
        painter.setPen(m_theme.mutedText);
        painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() + 4, plot.width(), metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, layout.categoryTitle());
        painter.save();
        painter.translate(metrics.height() * 0.2, bars.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-bars.height() / 2, 0, bars.height(), metrics.height()), Qt::AlignCenter,
                         layout.valueTitle());
        painter.restore();
        if (!layout.rangeBand().isEmpty()) {
            const QString label = tr("uncertain lags, as their ranges");
            painter.drawText(QPointF(layout.rangeBand().right() - metrics.horizontalAdvance(label),
                                     layout.rangeBand().bottom() - metrics.descent()),
                             label);
        }
    }
    if (const auto& median = layout.median()) {
        const QColor color = medianColor(m_theme);
        if (median->second - median->first < 1) {
            painter.setPen(QPen(color, 1.6, Qt::DashLine));
            painter.drawLine(QPointF(median->first, plot.top()), QPointF(median->first, plot.bottom()));
        } else {
            QColor band = color;
            band.setAlphaF(0.15f);
            painter.setPen(Qt::NoPen);
            painter.setBrush(band);
            painter.drawRect(QRectF(median->first, plot.top(), median->second - median->first, plot.height()));
            painter.setPen(QPen(color, 1.2, Qt::DashLine));
            painter.drawLine(QPointF(median->first, plot.top()), QPointF(median->first, plot.bottom()));
            painter.drawLine(QPointF(median->second, plot.top()), QPointF(median->second, plot.bottom()));
        }
        painter.setPen(Palette::readable(color.darker(130), {m_theme.background}));
        painter.drawText(QPointF(median->second + 4, plot.top() + metrics.ascent()), layout.medianText());
    }
    painter.restore();
}

void StatisticsPainter::paintBarSymbol(QPainter& painter, const QRectF& box, const QColor& color,
                                       const ChartTheme& theme)
{
    painter.setPen(QPen(theme.background, 0.5));
    painter.setBrush(color);
    painter.drawRect(box.adjusted(1, 1, -1, -1));
}

void StatisticsPainter::paintRangeSymbol(QPainter& painter, const QRectF& box, const ChartTheme& theme)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(rangeColor(theme));
    const qreal height = std::max<qreal>(2, box.height() * 0.35);
    painter.drawRect(QRectF(box.left() + 1, box.center().y() - height / 2, box.width() - 2, height));
}

void StatisticsPainter::paintMedianSymbol(QPainter& painter, const QRectF& box, const ChartTheme& theme)
{
    painter.setPen(QPen(medianColor(theme), 1.6, Qt::DashLine));
    painter.drawLine(QPointF(box.center().x(), box.top()), QPointF(box.center().x(), box.bottom()));
}

} // namespace Spyline
