// MapCanvas, continued: the country the keyboard is on, how the keys move it and how it shows.
#include "MapCanvas.h"

#include "CanvasAccessible.h"
#include "DirectionalFocus.h"
#include "WorldMap.h"
#include "records/CountryCatalog.h"

#include <QKeyEvent>
#include <QPainter>
#include <QSet>

#include <algorithm>

namespace Spyline {

namespace {

// A country's outline, or a former state's successors' outlines, in map units.
QPainterPath outlineOf(const WorldMap& map, const QString& code)
{
    if (const WorldMap::Country* country = map.country(code))
        return country->outline;
    QPainterPath path;
    if (const WorldMap::FormerState* former = map.formerState(code)) {
        for (const QString& successor : former->successors) {
            if (const WorldMap::Country* part = map.country(successor))
                path.addPath(part->outline);
        }
    }
    return path;
}

} // namespace

QStringList MapCanvas::countriesWithData() const
{
    const MapLayout& layout = currentLayout();
    const WorldMap& map = layout.map();
    QStringList codes;
    QSet<QString> seen;
    const auto add = [&](const QString& code) {
        if (!code.isEmpty() && !seen.contains(code) && map.anchor(code)) {
            seen.insert(code);
            codes.append(code);
        }
    };
    for (const CountryTally& tally : m_figures->countries.countries) {
        if (tally.targeted > 0 || tally.accused > 0)
            add(tally.code);
    }
    for (const VenueFlow& flow : m_figures->venues.flows)
        add(flow.venue);
    const auto name = [](const QString& code) {
        const QString known = CountryCatalog::name(code);
        return known.isEmpty() ? code : known;
    };
    std::stable_sort(codes.begin(), codes.end(), [&](const QString& a, const QString& b) {
        const int casesA = layout.casesOf(a);
        const int casesB = layout.casesOf(b);
        if (casesA != casesB)
            return casesA > casesB;
        const int venuesA = layout.venuesIn(a);
        const int venuesB = layout.venuesIn(b);
        if (venuesA != venuesB)
            return venuesA > venuesB;
        return QString::localeAwareCompare(name(a), name(b)) < 0;
    });
    return codes;
}

QString MapCanvas::focusedCountry() const
{
    if (m_focusCode.isEmpty() || !countriesWithData().contains(m_focusCode))
        return {};
    return m_focusCode;
}

void MapCanvas::setFocusedCountry(const QString& code)
{
    if (!code.isEmpty())
        ensureCountryVisible(code);
    if (code == m_focusCode)
        return;
    m_focusCode = code;
    update();
    CanvasAccessible::focusMoved(this);
}

QRectF MapCanvas::focusedCountryRect() const
{
    const QString code = focusedCountry();
    if (code.isEmpty())
        return {};
    const QRectF bounds = outlineOf(WorldMap::bundled(), code).boundingRect();
    if (!bounds.isEmpty())
        return m_viewport.toDevice(bounds).adjusted(-3, -3, 3, 3);
    // Too small for the outlines (Singapore, Malta): a spot at its anchor.
    const std::optional<QPointF> anchor = WorldMap::bundled().anchor(code);
    return anchor ? QRectF(m_viewport.toDevice(*anchor) - QPointF(8, 8), QSizeF(16, 16)) : QRectF();
}

void MapCanvas::ensureCountryVisible(const QString& code)
{
    // Pans (never zooms) to have the country's anchor in the middle once it is out of sight.
    const std::optional<QPointF> anchor = WorldMap::bundled().anchor(code);
    if (!anchor)
        return;
    const QPointF at = m_viewport.toDevice(*anchor);
    const QRectF inside = QRectF(rect()).adjusted(24, 24, -24, -24);
    if (inside.isEmpty() || inside.contains(at))
        return;
    GraphViewport viewport = m_viewport;
    const QPointF shift = QRectF(rect()).center() - at;
    viewport.offset += QPointF(std::round(shift.x()), std::round(shift.y()));
    setViewport(viewport);
}

bool MapCanvas::focusKeyPressed(QKeyEvent* event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier)
        return false;
    const QStringList order = countriesWithData();
    if (order.isEmpty())
        return false;
    const QString from = focusedCountry();
    const qsizetype at = order.indexOf(from);
    QString to;
    switch (event->key()) {
    case Qt::Key_Space: {
        if (from.isEmpty())
            return false;
        MapLayout::Hit hit;
        hit.kind = WorldMap::bundled().country(from) ? MapLayout::Hit::Kind::Country : MapLayout::Hit::Kind::Former;
        hit.code = from;
        Q_EMIT clicked(hit);
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (from.isEmpty())
            return false;
        zoomToCountry(from);
        return true;
    case Qt::Key_Home:
        to = order.first();
        break;
    case Qt::Key_End:
        to = order.last();
        break;
    case Qt::Key_PageDown:
        to = at < 0 ? order.first() : order.at(std::min(at + 1, order.size() - 1));
        break;
    case Qt::Key_PageUp:
        to = at < 0 ? order.first() : order.at(std::max<qsizetype>(at - 1, 0));
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (at < 0) {
            to = order.first();
            break;
        }
        QList<QPointF> anchors;
        for (const QString& code : order)
            anchors.append(*WorldMap::bundled().anchor(code));
        const int key = event->key();
        const int next = nearestInDirection(anchors, int(at),
                                            key == Qt::Key_Left        ? FocusDirection::Left
                                                : key == Qt::Key_Right ? FocusDirection::Right
                                                : key == Qt::Key_Up    ? FocusDirection::Up
                                                                       : FocusDirection::Down);
        to = next >= 0 ? order.at(next) : from;
        break;
    }
    default:
        return false;
    }
    setFocusedCountry(to);
    return true;
}

void MapCanvas::paintFocus(QPainter& painter) const
{
    if (!hasFocus())
        return;
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_theme.selection, 2));
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    if (const QString code = focusedCountry(); !code.isEmpty()) {
        painter.setRenderHint(QPainter::Antialiasing);
        const QPainterPath outline = outlineOf(WorldMap::bundled(), code);
        if (outline.isEmpty()) {
            painter.setPen(QPen(m_theme.text, 1.5, Qt::DashLine));
            painter.drawEllipse(focusedCountryRect());
        } else {
            QTransform transform;
            transform.translate(m_viewport.offset.x(), m_viewport.offset.y());
            transform.scale(m_viewport.scale, m_viewport.scale);
            painter.setTransform(transform, true);
            QPen pen(m_theme.text, 2, Qt::DashLine);
            pen.setCosmetic(true);
            painter.setPen(pen);
            painter.drawPath(outline);
        }
    }
    painter.restore();
}

} // namespace Spyline
