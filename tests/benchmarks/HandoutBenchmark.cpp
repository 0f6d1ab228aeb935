// The handout's pages of text (statements, the table of every case, the sources) at 1,000, 5,000
// and 10,000 cases. The time per case stays flat as the cases grow: the handout lays its rows out
// once and paints each page's own rows, so the work is linear (a handout of 20,000 cases once
// took 268 s, quadratic in the cases). Run: build/tests/benchmarks/spyline_handout_benchmark
#include "BenchmarkCollections.h"
#include "Handout.h"
#include "store/CaseSearch.h"
#include "store/Store.h"

#include <QBuffer>

#include <benchmark/benchmark.h>

using namespace Spyline;

namespace {

void handout(benchmark::State& state)
{
    const int cases = int(state.range(0));
    // Generated collections hold five events a case.
    Store& store = Benchmarks::openCollection(cases * 5);
    const QList<Id> ids = CaseSearch(store).caseIds({}).value_or({});
    ExportOptions options;
    options.title = QStringLiteral("Handout");
    qsizetype bytes = 0;
    int pages = 0;
    for (auto _ : state) {
        Handout document(store, ids, options);
        pages = document.estimate().pages;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (Status written = document.write(buffer); !written) {
            state.SkipWithError(qPrintable(written.error()));
            break;
        }
        bytes = buffer.data().size();
    }
    state.SetComplexityN(ids.size());
    state.counters["cases"] = double(ids.size());
    state.counters["estimated_pages"] = pages;
    state.counters["file_kB"] = double(bytes) / 1024.0;
    // Seconds over thousands of cases: milliseconds a case, flat when the work is linear.
    state.counters["ms_per_case"] = benchmark::Counter(
        double(ids.size()) / 1000.0, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

} // namespace

BENCHMARK(handout)
    ->ArgName("cases")
    ->Arg(1000)
    ->Arg(5000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Complexity(benchmark::oN);

int main(int argc, char** argv)
{
    return Spyline::Benchmarks::runPaintingBenchmarks(argc, argv);
}
