// The store at 1,000, 100,000 and 1,000,000 events: opening, full-text search, a combined
// filter, the case table's first page, and import rates (issue 7).
// Run: make bench, or build/tests/benchmarks/spyline_store_benchmark
#include "BenchmarkCollections.h"

#include "items/CaseTableModel.h"
#include "store/CaseSearch.h"
#include "store/CollectionFile.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "transfer/DataTransfer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Spyline;
using namespace Spyline::Benchmarks;

namespace {

Store& openStore(int events)
{
    return Benchmarks::openCollection(events);
}

void BM_OpenCollection(benchmark::State& state)
{
    const QString path = collection(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        Store store;
        if (!store.open(path))
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(store.isOpen());
    }
}

// Top 1,000 hits for a word that occurs all over the collection.
void BM_FullTextSearch(benchmark::State& state)
{
    CaseSearch search(openStore(static_cast<int>(state.range(0))));
    qint64 hits = 0;
    for (auto _ : state) {
        auto found = search.search(QStringLiteral("embassy"), 1000);
        if (!found)
            state.SkipWithError("search failed");
        hits = found->size();
    }
    state.counters["hits"] = static_cast<double>(hits);
}

// Cases matching a word, as the filter bar asks as you type.
void BM_CaseTextFilter(benchmark::State& state)
{
    CaseSearch search(openStore(static_cast<int>(state.range(0))));
    CaseFilter filter;
    filter.text = QStringLiteral("Vienna");
    qint64 cases = 0;
    for (auto _ : state) {
        auto found = search.caseIds(filter, CaseSortKey::Date, true, 1000);
        if (!found)
            state.SkipWithError("filter failed");
        cases = found->size();
    }
    state.counters["cases"] = static_cast<double>(cases);
}

// Date range + country + status, sorted by date, all matching ids.
void BM_CombinedFilter(benchmark::State& state)
{
    CaseSearch search(openStore(static_cast<int>(state.range(0))));
    CaseFilter filter;
    filter.fromDay = static_cast<DayNumber>(QDate(1995, 1, 1).toJulianDay());
    filter.toDay = static_cast<DayNumber>(QDate(2005, 12, 31).toJulianDay());
    filter.countries = {QStringLiteral("CN")};
    filter.statuses = {CaseStatus::Convicted, CaseStatus::Sentenced};
    qint64 cases = 0;
    for (auto _ : state) {
        auto found = search.caseIds(filter, CaseSortKey::Date, true);
        if (!found)
            state.SkipWithError("filter failed");
        cases = found->size();
    }
    state.counters["cases"] = static_cast<double>(cases);
}

// The case table from nothing to its first screen of rows: the sorted ids and one page.
void BM_CaseTableFirstScreen(benchmark::State& state)
{
    Store& store = openStore(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        CaseTableModel model;
        model.setStore(&store);
        for (int row = 0; row < 40 && row < model.rowCount(); ++row)
            benchmark::DoNotOptimize(model.index(row, CaseTableModel::TitleColumn).data());
    }
}

QByteArray csvRows(int rows)
{
    QByteArray text = "title,disclosed_on,suspect,suspect_country,accused_agency,accused_country,disclosed_by,"
                      "disclosure_country,recruitment_city,recruited_on,source_url,source_reliability,"
                      "source_credibility,summary\n";
    for (int i = 0; i < rows; ++i) {
        text += QStringLiteral("Case %1,%2-%3-15,Suspect %1,CN,Agency %4,US,Security Service %5,CN,Vienna,%6,"
                               "https://news.example/%7,C,3,\"According to the authorities, case %1 began at a trade "
                               "fair\"\n")
                    .arg(i)
                    .arg(1980 + i % 40)
                    .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                    .arg(i % 60)
                    .arg(i % 5)
                    .arg(1975 + i % 40)
                    .arg(i % 5000)
                    .toUtf8();
    }
    return text;
}

// Rows a second into a new collection, in one transaction as the import command runs it.
qint64 storedRecords(Store& store)
{
    auto query = runQuery(store,
                          QStringLiteral("SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM actors) + "
                                         "(SELECT count(*) FROM roles) + (SELECT count(*) FROM events) + "
                                         "(SELECT count(*) FROM sources) + (SELECT count(*) FROM citations)"));
    return query && query->next() ? query->value(0).toLongLong() : 0;
}

void BM_CsvImport(benchmark::State& state)
{
    const int rows = static_cast<int>(state.range(0));
    const QByteArray text = csvRows(rows);
    qint64 records = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Store store;
        if (!store.create(dir.filePath(QStringLiteral("import.spyline"))))
            state.SkipWithError("create failed");
        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        state.ResumeTiming();
        if (!importCsvData(store, buffer, QStringLiteral("rows.csv")))
            state.SkipWithError("import failed");
        state.PauseTiming();
        records = storedRecords(store);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * rows);
    // A row is a whole case: the case, its people, events, source and citations.
    state.counters["records_per_row"] = double(records) / rows;
    state.counters["records_per_second"] =
        benchmark::Counter(double(records) * double(state.iterations()), benchmark::Counter::kIsRate);
}

// The JSON dump of a generated collection, imported into a new one.
void BM_JsonImport(benchmark::State& state)
{
    QBuffer dump;
    dump.open(QIODevice::WriteOnly);
    if (!writeJson(openStore(static_cast<int>(state.range(0))), dump))
        std::abort();
    const QByteArray json = dump.data();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Store store;
        if (!store.create(dir.filePath(QStringLiteral("import.spyline"))))
            state.SkipWithError("create failed");
        state.ResumeTiming();
        if (!importJsonData(store, json, QStringLiteral("dump.json")))
            state.SkipWithError("import failed");
    }
    state.SetBytesProcessed(state.iterations() * json.size());
    state.counters["events"] = static_cast<double>(state.range(0));
}

BENCHMARK(BM_OpenCollection)
    ->Arg(1000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_FullTextSearch)
    ->Arg(1000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_CaseTextFilter)
    ->Arg(1000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_CombinedFilter)
    ->Arg(1000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_CaseTableFirstScreen)
    ->Arg(1000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_CsvImport)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_JsonImport)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(3);

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
