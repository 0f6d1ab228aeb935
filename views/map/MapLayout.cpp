#include "MapLayout.h"

#include "Palette.h"
#include "WorldMap.h"
#include "records/CountryCatalog.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

QString countryName(QStringView code)
{
    const QString name = CountryCatalog::name(code);
    return name.isEmpty() ? code.toString() : name;
}

QList<MapLayout::ShadeClass> classesUpTo(int most)
{
    QList<MapLayout::ShadeClass> classes;
    if (most <= 0)
        return classes;
    if (most <= 5) {
        for (int n = 1; n <= most; ++n)
            classes.append({n, n});
        return classes;
    }
    int previous = 0;
    for (int k = 1; k <= 5; ++k) {
        const int upper = k == 5 ? most : int(std::ceil(std::pow(double(most), k / 5.0)));
        if (upper <= previous)
            continue;
        classes.append({previous + 1, upper});
        previous = upper;
    }
    return classes;
}

qreal distanceToSegment(const QPointF& point, const QPointF& from, const QPointF& to)
{
    const QPointF along = to - from;
    const qreal length = QPointF::dotProduct(along, along);
    const qreal t = length > 0 ? std::clamp(QPointF::dotProduct(point - from, along) / length, 0.0, 1.0) : 0.0;
    return QLineF(point, from + along * t).length();
}

int classOf(const QList<MapLayout::ShadeClass>& classes, int cases)
{
    for (int i = 0; i < classes.size(); ++i) {
        if (cases <= classes.at(i).to)
            return i;
    }
    return int(classes.size()) - 1;
}

} // namespace

// What a frame needs that does not depend on the viewport, in map units.
struct MapLayout::Placement
{
    struct Flow
    {
        QString venue;
        QString target;
        int cases = 0;
        QPointF from;
        QPointF to;
        qreal width = 1;
        bool selected = false;
    };
    struct Candidate
    {
        QString code;
        int cases = 0;
        QPointF at;
    };
    QList<ShadeClass> classes;
    QList<Shaded> shaded;
    QList<Former> formers; // anchors in map units
    QList<Flow> flows; // the largest, smallest first
    QList<Point> points; // in map units
    QList<Ring> rings; // in map units
    QList<Candidate> labels; // most cases first
    int flowCount = 0;
    int casesPlaced = 0;
    int venuesNotPlaced = 0;
    int casesLeftOut = 0;
    int citiesNotFound = 0;
    int shadedNotDrawn = 0;
};

MapLayout::MapLayout(const WorldMap& map, std::shared_ptr<const MapFigures> figures,
                     std::shared_ptr<const MapFigures> selected, const MapOptions& options, const QSizeF& size,
                     const GraphViewport& viewport)
    : m_map(map)
    , m_figures(figures ? std::move(figures) : std::make_shared<const MapFigures>())
    , m_options(options)
    , m_size(size)
    , m_viewport(viewport)
{
    const auto placement = placementFor(map, m_figures, selected, options);
    m_classes = placement->classes;
    m_shaded = placement->shaded;
    m_flowCount = placement->flowCount;
    m_casesPlaced = placement->casesPlaced;
    m_venuesNotPlaced = placement->venuesNotPlaced;
    m_casesLeftOut = placement->casesLeftOut;
    m_citiesNotFound = placement->citiesNotFound;
    m_shadedNotDrawn = placement->shadedNotDrawn;
    toDevice(*placement);
    if (m_options.labels)
        placeLabels(*placement);
}

