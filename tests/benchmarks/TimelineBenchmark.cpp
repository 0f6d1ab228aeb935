// Timeline frames and opening a collection, at 1,000, 100,000 and 1,000,000 events (issue 7).
// Collections are generated once into $SPYLINE_BENCH_DIR (default: <temp>/spyline-bench), keyed by
// size and seed, and reused. Run: build/tests/benchmarks/spyline_timeline_benchmark
#include "BenchmarkCollections.h"
#include "ChartTheme.h"
#include "LaneStack.h"
#include "TimelineLayout.h"
#include "TimelinePainter.h"
#include "store/Store.h"
#include "timeline/TimelineLanes.h"
#include "transfer/SyntheticCollection.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>

using namespace Spyline;

namespace {

using Benchmarks::collection;
constexpr int Width = 1920;
constexpr int Height = 1080;

std::shared_ptr<const TimelineData> loaded(int events)
{
    static std::map<int, std::shared_ptr<const TimelineData>> cache;
    auto& data = cache[events];
    if (!data) {
        Store store;
        if (Status s = store.open(collection(events), Store::Access::ReadOnly); !s)
            std::abort();
        data = *TimelineData::load(store);
    }
    return data;
}

std::shared_ptr<const TimelineLanes> lanes(int events, LaneKey key)
{
    static std::map<std::pair<int, LaneKey>, std::shared_ptr<const TimelineLanes>> cache;
    auto& built = cache[{events, key}];
    if (!built)
        built = TimelineLanes::build(loaded(events), key);
    return built;
}

// One frame as the window draws it: layout, then paint into the raster image it shows.
class Frame
{
public:
    explicit Frame(std::shared_ptr<const TimelineLanes> lanes)
        : m_lanes(std::move(lanes))
        , m_image(Width, Height, QImage::Format_ARGB32_Premultiplied)
        , m_theme(ChartTheme::print())
    {
        const QSizeF size(Width, Height);
        m_stack = LaneStack(m_lanes->count(), TimelineLayout::laneHeightFor(m_lanes->key(), m_lanes->count(), size),
                            TimelineLayout::CollapsedLaneHeight);
    }
    // Scrolls to the lanes that begin in the window, as a person browsing the cases of that time
    // would; lanes of countries and agencies start in 1975 and stay at the top.
    void scrollTo(const TimeWindow& window)
    {
        int low = 0;
        int high = m_lanes->count();
        while (low < high) {
            const int middle = (low + high) / 2;
            if (m_lanes->lane(middle).firstDay < window.first)
                low = middle + 1;
            else
                high = middle;
        }
        m_scrollY = m_lanes->key() != LaneKey::Case ? 0 : m_stack.top(std::min(low, m_lanes->count() - 1));
    }
    void draw(const TimeWindow& window)
    {
        TimelineState state;
        state.window = window;
        state.scrollY = m_scrollY;
        state.size = QSizeF(Width, Height);
        const TimelineLayout layout(m_lanes, m_stack, state, TimelineOptions(), m_theme);
        QPainter painter(&m_image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_painter.paint(painter, layout, m_theme);
        benchmark::DoNotOptimize(m_image.constBits());
        m_marks = layout.marks().size();
        m_densities = layout.densities().size();
    }
    size_t marks() const
    {
        return m_marks;
    }
    qreal scrollPosition() const
    {
        return m_scrollY;
    }
    // Keeps the last frame as a PNG under $SPYLINE_SCREENSHOT_DIR, when that is set, to look at.
    void save(const QString& name) const
    {
        const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        m_image.save(QDir(folder).filePath(QStringLiteral("bench-%1.png").arg(name)));
    }
    size_t densities() const
    {
        return m_densities;
    }

private:
    std::shared_ptr<const TimelineLanes> m_lanes;
    LaneStack m_stack;
    qreal m_scrollY = 0;
    QImage m_image;
    ChartTheme m_theme;
    TimelinePainter m_painter;
    size_t m_marks = 0;
    size_t m_densities = 0;
};

double day(int year, int month, int day)
{
    return double(QDate(year, month, day).toJulianDay());
}

void report(benchmark::State& state, const Frame& frame, int events, const char* what)
{
    frame.save(QStringLiteral("%1-%2-key%3").arg(QLatin1StringView(what)).arg(events).arg(state.range(1)));
    state.counters["events"] = double(loaded(events)->events().size());
    state.counters["marks"] = double(frame.marks());
    state.counters["density_lanes"] = double(frame.densities());
}

void openToFirstFrame(benchmark::State& state)
{
    const int events = int(state.range(0));
    const QString path = collection(events);
    for (auto _ : state) {
        Store store;
        if (Status s = store.open(path, Store::Access::ReadOnly); !s)
            state.SkipWithError(qPrintable(s.error()));
        auto data = TimelineData::load(store);
        auto grouped = TimelineLanes::build(*data, LaneKey::Case);
        Frame frame(grouped);
        frame.draw(TimelineLayout::fitAll(grouped->data()));
    }
    state.counters["peak_MB"] = Benchmarks::peakResidentMegabytes();
}

void wholeRange(benchmark::State& state)
{
    const int events = int(state.range(0));
    Frame frame(lanes(events, LaneKey(state.range(1))));
    const TimeWindow window = TimelineLayout::fitAll(*loaded(events));
    for (auto _ : state)
        frame.draw(window);
    report(state, frame, events, "wholeRange");
}

void oneMonth(benchmark::State& state)
{
    const int events = int(state.range(0));
    Frame frame(lanes(events, LaneKey(state.range(1))));
    const TimeWindow window {day(2001, 3, 1), day(2001, 4, 1)};
    frame.scrollTo(window);
    for (auto _ : state)
        frame.draw(window);
    report(state, frame, events, "oneMonth");
}

// A pan step (a tenth of the window, as the arrow keys do) on a one-year window.
void panStep(benchmark::State& state)
{
    const int events = int(state.range(0));
    Frame frame(lanes(events, LaneKey(state.range(1))));
    TimeWindow window {day(2001, 1, 1), day(2002, 1, 1)};
    frame.scrollTo(window);
    double step = window.span() / 10;
    int steps = 0;
    for (auto _ : state) {
        window.first += step;
        window.last += step;
        if (++steps % 20 == 0)
            step = -step;
        frame.draw(window);
    }
    report(state, frame, events, "panStep");
}

// A wheel notch (x1.25) in and out around the middle of a five-year window.
void zoomStep(benchmark::State& state)
{
    const int events = int(state.range(0));
    Frame frame(lanes(events, LaneKey(state.range(1))));
    TimeWindow window {day(1998, 1, 1), day(2003, 1, 1)};
    frame.scrollTo(window);
    int steps = 0;
    for (auto _ : state) {
        const double middle = (window.first + window.last) / 2;
        const double span = window.span() * ((steps++ / 8) % 2 == 0 ? 1 / 1.25 : 1.25);
        window = {middle - span / 2, middle + span / 2};
        frame.draw(window);
    }
    report(state, frame, events, "zoomStep");
}

// The layout alone, without painting: where a frame's time goes.
void layoutOnly(benchmark::State& state)
{
    const int events = int(state.range(0));
    const auto grouped = lanes(events, LaneKey(state.range(1)));
    const QSizeF size(Width, Height);
    const LaneStack stack(grouped->count(), TimelineLayout::laneHeightFor(grouped->key(), grouped->count(), size),
                          TimelineLayout::CollapsedLaneHeight);
    TimelineState view;
    view.window = {day(2001, 3, 1), day(2001, 4, 1)};
    view.size = size;
    Frame frame(grouped);
    frame.scrollTo(view.window);
    view.scrollY = frame.scrollPosition();
    const ChartTheme theme = ChartTheme::print();
    for (auto _ : state) {
        const TimelineLayout layout(grouped, stack, view, TimelineOptions(), theme);
        benchmark::DoNotOptimize(layout.marks().data());
    }
}

// The whole range onto an SVG, as the export will do it with this painter: density, not shapes.
void svgWholeRange(benchmark::State& state)
{
    const int events = int(state.range(0));
    const auto grouped = lanes(events, LaneKey(state.range(1)));
    const QSizeF size(Width, Height);
    const LaneStack stack(grouped->count(), TimelineLayout::laneHeightFor(grouped->key(), grouped->count(), size),
                          TimelineLayout::CollapsedLaneHeight);
    TimelineState view;
    view.window = TimelineLayout::fitAll(*loaded(events));
    view.size = size;
    const ChartTheme theme = ChartTheme::print();
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        const TimelineLayout layout(grouped, stack, view, TimelineOptions(), theme);
        QPainter painter(&svg);
        TimelinePainter timelinePainter;
        timelinePainter.paint(painter, layout, theme);
        painter.end();
        bytes = buffer.size();
    }
    state.counters["svg_kB"] = double(bytes) / 1024.0;
}

void sizes(benchmark::internal::Benchmark* benchmark)
{
    for (int events : {1000, 100000, 1000000})
        for (LaneKey key : {LaneKey::Case, LaneKey::DisclosingCountry, LaneKey::AccusedAgency})
            benchmark->Args({events, int(key)});
    benchmark->ArgNames({"events", "key"});
}

} // namespace

BENCHMARK(openToFirstFrame)
    ->Arg(1000)
    ->Arg(100000)
    ->Arg(1000000)
    ->ArgName("events")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
BENCHMARK(wholeRange)
    ->Apply(sizes)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(oneMonth)
    ->Apply(sizes)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(panStep)
    ->Apply(sizes)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(layoutOnly)
    ->Apply(sizes)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(svgWholeRange)
    ->Args({100000, int(LaneKey::Case)})
    ->Args({100000, int(LaneKey::DisclosingCountry)})
    ->ArgNames({"events", "key"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);
BENCHMARK(zoomStep)
    ->Apply(sizes)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

int main(int argc, char** argv)
{
    return Spyline::Benchmarks::runPaintingBenchmarks(argc, argv);
}
