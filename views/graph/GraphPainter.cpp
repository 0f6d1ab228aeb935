#include "GraphPainter.h"

#include "GraphHairlines.h"
#include "GraphLabelLayout.h"
#include "GraphSpriteCache.h"
#include "GraphStyle.h"
#include "GraphTieCurve.h"
#include "Palette.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Spyline {

namespace {

// Zoomed out this far, marks are dots and hairlines: the shape of a node is not readable anyway.
constexpr qreal dotBelow = 5.0; // device pixels (at 96 dpi)
constexpr int manyEdges = 2500;
constexpr qreal dimmed = 0.14;

bool isRound(GraphNodeKind kind)
{
    return kind == GraphNodeKind::Person || kind == GraphNodeKind::Agency || kind == GraphNodeKind::Media
        || kind == GraphNodeKind::Venue || kind == GraphNodeKind::Announcement;
}

// How far from the centre of a shape of this size a line leaves it, going in `direction`.
qreal boundary(GraphNodeKind kind, const QSizeF& size, const QPointF& direction)
{
    const qreal a = size.width() / 2;
    const qreal b = size.height() / 2;
    const qreal dx = std::abs(direction.x());
    const qreal dy = std::abs(direction.y());
    if (isRound(kind))
        return a * b / std::max(1e-9, std::hypot(b * dx, a * dy));
    return std::min(dx > 1e-9 ? a / dx : 1e9, dy > 1e-9 ? b / dy : 1e9);
}

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(color.alphaF() * alpha);
    return color;
}

// The colour a translucent one shows over an opaque background.
QColor blend(const QColor& color, const QColor& background)
{
    const qreal a = color.alphaF();
    return QColor::fromRgbF(color.redF() * a + background.redF() * (1 - a),
                            color.greenF() * a + background.greenF() * (1 - a),
                            color.blueF() * a + background.blueF() * (1 - a));
}

QPointF unit(const QPointF& v)
{
    const qreal length = std::hypot(v.x(), v.y());
    return length > 1e-9 ? v / length : QPointF(1, 0);
}

} // namespace

struct GraphPainter::Frame
{
    Frame(const GraphData& d, const GraphGeometry& g, const GraphViewport& v, const GraphPaintState& s, const QRectF& t)
        : data(d)
        , geometry(g)
        , viewport(v)
        , state(s)
        , target(t)
    {
    }
    const GraphData& data;
    const GraphGeometry& geometry;
    const GraphViewport& viewport;
    const GraphPaintState& state;
    QRectF target;
    const QPaintDevice* device = nullptr;
    qreal unit = 1; // device pixels in a 96th of an inch
    std::vector<QRectF> rects;
    std::vector<char> visible;
    std::vector<char> focus;
    bool hovering = false;
};

GraphPainter::GraphPainter(const ChartTheme& theme)
{
    setTheme(theme);
}

void GraphPainter::setTheme(const ChartTheme& theme)
{
    m_theme = theme;
    m_sprites.clear();
    invalidate();
}

void GraphPainter::invalidate()
{
    m_generation = 0;
    m_nodeCount = -1;
}

void GraphPainter::prepare(const GraphData& data, const QPaintDevice* device, GraphLayoutKind layout)
{
    const qreal dpi = device ? device->logicalDpiY() : 96.0;
    if (m_generation == data.generation && m_nodeCount == data.nodes.size() && qFuzzyCompare(m_dpi, dpi)
        && m_layout == layout)
        return;
    m_layout = layout;
    m_generation = data.generation;
    m_nodeCount = data.nodes.size();
    m_dpi = dpi;
    const size_t count = size_t(data.nodes.size());
    m_nodeLabels.assign(count, GraphNodeLabel());
    m_measured.assign(count, 0);
    m_sizes.resize(count);
    m_colors.resize(count);
    for (size_t i = 0; i < count; ++i) {
        m_sizes[i] = GraphStyle::nodeSize(data.nodes.at(qsizetype(i)));
        m_colors[i] = GraphStyle::nodeColor(data.nodes.at(qsizetype(i)));
    }
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int a, int b) { return data.nodes.at(a).degree > data.nodes.at(b).degree; });
    m_neighbourOffsets.assign(count + 1, 0);
    for (const GraphEdge& edge : data.edges) {
        ++m_neighbourOffsets[size_t(edge.from) + 1];
        ++m_neighbourOffsets[size_t(edge.to) + 1];
    }
    std::partial_sum(m_neighbourOffsets.begin(), m_neighbourOffsets.end(), m_neighbourOffsets.begin());
    m_neighbours.assign(size_t(m_neighbourOffsets.back()), 0);
    std::vector<int> fill(m_neighbourOffsets.begin(), m_neighbourOffsets.end() - 1);
    QHash<quint64, int> pairs;
    for (int e = 0; e < data.edges.size(); ++e) {
        const GraphEdge& edge = data.edges.at(e);
        m_neighbours[size_t(fill[size_t(edge.from)]++)] = edge.to;
        m_neighbours[size_t(fill[size_t(edge.to)]++)] = edge.from;
        pairs.insert((quint64(quint32(edge.from)) << 32) | quint32(edge.to), e);
    }
    m_antiparallel.assign(size_t(data.edges.size()), 0);
    for (int e = 0; e < data.edges.size(); ++e) {
        const GraphEdge& edge = data.edges.at(e);
        m_antiparallel[size_t(e)] = pairs.contains((quint64(quint32(edge.to)) << 32) | quint32(edge.from));
    }
}