std::shared_ptr<const MapLayout::Placement> MapLayout::placementFor(const WorldMap& map,
                                                                    const std::shared_ptr<const MapFigures>& figures,
                                                                    const std::shared_ptr<const MapFigures>& selected,
                                                                    const MapOptions& options)
{
    // The last few placements of this thread: panning and zooming lay out the same figures again
    // and again. Each entry holds its figures, so that an address is never reused while cached.
    struct Entry
    {
        std::shared_ptr<const MapFigures> figures;
        std::shared_ptr<const MapFigures> selected;
        const WorldMap* map = nullptr;
        MapShading shading = MapShading::Targeted;
        int maxArrows = 0;
        std::shared_ptr<const Placement> placement;
    };
    thread_local QList<Entry> cache;
    for (const Entry& entry : std::as_const(cache)) {
        if (entry.figures == figures && entry.selected == selected && entry.map == &map
            && entry.shading == options.shading && entry.maxArrows == options.maxArrows)
            return entry.placement;
    }
    auto placement = std::make_shared<Placement>();
    shade(*placement, map, *figures, selected.get(), options.shading);
    placeFlows(*placement, map, *figures, selected.get(), options.maxArrows);
    cache.prepend({figures, selected, &map, options.shading, options.maxArrows, placement});
    if (cache.size() > 4)
        cache.removeLast();
    return placement;
}

GraphViewport MapLayout::fit(const QSizeF& size)
{
    const QRectF device = QRectF(QPointF(0, 0), size).adjusted(6, 6, -6, -6);
    return GraphViewport::fit(WorldMap::bounds(), device, 1e6);
}

int MapLayout::countFor(const CountryTally& tally) const
{
    return m_options.shading == MapShading::Targeted ? tally.targeted : tally.accused;
}

int MapLayout::casesOf(QStringView code) const
{
    const CountryTally* tally = m_figures->countries.find(code);
    return tally ? countFor(*tally) : 0;
}

int MapLayout::venuesIn(QStringView code) const
{
    int cases = 0;
    for (const VenueFlow& flow : m_figures->venues.flows) {
        if (flow.venue == code)
            cases += flow.cases;
    }
    return cases;
}

void MapLayout::shade(Placement& placement, const WorldMap& map, const MapFigures& figures, const MapFigures* selected,
                      MapShading shading)
{
    const auto countOf = [shading](const CountryTally& tally) {
        return shading == MapShading::Targeted ? tally.targeted : tally.accused;
    };
    int most = 0;
    for (const CountryTally& tally : figures.countries.countries)
        most = std::max(most, countOf(tally));
    placement.classes = classesUpTo(most);
    const auto isSelected = [&](QStringView code) {
        if (!selected)
            return false;
        const CountryTally* tally = selected->countries.find(code);
        return tally && countOf(*tally) > 0;
    };
    for (const CountryTally& tally : figures.countries.countries) {
        const int cases = countOf(tally);
        if (cases == 0)
            continue;
        if (const WorldMap::FormerState* former = map.formerState(tally.code)) {
            Former overlay;
            overlay.former = int(former - map.formerStates().data());
            for (const QString& successor : former->successors) {
                if (const WorldMap::Country* country = map.country(successor))
                    overlay.successors.append(int(country - map.countries().data()));
            }
            overlay.cases = cases;
            overlay.shadeClass = classOf(placement.classes, cases);
            overlay.anchor = former->anchor;
            overlay.selected = isSelected(tally.code);
            placement.formers.append(overlay);
            placement.labels.append({tally.code, cases, former->anchor});
            continue;
        }
        const WorldMap::Country* country = map.country(tally.code);
        if (!country) {
            // Too small for 1:110m outlines (Singapore, Malta): its count is in the caption.
            placement.shadedNotDrawn += cases;
            continue;
        }
        placement.shaded.append(
            {int(country - map.countries().data()), cases, classOf(placement.classes, cases), isSelected(tally.code)});
        placement.labels.append({tally.code, cases, country->anchor});
    }
    std::stable_sort(placement.labels.begin(), placement.labels.end(),
                     [](const Placement::Candidate& a, const Placement::Candidate& b) { return a.cases > b.cases; });
}

