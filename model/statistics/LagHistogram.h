#pragma once

#include "statistics/StatisticsData.h"

namespace Spyline {

// The lags of links in bins of `binDays` (a week by default): bin i holds the lags from
// i * binDays to (i + 1) * binDays - 1 days. A lag known only as a range counts in a bin only when
// the whole range lies in it; any other is kept as a range to be drawn as one, never put in a bin
// it may not belong to. Pure arithmetic over LinkLags.
class LagHistogram
{
public:
    struct Bin
    {
        int firstDay = 0;
        int lastDay = 0;
        int links = 0;
        int uncertain = 0; // of `links`, lags known only as a range that lies within the bin
        QList<Id> cases; // the cases of the links counted here, each once
    };

    static constexpr int DefaultBinDays = 7;
    // Lags from `maxDays` on are counted as beyond the chart; 0 fits the chart to the lags (every
    // exact lag and the start of every range, at least four bins).
    static LagHistogram build(const LinkLags& lags, int binDays = DefaultBinDays, int maxDays = 0);

    int binDays() const
    {
        return m_binDays;
    }
    const QList<Bin>& bins() const
    {
        return m_bins;
    }
    // The bin a lag of `days` falls in; -1 beyond the chart.
    int binOf(int days) const;
    // Lags that span more than one bin, drawn as their range.
    const QList<LinkLag>& ranges() const
    {
        return m_ranges;
    }
    // Lags from the chart's end on (their least days), counted and not drawn.
    int beyond() const
    {
        return m_beyond;
    }
    int undated() const
    {
        return m_undated;
    }
    // Links with a lag: in a bin, as a range, or beyond.
    int links() const
    {
        return m_links;
    }
    int maxBinCount() const;
    // The days the chart spans: the end of its last bin plus one.
    int spanDays() const
    {
        return int(m_bins.size()) * m_binDays;
    }
    // The median lag: exact when every lag is; else the median of the least days to the median of
    // the most days.
    const Lag& median() const
    {
        return m_median;
    }

private:
    int m_binDays = DefaultBinDays;
    QList<Bin> m_bins;
    QList<LinkLag> m_ranges;
    int m_beyond = 0;
    int m_undated = 0;
    int m_links = 0;
    Lag m_median;
};

} // namespace Spyline
