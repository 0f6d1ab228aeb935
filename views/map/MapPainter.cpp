#include "MapPainter.h"

#include "WorldMap.h"

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
    return blend(theme.background, QColor(70, 130, 180), 0.10);
}

QColor MapPainter::arrowColor(const ChartTheme& theme)
{
    QColor color = blend(theme.text, QColor(40, 40, 60), 0.3);
    color.setAlphaF(0.72f);
    return color;
}

void MapPainter::paint(QPainter& painter, const MapLayout& layout, const MapLayout::Hit& hovered) const
{
    const WorldMap& map = layout.map();
    const GraphViewport& viewport = layout.viewport();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(QRectF(QPointF(0, 0), layout.size()), Qt::IntersectClip);

    // The world in map units, then everything else in pixels.
    QTransform toDevice;
    toDevice.translate(viewport.offset.x(), viewport.offset.y());
    toDevice.scale(viewport.scale, viewport.scale);
    painter.save();
    painter.setTransform(toDevice, true);
    painter.setPen(cosmetic(m_theme.grid, 0.8));
    painter.setBrush(oceanColor(m_theme));
    painter.drawPath(map.sphere());
    painter.setBrush(Qt::NoBrush);
    painter.setPen(cosmetic(blend(oceanColor(m_theme), m_theme.grid, 0.6), 0.5));
    painter.drawPath(map.graticule());
    // The land in one fill, the shaded countries over it, and every border in one stroke.
    painter.setPen(Qt::NoPen);
    painter.setBrush(landColor(m_theme));
    painter.drawPath(map.land());
    for (const MapLayout::Shaded& shaded : layout.shaded()) {
        painter.setBrush(layout.shadeColor(shaded.shadeClass));
        painter.drawPath(map.countries().at(shaded.country).outline);
    }
    painter.setPen(cosmetic(m_theme.background, 0.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(map.land());
    // Former states: hatched in their class's colour over the successors' outlines.
    for (const MapLayout::Former& former : layout.formers()) {
        QPainterPath area;
        for (int successor : former.successors)
            area.addPath(map.countries().at(successor).outline);
        painter.save();
        painter.setClipPath(area, Qt::IntersectClip);
        const QColor color = layout.shadeColor(former.shadeClass).darker(135);
        // Spacing in map units for about five pixels.
        hatch(painter, area.boundingRect(), color, 5.0 / viewport.scale, 1.4);
        painter.restore();
        painter.setBrush(Qt::NoBrush);
        painter.setPen(cosmetic(color, 1.2, Qt::DashLine));
        painter.drawPath(area.simplified());
    }
    const auto outline = [&](QStringView code, const QColor& color, qreal width) {
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
    };
    for (const MapLayout::Shaded& shaded : layout.shaded()) {
        if (shaded.selected)
            outline(map.countries().at(shaded.country).code, m_theme.selection, 2.4);
    }
    for (const MapLayout::Former& former : layout.formers()) {
        if (former.selected)
            outline(map.formerStates().at(former.former).code, m_theme.selection, 2.4);
    }
    if (hovered.kind == MapLayout::Hit::Kind::Country || hovered.kind == MapLayout::Hit::Kind::Former)
        outline(hovered.code, m_theme.highlight, 2.0);
    painter.restore();

    for (const MapLayout::Former& former : layout.formers()) {
        const QColor color = layout.shadeColor(former.shadeClass).darker(135);
        QPolygonF diamond({former.anchor + QPointF(0, -6), former.anchor + QPointF(6, 0), former.anchor + QPointF(0, 6),
                           former.anchor + QPointF(-6, 0)});
        painter.setPen(cosmetic(former.selected ? m_theme.selection : m_theme.text, former.selected ? 2 : 1));
        painter.setBrush(color);
        painter.drawPolygon(diamond);
    }
    for (const MapLayout::Ring& ring : layout.rings()) {
        const bool hover = hovered.kind == MapLayout::Hit::Kind::Ring && hovered.code == ring.country;
        paintRingSymbol(painter, ring.at, ring.radius, m_theme, ring.selected || hover);
    }
    const QColor arrow = arrowColor(m_theme);
    for (const MapLayout::Arrow& item : layout.arrows()) {
        const bool hover =
            hovered.kind == MapLayout::Hit::Kind::Arrow && hovered.code == item.venue && hovered.target == item.target;
        QColor color = item.selected ? m_theme.selection : hover ? m_theme.highlight : arrow;
        QPen pen(color, item.width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(item.path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(item.head);
    }
    for (const MapLayout::Point& point : layout.points()) {
        const bool hover =
            hovered.kind == MapLayout::Hit::Kind::Point && hovered.code == point.country && hovered.city == point.city;
        paintPointSymbol(painter, point.at, point.radius, m_theme, point.selected || hover);
    }

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
    painter.setPen(QPen(selected ? theme.selection : arrowColor(theme), selected ? 2.5 : 1.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(at, radius, radius);
}

} // namespace Spyline
