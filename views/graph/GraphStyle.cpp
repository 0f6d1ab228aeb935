#include "GraphStyle.h"

#include "ChartTheme.h"
#include "Palette.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

QPolygonF regularPolygon(const QRectF& box, int corners, qreal rotation)
{
    QPolygonF polygon;
    const QPointF centre = box.center();
    const qreal rx = box.width() / 2;
    const qreal ry = box.height() / 2;
    for (int i = 0; i < corners; ++i) {
        const qreal angle = rotation + 2 * M_PI * i / corners;
        polygon << centre + QPointF(rx * std::cos(angle), ry * std::sin(angle));
    }
    polygon << polygon.first();
    return polygon;
}

} // namespace

QSizeF GraphStyle::nodeSize(GraphNodeKind kind, int degree)
{
    const qreal radius = std::min(40.0, 10.0 + 4.0 * std::log2(1.0 + std::max(0, degree)));
    switch (kind) {
    case GraphNodeKind::Case:
        return {radius * 2.6, radius * 1.6};
    case GraphNodeKind::Statement:
    case GraphNodeKind::Announcement:
        return {radius * 2.0, radius * 1.7};
    default:
        return {radius * 2, radius * 2};
    }
}

QPainterPath GraphStyle::shape(GraphNodeKind kind, const QRectF& box)
{
    QPainterPath path;
    switch (kind) {
    case GraphNodeKind::Person:
        path.addEllipse(box);
        break;
    case GraphNodeKind::Agency:
        path.addPolygon(regularPolygon(box, 6, 0));
        break;
    case GraphNodeKind::Organisation:
        path.addRect(box.adjusted(box.width() * 0.08, box.height() * 0.08, -box.width() * 0.08, -box.height() * 0.08));
        break;
    case GraphNodeKind::Government: {
        const qreal w = box.width();
        const qreal h = box.height();
        QPolygonF house;
        house << QPointF(box.left() + w * 0.5, box.top()) << QPointF(box.right(), box.top() + h * 0.42)
              << QPointF(box.right() - w * 0.1, box.top() + h * 0.42) << QPointF(box.right() - w * 0.1, box.bottom())
              << QPointF(box.left() + w * 0.1, box.bottom()) << QPointF(box.left() + w * 0.1, box.top() + h * 0.42)
              << QPointF(box.left(), box.top() + h * 0.42) << QPointF(box.left() + w * 0.5, box.top());
        path.addPolygon(house);
        break;
    }
    case GraphNodeKind::Media:
        path.addPolygon(regularPolygon(box, 4, -M_PI / 2));
        break;
    case GraphNodeKind::Case: {
        const qreal r = std::min(box.width(), box.height()) * 0.18;
        path.addRoundedRect(box, r, r);
        break;
    }
    case GraphNodeKind::Venue: {
        // A map pin: a round head over a point.
        const qreal d = std::min(box.width(), box.height() * 0.75);
        const QRectF head(box.center().x() - d / 2, box.top(), d, d);
        path.addEllipse(head);
        QPolygonF point;
        point << QPointF(head.left() + d * 0.08, head.center().y() + d * 0.2)
              << QPointF(head.right() - d * 0.08, head.center().y() + d * 0.2)
              << QPointF(box.center().x(), box.bottom())
              << QPointF(head.left() + d * 0.08, head.center().y() + d * 0.2);
        QPainterPath pointPath;
        pointPath.addPolygon(point);
        path = path.united(pointPath);
        break;
    }
    case GraphNodeKind::Statement: {
        // A speech bubble with its tail at the lower left.
        const QRectF body(box.left(), box.top(), box.width(), box.height() * 0.78);
        const qreal r = body.height() * 0.3;
        path.addRoundedRect(body, r, r);
        QPolygonF tail;
        tail << QPointF(body.left() + body.width() * 0.2, body.bottom() - 1) << QPointF(box.left() + 1, box.bottom())
             << QPointF(body.left() + body.width() * 0.45, body.bottom() - 1);
        QPainterPath tailPath;
        tailPath.addPolygon(tail);
        path = path.united(tailPath);
        break;
    }
    case GraphNodeKind::Announcement: {
        QPolygonF star;
        const QPointF centre = box.center();
        for (int i = 0; i < 10; ++i) {
            const qreal angle = -M_PI / 2 + M_PI * i / 5;
            const qreal factor = i % 2 == 0 ? 1.0 : 0.5;
            star << centre
                    + QPointF(box.width() / 2 * factor * std::cos(angle),
                              box.height() / 2 * factor * std::sin(angle) + box.height() * 0.05);
        }
        star << star.first();
        path.addPolygon(star);
        break;
    }
    }
    return path;
}

QColor GraphStyle::nodeColor(const GraphNode& node)
{
    return Palette::countryColor(node.country);
}

Qt::PenStyle GraphStyle::penStyle(GraphCertainty certainty)
{
    switch (certainty) {
    case GraphCertainty::Record:
    case GraphCertainty::Finding:
        return Qt::SolidLine;
    case GraphCertainty::Claim:
        return Qt::DashLine;
    case GraphCertainty::Disputed:
        return Qt::DotLine;
    }
    return Qt::SolidLine;
}

QPen GraphStyle::edgePen(const GraphEdge& edge, const ChartTheme& theme, qreal width)
{
    QColor color = edge.isLink() ? theme.link : theme.mutedText;
    if (!edge.isLink() && edge.certainty == GraphCertainty::Record)
        color = theme.text;
    color.setAlphaF(edge.isLink() ? 1.0 : 0.75);
    // A court's finding is drawn heavier than a tie merely on record.
    const qreal weight = edge.isLink() ? 1.6 : edge.certainty == GraphCertainty::Finding ? 1.8 : 1.0;
    QPen pen(color, width * weight);
    pen.setStyle(penStyle(edge.certainty));
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

int GraphStyle::labelLines(GraphNodeKind kind, GraphLayoutKind layout)
{
    if (layout == GraphLayoutKind::Chronology && kind != GraphNodeKind::Person)
        return 3;
    return 2;
}

int GraphStyle::labelCharacters(GraphNodeKind kind, GraphLayoutKind layout)
{
    const bool wide =
        kind == GraphNodeKind::Case || kind == GraphNodeKind::Statement || kind == GraphNodeKind::Announcement;
    if (layout == GraphLayoutKind::Chronology)
        return wide ? 17 : 15;
    return wide ? 24 : 20;
}

} // namespace Spyline
