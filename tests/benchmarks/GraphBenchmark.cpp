// Graph benchmarks (issue 7). Run from the build folder, e.g.:
//   tests/benchmarks/spyline_graph_benchmarks --benchmark_filter='Layout|Sfdp|Frame'
//   tests/benchmarks/spyline_graph_benchmarks --benchmark_filter=PeakRss   (alone: the peak is per process)
// Synthetic collections are generated once into $TMPDIR/spyline-bench (or /tmp/spyline-bench).
#include "GraphLayout.h"
#include "GraphModel.h"
#include "GraphPainter.h"
#include "Store.h"
#include "SyntheticCollection.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <cstdio>
#include <memory>

using namespace Spyline;

namespace {

QString benchFolder()
{
    const QByteArray tmp = qgetenv("TMPDIR");
    const QString folder =
        (tmp.isEmpty() ? QStringLiteral("/tmp") : QString::fromLocal8Bit(tmp)) + QStringLiteral("/spyline-bench");
    QDir().mkpath(folder);
    return folder;
}

// A synthetic collection of this many cases, generated on first use and kept for later runs.
QString collection(int cases)
{
    const QString path = benchFolder() + QStringLiteral("/graph-cases-%1-seed-1.spyline").arg(cases);
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    Store store;
    if (Status s = store.create(partial); !s)
        qFatal("%s", qPrintable(s.error()));
    if (auto report = generateSyntheticCollection(store, {cases, 1}); !report)
        qFatal("%s", qPrintable(report.error()));
    store.close();
    QFile::rename(partial, path);
    return path;
}

// Collections big enough for the node counts asked for; the cap keeps exactly that many.
int casesFor(int nodes)
{
    return nodes <= 1000 ? 400 : 3500;
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

// Build from the store and lay out with sfdp, in process: what the view's worker does.
void BM_GraphBuildAndLayoutSfdp(benchmark::State& state)
{
    const int nodes = static_cast<int>(state.range(0));
    auto store = openStore(collection(casesFor(nodes)));
    qsizetype edges = 0;
    for (auto _ : state) {
        const GraphData data = buildGraph(*store, nodes);
        auto geometry = GraphLayout::compute(data, sfdp());
        if (!geometry)
            state.SkipWithError(qPrintable(geometry.error()));
        edges = data.edges.size();
        benchmark::DoNotOptimize(geometry);
    }
    state.counters["nodes"] = nodes;
    state.counters["edges"] = static_cast<double>(edges);
}

// The sfdp command on the same DOT text, writing plain positions: process start, parse, layout, output.
void BM_SfdpCommand(benchmark::State& state)
{
    const int nodes = static_cast<int>(state.range(0));
    auto store = openStore(collection(casesFor(nodes)));
    const GraphData data = buildGraph(*store, nodes);
    const QString dotPath = benchFolder() + QStringLiteral("/graph-%1.dot").arg(nodes);
    QFile dot(dotPath);
    if (!dot.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(dotPath));
    dot.write(GraphLayout::dotText(data, sfdp()));
    dot.close();
    for (auto _ : state) {
        const int exit =
            QProcess::execute(QStringLiteral("sfdp"),
                              {QStringLiteral("-Tplain"), QStringLiteral("-o"), QStringLiteral("/dev/null"), dotPath});
        if (exit != 0)
            state.SkipWithError("the sfdp command failed");
    }
    state.counters["nodes"] = nodes;
    state.counters["edges"] = static_cast<double>(data.edges.size());
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
        auto store = openStore(collection(casesFor(10000)));
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

long peakRssKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Peak memory of the graph over the 1M-event collection (/tmp/gen200k.spyline, else a generated
// one): the whole collection derived, capped at the view's 5,000 nodes, laid out with sfdp.
void BM_GraphPeakRss1M(benchmark::State& state)
{
    QString path = QStringLiteral("/tmp/gen200k.spyline");
    if (!QFile::exists(path))
        path = collection(200000);
    const double before = peakRssKilobytes() / 1024.0;
    auto store = openStore(path);
    qsizetype total = 0;
    for (auto _ : state) {
        const GraphData data = buildGraph(*store, 5000);
        auto geometry = GraphLayout::compute(data, {});
        if (!geometry)
            state.SkipWithError(qPrintable(geometry.error()));
        total = data.totalNodes;
        benchmark::DoNotOptimize(geometry);
    }
    state.counters["rss_before_MB"] = before;
    state.counters["rss_peak_MB"] = peakRssKilobytes() / 1024.0;
    state.counters["nodes_in_filter"] = static_cast<double>(total);
}

} // namespace

BENCHMARK(BM_GraphBuildAndLayoutSfdp)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_SfdpCommand)
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
BENCHMARK(BM_GraphPeakRss1M)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
