#include "BenchmarkCollections.h"

#include "store/Store.h"
#include "transfer/SyntheticCollection.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <sys/resource.h>

namespace Spyline::Benchmarks {

QString folder()
{
    const QString path = qEnvironmentVariable("SPYLINE_BENCH_DIR", QDir::tempPath() + QStringLiteral("/spyline-bench"));
    QDir().mkpath(path);
    return path;
}

QString collection(int events)
{
    const QString path = folder()
        + QStringLiteral("/events-%1-seed-%2-schema-%3.spyline").arg(events).arg(Seed).arg(Store::SchemaVersion);
    if (QFile::exists(path)) {
        // A collection from an older build of the same schema version may differ; the store says so.
        Store probe;
        if (probe.open(path, Store::Access::ReadOnly))
            return path;
        QFile::remove(path);
    }
    std::fprintf(stderr, "generating %d events into %s (once)\n", events, qPrintable(path));
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        Store store;
        if (Status s = store.create(partial); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            std::abort();
        }
        if (auto report = generateSyntheticCollection(store, {std::max(1, events / 5), Seed}); !report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error()));
            std::abort();
        }
    }
    QFile::rename(partial, path);
    return path;
}

namespace {

std::map<int, std::unique_ptr<Store>>& openStores()
{
    static std::map<int, std::unique_ptr<Store>> stores;
    return stores;
}

} // namespace

Store& openCollection(int events)
{
    auto& store = openStores()[events];
    if (!store) {
        store = std::make_unique<Store>();
        if (Status s = store->open(collection(events), Store::Access::ReadOnly); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            std::abort();
        }
    }
    return *store;
}

void closeCollections()
{
    openStores().clear();
}

int runPaintingBenchmarks(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    closeCollections();
    return 0;
}

double peakResidentMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace Spyline::Benchmarks
