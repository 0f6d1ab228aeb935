#pragma once

#include "records/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <optional>

namespace Spyline {

// The world as Spyline draws it: Natural Earth's 1:110m country outlines and populated places
// (resources/map, made by scripts/convert-natural-earth.py), projected once with Equal Earth.
// Map coordinates are the projection's, with y growing south (as on a screen): the world spans
// x in [-EqualEarthMaxX, EqualEarthMaxX] and y in [-EqualEarthMaxY, EqualEarthMaxY].
class WorldMap
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::WorldMap)

public:
    struct Country
    {
        QString code; // alpha-2; empty for land without an ISO code of its own
        QPainterPath outline;
        QRectF bounds;
        QPointF anchor; // where arrows start and end: inside its largest part
    };
    struct FormerState
    {
        QString code; // SUHH, DDDE, DEDE, CSHH, YUCS
        QPointF anchor;
        QStringList successors;
    };
    struct Place
    {
        QString country;
        QPointF point;
        QStringList names; // the first is the one shown
    };

    // The bundled map, read once.
    static const WorldMap& bundled();
    // Reads the resource format; every count and length is checked against the bytes present.
    static Result<WorldMap> read(const QByteArray& data);

    const QList<Country>& countries() const
    {
        return m_countries;
    }
    const QList<FormerState>& formerStates() const
    {
        return m_formerStates;
    }
    const QList<Place>& places() const
    {
        return m_places;
    }
    const Country* country(QStringView code) const;
    const FormerState* formerState(QStringView code) const;
    // Where a country's arrows meet: its outline's anchor, a former state's anchor, or for a
    // country too small for the 1:110m outlines (Singapore, Malta) its capital or largest place.
    std::optional<QPointF> anchor(QStringView code) const;
    // A city of a country by any of its names, ignoring case and accents ("Osaka" finds Ōsaka).
    const Place* place(QStringView country, QStringView city) const;
    // The country whose outline holds the point, or empty.
    QString countryAt(const QPointF& point) const;
    // The outline of the whole map (the projection's edge), for the ocean.
    const QPainterPath& sphere() const
    {
        return m_sphere;
    }
    // Parallels and meridians every 30 degrees.
    const QPainterPath& graticule() const
    {
        return m_graticule;
    }
    static QRectF bounds();
    // Names compared for places: lower case, accents and punctuation dropped.
    static QString placeKey(QStringView name);

private:
    void finish();

    QList<Country> m_countries;
    QList<FormerState> m_formerStates;
    QList<Place> m_places;
    QHash<QString, int> m_countryIndex;
    QHash<QString, int> m_placeIndex; // "CC\nkey"
    QHash<QString, int> m_placeOfCountry; // the first place listed for a country: capitals come first
    QPainterPath m_sphere;
    QPainterPath m_graticule;
};

} // namespace Spyline
