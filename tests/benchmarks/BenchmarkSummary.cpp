// Reads the JSON results the benchmarks wrote (`make bench`) and prints the targets of the
// scale issue beside the figures measured: the median where a benchmark repeats, the worst case
// over the variants a target covers.
// Usage: spyline_benchmark_summary RESULTS_FOLDER
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <optional>

namespace {

enum class Measure
{
    Milliseconds, // real time of one iteration
    Counter, // a user counter, such as file size or peak memory
    ItemsPerSecond,
};

struct Target
{
    const char* what;
    const char* runs; // a regular expression over the run names
    Measure measure;
    const char* counter;
    double limit;
    bool atMost; // the figure must stay at or below the limit, else reach it
    const char* unit;
};

// The table of the scale issue, in its order.
const Target targets[] = {
    {"timeline frame, 1M events, whole range", R"(^wholeRange/events:1000000/)", Measure::Milliseconds, "", 16, true,
     "ms"},
    {"timeline frame, 1M events, one month", R"(^oneMonth/events:1000000/)", Measure::Milliseconds, "", 8, true, "ms"},
    {"timeline frame, 1M events, one pan step", R"(^panStep/events:1000000/)", Measure::Milliseconds, "", 8, true,
     "ms"},
    {"timeline frame, 1M events, one zoom step", R"(^zoomStep/events:1000000/)", Measure::Milliseconds, "", 8, true,
     "ms"},
    {"open 1M-event collection to first frame", R"(^openToFirstFrame/events:1000000)", Measure::Milliseconds, "", 2000,
     true, "ms"},
    {"open 1M-event team collection (PostgreSQL) to its timeline, first opening",
     R"(^BM_TeamCollectionFirstTimeline/1000000)", Measure::Milliseconds, "", 3000, true, "ms"},
    {"open it again, from the working copy kept", R"(^BM_TeamCollectionReopened/1000000)", Measure::Milliseconds, "",
     3000, true, "ms"},
    {"the whole working copy of it, first opening", R"(^BM_TeamCollectionWorkingCopy/1000000)", Measure::Milliseconds,
     "", 0, true, "ms"},
    {"full-text search, top 1,000 hits, 1M events", R"(^BM_FullTextSearch/1000000)", Measure::Milliseconds, "", 20,
     true, "ms"},
    {"combined filter, 1M events", R"(^BM_CombinedFilter/1000000)", Measure::Milliseconds, "", 50, true, "ms"},
    {"CSV import", R"(^BM_CsvImport/)", Measure::ItemsPerSecond, "", 100000, false, "rows/s"},
    {"graph build and layout, 1,000 nodes, the window's path", R"(^BM_GraphBuildAndLayout/1000/)",
     Measure::Milliseconds, "", 200, true, "ms"},
    {"graph build and layout, 10,000 nodes, the window's path", R"(^BM_GraphBuildAndLayout/10000/)",
     Measure::Milliseconds, "", 3000, true, "ms"},
    {"graph layout, 10,000 nodes (sfdp), Spyline", R"(^BM_InProcessVersusSfdpCommand/10000)", Measure::Counter,
     "in_process_wall_ms", 0, true, "ms"},
    {"graph layout, 10,000 nodes, the sfdp command", R"(^BM_InProcessVersusSfdpCommand/10000)", Measure::Counter,
     "sfdp_command_wall_ms", 0, true, "ms"},
    {"graph frame, 10,000 nodes", R"(^BM_GraphFrame10k/)", Measure::Milliseconds, "", 16, true, "ms"},
    {"SVG export, 100,000 events", R"(^svg/events:100000/)", Measure::Milliseconds, "", 1000, true, "ms"},
    {"SVG file, 100,000 events", R"(^svg/events:100000/)", Measure::Counter, "file_kB", 10240, true, "kB"},
    {"PDF export, 100,000 events", R"(^pdf/events:100000/)", Measure::Milliseconds, "", 1000, true, "ms"},
    {"window with 1M events usable (timeline drawn)", R"(^peakMemory)", Measure::Counter, "usable_ms", 3000, true,
     "ms"},
    {"window with 1M events, graph laid out too", R"(^peakMemory)", Measure::Counter, "both_views_ms", 0, true, "ms"},
    {"peak RSS, 1M events, both views", R"(^peakMemory)", Measure::Counter, "peak_MB", 400, true, "MB"},
    {"cases by country (map shading), 1M events", R"(^BM_Aggregation/countries)", Measure::Milliseconds, "", 200, true,
     "ms"},
    {"cases by venue and target (map arrows), 1M events", R"(^BM_Aggregation/venues)", Measure::Milliseconds, "", 200,
     true, "ms"},
    {"disclosures per year, 1M events", R"(^BM_Aggregation/perYear)", Measure::Milliseconds, "", 200, true, "ms"},
    {"cases by status, 1M events", R"(^BM_Aggregation/statuses)", Measure::Milliseconds, "", 200, true, "ms"},
    {"cases by accused agency, 1M events", R"(^BM_Aggregation/agencies)", Measure::Milliseconds, "", 200, true, "ms"},
    {"link lags, 1M events", R"(^BM_Aggregation/lags)", Measure::Milliseconds, "", 200, true, "ms"},
    {"map frame, 1M events, a zoom step", R"(^BM_MapFrame/\w+/zoom/)", Measure::Milliseconds, "", 16, true, "ms"},
    {"map frame, 1M events, a pan step", R"(^BM_MapFrame/\w+/pan/)", Measure::Milliseconds, "", 16, true, "ms"},
    {"map frame, 1M events, a hover", R"(^BM_MapFrame/\w+/hover/)", Measure::Milliseconds, "", 16, true, "ms"},
    {"handout, 1,000 cases, per case", R"(^handout/cases:1000/)", Measure::Counter, "ms_per_case", 20, true, "ms"},
    {"handout, 10,000 cases, per case", R"(^handout/cases:10000/)", Measure::Counter, "ms_per_case", 20, true, "ms"},
};

double toMilliseconds(double time, const QString& unit)
{
    if (unit == QStringLiteral("ns"))
        return time / 1e6;
    if (unit == QStringLiteral("us"))
        return time / 1e3;
    if (unit == QStringLiteral("s"))
        return time * 1e3;
    return time;
}

// The runs that stand for a benchmark: its medians where it repeated, else its single runs.
QList<QJsonObject> representativeRuns(const QDir& folder)
{
    QList<QJsonObject> runs;
    for (const QString& name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Google Benchmark writes NaN for a statistic of a constant counter, which JSON has no
        // word for: read it as null.
        QByteArray text = file.readAll();
        static const QRegularExpression notANumber(QStringLiteral(R"(:\s*-?(NaN|Infinity))"));
        text = QString::fromUtf8(text).replace(notANumber, QStringLiteral(": null")).toUtf8();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (document.isNull()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(error.errorString()));
            continue;
        }
        const QJsonArray benchmarks = document.object().value(u"benchmarks").toArray();
        for (const QJsonValue& value : benchmarks) {
            const QJsonObject run = value.toObject();
            const bool repeated = run.value(u"repetitions").toInt(1) > 1;
            const QString type = run.value(u"run_type").toString();
            if (repeated ? run.value(u"aggregate_name").toString() == QStringLiteral("median")
                         : type == QStringLiteral("iteration")) {
                runs.append(run);
            }
        }
    }
    return runs;
}

