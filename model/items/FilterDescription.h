#pragma once

#include "records/CaseFilter.h"

namespace Spyline {

class Store;

// A date range as people write it: "Aug 2023", "Jul–Sep 2023", "2019–2023", "11 Aug–21 Sep 2023".
QString describeDayRange(DayNumber first, DayNumber last);

// The filter in words for a chart's caption, e.g. "Cases involving Ministry of State Security,
// target or accused China, disclosed Jul–Sep 2023". "All cases" when nothing is filtered.
QString describeFilter(Store& store, const CaseFilter& filter);
// Two sentences as the language writes them one after the other: "All cases. As publicly known on
// 12 Aug 2023.", "所有案件。截至2023年8月12日公开所知。"; the first one may lack its full stop.
QString joinSentences(const QString& first, const QString& second);

// "As publicly known on 1 Aug 2023." for a filter known on a day; empty for one that is not. Every
// chart drawn that way says so, in its subtitle and its caption.
QString describeKnownOn(const CaseFilter& filter);

} // namespace Spyline
