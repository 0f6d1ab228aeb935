#pragma once

#include "GraphViewport.h"
#include "statistics/StatisticsData.h"

#include <QColor>
#include <QCoreApplication>
#include <QPainterPath>
#include <QPolygonF>
#include <QSizeF>

#include <memory>

namespace Spyline {

class WorldMap;

// What the map counts: cases by country (shading) and by recruitment venue (arrows and points).
struct MapFigures
{
    CountryCounts countries;
    VenueFlows venues;
};

enum class MapShading : quint8
{
    Targeted, // countries shaded by the cases that target them
    Accused, // ... by the cases that accuse them
};

struct MapOptions
{
    MapShading shading = MapShading::Targeted;
    int maxArrows = 60; // the largest flows; the others are counted in the caption
    bool labels = true;
};

// The geometry of one frame of the map: pure computation from the figures, the options, the
// size and the viewport (map units to device pixels), shared by the view and the export.
class MapLayout
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::MapLayout)

public:
    struct ShadeClass
    {
        int from = 0;
        int to = 0;
    };
    struct Shaded
    {
        int country = -1; // index into WorldMap::countries()
        int cases = 0;
        int shadeClass = 0; // index into shadeClasses()
        bool selected = false;
    };
    struct Former
    {
        int former = -1; // index into WorldMap::formerStates()
        QList<int> successors; // indexes into WorldMap::countries()
        int cases = 0;
        int shadeClass = 0;
        QPointF anchor; // device
        bool selected = false;
    };
    struct Arrow
    {
        QString venue;
        QString target;
        int cases = 0;
        QPainterPath path; // device: the shaft, a curve from the venue to the head
        QPolygonF spine; // device: the shaft in short straight steps, fine enough to draw and hit
        QPolygonF head; // device
        qreal width = 1;
        bool selected = false;
    };
    struct Point
    {
        QString country;
        QString city; // the gazetteer's name
        int cases = 0;
        QPointF at; // device
        qreal radius = 3;
        bool selected = false;
    };
    // Recruited in the country they are said to have spied on: a ring, no arrow.
    struct Ring
    {
        QString country;
        int cases = 0;
        QPointF at; // device
        qreal radius = 4;
        bool selected = false;
    };
    struct Label
    {
        QString text;
        QRectF box; // device
    };
    struct Hit
    {
        enum class Kind : quint8
        {
            None,
            Country,
            Former,
            Arrow,
            Point,
            Ring,
        };
        Kind kind = Kind::None;
        QString code; // the country, former state or venue
        QString target; // an arrow's target
        QString city; // a point's city
        bool operator==(const Hit& other) const = default;
    };

    // What does not depend on the viewport (shades, flows, places) is worked out once per figures
    // and options and shared by every frame laid out for them.
    MapLayout(const WorldMap& map, std::shared_ptr<const MapFigures> figures,
              std::shared_ptr<const MapFigures> selected, const MapOptions& options, const QSizeF& size,
              const GraphViewport& viewport);

    // The whole world in `size`, with a margin.
    static GraphViewport fit(const QSizeF& size);

    const WorldMap& map() const
    {
        return m_map;
    }
    const MapFigures& figures() const
    {
        return *m_figures;
    }
    const MapOptions& options() const
    {
        return m_options;
    }
    const QSizeF& size() const
    {
        return m_size;
    }
    const GraphViewport& viewport() const
    {
        return m_viewport;
    }
    const QList<ShadeClass>& shadeClasses() const
    {
        return m_classes;
    }
    const QList<Shaded>& shaded() const
    {
        return m_shaded;
    }
    const QList<Former>& formers() const
    {
        return m_formers;
    }
    const QList<Arrow>& arrows() const
    {
        return m_arrows;
    }
    const QList<Point>& points() const
    {
        return m_points;
    }
    const QList<Ring>& rings() const
    {
        return m_rings;
    }
    const QList<Label>& labels() const
    {
        return m_labels;
    }
    int flowCount() const
    {
        return m_flowCount;
    }
    // Cases drawn as arrows, rings or points: their venue and target are on the map.
    int casesPlaced() const
    {
        return m_casesPlaced;
    }
    // Cases whose venue the map cannot place (a country with no outline or place).
    int venuesNotPlaced() const
    {
        return m_venuesNotPlaced;
    }
    // Cases in flows left out for room.
    int casesInFlowsLeftOut() const
    {
        return m_casesLeftOut;
    }
    // Venues whose city the gazetteer does not know: drawn from their country's anchor.
    int citiesNotFound() const
    {
        return m_citiesNotFound;
    }
    // Cases shaded on a country with no outline at this scale: counted in the caption.
    int shadedNotDrawn() const
    {
        return m_shadedNotDrawn;
    }
    int countFor(const CountryTally& tally) const;
    // The cases a country holds for the current shading (0 when none).
    int casesOf(QStringView code) const;
    // Recruitment venues in a country.
    int venuesIn(QStringView code) const;

    Hit hitTest(const QPointF& device) const;
    // Plain text for a hover.
    QString describe(const Hit& hit) const;
    // The colour of a shade class, for the current shading; lighter classes first.
    QColor shadeColor(int shadeClass) const;
    static QColor shadeColor(MapShading shading, int shadeClass, int classes);

private:
    struct Placement;
    static std::shared_ptr<const Placement> placementFor(const WorldMap& map,
                                                         const std::shared_ptr<const MapFigures>& figures,
                                                         const std::shared_ptr<const MapFigures>& selected,
                                                         const MapOptions& options);
    static void shade(Placement& placement, const WorldMap& map, const MapFigures& figures, const MapFigures* selected,
                      MapShading shading);
    static void placeFlows(Placement& placement, const WorldMap& map, const MapFigures& figures,
                           const MapFigures* selected, int maxArrows);
    void toDevice(const Placement& placement);
    void placeLabels(const Placement& placement);

    const WorldMap& m_map;
    std::shared_ptr<const MapFigures> m_figures;
    MapOptions m_options;
    QSizeF m_size;
    GraphViewport m_viewport;
    QList<ShadeClass> m_classes;
    QList<Shaded> m_shaded;
    QList<Former> m_formers;
    QList<Arrow> m_arrows;
    QList<Point> m_points;
    QList<Ring> m_rings;
    QList<Label> m_labels;
    int m_flowCount = 0;
    int m_casesPlaced = 0;
    int m_venuesNotPlaced = 0;
    int m_casesLeftOut = 0;
    int m_citiesNotFound = 0;
    int m_shadedNotDrawn = 0;
};

} // namespace Spyline
