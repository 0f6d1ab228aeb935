#include "TimelineLegendPainter.h"

#include "ChartTheme.h"
#include "Palette.h"
#include "TimelineGeometry.h"
#include "TimelineShapes.h"
#include "records/CountryCatalog.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace Spyline {

namespace {

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(float(color.alphaF() * alpha));
    return color;
}

} // namespace

QList<TimelineLegendPainter::Entry> TimelineLegendPainter::entries(const TimelineLegend& legend)
{
    using Symbol = Entry::Symbol;
    QList<Entry> list;
    for (EventKind kind : legend.kinds)
        list.append({Symbol::Kind, kind, Palette::neutral(), toLabel(kind)});
    if (legend.ranges)
        list.append({Symbol::Range, EventKind::Other, Palette::neutral(), tr("month, year or range only")});
    if (legend.openEnds)
        list.append({Symbol::OpenRange, EventKind::Other, Palette::neutral(), tr("before or after a date")});
    if (legend.approximate)
        list.append({Symbol::Approximate, EventKind::Other, Palette::neutral(), tr("approximate or uncertain date")});
    if (legend.clusters)
        list.append({Symbol::Cluster, EventKind::Other, Palette::neutral(), tr("cluster, with count")});
    if (legend.density)
        list.append({Symbol::Density, EventKind::Other, Palette::neutral(), tr("density: events per bucket")});
    if (legend.spans)
        list.append({Symbol::Span, EventKind::Other, Palette::neutral(), tr("case, first event to disclosure")});
    if (legend.arcs)
        list.append({Symbol::Arc, EventKind::Other, Palette::neutral(), tr("link, with lag in days")});
    if (legend.context)
        list.append({Symbol::Country, EventKind::Other, Palette::neutral(), tr("grey: context of a shown case")});
    for (const QString& code : legend.countryCodes) {
        const QString name = CountryCatalog::name(code);
        list.append({Symbol::Country, EventKind::Other, Palette::countryColor(code), name.isEmpty() ? code : name});
    }
    return list;
}

void TimelineLegendPainter::paintSymbol(QPainter& painter, const Entry& entry, const QPointF& c,
                                        const ChartTheme& theme)
{
    using Symbol = Entry::Symbol;
    const QColor ink = theme.mutedText;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    switch (entry.symbol) {
    case Symbol::Kind:
        TimelineShapes::paint(painter, entry.kind, c, ink, false, false, theme.background);
        break;
    case Symbol::Country:
        painter.setPen(Qt::NoPen);
        painter.setBrush(entry.color);
        painter.drawEllipse(c, 5, 5);
        break;
    case Symbol::Range:
        painter.setPen(QPen(ink, 1.4));
        painter.drawLine(c + QPointF(-8, 0), c + QPointF(8, 0));
        painter.drawLine(c + QPointF(-8, -4), c + QPointF(-8, 4));
        painter.drawLine(c + QPointF(8, -4), c + QPointF(8, 4));
        TimelineShapes::paint(painter, EventKind::Statement, c, ink, true, false, theme.background);
        break;
    case Symbol::OpenRange: {
        // As the timeline draws "before a date": fading in from the left to a tick at the date.
        QLinearGradient gradient(c.x() - 9, c.y(), c.x() + 8, c.y());
        gradient.setColorAt(0, withAlpha(ink, 0.0));
        gradient.setColorAt(0.85, ink);
        gradient.setColorAt(1, ink);
        painter.fillRect(QRectF(c.x() - 9, c.y() - 0.8, 17, 1.6), QBrush(gradient));
        painter.setPen(QPen(ink, 1.4));
        painter.drawLine(c + QPointF(8, -4), c + QPointF(8, 4));
        TimelineShapes::paint(painter, EventKind::Statement, c + QPointF(3, 0), ink, true, false, theme.background);
        break;
    }
    case Symbol::Approximate:
        painter.setPen(QPen(ink, 1, Qt::DotLine));
        painter.drawLine(c + QPointF(-9, 0), c + QPointF(9, 0));
        TimelineShapes::paint(painter, EventKind::Statement, c, ink, false, true, theme.background);
        break;
    case Symbol::Cluster:
        painter.setPen(QPen(ink.darker(140), 0.8));
        painter.setBrush(ink);
        painter.drawRoundedRect(QRectF(c.x() - 9, c.y() - 6, 18, 12), 6, 6);
        break;
    case Symbol::Density:
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(theme.text, 0.45));
        for (int i = 0; i < 5; ++i) {
            const qreal h = 3 + 2 * ((i * 7) % 4);
            painter.drawRect(QRectF(c.x() - 8 + i * 3.4, c.y() + 5 - h, 3, h));
        }
        break;
    case Symbol::Span:
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(theme.mutedText, 0.3));
        painter.drawRoundedRect(QRectF(c.x() - 9, c.y() - 4, 18, 8), 4, 4);
        break;
    case Symbol::Arc: {
        QPainterPath path(c + QPointF(-8, 4));
        path.quadTo(c + QPointF(0, -10), c + QPointF(8, 4));
        painter.setPen(QPen(theme.link, 1.3));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        break;
    }
    }
    painter.restore();
}

qreal TimelineLegendPainter::heightFor(const QList<Entry>& entries, qreal width, const QFont& font)
{
    const QFontMetricsF metrics(font);
    const qreal rowHeight = std::max<qreal>(metrics.height() + 6, 18);
    // The same flow as paint(), room for "+N more" included.
    const qreal reserve = metrics.horizontalAdvance(tr("+%1 more").arg(entries.size())) + 8;
    int rows = entries.isEmpty() ? 0 : 1;
    qreal x = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const qreal entryWidth = 18 + metrics.horizontalAdvance(entries.at(i).text) + 14;
        if (x + entryWidth + reserve > width && i < entries.size() - 1) {
            ++rows;
            x = 0;
        }
        x += entryWidth;
    }
    return rows * rowHeight + 4;
}

int TimelineLegendPainter::paint(QPainter& painter, const QRectF& rect, const QList<Entry>& entries,
                                 const ChartTheme& theme, const QFont& font)
{
    const QFontMetricsF metrics(font);
    const qreal rowHeight = std::max<qreal>(metrics.height() + 6, 18);
    const qreal symbolWidth = 18;
    const QString more = tr("+%1 more");
    painter.save();
    painter.setFont(font);
    painter.setRenderHint(QPainter::Antialiasing, true);
    qreal x = rect.left();
    qreal y = rect.top() + (rect.height() >= 2 * rowHeight ? 2 : (rect.height() - rowHeight) / 2);
    int drawn = 0;
    for (const Entry& entry : entries) {
        const qreal width = symbolWidth + metrics.horizontalAdvance(entry.text) + 14;
        const qreal reserve = metrics.horizontalAdvance(more.arg(entries.size())) + 8;
        if (x + width + reserve > rect.right() && drawn < entries.size() - 1) {
            if (y + 2 * rowHeight <= rect.bottom() + 0.5) {
                x = rect.left();
                y += rowHeight;
            } else {
                break;
            }
        }
        const QPointF c(x + symbolWidth / 2, y + rowHeight / 2);
        paintSymbol(painter, entry, c, theme);
        painter.setPen(theme.text);
        painter.drawText(QRectF(x + symbolWidth + 3, y, width - symbolWidth - 3, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        x += width;
        ++drawn;
    }
    if (drawn < entries.size()) {
        painter.setPen(theme.mutedText);
        painter.drawText(QRectF(x, y, rect.right() - x, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         more.arg(entries.size() - drawn));
    }
    painter.restore();
    return drawn;
}

} // namespace Spyline
