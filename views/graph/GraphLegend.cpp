#include "GraphLegend.h"

#include "ChartTheme.h"
#include "GraphStyle.h"
#include "Palette.h"
#include "records/CountryCatalog.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace Spyline {

namespace {

constexpr int maxCountries = 12;

QString certaintyText(GraphCertainty certainty)
{
    switch (certainty) {
    case GraphCertainty::Record:
        return GraphLegend::tr("on record");
    case GraphCertainty::Finding:
        return GraphLegend::tr("court finding");
    case GraphCertainty::Claim:
        return GraphLegend::tr("claim: alleged, charged, investigated");
    case GraphCertainty::Disputed:
        return GraphLegend::tr("disputed: denied, acquitted, dismissed");
    }
    return {};
}

} // namespace

struct GraphLegend::Metrics
{
    QFont font;
    QFont heading;
    qreal unit = 1;
    qreal line = 0;
    qreal swatch = 0;
    qreal padding = 0;
    qreal columnGap = 0;
    QList<qreal> columnWidths;
    QList<QStringList> columns; // heading then rows
    QList<Entry> entries; // the rows of every column in turn
    QSizeF size;
};

GraphLegend GraphLegend::forGraph(const GraphData& data, const std::vector<char>& shown)
{
    const auto isShown = [&](int node) { return shown.empty() || shown[size_t(node)]; };
    GraphLegend legend;
    QList<bool> kinds(graphNodeKindCount, false);
    QHash<QString, int> countries;
    for (int i = 0; i < data.nodes.size(); ++i) {
        if (!isShown(i))
            continue;
        const GraphNode& node = data.nodes.at(i);
        kinds[static_cast<int>(node.kind)] = true;
        if (!node.country.isEmpty())
            ++countries[node.country];
    }
    for (int k = 0; k < graphNodeKindCount; ++k) {
        if (kinds.at(k))
            legend.kinds.append(static_cast<GraphNodeKind>(k));
    }
    legend.countries = countries.keys();
    std::sort(legend.countries.begin(), legend.countries.end(), [&](const QString& a, const QString& b) {
        return countries.value(a) != countries.value(b) ? countries.value(a) > countries.value(b) : a < b;
    });
    if (legend.countries.size() > maxCountries)
        legend.countries.resize(maxCountries);
    QList<bool> certainties(4, false);
    for (const GraphEdge& edge : data.edges) {
        if (!isShown(edge.from) || !isShown(edge.to))
            continue;
        if (edge.isLink())
            legend.links = true;
        else
            certainties[static_cast<int>(edge.certainty)] = true;
    }
    for (int c = 0; c < 4; ++c) {
        if (certainties.at(c))
            legend.certainties.append(static_cast<GraphCertainty>(c));
    }
    return legend;
}

QList<GraphLegend::Entry> GraphLegend::entries() const
{
    QList<Entry> list;
    for (GraphNodeKind kind : kinds)
        list.append({Entry::Symbol::Kind, kind, {}, {}, graphNodeKindLabel(kind)});
    if (!kinds.isEmpty())
        list.append({Entry::Symbol::Size, {}, {}, {}, tr("size: number of ties")});
    for (const QString& code : countries) {
        const QString name = CountryCatalog::name(code);
        list.append({Entry::Symbol::Country, {}, code, {}, name.isEmpty() ? code : name});
    }
    for (GraphCertainty certainty : certainties)
        list.append({Entry::Symbol::Certainty, {}, {}, certainty, certaintyText(certainty)});
    if (links)
        list.append({Entry::Symbol::Link, {}, {}, {}, tr("responds to / follows, with the lag")});
    return list;
}

QString GraphLegend::heading(Entry::Symbol symbol)
{
    switch (symbol) {
    case Entry::Symbol::Kind:
    case Entry::Symbol::Size:
        return tr("Shape");
    case Entry::Symbol::Country:
        return tr("Country");
    case Entry::Symbol::Certainty:
    case Entry::Symbol::Link:
        return tr("Tie");
    }
    return {};
}

