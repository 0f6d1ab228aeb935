#pragma once

#include "records/PartialDate.h"

#include <span>
#include <vector>

namespace Spyline {

// Answers "how many of these days come before day D" exactly and in constant time for a sorted
// run of days: cumulative counts per bucket of 2^shift days, refined by a binary search inside
// one bucket. The bucket size is chosen so that the table is no larger than the run, so a lane of
// a million events costs a few megabytes at most whatever its time span. Counts over any bucket
// of any width are one subtraction, which makes every zoom level's density a pass over pixels.
class DayIndex
{
public:
    DayIndex() = default;
    // `days` must be sorted and outlive the index.
    explicit DayIndex(std::span<const DayNumber> days);

    // Days strictly before `day`.
    qsizetype countBefore(qint64 day) const;
    // Days in [from, to).
    qsizetype countBetween(qint64 from, qint64 to) const
    {
        return to <= from ? 0 : countBefore(to) - countBefore(from);
    }
    int shift() const
    {
        return m_shift;
    }

private:
    std::span<const DayNumber> m_days;
    std::vector<quint32> m_cumulative; // days before origin + (k << shift)
    qint64 m_origin = 0;
    int m_shift = 0;
};

} // namespace Spyline
