// A team collection of 1,000,000 events on PostgreSQL opened as the window opens it: the timeline read
// from the server's snapshot and shown first, the whole snapshot streamed into a private working copy
// (WorkingCopy) behind it, and the same opened again from the working copy the window keeps. The
// collection is generated into a file (BenchmarkCollections) and copied to the server once, outside
// the measurement.
// Then two windows on one collection kept in step (ServerSync): a
// change made in one sent to the server, and how long until the other shows it.
// Needs a server: `make bench` runs it beside a private one, as the tests do; by hand:
//   scripts/with-postgres.sh build/tests/benchmarks/spyline_team_benchmark
// Copying the million events to the server takes minutes: against a server that holds them from an
// earlier copy (`spyline copy --from <the generated file> --to <its address>`), set
// SPYLINE_BENCH_SERVER_EVENTS=1000000 and PGHOST, PGPORT, PGDATABASE to it.
#include "BenchmarkCollections.h"

#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/CollectionCopy.h"
#include "store/ServerChangeListener.h"
#include "store/ServerSync.h"
#include "store/Store.h"
#include "store/WorkingCopy.h"
#include "timeline/TimelineData.h"
#include "timeline/TimelineLanes.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
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
    // A server kept between runs may hold it already: SPYLINE_BENCH_SERVER_EVENTS says of how many.
    static int copied = qEnvironmentVariableIntValue("SPYLINE_BENCH_SERVER_EVENTS");
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

// What the window reads of a working copy before its first frame: the timeline's data; how many events.
Result<qint64> timelineEventsOf(const QString& path)
{
    Store store;
    if (Status s = store.open(path, Store::Access::ReadOnly); !s)
        return fail(s.error());
    auto data = TimelineData::load(store);
    if (!data)
        return fail(data.error());
    return qint64((*data)->events().size());
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

// Search and the filters of a team collection run on its working copy, as the window runs them:
// the copy taken once and kept open for both until the end.
struct OpenWorkingCopy
{
    std::shared_ptr<WorkingCopy> copy;
    Store store;
};
std::unique_ptr<OpenWorkingCopy>& openWorkingCopy()
{
    static std::unique_ptr<OpenWorkingCopy> open;
    return open;
}

Store* teamWorkingCopy(benchmark::State& state)
{
    auto& open = openWorkingCopy();
    if (open)
        return &open->store;
    const QString address = collectionOnServer(int(state.range(0)), state);
    if (address.isEmpty())
        return nullptr;
    auto made = std::make_unique<OpenWorkingCopy>();
    WorkingCopy::Problem problem;
    made->copy = WorkingCopy::take({address, {}, {}}, &problem);
    if (!made->copy) {
        state.SkipWithError(qPrintable(problem.message));
        return nullptr;
    }
    if (Status s = made->store.open(made->copy->path(), Store::Access::ReadOnly); !s) {
        state.SkipWithError(qPrintable(s.error()));
        return nullptr;
    }
    open = std::move(made);
    return &open->store;
}

// The same search as BM_FullTextSearch on the file.
void BM_TeamFullTextSearch(benchmark::State& state)
{
    Store* store = teamWorkingCopy(state);
    if (!store)
        return;
    CaseSearch search(*store);
    qint64 hits = 0;
    for (auto _ : state) {
        auto found = search.search(QStringLiteral("embassy"), 1000);
        if (!found) {
            state.SkipWithError(qPrintable(found.error()));
            return;
        }
        hits = found->size();
    }
    state.counters["hits"] = double(hits);
}

// The same filter as BM_CombinedFilter on the file: a date range, a country and two statuses.
void BM_TeamCombinedFilter(benchmark::State& state)
{
    Store* store = teamWorkingCopy(state);
    if (!store)
        return;
    CaseSearch search(*store);
    CaseFilter filter;
    filter.fromDay = DayNumber(QDate(1995, 1, 1).toJulianDay());
    filter.toDay = DayNumber(QDate(2005, 12, 31).toJulianDay());
    filter.countries = {QStringLiteral("CN")};
    filter.statuses = {CaseStatus::Convicted, CaseStatus::Sentenced};
    qint64 cases = 0;
    for (auto _ : state) {
        auto found = search.caseIds(filter, CaseSortKey::Date, true);
        if (!found) {
            state.SkipWithError(qPrintable(found.error()));
            return;
        }
        cases = found->size();
    }
    state.counters["cases"] = double(cases);
}

// What the window shows first when it opens a team collection for the first time: the timeline,
// read from the server's snapshot before the copy of it begins (WorkingCopy::Request::timelineFirst),
// and grouped into the lanes its first frame draws. The copy that goes on behind the timeline is not
// measured: it is cancelled as soon as it begins.
void BM_TeamCollectionFirstTimeline(benchmark::State& state)
{
    const QString address = collectionOnServer(int(state.range(0)), state);
    if (address.isEmpty())
        return;
    qint64 shown = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        double seconds = 0;
        std::shared_ptr<const TimelineLanes> lanes;
        WorkingCopy::Request request {address, {}, {}};
        request.timelineFirst = [&](std::shared_ptr<const TimelineData> data) {
            lanes = TimelineLanes::build(std::move(data), LaneKey::Case);
            seconds = double(timer.nsecsElapsed()) / 1e9;
        };
        request.progress = [&](qint64, qint64) { return !lanes; };
        WorkingCopy::Problem problem;
        (void)WorkingCopy::take(request, &problem);
        if (!lanes) {
            state.SkipWithError(qPrintable(problem.message));
            return;
        }
        state.SetIterationTime(seconds);
        shown = qint64(lanes->data().events().size());
    }
    state.counters["events"] = double(shown);
}