void GraphLegend::paintSymbol(QPainter& painter, const Entry& entry, const QRectF& sample, const ChartTheme& theme,
                              qreal unit)
{
    const qreal swatch = sample.height();
    const QRectF square(sample.center().x() - swatch / 2, sample.top(), swatch, swatch);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    switch (entry.symbol) {
    case Entry::Symbol::Kind: {
        QRectF box = square;
        if (entry.kind == GraphNodeKind::Case)
            box = QRectF(sample.center().x() - swatch * 0.8, sample.top() + swatch * 0.15, swatch * 1.6, swatch * 0.7);
        painter.setPen(QPen(theme.text, unit));
        painter.setBrush(theme.laneShade);
        painter.drawPath(GraphStyle::shape(entry.kind, box));
        break;
    }
    case Entry::Symbol::Size: {
        painter.setPen(QPen(theme.text, unit));
        painter.setBrush(theme.laneShade);
        const qreal small = swatch * 0.45;
        painter.drawEllipse(QRectF(sample.left(), sample.bottom() - small, small, small));
        painter.drawEllipse(QRectF(sample.right() - swatch, sample.top(), swatch, swatch));
        break;
    }
    case Entry::Symbol::Country:
        painter.setPen(Qt::NoPen);
        painter.setBrush(Palette::countryColor(entry.country));
        painter.drawEllipse(square);
        break;
    case Entry::Symbol::Certainty:
    case Entry::Symbol::Link: {
        GraphEdge edge;
        if (entry.symbol == Entry::Symbol::Link)
            edge.kinds = graphEdgeBit(GraphEdgeKind::RespondsTo);
        else
            edge.certainty = entry.certainty;
        painter.setPen(GraphStyle::edgePen(edge, theme, 1.3 * unit));
        painter.drawLine(QPointF(sample.left(), sample.center().y()), QPointF(sample.right(), sample.center().y()));
        break;
    }
    }
    painter.restore();
}

GraphLegend::Metrics GraphLegend::measure(const ChartTheme& theme, const QPaintDevice* device) const
{
    Metrics m;
    m.font = theme.smallFont;
    m.heading = theme.smallFont;
    m.heading.setBold(true);
    const qreal dpi = device ? device->logicalDpiY() : 96.0;
    m.unit = dpi / 96.0;
    const QFontMetricsF metrics = device ? QFontMetricsF(m.font, device) : QFontMetricsF(m.font);
    const QFontMetricsF headingMetrics = device ? QFontMetricsF(m.heading, device) : QFontMetricsF(m.heading);
    m.line = std::max(metrics.height(), 14 * m.unit) + 2 * m.unit;
    m.swatch = m.line - 4 * m.unit;
    m.padding = 8 * m.unit;
    m.columnGap = 16 * m.unit;

    for (const Entry& entry : entries()) {
        const QString title = heading(entry.symbol);
        if (m.columns.isEmpty() || m.columns.last().first() != title)
            m.columns.append({title});
        m.columns.last().append(entry.text);
        m.entries.append(entry);
    }
    qreal height = 0;
    for (const QStringList& column : std::as_const(m.columns)) {
        qreal width = headingMetrics.horizontalAdvance(column.first());
        for (qsizetype i = 1; i < column.size(); ++i)
            width = std::max(width, m.swatch * 2.2 + 6 * m.unit + metrics.horizontalAdvance(column.at(i)));
        m.columnWidths.append(width);
        height = std::max(height, m.line * column.size());
    }
    qreal width = 0;
    for (qreal w : std::as_const(m.columnWidths))
        width += w;
    m.size = QSizeF(width + m.columnGap * (m.columns.size() - 1) + 2 * m.padding, height + 2 * m.padding);
    return m;
}

QSizeF GraphLegend::size(const ChartTheme& theme, const QPaintDevice* device) const
{
    return measure(theme, device).size;
}

void GraphLegend::paint(QPainter& painter, const QPointF& topLeft, const ChartTheme& theme) const
{
    const Metrics m = measure(theme, painter.device());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor panel = theme.background;
    panel.setAlphaF(theme.transparentBackground ? 0.0 : 0.92);
    painter.setPen(QPen(theme.grid, m.unit));
    painter.setBrush(panel);
    painter.drawRoundedRect(QRectF(topLeft, m.size), 4 * m.unit, 4 * m.unit);

    qreal x = topLeft.x() + m.padding;
    const qreal top = topLeft.y() + m.padding;
    const qreal sampleWidth = m.swatch * 2.2;
    qsizetype entry = 0;
    for (qsizetype c = 0; c < m.columns.size(); ++c) {
        const QStringList& column = m.columns.at(c);
        painter.setFont(m.heading);
        painter.setPen(theme.text);
        painter.drawText(QRectF(x, top, m.columnWidths.at(c), m.line), Qt::AlignLeft | Qt::AlignVCenter,
                         column.first());
        painter.setFont(m.font);
        for (qsizetype row = 1; row < column.size(); ++row) {
            const qreal y = top + m.line * row;
            const QRectF sample(x, y + (m.line - m.swatch) / 2, sampleWidth, m.swatch);
            paintSymbol(painter, m.entries.at(entry++), sample, theme, m.unit);
            painter.setPen(theme.text);
            painter.drawText(QRectF(sample.right() + 6 * m.unit, y, m.columnWidths.at(c) - sampleWidth, m.line),
                             Qt::AlignLeft | Qt::AlignVCenter, column.at(row));
        }
        x += m.columnWidths.at(c) + m.columnGap;
    }
    painter.restore();
}

} // namespace Spyline