const GraphNodeLabel& GraphPainter::nodeLabel(const Frame& frame, int node)
{
    if (!m_measured[size_t(node)]) {
        m_measured[size_t(node)] = 1;
        m_nodeLabels[size_t(node)] =
            GraphNodeLabel::make(frame.data.nodes.at(node), frame.geometry.layout, m_theme, frame.device);
    }
    return m_nodeLabels[size_t(node)];
}

void GraphPainter::paint(QPainter& painter, const QRectF& target, const GraphData& data, const GraphGeometry& geometry,
                         const GraphViewport& viewport, const GraphPaintState& state)
{
    painter.save();
    painter.setClipRect(target);
    if (!m_theme.transparentBackground)
        painter.fillRect(target, m_theme.background);
    m_labels.clear();
    if (data.nodes.isEmpty() || geometry.positions.size() != data.nodes.size()) {
        painter.restore();
        return;
    }
    prepare(data, painter.device(), geometry.layout);
    Frame frame(data, geometry, viewport, state, target);
    frame.device = painter.device();
    frame.unit = m_dpi / 96.0;
    const size_t count = size_t(data.nodes.size());
    frame.rects.resize(count);
    frame.visible.resize(count);
    const QRectF margin = target.adjusted(-4, -4, 4, 4);
    for (size_t i = 0; i < count; ++i) {
        const QPointF centre = viewport.toDevice(geometry.positions.at(qsizetype(i)));
        const QSizeF size = m_sizes[i] * viewport.scale;
        frame.rects[i] =
            QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height());
        frame.visible[i] = frame.rects[i].intersects(margin);
    }
    frame.focus.assign(count, 1);
    if (state.hovered >= 0 && state.hovered < int(count)) {
        frame.hovering = true;
        frame.focus.assign(count, 0);
        frame.focus[size_t(state.hovered)] = 1;
        for (int i = m_neighbourOffsets[size_t(state.hovered)]; i < m_neighbourOffsets[size_t(state.hovered) + 1]; ++i)
            frame.focus[size_t(m_neighbours[size_t(i)])] = 1;
    }
    drawEdges(painter, frame);
    drawNodes(painter, frame);
    placeLabels(frame);
    drawLabels(painter, frame);
    painter.restore();
}

GraphTieCurve GraphPainter::tieCurve(const Frame& frame) const
{
    return {frame.data, frame.rects, frame.visible, m_antiparallel, frame.geometry.layout, frame.unit};
}

