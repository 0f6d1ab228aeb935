#include "ExportCommand.h"

#include "ChartExporter.h"
#include "GraphChart.h"
#include "Handout.h"
#include "MapChart.h"
#include "StackedChart.h"
#include "StatisticsChart.h"
#include "TimelineChart.h"
#include "items/FilterDescription.h"
#include "records/Language.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/ServerAddress.h"
#include "store/ShownRecords.h"
#include "store/Store.h"
#include "store/WorkingCopy.h"
#include "timeline/TimelineLanes.h"
#include "transfer/OutputFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <memory>

namespace Spyline {

namespace {

// tr() for the functions here, which belong to no class.
struct ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::ExportCommand)
};

int userError(const QString& message)
{
    QTextStream(stderr) << QStringLiteral("spyline: ") << message << Qt::endl;
    return 1;
}

Result<std::optional<DayNumber>> dayOption(const QCommandLineParser& parser, const QString& name, bool latest)
{
    const QString text = parser.value(name);
    if (text.isEmpty())
        return std::optional<DayNumber>();
    auto date = PartialDate::parse(text);
    if (!date)
        return fail(QStringLiteral("--%1: %2").arg(name, date.error()));
    if (date->isNull())
        return fail(QStringLiteral("--%1: ").arg(name)
                    + ExportCommand::tr("\"%1\" is not a day to filter by").arg(text));
    return std::optional<DayNumber>(latest ? date->latestDay() : date->earliestDay());
}

// The charts of the collection for what the options select.
struct Charts
{
    std::unique_ptr<ExportableChart> timeline;
    std::unique_ptr<ExportableChart> graph;
    std::unique_ptr<ExportableChart> other; // the map or a statistics chart
    qsizetype unreadableEvents = 0; // left out: the collection's values for them are out of range
};

// Lane groupings by their command-line names.
const std::array<std::pair<const char*, LaneKey>, 6> LaneKeyNames {{
    {"case", LaneKey::Case},
    {"country", LaneKey::DisclosingCountry},
    {"accused-country", LaneKey::AccusedCountry},
    {"agency", LaneKey::AccusedAgency},
    {"venue", LaneKey::VenueCountry},
    {"actor", LaneKey::Actor},
}};

// The statistics charts by their command-line names.
const std::array<std::pair<const char*, StatisticsChartKind>, 5> StatisticsViewNames {{
    {"lags", StatisticsChartKind::Lags},
    {"per-year", StatisticsChartKind::DisclosuresPerYear},
    {"venues", StatisticsChartKind::Venues},
    {"status", StatisticsChartKind::Statuses},
    {"agencies", StatisticsChartKind::Agencies},
}};

std::optional<StatisticsChartKind> statisticsKind(const QString& view)
{
    for (const auto& [name, kind] : StatisticsViewNames) {
        if (view == QLatin1StringView(name))
            return kind;
    }
    return std::nullopt;
}

// The map above the lag histogram: the handout's page for where and when.
Result<Charts> buildCharts(Store& store, const CaseFilter& filter, const QStringList& views,
                           const ExportRequest& request)
{
    const std::optional<LaneKey>& laneKey = request.laneKey;
    const GraphLayoutKind graphLayout = request.graphLayout;
    Charts charts;
    if (views.contains(QStringLiteral("timeline"))) {
        auto data = TimelineData::load(store);
        if (!data)
            return fail(data.error());
        charts.unreadableEvents = (*data)->unreadableEvents();
        auto shown = ShownRecords::of(store, filter);
        if (!shown)
            return fail(shown.error());
        TimelineChart::Selection selection;
        selection.shown = *shown;
        if (filter.fromDay || filter.toDay) {
            selection.days =
                DayRange {filter.fromDay.value_or((*data)->firstDay()), filter.toDay.value_or((*data)->lastDay())};
        }
        selection.key = laneKey.value_or(LaneKey::Case);
        // Thousands of cases one lane each make a book, not a chart: past a hundred lanes, more than
        // eight pages of them are grouped by disclosing country, and the caption says so.
        selection.maxPages = request.maxPages;
        selection.cutQuietStretches = request.axisBreaks;
        charts.timeline = TimelineChart::forSelection(*data, selection);
    }
    if (views.contains(QStringLiteral("graph"))) {
        auto graph = GraphChart::build(store, filter, graphLayout);
        if (!graph)
            return fail(graph.error());
        charts.graph = std::move(*graph);
    }
    if (views.contains(QStringLiteral("map"))) {
        auto map = MapChart::build(store, filter, request.shading);
        if (!map)
            return fail(map.error());
        charts.other = std::move(*map);
    }
    for (const QString& view : views) {
        if (const auto kind = statisticsKind(view)) {
            auto chart = StatisticsChart::build(store, filter, *kind, request.statistics);
            if (!chart)
                return fail(chart.error());
            charts.other = std::move(*chart);
        }
    }
    if (views.contains(QStringLiteral("map+lags"))) {
        auto page = StackedChart::mapAndLags(store, filter, request.shading, request.statistics);
        if (!page)
            return fail(page.error());
        charts.other = std::move(*page);
    }
    return charts;
}

} // namespace

