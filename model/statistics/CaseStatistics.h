#pragma once

#include "records/CaseFilter.h"
#include "statistics/StatisticsData.h"

#include <QCoreApplication>

namespace Spyline {

class Store;

// The aggregations behind the map and the statistics charts, each one SQL query over the cases
// the filter leaves (CaseSearch::whereClause), so that a million events cost a fraction of a
// second and nothing loads the whole collection.
class CaseStatistics
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::CaseStatistics)

public:
    explicit CaseStatistics(Store& store);

    Result<CountryCounts> countries(const CaseFilter& filter) const;
    Result<VenueFlows> venues(const CaseFilter& filter) const;
    Result<DisclosuresPerYear> disclosuresPerYear(const CaseFilter& filter) const;
    Result<StatusCounts> statuses(const CaseFilter& filter) const;
    Result<AgencyCounts> agencies(const CaseFilter& filter) const;
    // The links that count for the filter: every link when it is empty; else those with an event
    // of a case that passes it and, when only dates narrow the cases, also links between events
    // of no case whose later event falls in the range.
    Result<LinkLags> lags(const CaseFilter& filter) const;

private:
    Store& m_store;
};

} // namespace Spyline
