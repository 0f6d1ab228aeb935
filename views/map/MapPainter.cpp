#include "MapPainter.h"

#include "Palette.h"
#include "WorldMap.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Spyline {

namespace {

QColor blend(const QColor& base, const QColor& tint, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() + (tint.redF() - base.redF()) * amount),
                            float(base.greenF() + (tint.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (tint.blueF() - base.blueF()) * amount));
}

QPen cosmetic(const QColor& color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(color, width, style);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

// Diagonal lines across `area`, for what is clipped already: pattern brushes do not survive SVG.
void hatch(QPainter& painter, const QRectF& area, const QColor& color, qreal spacing, qreal width)
{
    painter.setPen(cosmetic(color, width));
    const qreal span = area.width() + area.height();
    for (qreal offset = 0; offset <= span; offset += spacing)
        painter.drawLine(QPointF(area.left() + offset, area.top()),
                         QPointF(area.left() + offset - area.height(), area.bottom()));
}

QTransform mapToDevice(const GraphViewport& viewport)
{
    QTransform transform;
    transform.translate(viewport.offset.x(), viewport.offset.y());
    transform.scale(viewport.scale, viewport.scale);
    return transform;
}

// A country's or former state's outline, in map units.
void outlineCountry(QPainter& painter, const WorldMap& map, QStringView code, const QColor& color, qreal width)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(cosmetic(color, width));
    if (const WorldMap::Country* country = map.country(code)) {
        painter.drawPath(country->outline);
    } else if (const WorldMap::FormerState* former = map.formerState(code)) {
        for (const QString& successor : former->successors) {
            if (const WorldMap::Country* part = map.country(successor))
                painter.drawPath(part->outline);
        }
    }
}

// A ring's line as the band between two circles: filled, as the arrows are.
QPainterPath ringShape(const QPointF& at, qreal radius, bool marked)
{
    const qreal half = (marked ? 2.5 : 1.8) / 2;
    QPainterPath band;
    band.setFillRule(Qt::OddEvenFill);
    band.addEllipse(at, radius + half, radius + half);
    band.addEllipse(at, radius - half, radius - half);
    return band;
}

QColor ringColor(const ChartTheme& theme, bool marked)
{
    return marked ? theme.selection : MapPainter::arrowColor(theme);
}

bool reaches(const QPointF& from, const QPointF& to, const QRectF& area)
{
    return std::min(from.x(), to.x()) <= area.right() && std::max(from.x(), to.x()) >= area.left()
        && std::min(from.y(), to.y()) <= area.bottom() && std::max(from.y(), to.y()) >= area.top();
}

