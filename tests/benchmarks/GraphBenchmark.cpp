// Graph benchmarks: build and layout of 1,000 and 10,000 nodes as the window does it (grid
// Fruchterman–Reingold for large graphs), the same with Graphviz's sfdp in process and as the sfdp
// command, each with the layout's quality beside its time; frames of 10,000 nodes; building over
// 1,000,000 events.
// Run: build/tests/benchmarks/spyline_graph_benchmark [--benchmark_filter='Build|Sfdp|Frame']
#include "BenchmarkCollections.h"
#include "GraphLayout.h"
#include "GraphLayoutQuality.h"
#include "GraphPainter.h"
#include "graph/GraphModel.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <cstdio>
#include <ctime>
#include <memory>

using namespace Spyline;

namespace {

using Benchmarks::collection;

// Collections big enough for the node counts asked for (2,000 and 17,500 events: 400 and 3,500
// cases); the cap keeps exactly that many.
int eventsFor(int nodes)
{
    return nodes <= 1000 ? 2000 : 17500;
}

std::unique_ptr<Store> openStore(const QString& path)
{
    auto store = std::make_unique<Store>();
    if (Status s = store->open(path, Store::Access::ReadOnly); !s)
        qFatal("%s", qPrintable(s.error()));
    return store;
}

GraphData buildGraph(Store& store, int nodes)
{
    GraphQuery query;
    query.maxNodes = nodes;
    auto data = GraphModel::build(store, query);
    if (!data)
        qFatal("%s", qPrintable(data.error()));
    return *data;
}

GraphLayoutOptions sfdp()
{
    GraphLayoutOptions options;
    options.engine = QStringLiteral("sfdp");
    return options;
}

// The nodes and ties actually laid out and how readable the result is, beside the time.
void countLayout(benchmark::State& state, const GraphData& data, const GraphGeometry& geometry)
{
    const GraphLayoutQuality quality = GraphLayoutQuality::measure(data, geometry);
    state.counters["nodes"] = static_cast<double>(data.nodes.size());
    state.counters["edges"] = static_cast<double>(quality.ties);
    state.counters["tie_spread"] = quality.tieLengthSpread;
    state.counters["tie_in_shapes"] = quality.medianTieInShapes;
    state.counters["overlaps"] = static_cast<double>(quality.overlaps);
}

// Build from the store and lay out with `options`, in process, as the view's worker does.
void buildAndLayOut(benchmark::State& state, const GraphLayoutOptions& options)
{
    const int nodes = static_cast<int>(state.range(0));
    auto store = openStore(collection(eventsFor(nodes)));
    GraphData data;
    GraphGeometry geometry;
    for (auto _ : state) {
        data = buildGraph(*store, nodes);
        auto laidOut = GraphLayout::compute(data, options);
        if (!laidOut) {
            state.SkipWithError(qPrintable(laidOut.error()));
            return;
        }
        geometry = *laidOut;
    }
    countLayout(state, data, geometry);
}

// The window's path: the engine it picks for the size (grid Fruchterman–Reingold for large graphs).
void BM_GraphBuildAndLayout(benchmark::State& state)
{
    buildAndLayOut(state, {});
}

// The same graph with Graphviz's sfdp and its overlap removal, in process.
void BM_GraphBuildAndLayoutSfdp(benchmark::State& state)
{
    buildAndLayOut(state, sfdp());
}

double childCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Building alone: the part of the in-process path that the command does not do.
void BM_GraphBuild(benchmark::State& state)
{
    const int nodes = static_cast<int>(state.range(0));
    auto store = openStore(collection(eventsFor(nodes)));
    for (auto _ : state)
        benchmark::DoNotOptimize(buildGraph(*store, nodes));
    state.counters["nodes"] = nodes;
}

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

// The sfdp command on the same DOT text (process start, parse, layout, plain output), timed in
// turn with the in-process path, so that both see the same load on a shared machine.
void BM_InProcessVersusSfdpCommand(benchmark::State& state)
{
    const int nodes = static_cast<int>(state.range(0));
    auto store = openStore(collection(eventsFor(nodes)));
    const GraphData graph = buildGraph(*store, nodes);
    const QString dotPath = Benchmarks::folder() + QStringLiteral("/graph-%1.dot").arg(nodes);
    QFile dot(dotPath);
    if (!dot.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(dotPath));
    dot.write(GraphLayout::dotText(graph, sfdp()));
    dot.close();
    double inWall = 0;
    double inCpu = 0;
    double commandWall = 0;
    double commandCpu = 0;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        const double cpu = threadCpuSeconds();
        const GraphData data = buildGraph(*store, nodes);
        auto geometry = GraphLayout::compute(data, sfdp());
        if (!geometry)
            state.SkipWithError(qPrintable(geometry.error()));
        inCpu += threadCpuSeconds() - cpu;
        inWall += clock.nsecsElapsed() / 1e9;

        clock.restart();
        const double child = childCpuSeconds();
        const int exit =
            QProcess::execute(QStringLiteral("sfdp"),
                              {QStringLiteral("-Tplain"), QStringLiteral("-o"), QStringLiteral("/dev/null"), dotPath});
        if (exit != 0)
            state.SkipWithError("the sfdp command failed");
        commandCpu += childCpuSeconds() - child;
        commandWall += clock.nsecsElapsed() / 1e9;
    }
    const auto perIteration = [](double seconds) {
        return benchmark::Counter(seconds * 1000, benchmark::Counter::kAvgIterations);
    };
    state.counters["in_process_wall_ms"] = perIteration(inWall);
    state.counters["in_process_cpu_ms"] = perIteration(inCpu);
    state.counters["sfdp_command_wall_ms"] = perIteration(commandWall);
    state.counters["sfdp_command_cpu_ms"] = perIteration(commandCpu);
    state.counters["nodes"] = nodes;
    state.counters["edges"] = static_cast<double>(graph.edges.size());
}