Result<ExportRequest> parseExportArguments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto option = [&](const char* name, const QString& value = {}) {
        parser.addOption(value.isEmpty() ? QCommandLineOption(QString::fromLatin1(name))
                                         : QCommandLineOption(QString::fromLatin1(name), QString(), value));
    };
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("h"), QStringLiteral("help")}));
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("v"), QStringLiteral("version")}));
    option("db", ExportCommand::tr("FILE"));
    option("view", ExportCommand::tr("VIEW"));
    option("format", ExportCommand::tr("FORMAT"));
    option("out", ExportCommand::tr("FILE"));
    option("from", ExportCommand::tr("DATE"));
    option("to", ExportCommand::tr("DATE"));
    option("case", ExportCommand::tr("ID"));
    option("title", ExportCommand::tr("TEXT"));
    option("subtitle", ExportCommand::tr("TEXT"));
    option("width", ExportCommand::tr("PX"));
    option("height", ExportCommand::tr("PX"));
    option("dpi", ExportCommand::tr("N"));
    option("page", ExportCommand::tr("SIZE"));
    option("portrait");
    option("transparent");
    option("handout");
    option("summary");
    option("no-axis-breaks");
    option("preset", ExportCommand::tr("NAME"));
    option("max-pages", ExportCommand::tr("N"));
    option("as-of", ExportCommand::tr("DATE"));
    option("lanes", ExportCommand::tr("KEY"));
    option("layout", ExportCommand::tr("LAYOUT"));
    option("shade", ExportCommand::tr("WHAT"));
    option("bin-days", ExportCommand::tr("N"));
    option("top", ExportCommand::tr("N"));
    option("language", ExportCommand::tr("LANGUAGE"));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    ExportRequest request;
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        request.help = parser.isSet(QStringLiteral("help"));
        request.version = !request.help;
        return request;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(ExportCommand::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    for (const char* single :
         {"db",   "out",   "view",   "format", "from",     "to",  "title",  "subtitle",  "width", "height",  "dpi",
          "page", "lanes", "layout", "shade",  "bin-days", "top", "preset", "max-pages", "as-of", "language"}) {
        if (parser.values(QString::fromLatin1(single)).size() > 1)
            return fail(ExportCommand::tr("--%1 is given more than once").arg(QLatin1StringView(single)));
    }

    request.db = parser.value(QStringLiteral("db"));
    request.out = parser.value(QStringLiteral("out"));
    if (request.db.isEmpty())
        return fail(ExportCommand::tr("--db FILE is required"));
    if (request.out.isEmpty())
        return fail(ExportCommand::tr("--out FILE is required"));
    request.handout = parser.isSet(QStringLiteral("handout"));
    ExportOptions& options = request.options;
    if (request.handout) {
        options.format = ExportOptions::Format::Pdf;
    } else {
        const auto format = ExportOptions::formatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return fail(ExportCommand::tr("--format must be png, svg or pdf"));
        options.format = *format;
    }
    request.view = parser.value(QStringLiteral("view"));
    const QStringList viewNames = {QStringLiteral("timeline"), QStringLiteral("graph"),    QStringLiteral("map"),
                                   QStringLiteral("lags"),     QStringLiteral("per-year"), QStringLiteral("venues"),
                                   QStringLiteral("status"),   QStringLiteral("agencies")};
    if (!request.handout && !viewNames.contains(request.view))
        return fail(ExportCommand::tr("--view must be one of %1").arg(viewNames.join(QStringLiteral(", "))));
    request.summary = parser.isSet(QStringLiteral("summary"));
    request.axisBreaks = !parser.isSet(QStringLiteral("no-axis-breaks"));
    if (request.summary && !request.handout)
        return fail(ExportCommand::tr("--summary is for a handout: give --handout too"));
    if (const QString preset = parser.value(QStringLiteral("preset")); !preset.isEmpty()) {
        if (!options.applyPreset(preset))
            return fail(ExportCommand::tr("--preset must be one of %1")
                            .arg(ExportOptions::presetNames().join(QStringLiteral(", "))));
    }
    options.title = parser.value(QStringLiteral("title"));
    options.subtitle = parser.value(QStringLiteral("subtitle"));
    options.transparent = parser.isSet(QStringLiteral("transparent"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("width"))) {
        options.pixelSize.setWidth(parser.value(QStringLiteral("width")).toInt(&ok));
        if (!ok || options.pixelSize.width() < 200 || options.pixelSize.width() > 20000)
            return fail(ExportCommand::tr("--width must be a number of pixels from 200 to 20000"));
        options.pixelSize.setHeight(options.pixelSize.width() * 9 / 16);
    }
    if (parser.isSet(QStringLiteral("height"))) {
        options.pixelSize.setHeight(parser.value(QStringLiteral("height")).toInt(&ok));
        if (!ok || options.pixelSize.height() < 200 || options.pixelSize.height() > 20000)
            return fail(ExportCommand::tr("--height must be a number of pixels from 200 to 20000"));
    }
    if (parser.isSet(QStringLiteral("dpi"))) {
        options.dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || options.dpi < 36 || options.dpi > 1200)
            return fail(ExportCommand::tr("--dpi must be a number from 36 to 1200"));
    }
    if (const QString page = parser.value(QStringLiteral("page")).toLower(); !page.isEmpty()) {
        if (page == QStringLiteral("a4"))
            options.pageSize = QPageSize(QPageSize::A4);
        else if (page == QStringLiteral("letter"))
            options.pageSize = QPageSize(QPageSize::Letter);
        else if (page == QStringLiteral("a3"))
            options.pageSize = QPageSize(QPageSize::A3);
        else
            return fail(ExportCommand::tr("--page must be a4, letter or a3"));
    }
    if (parser.isSet(QStringLiteral("portrait")))
        options.orientation = QPageLayout::Portrait;
    if (const QString lanes = parser.value(QStringLiteral("lanes")); !lanes.isEmpty()) {
        QStringList names;
        for (const auto& [name, key] : LaneKeyNames) {
            names.append(QLatin1StringView(name));
            if (lanes == QLatin1StringView(name))
                request.laneKey = key;
        }
        if (!request.laneKey)
            return fail(ExportCommand::tr("--lanes must be one of %1").arg(names.join(QStringLiteral(", "))));
    }
    if (const QString layout = parser.value(QStringLiteral("layout")); !layout.isEmpty()) {
        if (layout == QStringLiteral("chronology"))
            request.graphLayout = GraphLayoutKind::Chronology;
        else if (layout != QStringLiteral("relations"))
            return fail(ExportCommand::tr("--layout must be relations or chronology"));
    }
    if (const QString shade = parser.value(QStringLiteral("shade")); !shade.isEmpty()) {
        if (shade == QStringLiteral("accused"))
            request.shading = MapShading::Accused;
        else if (shade != QStringLiteral("target"))
            return fail(ExportCommand::tr("--shade must be target or accused"));
    }
    if (parser.isSet(QStringLiteral("bin-days"))) {
        request.statistics.binDays = parser.value(QStringLiteral("bin-days")).toInt(&ok);
        if (!ok || request.statistics.binDays < 1 || request.statistics.binDays > 365)
            return fail(ExportCommand::tr("--bin-days must be a number of days from 1 to 365"));
    }
    if (parser.isSet(QStringLiteral("top"))) {
        const int top = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1 || top > 100)
            return fail(ExportCommand::tr("--top must be a number from 1 to 100"));
        request.statistics.topAgencies = top;
        request.statistics.topVenues = top;
    }

    if (parser.isSet(QStringLiteral("language"))) {
        request.language = Language::fromCode(parser.value(QStringLiteral("language")));
        if (request.language.isEmpty())
            return fail(ExportCommand::tr("--language must be en (English) or zh_CN (Simplified Chinese)"));
    }

    auto from = dayOption(parser, QStringLiteral("from"), false);
    auto to = dayOption(parser, QStringLiteral("to"), true);
    if (!from)
        return fail(from.error());
    if (!to)
        return fail(to.error());
    if (*from && *to && **from > **to) {
        return fail(ExportCommand::tr("--from %1 is after --to %2")
                        .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to"))));
    }
    request.filter.fromDay = *from;
    request.filter.toDay = *to;
    auto asOf = dayOption(parser, QStringLiteral("as-of"), true);
    if (!asOf)
        return fail(asOf.error());
    request.filter.knownOn = *asOf;
    if (parser.isSet(QStringLiteral("max-pages"))) {
        request.maxPages = parser.value(QStringLiteral("max-pages")).toInt(&ok);
        if (!ok || request.maxPages < 1 || request.maxPages > 1000)
            return fail(ExportCommand::tr("--max-pages must be a number of pages from 1 to 1000"));
    } else if (parser.value(QStringLiteral("preset")).startsWith(QStringLiteral("slide"))) {
        request.maxPages = 1; // a slide is one page
    } else if (options.format != ExportOptions::Format::Pdf
               && (parser.isSet(QStringLiteral("width")) || parser.isSet(QStringLiteral("height")))) {
        request.maxPages = 1; // a picture of the size asked for: its lanes are grouped to fit it
    }
    for (const QString& id : parser.values(QStringLiteral("case"))) {
        const qint64 value = id.toLongLong(&ok);
        if (!ok || value <= 0)
            return fail(ExportCommand::tr("--case takes a case id, a whole number; \"%1\" is not one").arg(id));
        if (!request.filter.caseIds.contains(value))
            request.filter.caseIds.append(value);
    }
    return request;
}