// An arrow on a raster as one outline, shaft and head, filled once: only the steps of its shaft
// that reach `area`, so that an arrow running far past the frame of a zoomed map costs what is
// seen of it. The outline's corners depend on the shaft alone, so a strip painted later matches
// the frame. On SVG and PDF it stays a curve, drawn with a pen.
void paintArrow(QPainter& painter, const MapLayout::Arrow& arrow, const QColor& color, const QRectF& area,
                const MapPainter::Fill& fill)
{
    if (!fill && painter.paintEngine() && painter.paintEngine()->type() != QPaintEngine::Raster) {
        painter.setPen(QPen(color, arrow.width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(arrow.path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(arrow.head);
        return;
    }
    const QPolygonF& spine = arrow.spine;
    const qreal half = arrow.width / 2;
    const QRectF near = area.adjusted(-half - 2, -half - 2, half + 2, half + 2);
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i + 1 < spine.size(); ++i) {
        if (reaches(spine.at(i), spine.at(i + 1), near)) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    const QRectF head = arrow.head.boundingRect();
    const bool headShown = reaches(head.topLeft(), head.bottomRight(), area.adjusted(-2, -2, 2, 2));
    const auto draw = [&](const QPolygonF& outline) {
        QPainterPath shape;
        shape.setFillRule(Qt::WindingFill);
        shape.addPolygon(outline);
        if (fill)
            fill(shape, color);
        else
            painter.fillPath(shape, color);
    };
    if (first < 0) {
        if (headShown)
            draw(arrow.head);
        return;
    }
    const auto normal = [&](qsizetype i) {
        const QPointF along = spine.at(std::min(i + 1, spine.size() - 1)) - spine.at(std::max<qsizetype>(i - 1, 0));
        const qreal length = std::hypot(along.x(), along.y());
        return length > 0 ? QPointF(-along.y(), along.x()) / length : QPointF();
    };
    const bool toTheEnd = last + 2 == spine.size();
    QPolygonF outline;
    outline.reserve(2 * (last - first + 2) + 3);
    for (qsizetype i = first; i <= last + 1; ++i)
        outline.append(spine.at(i) + normal(i) * half);
    if (toTheEnd && headShown)
        outline << arrow.head.at(1) << arrow.head.at(0) << arrow.head.at(2);
    for (qsizetype i = last + 1; i >= first; --i)
        outline.append(spine.at(i) - normal(i) * half);
    draw(outline);
    if (!toTheEnd && headShown)
        draw(arrow.head);
}

} // namespace

MapPainter::MapPainter(const ChartTheme& theme)
    : m_theme(theme)
{
}

QColor MapPainter::landColor(const ChartTheme& theme)
{
    return blend(theme.background, theme.text, 0.10);
}

QColor MapPainter::oceanColor(const ChartTheme& theme)
{
    return blend(theme.background, Palette::seaTint(), 0.10);
}

QColor MapPainter::arrowColor(const ChartTheme& theme)
{
    QColor color = blend(theme.text, Palette::arrowTint(), 0.3);
    color.setAlphaF(0.72f);
    return color;
}

void MapPainter::paint(QPainter& painter, const MapLayout& layout, const MapLayout::Hit& hovered) const
{
    const QRectF frame(QPointF(0, 0), layout.size());
    painter.save();
    painter.setClipRect(frame, Qt::IntersectClip);
    paintBase(painter, layout, frame);
    paintHoverOutline(painter, layout, hovered);
    paintOverlay(painter, layout, hovered, frame);
    paintLabels(painter, layout);
    painter.restore();
}

void MapPainter::paintBase(QPainter& painter, const MapLayout& layout, const QRectF& area) const
{
    const WorldMap& map = layout.map();
    const GraphViewport& viewport = layout.viewport();
    // What a country must meet to be drawn, in map units: borders reach a pixel past an outline.
    const QRectF visible = viewport.toLayout(area.adjusted(-2, -2, 2, 2));
    const auto shown = [&](const WorldMap::Country& country) { return country.bounds.intersects(visible); };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The world in map units.
    painter.setTransform(mapToDevice(viewport), true);
    painter.setPen(cosmetic(m_theme.grid, 0.8));
    painter.setBrush(oceanColor(m_theme));
    painter.drawPath(map.sphere());
    painter.setBrush(Qt::NoBrush);
    painter.setPen(cosmetic(blend(oceanColor(m_theme), m_theme.grid, 0.6), 0.5));
    painter.drawPath(map.graticule());
    // Each country once, in its shade or the land's colour (one fill of every outline costs the
    // rasteriser several times the sum of the parts), then every border.
    QList<qint16> shadeOf(map.countries().size(), -1);
    for (const MapLayout::Shaded& shaded : layout.shaded())
        shadeOf[shaded.country] = qint16(shaded.shadeClass);
    QList<QColor> shades;
    for (int i = 0; i < layout.shadeClasses().size(); ++i)
        shades.append(layout.shadeColor(i));
    const QColor land = landColor(m_theme);
    painter.setPen(Qt::NoPen);
    for (qsizetype i = 0; i < map.countries().size(); ++i) {
        const WorldMap::Country& country = map.countries().at(i);
        if (!shown(country))
            continue;
        painter.setBrush(shadeOf.at(i) < 0 ? land : shades.at(shadeOf.at(i)));
        painter.drawPath(country.outline);
    }
    painter.setPen(cosmetic(m_theme.background, 0.6));
    painter.setBrush(Qt::NoBrush);
    for (const WorldMap::Country& country : map.countries()) {
        if (shown(country))
            painter.drawPath(country.outline);
    }
    // Former states: hatched in their class's colour over the successors' outlines.
    for (const MapLayout::Former& former : layout.formers()) {
        QPainterPath parts;
        for (int successor : former.successors)
            parts.addPath(map.countries().at(successor).outline);
        if (!parts.controlPointRect().intersects(visible))
            continue;
        painter.save();
        painter.setClipPath(parts, Qt::IntersectClip);
        const QColor color = layout.shadeColor(former.shadeClass).darker(135);
        // Spacing in map units for about five pixels.
        hatch(painter, parts.boundingRect(), color, 5.0 / viewport.scale, 1.4);
        painter.restore();
        painter.setBrush(Qt::NoBrush);
        painter.setPen(cosmetic(color, 1.2, Qt::DashLine));
        painter.drawPath(parts.simplified());
    }
    for (const MapLayout::Shaded& shaded : layout.shaded()) {
        if (shaded.selected)
            outlineCountry(painter, map, map.countries().at(shaded.country).code, m_theme.selection, 2.4);
    }
    for (const MapLayout::Former& former : layout.formers()) {
        if (former.selected)
            outlineCountry(painter, map, map.formerStates().at(former.former).code, m_theme.selection, 2.4);
    }
    painter.restore();
}

void MapPainter::paintHoverOutline(QPainter& painter, const MapLayout& layout, const MapLayout::Hit& hovered) const
{
    if (hovered.kind != MapLayout::Hit::Kind::Country && hovered.kind != MapLayout::Hit::Kind::Former)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(mapToDevice(layout.viewport()), true);
    outlineCountry(painter, layout.map(), hovered.code, m_theme.highlight, 2.0);
    painter.restore();
}

void MapPainter::paintOverlay(QPainter& painter, const MapLayout& layout, const MapLayout::Hit& hovered,
                              const QRectF& area, const Fill& fill) const
{
    const auto meets = [&](const QPointF& at, qreal reach) {
        return QRectF(at.x() - reach, at.y() - reach, 2 * reach, 2 * reach).intersects(area);
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const MapLayout::Former& former : layout.formers()) {
        if (!meets(former.anchor, 8))
            continue;
        const QColor color = layout.shadeColor(former.shadeClass).darker(135);
        QPolygonF diamond({former.anchor + QPointF(0, -6), former.anchor + QPointF(6, 0), former.anchor + QPointF(0, 6),
                           former.anchor + QPointF(-6, 0)});
        painter.setPen(cosmetic(former.selected ? m_theme.selection : m_theme.text, former.selected ? 2 : 1));
        painter.setBrush(color);
        painter.drawPolygon(diamond);
    }
    for (const MapLayout::Ring& ring : layout.rings()) {
        if (!meets(ring.at, ring.radius + 3))
            continue;
        const bool marked =
            ring.selected || (hovered.kind == MapLayout::Hit::Kind::Ring && hovered.code == ring.country);
        const QPainterPath shape = ringShape(ring.at, ring.radius, marked);
        const QColor color = ringColor(m_theme, marked);
        if (fill)
            fill(shape, color);
        else
            painter.fillPath(shape, color);
    }
    const QColor arrow = arrowColor(m_theme);
    for (const MapLayout::Arrow& item : layout.arrows()) {
        const bool hover =
            hovered.kind == MapLayout::Hit::Kind::Arrow && hovered.code == item.venue && hovered.target == item.target;
        paintArrow(painter, item, item.selected ? m_theme.selection : hover ? m_theme.highlight : arrow, area, fill);
    }
    for (const MapLayout::Point& point : layout.points()) {
        if (!meets(point.at, point.radius + 2))
            continue;
        const bool hover =
            hovered.kind == MapLayout::Hit::Kind::Point && hovered.code == point.country && hovered.city == point.city;
        paintPointSymbol(painter, point.at, point.radius, m_theme, point.selected || hover);
    }
    painter.restore();
}

void MapPainter::paintLabels(QPainter& painter, const MapLayout& layout) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = m_theme.smallFont;
    font.setPointSizeF(std::max(6.5, font.pointSizeF()));
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    QColor plate = m_theme.background;
    plate.setAlphaF(0.78f);
    for (const MapLayout::Label& label : layout.labels()) {
        const qreal width = metrics.horizontalAdvance(label.text);
        const QRectF box(label.box.center().x() - width / 2 - 2, label.box.top(), width + 4, metrics.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(plate);
        painter.drawRoundedRect(box, 2, 2);
        painter.setPen(m_theme.text);
        painter.drawText(box, Qt::AlignCenter, label.text);
    }
    painter.restore();
}

void MapPainter::paintShadeSymbol(QPainter& painter, const QRectF& box, const QColor& fill, const ChartTheme& theme)
{
    painter.setPen(cosmetic(theme.grid, 0.8));
    painter.setBrush(fill);
    painter.drawRect(box.adjusted(1, 1, -1, -1));
}

void MapPainter::paintFormerSymbol(QPainter& painter, const QRectF& box, const QColor& fill, const ChartTheme& theme)
{
    const QRectF inner = box.adjusted(1, 1, -1, -1);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(landColor(theme));
    painter.drawRect(inner);
    painter.setClipRect(inner, Qt::IntersectClip);
    hatch(painter, inner, fill.darker(135), 3, 1);
    painter.restore();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(cosmetic(fill.darker(135), 1, Qt::DashLine));
    painter.drawRect(inner);
}

void MapPainter::paintArrowSymbol(QPainter& painter, const QRectF& box, qreal width, const ChartTheme& theme)
{
    const qreal y = box.center().y();
    const qreal head = std::min(box.width() / 3, 4 + width);
    painter.setPen(QPen(arrowColor(theme), width, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(box.left() + 1, y), QPointF(box.right() - head, y));
    painter.setPen(Qt::NoPen);
    painter.setBrush(arrowColor(theme));
    const qreal half = std::max(2.5, width * 1.1);
    painter.drawPolygon(QPolygonF(
        {QPointF(box.right(), y), QPointF(box.right() - head, y - half), QPointF(box.right() - head, y + half)}));
}

void MapPainter::paintPointSymbol(QPainter& painter, const QPointF& at, qreal radius, const ChartTheme& theme,
                                  bool selected)
{
    painter.setPen(QPen(selected ? theme.selection : theme.text, selected ? 2.0 : 1.0));
    painter.setBrush(theme.background);
    painter.drawEllipse(at, radius, radius);
    painter.setPen(Qt::NoPen);
    painter.setBrush(selected ? theme.selection : theme.text);
    painter.drawEllipse(at, radius * 0.35, radius * 0.35);
}

void MapPainter::paintRingSymbol(QPainter& painter, const QPointF& at, qreal radius, const ChartTheme& theme,
                                 bool selected)
{
    painter.fillPath(ringShape(at, radius, selected), ringColor(theme, selected));
}

} // namespace Spyline
