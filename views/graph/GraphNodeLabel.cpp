#include "GraphNodeLabel.h"

#include "ChartTheme.h"
#include "GraphStyle.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>

namespace Spyline {

namespace {

QFontMetricsF metricsFor(const QFont& font, const QPaintDevice* device)
{
    // QFontMetricsF takes a non-const device but only reads its resolution.
    return device ? QFontMetricsF(font, const_cast<QPaintDevice*>(device)) : QFontMetricsF(font);
}

QFont emphasisFont(const ChartTheme& theme)
{
    QFont font = theme.font;
    font.setBold(true);
    return font;
}

} // namespace

GraphNodeLabel GraphNodeLabel::make(const GraphNode& node, GraphLayoutKind layout, const ChartTheme& theme,
                                    const QPaintDevice* device)
{
    GraphNodeLabel label;
    const qreal width =
        metricsFor(theme.font, device).averageCharWidth() * GraphStyle::labelCharacters(node.kind, layout);
    const bool event = node.kind == GraphNodeKind::Statement || node.kind == GraphNodeKind::Announcement;
    if (event && !node.date.isNull())
        label.append(node.date.displayText(), Style::Emphasis, emphasisFont(theme), device, width, 1);
    label.append(node.label, Style::Regular, theme.font, device, width, GraphStyle::labelLines(node.kind, layout));
    if (node.kind == GraphNodeKind::Case)
        label.append(toLabel(node.status), Style::Muted, theme.smallFont, device, width, 1);
    for (const Line& line : std::as_const(label.m_lines)) {
        label.m_size.setWidth(std::max(label.m_size.width(), line.width));
        label.m_size.setHeight(label.m_size.height() + line.height);
    }
    return label;
}

void GraphNodeLabel::append(const QString& text, Style style, const QFont& font, const QPaintDevice* device,
                            qreal width, int maxLines)
{
    const QFontMetricsF metrics = metricsFor(font, device);
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    int lines = 0;
    QString line;
    qsizetype used = 0;
    const auto flush = [&](QString content, bool last) {
        if (last && used < words.size())
            content += QStringLiteral(" …");
        content = metrics.elidedText(content, Qt::ElideRight, width);
        Line entry;
        entry.text = content;
        entry.prepared = QStaticText(content);
        entry.prepared.setTextFormat(Qt::PlainText);
        entry.prepared.setPerformanceHint(QStaticText::AggressiveCaching);
        entry.width = metrics.horizontalAdvance(content);
        entry.height = metrics.height();
        entry.style = style;
        m_lines.append(entry);
        ++lines;
    };
    for (const QString& word : words) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            ++used;
            continue;
        }
        if (lines + 1 == maxLines) {
            flush(line, true);
            return;
        }
        flush(line, false);
        line = word;
        ++used;
    }
    if (!line.isEmpty())
        flush(line, true);
}

void GraphNodeLabel::draw(QPainter& painter, const QRectF& box, const ChartTheme& theme) const
{
    // Raster devices reuse the laid-out glyphs; vector devices (SVG, PDF) get text they can keep.
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    const QFont emphasis = emphasisFont(theme);
    qreal y = box.top() + (box.height() - m_size.height()) / 2;
    for (const Line& line : m_lines) {
        const QFont& font = line.style == Style::Muted ? theme.smallFont
            : line.style == Style::Emphasis            ? emphasis
                                                       : theme.font;
        painter.setFont(font);
        painter.setPen(line.style == Style::Muted ? theme.mutedText : theme.text);
        const QPointF topLeft(box.center().x() - line.width / 2, y);
        if (raster)
            painter.drawStaticText(topLeft, line.prepared);
        else
            painter.drawText(QRectF(topLeft, QSizeF(line.width + 1, line.height)), Qt::AlignLeft | Qt::AlignTop,
                             line.text);
        y += line.height;
    }
}

} // namespace Spyline
