#pragma once

#include "ChartExporter.h"
#include "MapLayout.h"
#include "StatisticsLayout.h"
#include "graph/GraphData.h"
#include "records/CaseFilter.h"
#include "timeline/TimelineLanes.h"

#include <QStringList>

#include <optional>

namespace Spyline {

// What `spyline export` was asked for, parsed and checked before anything is opened or written.
struct ExportRequest
{
    bool help = false; // --help or --version given as options: show them instead
    bool version = false;
    QString db;
    QString out;
    QString view;
    bool handout = false;
    ExportOptions options;
    CaseFilter filter;
    int maxPages = 0; // 0: as many pages as every lane needs
    bool summary = false; // a handout without the table of every case
    bool axisBreaks = true; // cut long quiet stretches from the timeline's axis
    std::optional<LaneKey> laneKey;
    GraphLayoutKind graphLayout = GraphLayoutKind::Relations;
    MapShading shading = MapShading::Targeted;
    StatisticsOptions statistics;
    QString language; // the chart's: "en" or "zh_CN", or empty for the one Spyline speaks
};

// spyline export --db FILE --view timeline|graph|map|lags|per-year|venues|status|agencies
//     --format png|svg|pdf --out FILE
//     [--from DATE] [--to DATE] [--case ID ...] [--title TEXT] [--subtitle TEXT] [--width PX]
//     [--height PX] [--dpi N] [--page a4|letter|a3] [--preset NAME] [--portrait] [--transparent]
//     [--handout [--summary]] [--max-pages N] [--as-of DATE] [--no-axis-breaks]
//     [--lanes case|country|accused-country|agency|venue|actor] [--layout relations|chronology]
//     [--shade target|accused] [--bin-days N] [--top N] [--language en|zh_CN]
// A handout has a page for the timeline, the graph, and the map above the lag histogram.
// Every option's value is taken as a value, also when it starts with a dash.
Result<ExportRequest> parseExportArguments(const QStringList& arguments);

// The timeline has a lane per case when the cases fit the page, else a lane per disclosing country.
// Runs headless (QT_QPA_PLATFORM=offscreen). Returns the exit status; user errors print one line.
int runExportCommand(const ExportRequest& request);

} // namespace Spyline