int runExportCommand(const ExportRequest& request)
{
    // Titles, legends, captions, dates and messages alike, whatever language Spyline speaks.
    const Language::Scope speaking(request.language.isEmpty() ? Language::current() : request.language);
    const CaseFilter& filter = request.filter;
    const ExportOptions& options = request.options;
    const QString& out = request.out;
    // A collection on a server is exported from a working copy of one consistent snapshot of it, as
    // the window shows it: the charts, captions and handout are drawn from a file, as for any file.
    std::shared_ptr<WorkingCopy> snapshot;
    if (isServerAddress(request.db)) {
        WorkingCopy::Problem problem;
        snapshot = WorkingCopy::take({request.db, {}, {}}, &problem);
        if (!snapshot)
            return userError(problem.message);
    } else if (!QFileInfo::exists(request.db)) {
        return userError(ExportCommand::tr("%1 does not exist").arg(request.db));
    }
    const QString db = snapshot ? snapshot->path() : request.db;
    // How messages name the collection: its file's name, or the server's address.
    const QString collectionName = snapshot ? serverAddressForDisplay(request.db) : QFileInfo(db).fileName();
    Store store;
    if (Status s = store.open(db, Store::Access::Read); !s)
        return userError(s.error());
    // Refused before any work: the output is never the collection or another one.
    if (auto target = checkOutputPath(out, store.path()); !target)
        return userError(target.error());
    for (const Id id : filter.caseIds) {
        auto record = CaseRepository(store).get(id);
        if (!record)
            return userError(ExportCommand::tr("--case %1: there is no case %1 in %2").arg(id).arg(collectionName));
    }
    CaseFilter matching = filter;
    matching.knownOn.reset();
    auto cases = CaseSearch(store).caseIds(matching);
    if (!cases)
        return userError(cases.error());
    if (cases->isEmpty())
        return userError(
            ExportCommand::tr("nothing to export: no case in %1 matches the selection").arg(collectionName));
    // As publicly known on a day: the charts draw only what had been made public by then, and say so.
    if (filter.knownOn) {
        cases = CaseSearch(store).caseIds(filter);
        if (!cases)
            return userError(cases.error());
        if (cases->isEmpty()) {
            return userError(
                ExportCommand::tr("nothing to export: no case of the selection in %1 had been made public by %2")
                    .arg(collectionName, PartialDate::fromDay(*filter.knownOn).displayText()));
        }
    }

    const ChartExporter::Describe describe = [&](const ExportableChart& shown) {
        auto context = ChartContext::describe(store, shown, filter);
        // A server's collection by its database's name, not by its working copy's file.
        if (context && snapshot)
            context->collectionName = serverCollectionName(request.db);
        return context;
    };
    ExportOptions chartOptions = options;
    // Every chart drawn this way says so under its title too.
    if (chartOptions.subtitle.isEmpty())
        chartOptions.subtitle = describeKnownOn(filter);
    const QStringList views = request.handout
        ? QStringList {QStringLiteral("timeline"), QStringLiteral("graph"), QStringLiteral("map+lags")}
        : QStringList {request.view};
    auto charts = buildCharts(store, filter, views, request);
    if (!charts)
        return userError(charts.error());
    // Written all the same, with what could be read; the caption says it too.
    if (const QString note = TimelineChart::unreadableNote(charts->unreadableEvents); !note.isEmpty())
        QTextStream(stderr) << QStringLiteral("spyline: warning: ") << note << Qt::endl;
    if (request.handout) {
        Handout document(store, *cases, chartOptions);
        document.setSummary(request.summary);
        document.setKnownOn(filter.knownOn);
        for (const auto& [chart, title] :
             {std::pair {charts->timeline.get(), ExportCommand::tr("Timeline")},
              std::pair {charts->graph.get(), ExportCommand::tr("Relationship graph")},
              std::pair {charts->other.get(),
                         ExportCommand::tr("Where people were recruited, and how long disclosures took")}}) {
            if (chart)
                document.addChart(*chart, describe, title);
        }
        // Said before the work starts, so that a person can stop a book they did not want.
        const Handout::Estimate size = document.estimate();
        if (request.maxPages > 0 && size.pages > request.maxPages) {
            return userError(
                ExportCommand::tr("the handout of %L1 cases would run to about %L2 pages, more than --max-pages %L3; "
                                  "--summary leaves out the table of cases, or narrow the selection")
                    .arg(size.cases)
                    .arg(size.pages)
                    .arg(request.maxPages));
        }
        QTextStream err(stderr);
        int lastPercent = -1;
        if (size.pages > 50) {
            err << QStringLiteral("spyline: ")
                << ExportCommand::tr(
                       "writing a handout of %L1 cases, about %L2 pages (--summary: the charts and statements only)")
                       .arg(size.cases)
                       .arg(size.pages)
                << Qt::endl;
            document.setProgress([&](qsizetype done, qsizetype total) {
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                if (percent / 10 != lastPercent / 10) {
                    err << QStringLiteral("spyline: ") << ExportCommand::tr("%1% written").arg(percent) << Qt::endl;
                    lastPercent = percent;
                }
                return true;
            });
        }
        if (Status s = document.write(out); !s)
            return userError(s.error());
        return 0;
    }
    ExportableChart* chart = request.view == QStringLiteral("timeline") ? charts->timeline.get()
        : request.view == QStringLiteral("graph")                       ? charts->graph.get()
                                                                        : charts->other.get();
    // A chart asked to fit a number of pages keeps to it, its list of sources included.
    chartOptions.maxPages = request.maxPages;
    if (Status s = ChartExporter(*chart, describe, chartOptions).write(out, store.path()); !s)
        return userError(s.error());
    return 0;
}

} // namespace Spyline
