#include "WorldMap.h"

#include "EqualEarth.h"

#include <QCoreApplication>
#include <QFile>

namespace Spyline {

namespace {

// Degrees are stored times this.
constexpr double Scale = 150.0;

QPointF project(double longitude, double latitude)
{
    const QPointF p = equalEarth(longitude, latitude);
    return {p.x(), -p.y()};
}

// Little-endian fields from a byte array, never past its end.
class Reader
{
public:
    explicit Reader(const QByteArray& data)
        : m_data(data)
    {
    }
    bool ok() const
    {
        return m_ok;
    }
    quint8 u8()
    {
        if (!take(1))
            return 0;
        return quint8(m_data.at(m_at - 1));
    }
    quint16 u16()
    {
        if (!take(2))
            return 0;
        return quint16(quint8(m_data.at(m_at - 2)) | (quint8(m_data.at(m_at - 1)) << 8));
    }
    qint16 i16()
    {
        return qint16(u16());
    }
    QByteArray bytes(qsizetype count)
    {
        if (!take(count))
            return {};
        return m_data.mid(m_at - count, count);
    }
    QPointF point()
    {
        const QPointF degrees = lonLat();
        return project(degrees.x(), degrees.y());
    }
    QPointF lonLat()
    {
        const double longitude = i16() / Scale;
        const double latitude = i16() / Scale;
        return {longitude, latitude};
    }
    qsizetype remaining() const
    {
        return m_data.size() - m_at;
    }

private:
    bool take(qsizetype count)
    {
        if (!m_ok || count < 0 || m_data.size() - m_at < count) {
            m_ok = false;
            return false;
        }
        m_at += count;
        return true;
    }

    const QByteArray& m_data;
    qsizetype m_at = 0;
    bool m_ok = true;
};

QString code(const QByteArray& bytes)
{
    QByteArray trimmed = bytes;
    while (trimmed.endsWith('\0'))
        trimmed.chop(1);
    for (char c : trimmed) {
        if (c < 'A' || c > 'Z')
            return {};
    }
    return QString::fromLatin1(trimmed);
}

// The part of a ring (longitude, latitude) on one side of a meridian (Sutherland-Hodgman).
QPolygonF clipAtMeridian(const QPolygonF& ring, double meridian, bool east)
{
    const auto inside = [&](const QPointF& p) { return east ? p.x() >= meridian : p.x() <= meridian; };
    QPolygonF part;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF& from = ring.at(i);
        const QPointF& to = ring.at((i + 1) % ring.size());
        if (inside(from))
            part.append(from);
        if (inside(from) != inside(to)) {
            const double t = (meridian - from.x()) / (to.x() - from.x());
            part.append({meridian, from.y() + t * (to.y() - from.y())});
        }
    }
    return part;
}

// Natural Earth's rings that cross the antimeridian (eastern Russia, Fiji) jump from +180 to -180
// degrees and back; drawn as they are, they streak across the whole map. Such a ring is made
// continuous, then cut at the meridian it passes into a part on each edge of the map. A ring round
// a pole (Antarctica) jumps once and is left as it is.
QList<QPolygonF> splitAtAntimeridian(const QPolygonF& ring)
{
    const auto wrap = [&](qsizetype from, qsizetype to) {
        const double step = ring.at(to).x() - ring.at(from).x();
        return step > 180 ? -360.0 : step < -180 ? 360.0 : 0.0;
    };
    QPolygonF continuous = ring;
    double shift = 0;
    for (qsizetype i = 1; i < continuous.size(); ++i) {
        shift += wrap(i - 1, i);
        continuous[i].rx() += shift;
    }
    if (ring.isEmpty() || shift + wrap(ring.size() - 1, 0) != 0)
        return {ring};
    double west = 0;
    double east = 0;
    for (const QPointF& point : std::as_const(continuous)) {
        west = std::min(west, point.x());
        east = std::max(east, point.x());
    }
    if (east > 180) {
        QPolygonF beyond = clipAtMeridian(continuous, 180, true);
        beyond.translate(-360, 0);
        return {clipAtMeridian(continuous, 180, false), beyond};
    }
    if (west < -180) {
        QPolygonF beyond = clipAtMeridian(continuous, -180, false);
        beyond.translate(360, 0);
        return {clipAtMeridian(continuous, -180, true), beyond};
    }
    return {continuous};
}

} // namespace

const WorldMap& WorldMap::bundled()
{
    static const WorldMap map = [] {
        QFile file(QStringLiteral(":/spyline/map/world-110m.bin"));
        // A few hundred kilobytes at most; more is not the file Spyline ships.
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
            qWarning("The world map resource is missing");
            return WorldMap();
        }
        auto read = WorldMap::read(file.readAll());
        if (!read) {
            qWarning("The world map resource cannot be read: %s", qPrintable(read.error()));
            return WorldMap();
        }
        return std::move(*read);
    }();
    return map;
}

