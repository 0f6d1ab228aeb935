// Exporting the timeline as SVG, PDF and PNG at 100,000 and 1,000,000 events (issue 7): the page
// laid out, captioned from the store and written, from timeline data already loaded.
// Run: build/tests/benchmarks/spyline_export_benchmark
#include "BenchmarkCollections.h"
#include "ChartExporter.h"
#include "TimelineChart.h"
#include "store/Store.h"
#include "timeline/TimelineLanes.h"

#include <QBuffer>
#include <QDir>
#include <QImage>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <map>

using namespace Spyline;

namespace {

struct Loaded
{
    Store* store = nullptr;
    std::shared_ptr<const TimelineLanes> lanes;
};

const Loaded& loaded(int events, LaneKey key)
{
    static std::map<std::pair<int, LaneKey>, Loaded> cache;
    Loaded& entry = cache[{events, key}];
    if (!entry.store) {
        entry.store = &Benchmarks::openCollection(events);
        auto data = TimelineData::load(*entry.store);
        if (!data)
            std::abort();
        entry.lanes = TimelineLanes::build(*data, key);
    }
    return entry;
}

// Keeps the last file under $SPYLINE_SCREENSHOT_DIR, when that is set, to look at.
void keep(const QByteArray& bytes, const QString& name, const char* suffix)
{
    const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(QStringLiteral("bench-export-%1.%2").arg(name, QLatin1StringView(suffix))));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

void exportTimeline(benchmark::State& state, ExportOptions::Format format, const char* suffix)
{
    const int events = int(state.range(0));
    const auto key = LaneKey(state.range(1));
    const Loaded& source = loaded(events, key);
    ExportOptions options;
    options.format = format;
    options.title = QStringLiteral("Disclosed cases");
    const CaseFilter everything;
    const ChartExporter::Describe describe = [&](const ExportableChart& shown) {
        return ChartContext::describe(*source.store, shown, everything);
    };
    QByteArray bytes;
    for (auto _ : state) {
        auto chart = TimelineChart::overview(source.lanes);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const ChartExporter exporter(*chart, describe, options);
        Status written = format == ExportOptions::Format::Svg ? exporter.writeSvg(buffer)
            : format == ExportOptions::Format::Pdf            ? exporter.writePdf(buffer)
                                                              : Status();
        if (format == ExportOptions::Format::Png) {
            auto image = exporter.toImage();
            if (!image || !image->save(&buffer, "PNG"))
                written = fail(QStringLiteral("no PNG"));
        }
        if (!written) {
            state.SkipWithError(qPrintable(written.error()));
            break;
        }
        bytes = buffer.data();
    }
    state.counters["file_kB"] = double(bytes.size()) / 1024.0;
    state.counters["events"] = double(source.lanes->data().events().size());
    keep(bytes, QStringLiteral("%1-key%2").arg(events).arg(int(key)), suffix);
}

void svg(benchmark::State& state)
{
    exportTimeline(state, ExportOptions::Format::Svg, "svg");
}

void pdf(benchmark::State& state)
{
    exportTimeline(state, ExportOptions::Format::Pdf, "pdf");
}

void png(benchmark::State& state)
{
    exportTimeline(state, ExportOptions::Format::Png, "png");
}

// A lane per case (the page shows the cases that fit) and a lane per disclosing country (every
// event on the page, as density), which `spyline export` picks for more than 40 cases.
void sizes(benchmark::internal::Benchmark* benchmark)
{
    for (int events : {100000, 1000000})
        for (LaneKey key : {LaneKey::Case, LaneKey::DisclosingCountry})
            benchmark->Args({events, int(key)});
    benchmark->ArgNames({"events", "key"})
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Repetitions(3)
        ->ReportAggregatesOnly(true);
}

} // namespace

BENCHMARK(svg)->Apply(sizes);
BENCHMARK(pdf)->Apply(sizes);
BENCHMARK(png)->Apply(sizes);

int main(int argc, char** argv)
{
    return Spyline::Benchmarks::runPaintingBenchmarks(argc, argv);
}
