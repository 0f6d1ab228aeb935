#include "statistics/LagHistogram.h"

#include <algorithm>

namespace Spyline {

namespace {

int medianOf(std::vector<int> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    // The lower of the two middle values for an even count: a whole number of days, never more
    // than the data says.
    return values.size() % 2 == 1 ? values[middle] : values[middle - 1];
}

} // namespace

LagHistogram LagHistogram::build(const LinkLags& lags, int binDays, int maxDays)
{
    LagHistogram histogram;
    histogram.m_binDays = std::max(1, binDays);
    histogram.m_undated = lags.undated;
    const int width = histogram.m_binDays;
    // Fitted to the lags: every exact lag and the start of every range on the chart, at least four
    // bins; a range that runs on past the end is drawn up to it.
    int end = maxDays > 0 ? maxDays : 4 * histogram.m_binDays;
    if (maxDays <= 0) {
        for (const LinkLag& link : lags.lags) {
            end = std::max(end, link.lag.isExact() ? link.lag.maxDays + 1 : link.lag.minDays + histogram.m_binDays);
            // A range inside one bin counts in that bin: keep it whole on the chart.
            if (link.lag.minDays / histogram.m_binDays == link.lag.maxDays / histogram.m_binDays)
                end = std::max(end, link.lag.maxDays + 1);
        }
    }
    const int binCount = std::max(1, (end + width - 1) / width);
    histogram.m_bins.resize(binCount);
    for (int i = 0; i < binCount; ++i) {
        histogram.m_bins[i].firstDay = i * width;
        histogram.m_bins[i].lastDay = (i + 1) * width - 1;
    }
    std::vector<int> least;
    std::vector<int> most;
    bool exact = true;
    for (const LinkLag& link : lags.lags) {
        const Lag& lag = link.lag;
        ++histogram.m_links;
        least.push_back(lag.minDays);
        most.push_back(lag.maxDays);
        exact = exact && lag.isExact();
        if (lag.minDays >= binCount * width) {
            ++histogram.m_beyond;
            continue;
        }
        const int first = lag.minDays / width;
        const int last = lag.maxDays / width;
        if (first != last) {
            histogram.m_ranges.append(link);
            continue;
        }
        Bin& bin = histogram.m_bins[first];
        ++bin.links;
        if (!lag.isExact())
            ++bin.uncertain;
        if (link.caseId != 0 && !bin.cases.contains(link.caseId))
            bin.cases.append(link.caseId);
    }
    histogram.m_median.minDays = medianOf(least);
    histogram.m_median.maxDays =
        exact ? histogram.m_median.minDays : std::max(histogram.m_median.minDays, medianOf(most));
    return histogram;
}

int LagHistogram::binOf(int days) const
{
    if (days < 0 || days >= spanDays())
        return -1;
    return days / m_binDays;
}

int LagHistogram::maxBinCount() const
{
    int most = 0;
    for (const Bin& bin : m_bins)
        most = std::max(most, bin.links);
    return most;
}

} // namespace Spyline
