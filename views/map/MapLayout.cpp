#include "MapLayout.h"

#include "CountryCatalog.h"
#include "WorldMap.h"

#include "Plural.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QPainterPathStroker>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Spyline {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Spyline::MapLayout", text, disambiguation, n);
}

QString countryName(QStringView code)
{
    const QString name = CountryCatalog::name(code);
    return name.isEmpty() ? code.toString() : name;
}

// Five steps of ColorBrewer's sequential Blues and Oranges, light to dark: told apart by people
// with any common colour-vision deficiency, and in greyscale.
constexpr const char* Blues[] = {"#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"};
constexpr const char* Oranges[] = {"#fdd0a2", "#fdae6b", "#fd8d3c", "#e6550d", "#a63603"};

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

int classOf(const QList<MapLayout::ShadeClass>& classes, int cases)
{
    for (int i = 0; i < classes.size(); ++i) {
        if (cases <= classes.at(i).to)
            return i;
    }
    return int(classes.size()) - 1;
}

} // namespace

MapLayout::MapLayout(const WorldMap& map, std::shared_ptr<const MapFigures> figures, const MapFigures* selected,
                     const MapOptions& options, const QSizeF& size, const GraphViewport& viewport)
    : m_map(map)
    , m_figures(figures ? std::move(figures) : std::make_shared<const MapFigures>())
    , m_options(options)
    , m_size(size)
    , m_viewport(viewport)
{
    shade(selected);
    placeFlows(selected);
    if (m_options.labels)
        placeLabels();
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

void MapLayout::shade(const MapFigures* selected)
{
    int most = 0;
    for (const CountryTally& tally : m_figures->countries.countries)
        most = std::max(most, countFor(tally));
    m_classes = classesUpTo(most);
    const auto isSelected = [&](QStringView code) {
        if (!selected)
            return false;
        const CountryTally* tally = selected->countries.find(code);
        return tally && countFor(*tally) > 0;
    };
    for (const CountryTally& tally : m_figures->countries.countries) {
        const int cases = countFor(tally);
        if (cases == 0)
            continue;
        if (const WorldMap::FormerState* former = m_map.formerState(tally.code)) {
            Former overlay;
            overlay.former = int(former - m_map.formerStates().data());
            for (const QString& successor : former->successors) {
                if (const WorldMap::Country* country = m_map.country(successor))
                    overlay.successors.append(int(country - m_map.countries().data()));
            }
            overlay.cases = cases;
            overlay.shadeClass = classOf(m_classes, cases);
            overlay.anchor = m_viewport.toDevice(former->anchor);
            overlay.selected = isSelected(tally.code);
            m_formers.append(overlay);
            continue;
        }
        const WorldMap::Country* country = m_map.country(tally.code);
        if (!country) {
            // Too small for 1:110m outlines (Singapore, Malta): its count is in the caption.
            m_shadedNotDrawn += cases;
            continue;
        }
        m_shaded.append(
            {int(country - m_map.countries().data()), cases, classOf(m_classes, cases), isSelected(tally.code)});
    }
}

void MapLayout::placeFlows(const MapFigures* selected)
{
    // Flows by venue and target, across cities; the cities become points.
    struct Flow
    {
        QString venue;
        QString target;
        int cases = 0;
    };
    QList<Flow> flows;
    QHash<QString, int> flowIndex;
    QHash<QString, int> pointIndex;
    QHash<QString, int> ringIndex;
    QSet<QString> selectedFlows;
    QSet<QString> selectedCities;
    if (selected) {
        for (const VenueFlow& flow : selected->venues.flows) {
            selectedFlows.insert(flow.venue + u'>' + flow.target);
            selectedCities.insert(flow.venue + u'\n' + WorldMap::placeKey(flow.city));
        }
    }
    for (const VenueFlow& flow : m_figures->venues.flows) {
        const auto from = m_map.anchor(flow.venue);
        if (!from) {
            m_venuesNotPlaced += flow.cases;
            continue;
        }
        if (!flow.city.isEmpty()) {
            if (const WorldMap::Place* place = m_map.place(flow.venue, flow.city)) {
                const QString key = flow.venue + u'\n' + WorldMap::placeKey(flow.city);
                auto it = pointIndex.constFind(key);
                if (it == pointIndex.constEnd()) {
                    it = pointIndex.insert(key, int(m_points.size()));
                    m_points.append({flow.venue, place->names.value(0), 0, m_viewport.toDevice(place->point), 3,
                                     selectedCities.contains(key)});
                }
                m_points[*it].cases += flow.cases;
            } else {
                m_citiesNotFound += flow.cases;
            }
        }
        if (flow.target.isEmpty() || !m_map.anchor(flow.target)) {
            // A venue with no target to point at: its point (if any) still shows where.
            m_venuesNotPlaced += flow.cases;
            continue;
        }
        m_casesPlaced += flow.cases;
        if (flow.target == flow.venue) {
            auto it = ringIndex.constFind(flow.venue);
            if (it == ringIndex.constEnd()) {
                it = ringIndex.insert(flow.venue, int(m_rings.size()));
                m_rings.append({flow.venue, 0, m_viewport.toDevice(*from), 4,
                                selectedFlows.contains(flow.venue + u'>' + flow.target)});
            }
            m_rings[*it].cases += flow.cases;
            continue;
        }
        const QString key = flow.venue + u'>' + flow.target;
        auto it = flowIndex.constFind(key);
        if (it == flowIndex.constEnd()) {
            it = flowIndex.insert(key, int(flows.size()));
            flows.append({flow.venue, flow.target, 0});
        }
        flows[*it].cases += flow.cases;
    }
    m_flowCount = int(flows.size());
    std::stable_sort(flows.begin(), flows.end(), [](const Flow& a, const Flow& b) { return a.cases > b.cases; });
    for (qsizetype i = m_options.maxArrows; i < flows.size(); ++i)
        m_casesLeftOut += flows.at(i).cases;
    if (flows.size() > m_options.maxArrows)
        flows.resize(m_options.maxArrows);

    int most = 1;
    for (const Flow& flow : flows)
        most = std::max(most, flow.cases);
    for (const Point& point : std::as_const(m_points))
        most = std::max(most, point.cases);
    for (Point& point : m_points)
        point.radius = 2.5 + 4.5 * std::sqrt(double(point.cases) / most);
    for (Ring& ring : m_rings)
        ring.radius = 5 + 6 * std::sqrt(double(ring.cases) / most);
    // The smallest flows first, so that the largest are drawn on top.
    for (auto flow = flows.crbegin(); flow != flows.crend(); ++flow) {
        Arrow arrow;
        arrow.venue = flow->venue;
        arrow.target = flow->target;
        arrow.cases = flow->cases;
        arrow.width = 1.2 + 7.0 * std::sqrt(double(flow->cases) / most);
        arrow.selected = selectedFlows.contains(flow->venue + u'>' + flow->target);
        const QPointF from = m_viewport.toDevice(*m_map.anchor(flow->venue));
        const QPointF to = m_viewport.toDevice(*m_map.anchor(flow->target));
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
        const QPointF tip = to;
        const QPointF base = tip - unit * headLength;
        const QPointF side(-unit.y(), unit.x());
        const qreal half = std::max(3.0, arrow.width * 1.1);
        arrow.head = QPolygonF({tip, base + side * half, base - side * half});
        arrow.path.moveTo(from);
        arrow.path.quadTo(control, base);
        m_arrows.append(arrow);
    }
}

void MapLayout::placeLabels()
{
    // The countries with the most cases, named with their count where there is room.
    struct Candidate
    {
        QString code;
        int cases;
        QPointF at;
    };
    QList<Candidate> candidates;
    for (const Shaded& shaded : std::as_const(m_shaded)) {
        const WorldMap::Country& country = m_map.countries().at(shaded.country);
        candidates.append({country.code, shaded.cases, m_viewport.toDevice(country.anchor)});
    }
    for (const Former& former : std::as_const(m_formers))
        candidates.append({m_map.formerStates().at(former.former).code, former.cases, former.anchor});
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.cases > b.cases; });
    const QRectF frame(QPointF(0, 0), m_size);
    // Labels are measured at 8 points of a common sans font: an estimate the painter keeps to.
    const qreal charWidth = 5.2;
    const qreal height = 12;
    for (const Candidate& candidate : std::as_const(candidates)) {
        if (m_labels.size() >= 12)
            break;
        const QString text = QStringLiteral("%1 %2").arg(countryName(candidate.code)).arg(candidate.cases);
        const QRectF box(candidate.at.x() - text.size() * charWidth / 2, candidate.at.y() + 6, text.size() * charWidth,
                         height);
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
        QPainterPathStroker stroker;
        stroker.setWidth(arrow->width + 6);
        if (arrow->head.containsPoint(device, Qt::OddEvenFill) || stroker.createStroke(arrow->path).contains(device))
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
        return QStringList {
            plural(tally.targeted, tr("Target of 1 case"), tr("Target of %1 cases")),
            plural(tally.accused, tr("Accused in 1 case"), tr("Accused in %1 cases")),
            plural(venuesIn(code), tr("Recruitment venue of 1 case"), tr("Recruitment venue of %1 cases"))};
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
        return first + u'\n' + plural(cases, tr("1 case"), tr("%1 cases")) + u'\n'
            + tr("Click to show only these cases.");
    }
    case Hit::Kind::Point: {
        int cases = 0;
        for (const Point& point : m_points) {
            if (point.country == hit.code && point.city == hit.city)
                cases += point.cases;
        }
        return tr("%1, %2").arg(hit.city, countryName(hit.code)) + u'\n'
            + plural(cases, tr("Recruitment venue of 1 case"), tr("Recruitment venue of %1 cases")) + u'\n'
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
    const auto& ramp = shading == MapShading::Targeted ? Blues : Oranges;
    if (classes <= 1)
        return QColor(QString::fromLatin1(ramp[2]));
    // Spread over the five steps: two classes take the lightest and the darkest but one.
    const int step = std::clamp(int(std::lround(shadeClass * 4.0 / (classes - 1))), 0, 4);
    return QColor(QString::fromLatin1(ramp[step]));
}

} // namespace Spyline
