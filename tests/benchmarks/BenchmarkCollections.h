#pragma once

#include <QString>

namespace Spyline {
class Store;
}

namespace Spyline::Benchmarks {

constexpr quint64 Seed = 1;

// Where generated collections and other benchmark files are kept: $SPYLINE_BENCH_DIR, default
// <temp>/spyline-bench.
QString folder();

// A generated collection of about `events` events (five a case), made once into
// $SPYLINE_BENCH_DIR (default <temp>/spyline-bench) and reused by every later run.
QString collection(int events);

// That collection, opened read-only once and kept open until closeCollections().
Store& openCollection(int events);
// Closes what openCollection() opened; call before the application object goes.
void closeCollections();

// The main of a benchmark that paints: Qt on the offscreen platform, then the benchmarks asked
// for on the command line; the collections openCollection() opened are closed before Qt goes.
int runPaintingBenchmarks(int argc, char** argv);

// Peak resident memory of this process so far, in megabytes.
double peakResidentMegabytes();

} // namespace Spyline::Benchmarks
