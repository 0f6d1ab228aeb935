// Map and statistics benchmarks (issue 16): each aggregation over the 1,000,000-event collection
// (one SQL query each, at most 200 ms), the lag histogram's binning, and a frame of the map with
// the 1M-event figures (layout and painting, at most 16 ms).
// Run: build/tests/benchmarks/spyline_statistics_benchmark [--benchmark_filter='Aggregation|MapFrame']
#include "BenchmarkCollections.h"
#include "CaseStatistics.h"
#include "ChartTheme.h"
#include "LagHistogram.h"
#include "MapLayout.h"
#include "MapPainter.h"
#include "StatisticsLayout.h"
#include "StatisticsPainter.h"
#include "Store.h"
#include "WorldMap.h"

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

// One frame of the map at 1,600 by 900: laid out (the viewport moves with every pan and zoom)
// and painted. 0: the whole world; 1: zoomed on Europe; 2: shaded by accused country.
void BM_MapFrame(benchmark::State& state)
{
    const auto figures = millionFigures();
    const QSize size(1600, 900);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const ChartTheme theme = ChartTheme::screen();
    GraphViewport viewport = MapLayout::fit(QSizeF(size));
    MapOptions options;
    if (state.range(0) == 1)
        viewport.zoomAround(viewport.toDevice(*WorldMap::bundled().anchor(u"DE")), 4);
    if (state.range(0) == 2)
        options.shading = MapShading::Accused;
    int arrows = 0;
    for (auto _ : state) {
        const MapLayout layout(WorldMap::bundled(), figures, nullptr, options, QSizeF(size), viewport);
        QPainter painter(&image);
        painter.fillRect(image.rect(), theme.background);
        MapPainter(theme).paint(painter, layout);
        arrows = int(layout.arrows().size());
    }
    state.counters["arrows"] = arrows;
    state.counters["flows"] = double(figures->venues.flows.size());
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
BENCHMARK(BM_MapFrame)
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_LagChartFrame)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

int main(int argc, char** argv)
{
    registerAggregations();
    return Spyline::Benchmarks::runPaintingBenchmarks(argc, argv);
}