Result<WorldMap> WorldMap::read(const QByteArray& data)
{
    Reader in(data);
    if (in.bytes(6) != QByteArrayLiteral("SPYMAP") || in.u16() != 1)
        return fail(tr("the world map is not in Spyline's map format"));
    WorldMap map;
    const int countries = in.u16();
    for (int i = 0; i < countries && in.ok(); ++i) {
        Country country;
        country.code = code(in.bytes(4));
        country.anchor = in.point();
        const int rings = in.u16();
        for (int r = 0; r < rings && in.ok(); ++r) {
            const int points = in.u16();
            // Four bytes a point: a count larger than what is left is a damaged file.
            if (qsizetype(points) * 4 > in.remaining())
                return fail(tr("the world map is damaged: an outline runs past its end"));
            QPolygonF ring;
            ring.reserve(points);
            for (int p = 0; p < points; ++p)
                ring.append(in.lonLat());
            for (const QPolygonF& part : splitAtAntimeridian(ring)) {
                if (part.size() < 3)
                    continue;
                QPolygonF projected;
                projected.reserve(part.size());
                for (const QPointF& degrees : part)
                    projected.append(project(degrees.x(), degrees.y()));
                country.outline.addPolygon(projected);
                country.outline.closeSubpath();
            }
        }
        country.outline.setFillRule(Qt::OddEvenFill);
        country.bounds = country.outline.boundingRect();
        map.m_countries.append(std::move(country));
    }
    const int formers = in.u16();
    for (int i = 0; i < formers && in.ok(); ++i) {
        FormerState former;
        former.code = code(in.bytes(4));
        former.anchor = in.point();
        const int successors = in.u8();
        for (int s = 0; s < successors && in.ok(); ++s)
            former.successors.append(code(in.bytes(2)));
        map.m_formerStates.append(std::move(former));
    }
    const int places = in.u16();
    for (int i = 0; i < places && in.ok(); ++i) {
        Place place;
        place.country = code(in.bytes(2));
        place.point = in.point();
        const int names = in.u8();
        for (int n = 0; n < names && in.ok(); ++n)
            place.names.append(QString::fromUtf8(in.bytes(in.u8())));
        map.m_places.append(std::move(place));
    }
    if (!in.ok())
        return fail(tr("the world map is damaged: it ends too soon"));
    map.finish();
    return map;
}

void WorldMap::finish()
{
    for (int i = 0; i < m_countries.size(); ++i) {
        if (!m_countries.at(i).code.isEmpty())
            m_countryIndex.insert(m_countries.at(i).code, i);
    }
    for (int i = 0; i < m_places.size(); ++i) {
        const Place& place = m_places.at(i);
        if (!m_placeOfCountry.contains(place.country))
            m_placeOfCountry.insert(place.country, i);
        for (const QString& name : place.names)
            m_placeIndex.insert(place.country + u'\n' + placeKey(name), i);
    }
    // The edge of the map: the meridians at 180 degrees east and west.
    QPolygonF edge;
    for (int latitude = -90; latitude <= 90; ++latitude)
        edge.append(project(180, latitude));
    for (int latitude = 90; latitude >= -90; --latitude)
        edge.append(project(-180, latitude));
    m_sphere = QPainterPath();
    m_sphere.addPolygon(edge);
    m_sphere.closeSubpath();
    m_graticule = QPainterPath();
    for (int latitude = -60; latitude <= 60; latitude += 30) {
        m_graticule.moveTo(project(-180, latitude));
        m_graticule.lineTo(project(180, latitude));
    }
    for (int longitude = -150; longitude <= 150; longitude += 30) {
        m_graticule.moveTo(project(longitude, -90));
        for (int latitude = -88; latitude <= 90; latitude += 2)
            m_graticule.lineTo(project(longitude, latitude));
    }
}

const WorldMap::Country* WorldMap::country(QStringView code) const
{
    const auto it = m_countryIndex.constFind(code.toString());
    return it == m_countryIndex.constEnd() ? nullptr : &m_countries.at(*it);
}

const WorldMap::FormerState* WorldMap::formerState(QStringView code) const
{
    for (const FormerState& former : m_formerStates) {
        if (former.code == code)
            return &former;
    }
    return nullptr;
}

std::optional<QPointF> WorldMap::anchor(QStringView code) const
{
    if (const Country* found = country(code))
        return found->anchor;
    if (const FormerState* former = formerState(code))
        return former->anchor;
    if (const auto it = m_placeOfCountry.constFind(code.toString()); it != m_placeOfCountry.constEnd())
        return m_places.at(*it).point;
    return std::nullopt;
}

const WorldMap::Place* WorldMap::place(QStringView country, QStringView city) const
{
    const QString key = placeKey(city);
    if (key.isEmpty())
        return nullptr;
    const auto it = m_placeIndex.constFind(country.toString() + u'\n' + key);
    return it == m_placeIndex.constEnd() ? nullptr : &m_places.at(*it);
}

QString WorldMap::countryAt(const QPointF& point) const
{
    for (const Country& candidate : m_countries) {
        if (!candidate.code.isEmpty() && candidate.bounds.contains(point) && candidate.outline.contains(point))
            return candidate.code;
    }
    return {};
}

QRectF WorldMap::bounds()
{
    return QRectF(-EqualEarthMaxX, -EqualEarthMaxY, 2 * EqualEarthMaxX, 2 * EqualEarthMaxY);
}

QString WorldMap::placeKey(QStringView name)
{
    QString key;
    for (QChar c : name.toString().normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            key.append(c.toCaseFolded());
    }
    return key;
}

} // namespace Spyline
