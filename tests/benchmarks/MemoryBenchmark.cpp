// Peak resident memory of the window with the 1,000,000-event collection open and both views
// shown: the timeline drawn, then the graph built, laid out and drawn. Measured in a child
// process of its own, so that generating the collection or the benchmark library's own
// allocations do not count.
#include "BenchmarkCollections.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "TimelinePanel.h"
#include "TimelineView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Spyline;

namespace {

constexpr const char* ChildFlag = "--measure-window";

// Waits as the window's own event loop does, asleep until something happens: polling in a loop
// would take a core from the workers that load the views, on a 2-core machine one of two.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // checks `done` at least every 10 ms, whatever the events
    wake.start(10);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The child: opens the collection in the window, shows the timeline, then the graph; prints
// "peak_MB usable_ms elapsed_ms": usable once the timeline is drawn, elapsed once the graph is too.
int measureWindow(const QString& path)
{
    QStandardPaths::setTestModeEnabled(true);
    QElapsedTimer clock;
    clock.start();
    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    QString error;
    if (!window.openCollection(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    auto* timeline = window.findChild<TimelinePanel*>()->view();
    if (!waitUntil([&] { return timeline->lanes() && !timeline->isLoading(); }, 120000)) {
        std::fprintf(stderr, "the timeline did not load\n");
        return 2;
    }
    (void)window.grab();
    const qint64 usable = clock.elapsed();
    auto* graph = window.findChild<GraphView*>();
    QSignalSpy ready(graph, &GraphView::graphReady);
    window.findChild<QTabWidget*>()->setCurrentWidget(graph);
    if (!waitUntil([&] { return !ready.isEmpty(); }, 300000)) {
        std::fprintf(stderr, "the graph was not laid out\n");
        return 2;
    }
    (void)window.grab();
    std::printf("%f %lld %lld\n", Benchmarks::peakResidentMegabytes(), static_cast<long long>(usable),
                static_cast<long long>(clock.elapsed()));
    return 0;
}

void peakMemory(benchmark::State& state)
{
    const QString path = Benchmarks::collection(int(state.range(0)));
    double peak = 0;
    double usable = 0;
    double elapsed = 0;
    for (auto _ : state) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildFlag), path});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            state.SkipWithError(qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
            return;
        }
        const QStringList figures = QString::fromLatin1(child.readAllStandardOutput()).split(u' ');
        peak = figures.value(0).toDouble();
        usable = figures.value(1).toDouble();
        elapsed = figures.value(2).toDouble();
    }
    state.counters["peak_MB"] = peak;
    state.counters["usable_ms"] = usable;
    state.counters["both_views_ms"] = elapsed;
}

} // namespace

BENCHMARK(peakMemory)->Arg(1000000)->ArgName("events")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SpylineBenchmarks"));
    QApplication::setApplicationName(QStringLiteral("SpylineBenchmarks"));
    if (argc == 3 && qstrcmp(argv[1], ChildFlag) == 0)
        return measureWindow(QString::fromLocal8Bit(argv[2]));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