// What the window reads before its first frame when it opens the collection again: its kept working
// copy taken up (the server asked whether it is still the same collection and what changed since),
// the changes brought in, and the timeline's data loaded from it. The first opening, which makes
// the kept copy, is not measured.
void BM_TeamCollectionReopened(benchmark::State& state)
{
    const QString address = collectionOnServer(int(state.range(0)), state);
    if (address.isEmpty())
        return;
    WorkingCopy::Request request {address, {}, {}, true};
    WorkingCopy::Problem problem;
    if (!WorkingCopy::take(request, &problem)) {
        state.SkipWithError(qPrintable(problem.message));
        return;
    }
    qint64 loaded = 0;
    for (auto _ : state) {
        auto copy = WorkingCopy::take(request, &problem);
        if (!copy || !copy->wasKept()) {
            state.SkipWithError(copy ? "the kept copy was not taken up" : qPrintable(problem.message));
            return;
        }
        ServerSync sync(copy->path(), copy->changeSequence());
        if (Status s = sync.connect(address); !s) {
            state.SkipWithError(qPrintable(s.error()));
            return;
        }
        if (auto pulled = sync.pull(); !pulled) {
            state.SkipWithError(qPrintable(pulled.error()));
            return;
        }
        auto events = timelineEventsOf(copy->path());
        if (!events) {
            state.SkipWithError(qPrintable(events.error()));
            return;
        }
        loaded = *events;
    }
    state.counters["events"] = double(loaded);
}

// One person's window on a collection of `events` events of its own on the server (the database
// "spyline_sync"), its working copy kept in step.
struct Window
{
    std::shared_ptr<WorkingCopy> copy;
    Store store;
    std::unique_ptr<ServerSync> sync;

    Status open(const QString& address)
    {
        WorkingCopy::Problem problem;
        copy = WorkingCopy::take({address, {}, {}}, &problem);
        if (!copy)
            return fail(problem.message);
        if (Status s = store.open(copy->path()); !s)
            return s;
        sync = std::make_unique<ServerSync>(copy->path(), copy->changeSequence());
        if (Status s = sync->connect(address); !s)
            return s;
        return sync->track(store);
    }
    Status retitle(Id caseId, const QString& title)
    {
        auto found = CaseRepository(store).get(caseId);
        if (!found)
            return found.status();
        found->title = title;
        return CaseRepository(store).update(*found);
    }
};

