#include "statistics/StatisticsSnapshot.h"

#include "statistics/CaseStatistics.h"

#include <QCoreApplication>

namespace Spyline {

namespace {

template<typename T>
Status take(Result<T> result, T& into)
{
    if (!result)
        return result.status();
    into = std::move(*result);
    return {};
}

Status computeFigures(CaseStatistics& statistics, const CaseFilter& filter, StatisticsParts parts,
                      StatisticsSnapshot::Figures& figures, const std::function<bool()>& cancelled)
{
    const auto wanted = [&](StatisticsPart part) { return (parts & StatisticsParts(part)) != 0; };
    const auto stop = [&] {
        return cancelled && cancelled() ? fail(QCoreApplication::translate("Spyline::StatisticsSnapshot", "cancelled"))
                                        : Status();
    };
    if (wanted(StatisticsPart::Countries)) {
        if (Status s = take(statistics.countries(filter), figures.countries); !s)
            return s;
    }
    if (Status s = stop(); !s)
        return s;
    if (wanted(StatisticsPart::Venues)) {
        if (Status s = take(statistics.venues(filter), figures.venues); !s)
            return s;
    }
    if (Status s = stop(); !s)
        return s;
    if (wanted(StatisticsPart::Years)) {
        if (Status s = take(statistics.disclosuresPerYear(filter), figures.years); !s)
            return s;
    }
    if (Status s = stop(); !s)
        return s;
    if (wanted(StatisticsPart::Statuses)) {
        if (Status s = take(statistics.statuses(filter), figures.statuses); !s)
            return s;
    }
    if (Status s = stop(); !s)
        return s;
    if (wanted(StatisticsPart::Agencies)) {
        if (Status s = take(statistics.agencies(filter), figures.agencies); !s)
            return s;
    }
    if (Status s = stop(); !s)
        return s;
    if (wanted(StatisticsPart::Lags)) {
        if (Status s = take(statistics.lags(filter), figures.lags); !s)
            return s;
    }
    return {};
}

} // namespace

Result<StatisticsSnapshot> StatisticsSnapshot::compute(Store& store, const CaseFilter& filter,
                                                       const QList<Id>& selection, StatisticsParts parts,
                                                       const std::function<bool()>& cancelled)
{
    StatisticsSnapshot snapshot;
    snapshot.filter = filter;
    snapshot.parts = parts;
    snapshot.selection = selection;
    CaseStatistics statistics(store);
    if (Status s = computeFigures(statistics, filter, parts, snapshot.all, cancelled); !s)
        return fail(s.error());
    if (!selection.isEmpty()) {
        CaseFilter narrowed = filter;
        narrowed.caseIds = filter.caseIds.isEmpty() ? selection : QList<Id>();
        for (Id id : selection) {
            if (filter.caseIds.contains(id))
                narrowed.caseIds.append(id);
        }
        if (!narrowed.caseIds.isEmpty()) {
            if (Status s = computeFigures(statistics, narrowed, parts, snapshot.selected, cancelled); !s)
                return fail(s.error());
        }
    }
    return snapshot;
}

} // namespace Spyline
