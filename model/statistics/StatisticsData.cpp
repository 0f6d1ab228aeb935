#include "statistics/StatisticsData.h"

#include <QHash>

#include <algorithm>

namespace Spyline {

const CountryTally* CountryCounts::find(QStringView code) const
{
    const auto it = std::lower_bound(countries.cbegin(), countries.cend(), code,
                                     [](const CountryTally& tally, QStringView value) { return tally.code < value; });
    return it != countries.cend() && it->code == code ? &*it : nullptr;
}

QList<std::pair<QString, int>> VenueFlows::byVenueCountry() const
{
    QList<std::pair<QString, int>> totals;
    for (const VenueFlow& flow : flows) {
        if (!totals.isEmpty() && totals.last().first == flow.venue)
            totals.last().second += flow.cases;
        else
            totals.append({flow.venue, flow.cases});
    }
    std::stable_sort(totals.begin(), totals.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return totals;
}

int DisclosuresPerYear::firstYear() const
{
    return tallies.isEmpty() ? 0 : tallies.first().year;
}

int DisclosuresPerYear::lastYear() const
{
    return tallies.isEmpty() ? 0 : tallies.last().year;
}

int DisclosuresPerYear::casesIn(int year) const
{
    int total = 0;
    for (const YearTally& tally : tallies) {
        if (tally.year == year)
            total += tally.cases;
    }
    return total;
}

} // namespace Spyline
