#pragma once

#include <QString>

namespace Spyline::Benchmarks {

constexpr quint64 Seed = 1;

// A generated collection of about `events` events (five a case), made once into
// $SPYLINE_BENCH_DIR (default <temp>/spyline-bench) and reused by every later run.
QString collection(int events);

// Peak resident memory of this process so far, in megabytes.
double peakResidentMegabytes();

} // namespace Spyline::Benchmarks
