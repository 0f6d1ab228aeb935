#include "MapChart.h"

#include "MapCanvas.h"
#include "MapPainter.h"
#include "MapView.h"
#include "WorldMap.h"
#include "records/CountryCatalog.h"
#include "statistics/StatisticsSnapshot.h"
#include "store/CaseSearch.h"

#include <QCoreApplication>
#include <QPainter>

namespace Spyline {

namespace {

// Laid out in chart pixels, 96 to the inch, like the timeline; pages count points.
constexpr qreal PixelsPerPoint = 96.0 / 72.0;

} // namespace

MapChart::MapChart(std::shared_ptr<const MapFigures> figures, std::shared_ptr<const MapFigures> selected,
                   const MapOptions& options, QList<Id> cases, Frame frame)
    : m_figures(figures ? std::move(figures) : std::make_shared<const MapFigures>())
    , m_selected(std::move(selected))
    , m_options(options)
    , m_cases(std::move(cases))
    , m_frame(std::move(frame))
{
}

std::unique_ptr<MapChart> MapChart::fromView(const MapView& view, QList<Id> cases)
{
    const MapCanvas* canvas = view.canvas();
    if (!canvas->figures())
        return nullptr;
    Frame frame;
    const QRectF seen = canvas->visibleMapRect();
    // Zoomed in: the page shows what the window shows; else the whole world.
    if (!seen.isEmpty() && !seen.contains(WorldMap::bounds().adjusted(0.05, 0.05, -0.05, -0.05)))
        frame.visible = seen;
    return std::make_unique<MapChart>(canvas->figures(), canvas->selectedFigures(), canvas->options(), std::move(cases),
                                      frame);
}

Result<std::unique_ptr<MapChart>> MapChart::build(Store& store, const CaseFilter& filter, MapShading shading)
{
    auto snapshot = StatisticsSnapshot::compute(store, filter, {}, MapParts);
    if (!snapshot)
        return fail(snapshot.error());
    auto cases = CaseSearch(store).caseIds(filter, CaseSortKey::Created);
    if (!cases)
        return fail(cases.error());
    auto figures = std::make_shared<MapFigures>();
    figures->countries = std::move(snapshot->all.countries);
    figures->venues = std::move(snapshot->all.venues);
    MapOptions options;
    options.shading = shading;
    Frame frame;
    if (filter.fromDay && filter.toDay)
        frame.range = DayRange {*filter.fromDay, *filter.toDay};
    return std::make_unique<MapChart>(std::move(figures), nullptr, options, std::move(*cases), frame);
}

void MapChart::prepare(const QSizeF& size, const ChartTheme&)
{
    const QSizeF pixels = size * PixelsPerPoint;
    const GraphViewport viewport = m_frame.visible.isEmpty()
        ? MapLayout::fit(pixels)
        : GraphViewport::fit(m_frame.visible, QRectF(QPointF(0, 0), pixels), 1e6);
    m_layout.emplace(WorldMap::bundled(), m_figures, m_selected, m_options, pixels, viewport);
}

void MapChart::paint(QPainter& painter, const QRectF& area, const ChartTheme& theme)
{
    if (!m_layout || m_layout->size() != area.size() * PixelsPerPoint)
        prepare(area.size(), theme);
    painter.save();
    painter.translate(area.topLeft());
    painter.scale(1 / PixelsPerPoint, 1 / PixelsPerPoint);
    MapPainter(theme).paint(painter, *m_layout);
    painter.restore();
}

QList<LegendEntry> MapChart::legend() const
{
    QList<LegendEntry> entries;
    if (!m_layout)
        return entries;
    const MapShading shading = m_options.shading;
    const QString countries =
        shading == MapShading::Targeted ? tr("Cases targeting the country") : tr("Cases accusing the country");
    const int classes = int(m_layout->shadeClasses().size());
    for (int i = 0; i < classes; ++i) {
        const MapLayout::ShadeClass& shade = m_layout->shadeClasses().at(i);
        const QString label = shade.from == shade.to ? tr("%Ln case(s)", nullptr, shade.from)
                                                     : tr("%1\u2013%2 cases").arg(shade.from).arg(shade.to);
        const QColor color = MapLayout::shadeColor(shading, i, classes);
        entries.append({countries, label, [color](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                            MapPainter::paintShadeSymbol(painter, box, color, theme);
                        }});
    }
    entries.append({countries, tr("no case"), [](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                        MapPainter::paintShadeSymbol(painter, box, MapPainter::landColor(theme), theme);
                    }});
    if (!m_layout->formers().isEmpty()) {
        QStringList names;
        for (const MapLayout::Former& former : m_layout->formers())
            names.append(CountryCatalog::name(m_layout->map().formerStates().at(former.former).code));
        const QColor color = MapLayout::shadeColor(shading, m_layout->formers().first().shadeClass, classes);
        entries.append({countries, tr("former state, hatched: %1").arg(names.join(QStringLiteral(", "))),
                        [color](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                            MapPainter::paintFormerSymbol(painter, box, color, theme);
                        }});
    }
    const QString recruitment = tr("Recruitment venue \u2192 target");
    if (!m_layout->arrows().isEmpty()) {
        int least = m_layout->arrows().first().cases;
        int most = least;
        qreal thin = m_layout->arrows().first().width;
        qreal thick = thin;
        for (const MapLayout::Arrow& arrow : m_layout->arrows()) {
            if (arrow.cases < least) {
                least = arrow.cases;
                thin = arrow.width;
            }
            if (arrow.cases > most) {
                most = arrow.cases;
                thick = arrow.width;
            }
        }
        // Symbols are drawn in points: the chart's pixels shrink by the same factor.
        entries.append({recruitment, tr("%Ln case(s)", nullptr, least),
                        [thin](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                            MapPainter::paintArrowSymbol(painter, box, thin / PixelsPerPoint, theme);
                        }});
        if (most != least) {
            entries.append({recruitment, tr("%Ln case(s)", nullptr, most),
                            [thick](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                                MapPainter::paintArrowSymbol(painter, box, thick / PixelsPerPoint, theme);
                            }});
        }
    }
    if (!m_layout->rings().isEmpty()) {
        entries.append({recruitment, tr("recruited in the country targeted"),
                        [](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                            MapPainter::paintRingSymbol(painter, box.center(), box.height() / 2 - 1, theme);
                        }});
    }
    if (!m_layout->points().isEmpty()) {
        entries.append(
            {recruitment, tr("venue city"), [](QPainter& painter, const QRectF& box, const ChartTheme& theme) {
                 MapPainter::paintPointSymbol(painter, box.center(), box.height() / 2 - 1, theme);
             }});
    }
    return entries;
}

QList<Id> MapChart::shownCases() const
{
    return m_cases;
}

QList<Id> MapChart::shownEvents() const
{
    return {};
}

std::optional<DayRange> MapChart::shownRange() const
{
    return m_frame.range;
}

QString MapChart::kindName() const
{
    return tr("Where people were recruited, and whom the cases target");
}

QString MapChart::omissions() const
{
    if (!m_layout)
        return {};
    const MapFigures& figures = *m_figures;
    QStringList parts;
    const int unshaded =
        m_options.shading == MapShading::Targeted ? figures.countries.withoutTarget : figures.countries.withoutAccused;
    if (unshaded > 0) {
        parts.append(m_options.shading == MapShading::Targeted
                         ? tr("%Ln case(s) name no target country and shade none.", nullptr, unshaded)
                         : tr("%Ln case(s) name no accused country and shade none.", nullptr, unshaded));
    }
    if (m_layout->shadedNotDrawn() > 0)
        parts.append(
            tr("%Ln case(s) concern countries too small for the map's outlines.", nullptr, m_layout->shadedNotDrawn()));
    if (figures.venues.withoutVenue > 0)
        parts.append(tr("%Ln case(s) have no recruitment venue in a known country and are not placed.", nullptr,
                        figures.venues.withoutVenue));
    if (m_layout->venuesNotPlaced() > 0)
        parts.append(tr("%Ln case(s) with a venue have no known target and get no arrow.", nullptr,
                        m_layout->venuesNotPlaced()));
    if (m_layout->casesInFlowsLeftOut() > 0)
        parts.append(tr("The %1 largest of %2 venue-to-target flows are drawn; %3 in the others are not.")
                         .arg(m_layout->arrows().size())
                         .arg(m_layout->flowCount())
                         .arg(tr("%Ln case(s)", nullptr, m_layout->casesInFlowsLeftOut())));
    if (!m_layout->formers().isEmpty())
        parts.append(tr("Former states are hatched over the outlines of the countries that succeeded them."));
    return parts.join(u' ');
}

} // namespace Spyline