void GraphPainter::drawEdges(QPainter& painter, Frame& frame)
{
    const GraphData& data = frame.data;
    std::vector<int> shown;
    shown.reserve(size_t(data.edges.size()));
    for (int e = 0; e < data.edges.size(); ++e) {
        const GraphEdge& edge = data.edges.at(e);
        if (!frame.visible[size_t(edge.from)] && !frame.visible[size_t(edge.to)]) {
            // Both ends off screen: the line may still cross it.
            const QRectF span = QRectF(frame.rects[size_t(edge.from)].center(), frame.rects[size_t(edge.to)].center())
                                    .normalized()
                                    .adjusted(-1, -1, 1, 1);
            if (!span.intersects(frame.target))
                continue;
        }
        shown.push_back(e);
    }
    if (int(shown.size()) > manyEdges) {
        // Hairlines: at this density dashes and arrows would be noise. Links stand out in their
        // colour; ties on record are darker than claims.
        QColor colors[3] = {withAlpha(m_theme.link, 0.7), withAlpha(m_theme.text, 0.35),
                            withAlpha(m_theme.mutedText, 0.3)};
        const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
        if (raster && !m_theme.transparentBackground) {
            // Opaque lines over an opaque background are written, not blended.
            m_hairlines.clear();
            const QRgb opaque[3] = {blend(colors[0], m_theme.background).rgb(),
                                    blend(colors[1], m_theme.background).rgb(),
                                    blend(colors[2], m_theme.background).rgb()};
            for (int e : shown) {
                const GraphEdge& edge = data.edges.at(e);
                const int group = edge.isLink() ? 0 : edge.certainty <= GraphCertainty::Finding ? 1 : 2;
                m_hairlines.add(QLineF(frame.rects[size_t(edge.from)].center(), frame.rects[size_t(edge.to)].center()),
                                opaque[group]);
            }
            m_hairlines.paint(painter, frame.target);
            return;
        }
        painter.setRenderHint(QPainter::Antialiasing, false);
        QList<QLineF> lines[3];
        for (int e : shown) {
            const GraphEdge& edge = data.edges.at(e);
            const int group = edge.isLink() ? 0 : edge.certainty <= GraphCertainty::Finding ? 1 : 2;
            lines[group].append(QLineF(frame.rects[size_t(edge.from)].center(), frame.rects[size_t(edge.to)].center()));
        }
        for (int group = 0; group < 3; ++group) {
            painter.setPen(QPen(colors[group], 0));
            painter.drawLines(lines[group]);
        }
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const qreal arrow = 6.5 * frame.unit;
    const GraphTieCurve curve = tieCurve(frame);
    for (int e : shown) {
        const GraphEdge& edge = data.edges.at(e);
        const QRectF& a = frame.rects[size_t(edge.from)];
        const QRectF& b = frame.rects[size_t(edge.to)];
        const bool focused = frame.focus[size_t(edge.from)] && frame.focus[size_t(edge.to)]
            && (!frame.hovering || edge.from == frame.state.hovered || edge.to == frame.state.hovered);
        QPen pen = GraphStyle::edgePen(edge, m_theme, 1.1 * frame.unit);
        // The chronology is about its chains; the ties around them stay in the background.
        if (frame.geometry.layout == GraphLayoutKind::Chronology && !edge.isLink() && !frame.hovering)
            pen.setColor(withAlpha(pen.color(), 0.45));
        if (!focused)
            pen.setColor(withAlpha(pen.color(), dimmed));
        else if (frame.hovering)
            pen.setWidthF(pen.widthF() * 1.6);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        const GraphNodeKind fromKind = data.nodes.at(edge.from).kind;
        const GraphNodeKind toKind = data.nodes.at(edge.to).kind;
        if (edge.from == edge.to) {
            const qreal r = std::max(6.0 * frame.unit, a.height() * 0.35);
            painter.drawEllipse(QRectF(a.right() - r, a.top() - r, 2 * r, 2 * r));
            continue;
        }
        const QPointF p = a.center();
        const QPointF q = b.center();
        const QPointF bendAt = curve.control(e);
        const bool curved = bendAt != (p + q) / 2;
        const QPointF startDir = unit(bendAt - p);
        const QPointF endDir = unit(q - bendAt);
        const QPointF start = p + startDir * boundary(fromKind, a.size(), startDir);
        const QPointF end = q - endDir * boundary(toKind, b.size(), endDir);
        if (QLineF(start, end).length() < 2 || QLineF(p, q).length() < a.width() / 2 + b.width() / 2)
            continue;
        const bool arrowed = QLineF(start, end).length() > 3 * arrow;
        const QPointF tip = end;
        const QPointF lineEnd = arrowed ? end - endDir * arrow * 0.8 : end;
        if (curved) {
            QPainterPath path(start);
            path.quadTo(bendAt, lineEnd);
            painter.drawPath(path);
        } else {
            painter.drawLine(start, lineEnd);
        }
        if (arrowed) {
            const QPointF normal(-endDir.y(), endDir.x());
            QPolygonF head;
            head << tip << tip - endDir * arrow + normal * arrow * 0.45 << tip - endDir * arrow - normal * arrow * 0.45;
            painter.setPen(Qt::NoPen);
            painter.setBrush(pen.color());
            painter.drawPolygon(head);
        }
    }
}

void GraphPainter::drawNodes(QPainter& painter, Frame& frame)
{
    const GraphData& data = frame.data;
    QHash<QRgb, QList<QRectF>> dots;
    const qreal smallest = 2.0 * frame.unit;
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    painter.setRenderHint(QPainter::Antialiasing, true);
    const qsizetype count = data.nodes.size();
    for (qsizetype i = 0; i < count; ++i) {
        if (!frame.visible[size_t(i)])
            continue;
        const QRectF& rect = frame.rects[size_t(i)];
        const GraphNode& node = data.nodes.at(i);
        QColor fill = m_colors[size_t(i)];
        if (!frame.focus[size_t(i)])
            fill = withAlpha(fill, dimmed);
        const qreal size = std::max(rect.width(), rect.height());
        if (size < dotBelow * frame.unit) {
            const QPointF c = rect.center();
            const qreal s = std::max(smallest, size);
            dots[fill.rgba()].append(QRectF(c.x() - s / 2, c.y() - s / 2, s, s));
            continue;
        }
        QColor brush = fill;
        QColor outline = m_theme.background;
        qreal outlineWidth = 1.2 * frame.unit;
        if (!frame.focus[size_t(i)])
            outline = withAlpha(outline, dimmed);
        if (node.kind == GraphNodeKind::Case) {
            // A case is a file: pale, framed in its country's colour.
            brush = fill.lighter(165);
            brush.setAlphaF(fill.alphaF());
            outline = fill;
            outlineWidth = 2.2 * frame.unit;
        }
        if (raster && size <= GraphSpriteCache::maxSize) {
            m_sprites.draw(painter, node.kind, rect, brush, outline, outlineWidth);
        } else {
            painter.setPen(QPen(outline, outlineWidth));
            painter.setBrush(brush);
            painter.drawPath(GraphStyle::shape(node.kind, rect));
        }
        const bool selected = frame.state.selected.contains(int(i));
        const bool hovered = frame.state.hovered == int(i);
        if (selected || hovered) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(hovered ? m_theme.highlight : m_theme.selection, 2.5 * frame.unit));
            const qreal grow = 3.5 * frame.unit;
            painter.drawPath(GraphStyle::shape(node.kind, rect.adjusted(-grow, -grow, grow, grow)));
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (auto it = dots.cbegin(); it != dots.cend(); ++it) {
        painter.setBrush(QColor::fromRgba(it.key()));
        painter.drawRects(it.value());
    }
    // A selected node far out still shows where it is.
    for (int i : frame.state.selected) {
        if (i >= 0 && i < count && frame.visible[size_t(i)]
            && std::max(frame.rects[size_t(i)].width(), frame.rects[size_t(i)].height()) < dotBelow * frame.unit) {
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(m_theme.selection, 2 * frame.unit));
            painter.drawEllipse(frame.rects[size_t(i)].center(), 6 * frame.unit, 6 * frame.unit);
        }
    }
}