void MapLayout::placeFlows(Placement& placement, const WorldMap& map, const MapFigures& figures,
                           const MapFigures* selected, int maxArrows)
{
    // Flows by venue and target, across cities; the cities become points. Anchors and places are
    // looked up once per country and city, not once per row.
    QList<Placement::Flow> flows;
    QHash<QString, int> flowIndex;
    QHash<QString, int> pointIndex;
    QHash<QString, int> ringIndex;
    QHash<QString, std::optional<QPointF>> anchors;
    QHash<QString, const WorldMap::Place*> places;
    QSet<QString> selectedFlows;
    QSet<QString> selectedCities;
    if (selected) {
        for (const VenueFlow& flow : selected->venues.flows) {
            selectedFlows.insert(flow.venue + u'>' + flow.target);
            selectedCities.insert(flow.venue + u'\n' + flow.city);
        }
    }
    const auto anchorOf = [&](const QString& code) {
        auto it = anchors.constFind(code);
        if (it == anchors.constEnd())
            it = anchors.insert(code, map.anchor(code));
        return *it;
    };
    for (const VenueFlow& flow : figures.venues.flows) {
        const auto from = anchorOf(flow.venue);
        if (!from) {
            placement.venuesNotPlaced += flow.cases;
            continue;
        }
        if (!flow.city.isEmpty()) {
            const QString cityKey = flow.venue + u'\n' + flow.city;
            auto found = places.constFind(cityKey);
            if (found == places.constEnd())
                found = places.insert(cityKey, map.place(flow.venue, flow.city));
            if (const WorldMap::Place* place = *found) {
                const QString key = flow.venue + u'\n' + place->names.value(0);
                auto it = pointIndex.constFind(key);
                if (it == pointIndex.constEnd()) {
                    it = pointIndex.insert(key, int(placement.points.size()));
                    placement.points.append({flow.venue, place->names.value(0), 0, place->point, 3, false});
                }
                placement.points[*it].cases += flow.cases;
                placement.points[*it].selected = placement.points[*it].selected || selectedCities.contains(cityKey);
            } else {
                placement.citiesNotFound += flow.cases;
            }
        }
        if (flow.target.isEmpty() || !anchorOf(flow.target)) {
            // A venue with no target to point at: its point (if any) still shows where.
            placement.venuesNotPlaced += flow.cases;
            continue;
        }
        placement.casesPlaced += flow.cases;
        const QString key = flow.venue + u'>' + flow.target;
        if (flow.target == flow.venue) {
            auto it = ringIndex.constFind(flow.venue);
            if (it == ringIndex.constEnd()) {
                it = ringIndex.insert(flow.venue, int(placement.rings.size()));
                placement.rings.append({flow.venue, 0, *from, 4, selectedFlows.contains(key)});
            }
            placement.rings[*it].cases += flow.cases;
            continue;
        }
        auto it = flowIndex.constFind(key);
        if (it == flowIndex.constEnd()) {
            it = flowIndex.insert(key, int(flows.size()));
            flows.append({flow.venue, flow.target, 0, *from, *anchorOf(flow.target), 1, selectedFlows.contains(key)});
        }
        flows[*it].cases += flow.cases;
    }
    placement.flowCount = int(flows.size());
    std::stable_sort(flows.begin(), flows.end(),
                     [](const Placement::Flow& a, const Placement::Flow& b) { return a.cases > b.cases; });
    for (qsizetype i = maxArrows; i < flows.size(); ++i)
        placement.casesLeftOut += flows.at(i).cases;
    if (flows.size() > maxArrows)
        flows.resize(maxArrows);
    int most = 1;
    for (const Placement::Flow& flow : std::as_const(flows))
        most = std::max(most, flow.cases);
    for (const Point& point : std::as_const(placement.points))
        most = std::max(most, point.cases);
    for (Point& point : placement.points)
        point.radius = 2.5 + 4.5 * std::sqrt(double(point.cases) / most);
    for (Ring& ring : placement.rings)
        ring.radius = 5 + 6 * std::sqrt(double(ring.cases) / most);
    for (Placement::Flow& flow : flows)
        flow.width = 1.2 + 7.0 * std::sqrt(double(flow.cases) / most);
    // The smallest first, so that the largest are drawn on top.
    std::reverse(flows.begin(), flows.end());
    placement.flows = flows;
}

