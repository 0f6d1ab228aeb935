#include "timeline/DayIndex.h"

#include <algorithm>

namespace Spyline {

DayIndex::DayIndex(std::span<const DayNumber> days)
    : m_days(days)
{
    if (days.empty())
        return;
    m_origin = days.front();
    const qint64 span = qint64(days.back()) - m_origin + 1;
    const qint64 budget = std::max<qint64>(qint64(days.size()), 1024);
    while ((span >> m_shift) > budget)
        ++m_shift;
    const qint64 buckets = (span >> m_shift) + 1;
    m_cumulative.assign(size_t(buckets + 1), 0);
    // One pass: bucket k's entry is the count of days before its first day.
    size_t i = 0;
    for (qint64 k = 0; k <= buckets; ++k) {
        const qint64 start = m_origin + (k << m_shift);
        while (i < days.size() && days[i] < start)
            ++i;
        m_cumulative[size_t(k)] = quint32(i);
    }
}

qsizetype DayIndex::countBefore(qint64 day) const
{
    if (m_days.empty() || day <= m_origin)
        return 0;
    if (day > m_days.back())
        return qsizetype(m_days.size());
    const qint64 k = (day - m_origin) >> m_shift;
    const auto begin = m_days.begin() + m_cumulative[size_t(k)];
    const auto end = m_days.begin() + m_cumulative[size_t(k + 1)];
    return qsizetype(std::lower_bound(begin, end, day) - m_days.begin());
}

} // namespace Spyline
