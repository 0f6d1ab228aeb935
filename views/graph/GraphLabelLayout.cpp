#include "GraphLabelLayout.h"

#include "GraphLabelPlacer.h"
#include "GraphLabelSpots.h"
#include "GraphTieCurve.h"

#include <QFontMetricsF>
#include <QLineF>

#include <algorithm>

namespace Spyline::GraphLabelLayout {

namespace {

constexpr int maxLabelTries = 2500;
constexpr int maxFailures = 400;
// More nodes than this on screen make a crowd: few labels, for the hubs.
constexpr qsizetype crowd = 400;
constexpr int maxCrowdLabels = 60;
constexpr int maxLabels = 700;
// In a crowd this large the labels keep off the larger shapes only, or the hubs in the middle of
// it would never get one.
constexpr qsizetype crowdOfDots = 1500;
constexpr qreal largeInACrowd = 14; // a 96th of an inch

} // namespace

QString tieText(const GraphEdge& edge)
{
    QString text = graphEdgeLabel(edge);
    if (edge.has(GraphEdgeKind::RecruitedAt) && !edge.detail.isEmpty())
        text += QStringLiteral(" (") + edge.detail + u')';
    return text;
}

QList<GraphLabelBox> place(const Input& in)
{
    const GraphData& data = in.data;
    const GraphTieCurve curve {data, in.rects, in.visible, in.twins, in.layout, in.unit};
    QList<GraphLabelBox> nodeLabels;
    QList<GraphLabelBox> tieLabels;
    GraphLabelPlacer placer(in.target, 64 * in.unit);
    // Labels keep off the shapes that are large enough to read.
    const auto visibleCount = std::count(in.visible.begin(), in.visible.end(), 1);
    const qreal blockFrom = visibleCount > crowdOfDots ? largeInACrowd * in.unit : in.dotBelow;
    for (size_t i = 0; i < in.rects.size(); ++i) {
        if (in.visible[i] && std::max(in.rects[i].width(), in.rects[i].height()) >= blockFrom)
            placer.block(in.rects[i]);
    }
    const bool hovering = in.hovered >= 0 && in.hovered < data.nodes.size();
    QList<int> candidates;
    if (in.hovered >= 0)
        candidates.append(in.hovered);
    candidates += in.selected;
    if (hovering) {
        for (int i = in.neighbourOffsets[size_t(in.hovered)]; i < in.neighbourOffsets[size_t(in.hovered) + 1]; ++i)
            candidates.append(in.neighbours[size_t(i)]);
    }
    QList<bool> offered(data.nodes.size(), false);
    const qreal gap = 2 * in.unit;
    int tries = 0;
    int failures = 0; // in a row: once the screen is full, trying on is wasted time
    const auto offer = [&](int node, bool always = false) {
        if (node < 0 || node >= data.nodes.size() || offered[node] || !in.visible[size_t(node)]
            || !in.focus[size_t(node)])
            return;
        if (!always && (tries >= maxLabelTries || failures >= maxFailures || nodeLabels.size() >= maxLabels))
            return;
        offered[node] = true;
        ++tries;
        ++failures;
        const QSizeF size = in.nodeLabelSize(node) + QSizeF(4 * in.unit, 2 * in.unit);
        const QList<QRectF> spots = GraphLabelSpots::aroundNode(in.rects[size_t(node)], size, gap);
        for (const QRectF& spot : spots) {
            if (in.target.contains(spot) && placer.place(spot)) {
                nodeLabels.append({node, -1, spot, {}});
                failures = 0;
                return;
            }
        }
    };
    for (int node : std::as_const(candidates))
        offer(node, true);
    // What a tie says; an event link that has no room for "responds to · 22 d" still shows "22 d".
    const QFontMetricsF& small = in.tieFont;
    const auto offerTie = [&](int e) {
        const GraphEdge& edge = data.edges.at(e);
        if (edge.from == edge.to || !in.focus[size_t(edge.from)] || !in.focus[size_t(edge.to)])
            return;
        if (hovering && edge.from != in.hovered && edge.to != in.hovered)
            return;
        const QRectF& a = in.rects[size_t(edge.from)];
        const QRectF& b = in.rects[size_t(edge.to)];
        const QPointF bendAt = curve.control(e);
        const qreal room = QLineF(a.center(), b.center()).length() - (a.width() + b.width()) / 2;
        QStringList texts {tieText(edge)};
        if (edge.lag)
            texts.append(edge.lag->text());
        for (const QString& text : std::as_const(texts)) {
            const qreal width = std::min(small.horizontalAdvance(text), small.averageCharWidth() * 34) + 6 * in.unit;
            if (room < width * 0.5 && text != texts.last())
                continue;
            // The middle of the line, else a little towards either end; a lag, which is what a
            // link is read for, also beside the line and nearer its ends when short ties crowd.
            const bool lag = edge.lag && text == texts.last();
            const QList<QRectF> spots = GraphLabelSpots::alongTie(a.center(), bendAt, b.center(),
                                                                  QSizeF(width, small.height()), lag, 2 * in.unit);
            for (const QRectF& rect : spots) {
                if (in.target.contains(rect) && placer.place(rect)) {
                    tieLabels.append({-1, e, rect, small.elidedText(text, Qt::ElideRight, width - 4 * in.unit)});
                    return;
                }
            }
        }
    };
    // Statements, announcements and cases and the lags between events come first: the chains
    // read first. The chronology is about the lags, so there they go before the events' own labels.
    const auto offerEvents = [&] {
        for (int node : in.order) {
            const GraphNodeKind kind = data.nodes.at(node).kind;
            if (kind == GraphNodeKind::Statement || kind == GraphNodeKind::Announcement)
                offer(node);
        }
    };
    const auto offerLinks = [&] {
        for (int e = 0; in.tieLabels && e < data.edges.size(); ++e) {
            if (data.edges.at(e).isLink())
                offerTie(e);
        }
    };
    const auto offerCases = [&] {
        for (int node : in.order) {
            if (data.nodes.at(node).kind == GraphNodeKind::Case)
                offer(node);
        }
    };
    // In a crowd, the hubs are what is worth reading: there the most connected go first.
    const bool crowded = visibleCount > crowd;
    if (crowded) {
        offerLinks();
    } else if (in.layout == GraphLayoutKind::Chronology) {
        offerLinks();
        offerEvents();
        offerCases();
    } else {
        offerCases();
        offerEvents();
        offerLinks();
    }
    const int labelBudget = crowded ? maxCrowdLabels : maxLabels;
    for (int node : in.order) {
        if (tries >= maxLabelTries || failures >= maxFailures || nodeLabels.size() >= labelBudget)
            break;
        offer(node);
    }
    if (in.tieLabels) {
        for (int e = 0; e < data.edges.size(); ++e) {
            if (!data.edges.at(e).isLink())
                offerTie(e);
        }
    }
    return nodeLabels + tieLabels;
}

} // namespace Spyline::GraphLabelLayout
