#pragma once

#include "records/CaseFilter.h"
#include "statistics/StatisticsData.h"

#include <functional>

namespace Spyline {

class Store;

// Which figures to compute.
enum class StatisticsPart : quint8
{
    Countries = 1 << 0,
    Venues = 1 << 1,
    Years = 1 << 2,
    Statuses = 1 << 3,
    Agencies = 1 << 4,
    Lags = 1 << 5,
};
using StatisticsParts = quint8;
constexpr StatisticsParts MapParts =
    StatisticsParts(StatisticsPart::Countries) | StatisticsParts(StatisticsPart::Venues);
constexpr StatisticsParts AllStatisticsParts = 0x3f;

// The figures for a filter, and the same for the selected cases among them (to highlight where
// the selection lies): what the map and the statistics views draw. Each part is one query.
struct StatisticsSnapshot
{
    struct Figures
    {
        CountryCounts countries;
        VenueFlows venues;
        DisclosuresPerYear years;
        StatusCounts statuses;
        AgencyCounts agencies;
        LinkLags lags;
    };
    CaseFilter filter;
    StatisticsParts parts = 0;
    Figures all;
    Figures selected; // empty when nothing is selected
    QList<Id> selection;

    // Computes the parts asked for; `cancelled` is asked between parts.
    static Result<StatisticsSnapshot> compute(Store& store, const CaseFilter& filter, const QList<Id>& selection,
                                              StatisticsParts parts, const std::function<bool()>& cancelled = {});
};

} // namespace Spyline