// One laid-out 10,000-node graph shared by the frame benchmarks.
struct LaidOut
{
    GraphData data;
    GraphGeometry geometry;
};

const LaidOut& tenThousand()
{
    static const LaidOut graph = [] {
        auto store = openStore(collection(eventsFor(10000)));
        LaidOut result;
        result.data = buildGraph(*store, 10000);
        auto geometry = GraphLayout::compute(result.data, sfdp());
        if (!geometry)
            qFatal("%s", qPrintable(geometry.error()));
        result.geometry = *geometry;
        return result;
    }();
    return graph;
}

// A frame of the 10,000-node graph into a 1920x1080 image: the whole graph (arg 0), or zoomed
// in four times on its middle (arg 1), with a node hovered (arg 2).
void BM_GraphFrame10k(benchmark::State& state)
{
    const LaidOut& graph = tenThousand();
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QRectF target(0, 0, 1920, 1080);
    GraphViewport viewport = GraphViewport::fit(graph.geometry.bounds(graph.data, 20), target);
    GraphPaintState paintState;
    if (state.range(0) >= 1)
        viewport.zoomAround(target.center(), 4);
    if (state.range(0) == 2)
        paintState.hovered = 0;
    GraphPainter painter(ChartTheme::print());
    {
        QPainter p(&image); // measures the labels once, as the first frame on screen does
        painter.paint(p, target, graph.data, graph.geometry, viewport, paintState);
    }
    for (auto _ : state) {
        QPainter p(&image);
        painter.paint(p, target, graph.data, graph.geometry, viewport, paintState);
    }
    state.counters["labels"] = static_cast<double>(painter.labels().size());
}

// Building alone over the 1M-event collection: every case derived, 5,000 nodes kept.
void BM_GraphBuild1M(benchmark::State& state)
{
    auto store = openStore(collection(1000000));
    for (auto _ : state)
        benchmark::DoNotOptimize(buildGraph(*store, 5000));
}

} // namespace

BENCHMARK(BM_GraphBuildAndLayout)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_GraphBuildAndLayoutSfdp)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_GraphBuild)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_InProcessVersusSfdpCommand)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_GraphFrame10k)
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_GraphBuild1M)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3)->ReportAggregatesOnly(true);

int main(int argc, char** argv)
{
    benchmark::AddCustomContext("graphviz", GraphLayout::graphvizVersion().toStdString());
    benchmark::AddCustomContext("large relation graphs", forceEngine.toStdString());
    return Spyline::Benchmarks::runPaintingBenchmarks(argc, argv);
}
