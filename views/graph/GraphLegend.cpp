#include "GraphLegend.h"

#include "ChartTheme.h"
#include "CountryCatalog.h"
#include "GraphStyle.h"
#include "Palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace Spyline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Spyline::GraphLegend", text);
}

constexpr int maxCountries = 12;

QString certaintyText(GraphCertainty certainty)
{
    switch (certainty) {
    case GraphCertainty::Record:
        return tr("on record");
    case GraphCertainty::Finding:
        return tr("court finding");
    case GraphCertainty::Claim:
        return tr("claim: alleged, charged, investigated");
    case GraphCertainty::Disputed:
        return tr("disputed: denied, acquitted, dismissed");
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
    QSizeF size;
};

GraphLegend GraphLegend::forGraph(const GraphData& data)
{
    GraphLegend legend;
    QList<bool> kinds(graphNodeKindCount, false);
    QHash<QString, int> countries;
    for (const GraphNode& node : data.nodes) {
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

    QStringList shapes {tr("Shape")};
    for (GraphNodeKind kind : kinds)
        shapes.append(graphNodeKindLabel(kind));
    shapes.append(tr("size: number of ties"));
    QStringList colours {tr("Country")};
    for (const QString& code : countries)
        colours.append(CountryCatalog::name(code).isEmpty() ? code : CountryCatalog::name(code));
    QStringList ties {tr("Tie")};
    for (GraphCertainty certainty : certainties)
        ties.append(certaintyText(certainty));
    if (links)
        ties.append(tr("responds to / follows, with the lag"));
    m.columns = {shapes, colours, ties};
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
            const QRectF square(sample.center().x() - m.swatch / 2, sample.top(), m.swatch, m.swatch);
            if (c == 0 && row - 1 < kinds.size()) {
                const GraphNodeKind kind = kinds.at(row - 1);
                QRectF box = square;
                if (kind == GraphNodeKind::Case)
                    box = QRectF(sample.center().x() - m.swatch * 0.8, sample.top() + m.swatch * 0.15, m.swatch * 1.6,
                                 m.swatch * 0.7);
                painter.setPen(QPen(theme.text, m.unit));
                painter.setBrush(theme.laneShade);
                painter.drawPath(GraphStyle::shape(kind, box));
            } else if (c == 0) {
                painter.setPen(QPen(theme.text, m.unit));
                painter.setBrush(theme.laneShade);
                const qreal small = m.swatch * 0.45;
                painter.drawEllipse(QRectF(sample.left(), sample.bottom() - small, small, small));
                painter.drawEllipse(QRectF(sample.right() - m.swatch, sample.top(), m.swatch, m.swatch));
            } else if (c == 1) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(Palette::countryColor(countries.at(row - 1)));
                painter.drawEllipse(square);
            } else {
                GraphEdge edge;
                const bool link = row - 1 >= certainties.size();
                if (link)
                    edge.kinds = graphEdgeBit(GraphEdgeKind::RespondsTo);
                else
                    edge.certainty = certainties.at(row - 1);
                painter.setPen(GraphStyle::edgePen(edge, theme, 1.3 * m.unit));
                painter.drawLine(QPointF(sample.left(), sample.center().y()),
                                 QPointF(sample.right(), sample.center().y()));
            }
            painter.setPen(theme.text);
            painter.drawText(QRectF(sample.right() + 6 * m.unit, y, m.columnWidths.at(c) - sampleWidth, m.line),
                             Qt::AlignLeft | Qt::AlignVCenter, column.at(row));
        }
        x += m.columnWidths.at(c) + m.columnGap;
    }
    painter.restore();
}

} // namespace Spyline