QString syncedCollection(benchmark::State& state)
{
    static QString made;
    if (!made.isEmpty())
        return made;
    QString address = serverAddress();
    if (address.isEmpty()) {
        state.SkipWithError("no server: run through scripts/with-postgres.sh");
        return {};
    }
    address.replace(QStringLiteral(":///%1?").arg(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres"))),
                    QStringLiteral(":///spyline_sync?"));
    // PGHOST and PGPORT name the private server, as with-postgres.sh set them.
    if (QProcess::execute(QStringLiteral("createdb"), {QStringLiteral("spyline_sync")}) != 0) {
        state.SkipWithError("createdb spyline_sync failed");
        return {};
    }
    if (auto copied = copyCollection(Benchmarks::collection(10000), address); !copied) {
        state.SkipWithError(qPrintable(copied.error()));
        return {};
    }
    made = address;
    return made;
}

// A case retitled in the window: the change sent to the server and committed there, then in the copy.
void BM_TeamChangeSentToTheServer(benchmark::State& state)
{
    const QString address = syncedCollection(state);
    if (address.isEmpty())
        return;
    Window window;
    if (Status s = window.open(address); !s) {
        state.SkipWithError(qPrintable(s.error()));
        return;
    }
    int round = 0;
    for (auto _ : state) {
        if (Status s = window.retitle(1, QStringLiteral("Retitled %1").arg(++round)); !s) {
            state.SkipWithError(qPrintable(s.error()));
            return;
        }
    }
}

// Someone else's change, from their commit until another window's copy holds it: the server's notice
// (LISTEN/NOTIFY) heard by the other window's listener, the change read from the log and pulled in.
void BM_TeamChangeReachesAnotherWindow(benchmark::State& state)
{
    const QString address = syncedCollection(state);
    if (address.isEmpty())
        return;
    Window editor;
    Window reader;
    if (Status s = editor.open(address); !s) {
        state.SkipWithError(qPrintable(s.error()));
        return;
    }
    if (Status s = reader.open(address); !s) {
        state.SkipWithError(qPrintable(s.error()));
        return;
    }
    ServerChangeListener listener;
    bool heard = false;
    QObject::connect(&listener, &ServerChangeListener::changed, [&] {
        if (reader.sync->pull())
            heard = true;
    });
    (void)listener.start(address, reader.sync->syncedTo());
    QElapsedTimer waited;
    waited.start();
    while (!listener.isListening() && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    int round = 0;
    for (auto _ : state) {
        heard = false;
        const QString title = QStringLiteral("Seen elsewhere %1").arg(++round);
        if (Status s = editor.retitle(2, title); !s) {
            state.SkipWithError(qPrintable(s.error()));
            return;
        }
        QElapsedTimer timer;
        timer.start();
        while (!heard && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        auto shown = CaseRepository(reader.store).get(2);
        if (!heard || !shown || shown->title != title) {
            state.SkipWithError("the other window did not show the change within 10 s");
            return;
        }
    }
}

BENCHMARK(BM_TeamChangeSentToTheServer)->Unit(benchmark::kMillisecond)->Iterations(50);
BENCHMARK(BM_TeamChangeReachesAnotherWindow)->Unit(benchmark::kMillisecond)->Iterations(50);

BENCHMARK(BM_TeamFullTextSearch)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TeamCombinedFilter)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TeamCollectionFirstTimeline)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_TeamCollectionReopened)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_TeamCollectionWorkingCopy)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char** argv)
{
    // The working copies the benchmark keeps go with it, not into the person's cache.
    QTemporaryDir cache;
    qputenv("XDG_CACHE_HOME", cache.path().toLocal8Bit());
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    openWorkingCopy().reset();
    Benchmarks::closeCollections();
    return 0;
}