void MapLayout::toDevice(const Placement& placement)
{
    m_formers = placement.formers;
    for (Former& former : m_formers)
        former.anchor = m_viewport.toDevice(former.anchor);
    m_points = placement.points;
    for (Point& point : m_points)
        point.at = m_viewport.toDevice(point.at);
    m_rings = placement.rings;
    for (Ring& ring : m_rings)
        ring.at = m_viewport.toDevice(ring.at);
    for (const Placement::Flow& flow : placement.flows) {
        Arrow arrow;
        arrow.venue = flow.venue;
        arrow.target = flow.target;
        arrow.cases = flow.cases;
        arrow.width = flow.width;
        arrow.selected = flow.selected;
        const QPointF from = m_viewport.toDevice(flow.from);
        const QPointF to = m_viewport.toDevice(flow.to);
        const QLineF chord(from, to);
        if (chord.length() < 1)
            continue;
        // Bent to the left of its direction: Italy to China and China to Italy stay apart.
        const QPointF normal(-chord.dy() / chord.length(), chord.dx() / chord.length());
        const QPointF control = (from + to) / 2 + normal * chord.length() * 0.18;
        const qreal headLength = std::min(chord.length() / 3, 6 + arrow.width * 1.6);
        // The shaft stops where the head begins; the head points along the curve's last tangent.
        const QLineF tangent(control, to);
        const QPointF unit = (to - control) / std::max<qreal>(1e-6, tangent.length());
        const QPointF base = to - unit * headLength;
        const QPointF side(-unit.y(), unit.x());
        const qreal half = std::max(3.0, arrow.width * 1.1);
        arrow.head = QPolygonF({to, base + side * half, base - side * half});
        arrow.path.moveTo(from);
        arrow.path.quadTo(control, base);
        // Steps that stray from the curve by well under a tenth of a pixel.
        const int steps = std::clamp(int(std::ceil(1.5 * std::sqrt(chord.length()))), 8, 1024);
        arrow.spine.reserve(steps + 1);
        for (int i = 0; i <= steps; ++i) {
            const qreal t = qreal(i) / steps;
            arrow.spine.append((1 - t) * (1 - t) * from + 2 * (1 - t) * t * control + t * t * base);
        }
        m_arrows.append(arrow);
    }
}

void MapLayout::placeLabels(const Placement& placement)
{
    // The countries with the most cases, named with their count where there is room.
    const QRectF frame(QPointF(0, 0), m_size);
    // Labels are measured at 8 points of a common sans font: an estimate the painter keeps to.
    const qreal charWidth = 5.2;
    const qreal height = 12;
    for (const Placement::Candidate& candidate : placement.labels) {
        if (m_labels.size() >= 12)
            break;
        const QPointF at = m_viewport.toDevice(candidate.at);
        const QString text = QStringLiteral("%1 %2").arg(countryName(candidate.code)).arg(candidate.cases);
        const QRectF box(at.x() - text.size() * charWidth / 2, at.y() + 6, text.size() * charWidth, height);
        if (!frame.contains(box))
            continue;
        const bool overlaps = std::any_of(m_labels.cbegin(), m_labels.cend(), [&](const Label& label) {
            return label.box.adjusted(-3, -2, 3, 2).intersects(box);
        });
        if (!overlaps)
            m_labels.append({text, box});
    }
}