std::optional<double> figure(const QJsonObject& run, const Target& target)
{
    switch (target.measure) {
    case Measure::Milliseconds:
        return toMilliseconds(run.value(u"real_time").toDouble(), run.value(u"time_unit").toString());
    case Measure::ItemsPerSecond:
        if (run.contains(u"items_per_second"))
            return run.value(u"items_per_second").toDouble();
        return std::nullopt;
    case Measure::Counter:
        if (run.contains(QLatin1StringView(target.counter)))
            return run.value(QLatin1StringView(target.counter)).toDouble();
        return std::nullopt;
    }
    return std::nullopt;
}

QString number(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', value >= 10 ? 1 : 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: spyline_benchmark_summary RESULTS_FOLDER\n");
        return 2;
    }
    const QList<QJsonObject> runs = representativeRuns(QDir(QString::fromLocal8Bit(argv[1])));
    // The worst figure of each target first: the graph layout row compares with the sfdp row below it.
    QList<std::optional<double>> figures;
    std::optional<double> sfdpCommand;
    for (const Target& target : targets) {
        const QRegularExpression pattern(QString::fromLatin1(target.runs));
        std::optional<double> worst;
        for (const QJsonObject& run : runs) {
            if (!pattern.match(run.value(u"run_name").toString()).hasMatch())
                continue;
            if (const auto value = figure(run, target))
                worst = !worst ? *value : target.atMost ? std::max(*worst, *value) : std::min(*worst, *value);
        }
        figures.append(worst);
        if (QLatin1StringView(target.counter) == u"sfdp_command_wall_ms")
            sfdpCommand = worst;
    }
    std::printf("| what | target | measured (median; worst variant) | met |\n| --- | --- | --- | --- |\n");
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Target& target = targets[i];
        const std::optional<double> worst = figures.at(i);
        QString limit = QStringLiteral("%1 %2 %3")
                            .arg(target.atMost ? QStringLiteral("\u2264") : QStringLiteral("\u2265"),
                                 number(target.limit), QLatin1StringView(target.unit));
        QString met;
        if (QLatin1StringView(target.counter) == u"in_process_wall_ms") {
            limit = QStringLiteral("\u2264 the sfdp command");
            if (worst && sfdpCommand)
                met = *worst <= *sfdpCommand ? QStringLiteral("yes") : QStringLiteral("no");
        } else if (QLatin1StringView(target.counter) == u"sfdp_command_wall_ms" || target.limit == 0) {
            limit = QStringLiteral("(reference)");
        } else if (worst) {
            met = (target.atMost ? *worst <= target.limit : *worst >= target.limit) ? QStringLiteral("yes")
                                                                                    : QStringLiteral("no");
        }
        const QString measured =
            worst ? number(*worst) + u' ' + QLatin1StringView(target.unit) : QStringLiteral("not run");
        std::printf("| %s | %s | %s | %s |\n", target.what, qPrintable(limit), qPrintable(measured), qPrintable(met));
    }
    return 0;
}
