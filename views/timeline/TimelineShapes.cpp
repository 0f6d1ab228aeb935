#include "TimelineShapes.h"

#include <QPainter>
#include <QPolygonF>

#include <cmath>
#include <numbers>

namespace Spyline {

namespace {

QPolygonF regular(int corners, qreal radius, qreal rotation)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double angle = rotation + 2 * std::numbers::pi * i / corners;
        polygon << QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return polygon;
}

} // namespace

MarkShape TimelineShapes::shapeOf(EventKind kind)
{
    switch (kind) {
    case EventKind::FirstContact:
        return MarkShape::TriangleRight;
    case EventKind::Recruitment:
        return MarkShape::TriangleUp;
    case EventKind::Agreement:
        return MarkShape::Hexagon;
    case EventKind::Training:
        return MarkShape::Pentagon;
    case EventKind::Payment:
        return MarkShape::HorizontalBar;
    case EventKind::Meeting:
        return MarkShape::TriangleDown;
    case EventKind::Arrest:
        return MarkShape::Square;
    case EventKind::Announcement:
        return MarkShape::Diamond;
    case EventKind::Statement:
        return MarkShape::Circle;
    case EventKind::Law:
        return MarkShape::VerticalBar;
    case EventKind::Trial:
        return MarkShape::TriangleLeft;
    case EventKind::Verdict:
        return MarkShape::Star;
    case EventKind::Other:
        break;
    }
    return MarkShape::Cross;
}

QPainterPath TimelineShapes::path(MarkShape shape, qreal size)
{
    const qreal r = size / 2;
    const double pi = std::numbers::pi;
    QPainterPath path;
    switch (shape) {
    case MarkShape::Circle:
        path.addEllipse(QPointF(0, 0), r * 0.9, r * 0.9);
        break;
    case MarkShape::Square:
        path.addRect(QRectF(-r * 0.8, -r * 0.8, r * 1.6, r * 1.6));
        break;
    case MarkShape::Diamond:
        path.addPolygon(regular(4, r * 1.1, -pi / 2));
        break;
    case MarkShape::TriangleUp:
        path.addPolygon(regular(3, r, -pi / 2).translated(0, r * 0.2));
        break;
    case MarkShape::TriangleDown:
        path.addPolygon(regular(3, r, pi / 2).translated(0, -r * 0.2));
        break;
    case MarkShape::TriangleLeft:
        path.addPolygon(regular(3, r, pi).translated(r * 0.2, 0));
        break;
    case MarkShape::TriangleRight:
        path.addPolygon(regular(3, r, 0).translated(-r * 0.2, 0));
        break;
    case MarkShape::Hexagon:
        path.addPolygon(regular(6, r, 0));
        break;
    case MarkShape::Pentagon:
        path.addPolygon(regular(5, r, -pi / 2));
        break;
    case MarkShape::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double angle = -pi / 2 + pi * i / 5;
            const qreal radius = i % 2 == 0 ? r * 1.1 : r * 0.45;
            star << QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        path.addPolygon(star);
        break;
    }
    case MarkShape::Cross: {
        const qreal w = r * 0.32;
        QPolygonF cross;
        // An X: two bars at 45 degrees, as one outline.
        const qreal a = r * 0.85;
        cross << QPointF(-a, -a + w) << QPointF(-a + w, -a) << QPointF(0, -w) << QPointF(a - w, -a)
              << QPointF(a, -a + w) << QPointF(w, 0) << QPointF(a, a - w) << QPointF(a - w, a) << QPointF(0, w)
              << QPointF(-a + w, a) << QPointF(-a, a - w) << QPointF(-w, 0);
        path.addPolygon(cross);
        break;
    }
    case MarkShape::HorizontalBar:
        path.addRect(QRectF(-r, -r * 0.45, 2 * r, r * 0.9));
        break;
    case MarkShape::VerticalBar:
        path.addRect(QRectF(-r * 0.45, -r, r * 0.9, 2 * r));
        break;
    }
    path.closeSubpath();
    return path;
}

void TimelineShapes::paint(QPainter& painter, EventKind kind, const QPointF& center, const QColor& color, bool hollow,
                           bool faded, const QColor& background)
{
    const float alpha = faded ? float(FadedAlpha) : 1.0f;
    const auto faint = [&](QColor c) {
        c.setAlphaF(c.alphaF() * alpha);
        return c;
    };
    const QPainterPath outline = path(kind, hollow ? HollowSize : MarkSize).translated(center);
    if (hollow) {
        painter.setPen(QPen(faint(color), 2));
        painter.setBrush(faint(background));
    } else {
        painter.setPen(QPen(faint(color.darker(150)), 0.8));
        painter.setBrush(faint(color));
    }
    painter.drawPath(outline);
}

} // namespace Spyline