MapLayout::Hit MapLayout::hitTest(const QPointF& device) const
{
    for (auto point = m_points.crbegin(); point != m_points.crend(); ++point) {
        if (QLineF(point->at, device).length() <= point->radius + 3)
            return {Hit::Kind::Point, point->country, {}, point->city};
    }
    for (auto arrow = m_arrows.crbegin(); arrow != m_arrows.crend(); ++arrow) {
        // Within three pixels of the shaft or on the head.
        const qreal reach = arrow->width / 2 + 3;
        bool near = arrow->head.containsPoint(device, Qt::OddEvenFill);
        for (qsizetype i = 0; !near && i + 1 < arrow->spine.size(); ++i)
            near = distanceToSegment(device, arrow->spine.at(i), arrow->spine.at(i + 1)) <= reach;
        if (near)
            return {Hit::Kind::Arrow, arrow->venue, arrow->target, {}};
    }
    for (const Ring& ring : m_rings) {
        if (std::abs(QLineF(ring.at, device).length() - ring.radius) <= 4)
            return {Hit::Kind::Ring, ring.country, ring.country, {}};
    }
    for (const Former& former : m_formers) {
        if (QLineF(former.anchor, device).length() <= 9)
            return {Hit::Kind::Former, m_map.formerStates().at(former.former).code, {}, {}};
    }
    const QString code = m_map.countryAt(m_viewport.toLayout(device));
    if (!code.isEmpty())
        return {Hit::Kind::Country, code, {}, {}};
    return {};
}

QString MapLayout::describe(const Hit& hit) const
{
    const auto tallyOf = [&](const QString& code) {
        const CountryTally* tally = m_figures->countries.find(code);
        return tally ? *tally : CountryTally {code, 0, 0};
    };
    const auto countryLines = [&](const QString& code) {
        const CountryTally tally = tallyOf(code);
        return QStringList {tr("Target of %Ln case(s)", nullptr, tally.targeted),
                            tr("Accused in %Ln case(s)", nullptr, tally.accused),
                            tr("Recruitment venue of %Ln case(s)", nullptr, venuesIn(code))};
    };
    switch (hit.kind) {
    case Hit::Kind::None:
        return {};
    case Hit::Kind::Country: {
        QStringList lines {countryName(hit.code)};
        lines += countryLines(hit.code);
        for (const Former& former : m_formers) {
            const WorldMap::FormerState& state = m_map.formerStates().at(former.former);
            if (state.successors.contains(hit.code)) {
                lines.append(tr("Part of the former %1, drawn over it: %n case(s)", nullptr, former.cases)
                                 .arg(countryName(state.code)));
            }
        }
        lines.append(tr("Click to show only its cases."));
        return lines.join(u'\n');
    }
    case Hit::Kind::Former: {
        QStringList lines {tr("%1 (former state, drawn over its successors)").arg(countryName(hit.code))};
        lines += countryLines(hit.code);
        lines.append(tr("Click to show only its cases."));
        return lines.join(u'\n');
    }
    case Hit::Kind::Arrow:
    case Hit::Kind::Ring: {
        int cases = 0;
        for (const VenueFlow& flow : m_figures->venues.flows) {
            if (flow.venue == hit.code && flow.target == hit.target)
                cases += flow.cases;
        }
        const QString first = hit.code == hit.target
            ? tr("Recruited in %1, the country they are said to have spied on").arg(countryName(hit.code))
            : tr("Recruited in %1, targeting %2").arg(countryName(hit.code), countryName(hit.target));
        return first + u'\n' + tr("%Ln case(s)", nullptr, cases) + u'\n' + tr("Click to show only these cases.");
    }
    case Hit::Kind::Point: {
        int cases = 0;
        for (const Point& point : m_points) {
            if (point.country == hit.code && point.city == hit.city)
                cases += point.cases;
        }
        return tr("%1, %2").arg(hit.city, countryName(hit.code)) + u'\n'
            + tr("Recruitment venue of %Ln case(s)", nullptr, cases) + u'\n'
            + tr("Click to show the cases recruited in %1.").arg(countryName(hit.code));
    }
    }
    return {};
}

QColor MapLayout::shadeColor(int shadeClass) const
{
    return shadeColor(m_options.shading, shadeClass, int(m_classes.size()));
}

QColor MapLayout::shadeColor(MapShading shading, int shadeClass, int classes)
{
    const auto ramp = shading == MapShading::Targeted ? &Palette::blueStep : &Palette::orangeStep;
    if (classes <= 1)
        return ramp(2);
    // Spread over the five steps: two classes take the lightest and the darkest but one.
    return ramp(std::clamp(int(std::lround(shadeClass * 4.0 / (classes - 1))), 0, 4));
}

} // namespace Spyline