void GraphPainter::placeLabels(const Frame& frame)
{
    // QFontMetricsF takes a non-const device but only reads its resolution.
    const QFontMetricsF small = frame.device ? QFontMetricsF(m_theme.smallFont, const_cast<QPaintDevice*>(frame.device))
                                             : QFontMetricsF(m_theme.smallFont);
    const GraphLabelLayout::Input input {
        .data = frame.data,
        .layout = frame.geometry.layout,
        .target = frame.target,
        .unit = frame.unit,
        .rects = frame.rects,
        .visible = frame.visible,
        .focus = frame.focus,
        .twins = m_antiparallel,
        .dotBelow = dotBelow * frame.unit,
        .hovered = frame.state.hovered,
        .selected = frame.state.selected,
        // Hairlines carry no labels.
        .tieLabels = frame.state.edgeLabels && frame.data.edges.size() <= manyEdges,
        .order = m_order,
        .neighbourOffsets = m_neighbourOffsets,
        .neighbours = m_neighbours,
        .nodeLabelSize = [&](int node) { return nodeLabel(frame, node).size(); },
        .tieFont = small,
    };
    m_labels = GraphLabelLayout::place(input);
}

void GraphPainter::drawLabels(QPainter& painter, Frame& frame)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor halo = m_theme.background;
    halo.setAlphaF(m_theme.transparentBackground ? 0.0 : 0.82);
    const qreal radius = 3 * frame.unit;
    for (const GraphLabelBox& box : std::as_const(m_labels)) {
        if (box.edge < 0)
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawRoundedRect(box.rect, radius, radius);
        const GraphEdge& edge = frame.data.edges.at(box.edge);
        painter.setPen(edge.isLink() ? m_theme.link : m_theme.mutedText);
        painter.setFont(m_theme.smallFont);
        painter.drawText(box.rect, Qt::AlignCenter, box.text);
    }
    for (const GraphLabelBox& box : std::as_const(m_labels)) {
        if (box.node < 0)
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawRoundedRect(box.rect, radius, radius);
        m_nodeLabels[size_t(box.node)].draw(painter, box.rect, m_theme);
    }
}

} // namespace Spyline
