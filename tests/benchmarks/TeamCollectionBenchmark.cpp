// A team collection of 1,000,000 events on PostgreSQL opened as the window opens it: one snapshot of
// the server streamed into a private working copy (WorkingCopy), then the timeline's data loaded
// from it. The collection is generated into a file (BenchmarkCollections) and copied to the server
// once, outside the measurement.
// Needs a server: `make bench` runs it beside a private one, as the tests do; by hand:
//   scripts/with-postgres.sh build/tests/benchmarks/spyline_team_benchmark
#include "BenchmarkCollections.h"

#include "store/CollectionCopy.h"
#include "store/Store.h"
#include "store/WorkingCopy.h"
#include "timeline/TimelineData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Spyline;

namespace {

// The server's own database, empty until the first run fills it: with-postgres.sh makes a new
// server for every run.
QString serverAddress()
{
    const QString host = qEnvironmentVariable("PGHOST");
    if (host.isEmpty())
        return {};
    return QStringLiteral("postgresql:///%1?host=%2&port=%3")
        .arg(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")),
             QString::fromUtf8(QUrl::toPercentEncoding(host)), qEnvironmentVariable("PGPORT", QStringLiteral("5432")));
}

// The generated collection of `events` events on the server, copied there once.
QString collectionOnServer(int events, benchmark::State& state)
{
    static int copied = 0;
    const QString address = serverAddress();
    if (address.isEmpty()) {
        state.SkipWithError("no server: run through scripts/with-postgres.sh");
        return {};
    }
    if (copied != events) {
        QElapsedTimer timer;
        timer.start();
        auto done = copyCollection(Benchmarks::collection(events), address, ExistingCollection::Replace);
        if (!done) {
            state.SkipWithError(qPrintable(done.error()));
            return {};
        }
        std::fprintf(stderr, "copied %d events to the server in %.1f s\n", events, double(timer.elapsed()) / 1000);
        copied = events;
    }
    return address;
}

// The server's collection to a working copy: one consistent snapshot, streamed with COPY into a
// file filled as a bulk load.
void BM_TeamCollectionWorkingCopy(benchmark::State& state)
{
    const QString address = collectionOnServer(int(state.range(0)), state);
    if (address.isEmpty())
        return;
    qint64 events = 0;
    for (auto _ : state) {
        WorkingCopy::Problem problem;
        auto copy = WorkingCopy::take({address, {}, {}}, &problem);
        if (!copy) {
            state.SkipWithError(qPrintable(problem.message));
            return;
        }
        events = copy->events();
        state.PauseTiming();
        copy.reset(); // removing the file is not part of opening
        state.ResumeTiming();
    }
    state.counters["events"] = double(events);
}

// The same, then what the window reads before its first frame: the timeline's data from the copy.
void BM_TeamCollectionToTimelineData(benchmark::State& state)
{
    const QString address = collectionOnServer(int(state.range(0)), state);
    if (address.isEmpty())
        return;
    qint64 loaded = 0;
    for (auto _ : state) {
        WorkingCopy::Problem problem;
        auto copy = WorkingCopy::take({address, {}, {}}, &problem);
        if (!copy) {
            state.SkipWithError(qPrintable(problem.message));
            return;
        }
        Store store;
        if (Status s = store.open(copy->path(), Store::Access::ReadOnly); !s) {
            state.SkipWithError(qPrintable(s.error()));
            return;
        }
        auto data = TimelineData::load(store);
        if (!data) {
            state.SkipWithError(qPrintable(data.error()));
            return;
        }
        loaded = qint64((*data)->events().size());
        state.PauseTiming();
        store.close();
        copy.reset();
        state.ResumeTiming();
    }
    state.counters["events"] = double(loaded);
}

BENCHMARK(BM_TeamCollectionWorkingCopy)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_TeamCollectionToTimelineData)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    Benchmarks::closeCollections();
    return 0;
}
