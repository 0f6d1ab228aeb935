// Map and statistics benchmarks (issue 16): each aggregation over the 1,000,000-event collection
// (one SQL query each, at most 200 ms), the lag histogram's binning, and a frame of the map with
// the 1M-event figures as the canvas paints it when zoomed, panned or hovered (at most 16 ms).
// Run: build/tests/benchmarks/spyline_statistics_benchmark [--benchmark_filter='Aggregation|MapFrame']
#include "BenchmarkCollections.h"
#include "ChartTheme.h"
#include "MapLayerCache.h"
#include "MapLayout.h"
#include "StatisticsLayout.h"
#include "StatisticsPainter.h"
#include "WorldMap.h"
#include "statistics/CaseStatistics.h"
#include "statistics/LagHistogram.h"
#include "store/Store.h"

#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <functional>

using namespace Spyline;

namespace {

constexpr int Events = 1000000;

template<typename T>
void aggregate(benchmark::State& state, const std::function<Result<T>(CaseStatistics&)>& run)
{
    CaseStatistics statistics(Benchmarks::openCollection(Events));
    for (auto _ : state) {
        auto result = run(statistics);
        if (!result) {
            state.SkipWithError(qPrintable(result.error()));
            return;
        }
        benchmark::DoNotOptimize(result);
    }
}

void registerAggregations()
{
    const auto add = [](const char* name, auto function) {
        benchmark::RegisterBenchmark(name, function)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->Iterations(1)
            ->Repetitions(5)
            ->ReportAggregatesOnly(true);
    };
    add("BM_Aggregation/countries", [](benchmark::State& state) {
        aggregate<CountryCounts>(state, [](CaseStatistics& s) { return s.countries({}); });
    });
    add("BM_Aggregation/venues",
        [](benchmark::State& state) { aggregate<VenueFlows>(state, [](CaseStatistics& s) { return s.venues({}); }); });
    add("BM_Aggregation/perYear", [](benchmark::State& state) {
        aggregate<DisclosuresPerYear>(state, [](CaseStatistics& s) { return s.disclosuresPerYear({}); });
    });
    add("BM_Aggregation/statuses", [](benchmark::State& state) {
        aggregate<StatusCounts>(state, [](CaseStatistics& s) { return s.statuses({}); });
    });
    add("BM_Aggregation/agencies", [](benchmark::State& state) {
        aggregate<AgencyCounts>(state, [](CaseStatistics& s) { return s.agencies({}); });
    });
    add("BM_Aggregation/lags",
        [](benchmark::State& state) { aggregate<LinkLags>(state, [](CaseStatistics& s) { return s.lags({}); }); });
    // A narrow filter: one status and a decade, as a click on a bar leaves.
    add("BM_Aggregation/venuesFiltered", [](benchmark::State& state) {
        CaseFilter filter;
        filter.statuses = {CaseStatus::Convicted};
        filter.fromDay = 2447893; // 1990-01-01
        filter.toDay = 2451544; // 1999-12-31
        aggregate<VenueFlows>(state, [filter](CaseStatistics& s) { return s.venues(filter); });
    });
}

void BM_LagHistogram(benchmark::State& state)
{
    auto lags = CaseStatistics(Benchmarks::openCollection(Events)).lags({});
    if (!lags) {
        state.SkipWithError(qPrintable(lags.error()));
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(LagHistogram::build(*lags));
    state.counters["links"] = double(lags->links());
}

std::shared_ptr<const MapFigures> millionFigures()
{
    static const std::shared_ptr<const MapFigures> figures = [] {
        CaseStatistics statistics(Benchmarks::openCollection(Events));
        auto map = std::make_shared<MapFigures>();
        auto countries = statistics.countries({});
        auto venues = statistics.venues({});
        if (!countries || !venues)
            qFatal("the map's figures could not be counted");
        map->countries = *countries;
        map->venues = *venues;
        return map;
    }();
    return figures;
}

// Frames of the map at 1,600 by 900 with the 1M-event figures, as the canvas paints them: laid out
// for the frame's viewport, then painted through MapLayerCache, which keeps the layers it painted
// last and paints anew what the frame needs. Scenes: the whole world; zoomed 4x on Europe; the
// whole world shaded by accused country. Motions, each frame against the one before it:
// - zoom: the scale changes (1.25x in, then out again), so everything is painted afresh;
// - pan: a drag of 24 pixels a frame round a square: the layers move and the strips they
//   uncover are painted (the first frame of a drag after a zoom also paints the overlay: at most
//   a zoom frame);
// - hover: nothing moves and the pointer passes from country to country: the layers are reused
//   and the outline drawn.
void mapFrame(benchmark::State& state, int scene, int motion)
{
    enum Motion
    {
        Zoom,
        Pan,
        Hover,
    };
    const auto figures = millionFigures();
    const QSize size(1600, 900);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const ChartTheme theme = ChartTheme::screen();
    GraphViewport start = MapLayout::fit(QSizeF(size));
    MapOptions options;
    if (scene == 1)
        start.zoomAround(start.toDevice(*WorldMap::bundled().anchor(u"DE")), 4, 0, 1e9);
    if (scene == 2)
        options.shading = MapShading::Accused;
    GraphViewport zoomed = start;
    zoomed.zoomAround(QPointF(size.width() / 2.0, size.height() / 2.0), 1.25, 0, 1e9);
    const QPointF square[] = {{0, 0}, {24, 0}, {24, 24}, {0, 24}};
    const MapLayout::Hit countries[] = {{MapLayout::Hit::Kind::Country, QStringLiteral("CN"), {}, {}},
                                        {MapLayout::Hit::Kind::Country, QStringLiteral("DE"), {}, {}}};
    const MapLayerCache::Work expected[] = {MapLayerCache::Work::Painted, MapLayerCache::Work::Shifted,
                                            MapLayerCache::Work::Repainted};
    MapLayerCache cache;
    const auto paint = [&](const GraphViewport& viewport, const MapLayout::Hit& hovered) {
        const MapLayout layout(WorldMap::bundled(), figures, nullptr, options, QSizeF(size), viewport);
        QPainter painter(&image);
        painter.fillRect(image.rect(), theme.background);
        cache.paint(painter, layout, hovered, theme);
        return int(layout.arrows().size());
    };
    // The frame shown before the motion starts, and a repaint that keeps its overlay.
    paint(start, {});
    paint(start, {});
    int frame = 0;
    int arrows = 0;
    for (auto _ : state) {
        ++frame;
        GraphViewport viewport = start;
        MapLayout::Hit hovered;
        if (motion == Zoom && frame % 2 == 1)
            viewport = zoomed;
        if (motion == Pan)
            viewport.offset += square[frame % 4];
        if (motion == Hover)
            hovered = countries[frame % 2];
        arrows = paint(viewport, hovered);
        if (cache.lastWork() != expected[motion]) {
            state.SkipWithError("the frame did not do the work its motion needs");
            return;
        }
    }
    state.counters["arrows"] = arrows;
    state.counters["flows"] = double(figures->venues.flows.size());
}

void registerMapFrames()
{
    const char* scenes[] = {"world", "europe", "accused"};
    const char* motions[] = {"zoom", "pan", "hover"};
    for (int scene = 0; scene < 3; ++scene) {
        for (int motion = 0; motion < 3; ++motion) {
            const std::string name = std::string("BM_MapFrame/") + scenes[scene] + '/' + motions[motion];
            benchmark::RegisterBenchmark(name.c_str(),
                                         [scene, motion](benchmark::State& state) { mapFrame(state, scene, motion); })
                ->Unit(benchmark::kMillisecond)
                ->Repetitions(5)
                ->ReportAggregatesOnly(true);
        }
    }
}

// A frame of the lag histogram of the 1M-event collection.
void BM_LagChartFrame(benchmark::State& state)
{
    auto snapshot =
        StatisticsSnapshot::compute(Benchmarks::openCollection(Events), {}, {}, StatisticsParts(StatisticsPart::Lags));
    if (!snapshot) {
        state.SkipWithError(qPrintable(snapshot.error()));
        return;
    }
    auto shared = std::make_shared<const StatisticsSnapshot>(std::move(*snapshot));
    const QSize size(1600, 900);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const ChartTheme theme = ChartTheme::screen();
    for (auto _ : state) {
        const StatisticsLayout layout(StatisticsChartKind::Lags, shared, {}, QSizeF(size), theme.font);
        QPainter painter(&image);
        painter.fillRect(image.rect(), theme.background);
        StatisticsPainter(theme).paint(painter, layout);
    }
}

} // namespace

BENCHMARK(BM_LagHistogram)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_LagChartFrame)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

int main(int argc, char** argv)
{
    registerAggregations();
    registerMapFrames();
    return Spyline::Benchmarks::runPaintingBenchmarks(argc, argv);
}
