#pragma once

#include "Result.h"

#include <QString>

#include <compare>

class QDate;

namespace Spyline {

// A day as its Julian day number (QDate::toJulianDay): exact, sortable, and small.
using DayNumber = qint32;

// A date as the news gives it: "1984", "1984-01", "1984-01-15", "1930s", with "~" in front
// when approximate. It keeps the text as written plus the earliest and latest day it can mean.
class PartialDate
{
public:
    enum class Precision : quint8
    {
        Day,
        Month,
        Year,
        Decade,
    };

    PartialDate() = default;

    // Parses canonical text; the error names the offending value and why it is wrong.
    static Result<PartialDate> parse(QStringView text);
    static PartialDate fromDate(const QDate& date, bool approximate = false);
    static PartialDate fromDay(DayNumber day, bool approximate = false);
    static PartialDate month(int year, int month, bool approximate = false);
    static PartialDate year(int year, bool approximate = false);

    bool isNull() const
    {
        return m_earliest == 0;
    }
    Precision precision() const
    {
        return m_precision;
    }
    bool isApproximate() const
    {
        return m_approximate;
    }
    bool isExactDay() const
    {
        return !isNull() && m_precision == Precision::Day && !m_approximate;
    }
    DayNumber earliestDay() const
    {
        return m_earliest;
    }
    DayNumber latestDay() const
    {
        return m_latest;
    }

    // Canonical text as stored: "~2023-03".
    QString text() const;
    // For people: "15 Jan 1984", "Jan 1984", "c. Mar 2023", "1930s".
    QString displayText() const;

    bool operator==(const PartialDate& other) const = default;
    std::strong_ordering operator<=>(const PartialDate& other) const;

private:
    PartialDate(Precision precision, bool approximate, DayNumber earliest, DayNumber latest, int year, int month,
                int day);

    Precision m_precision = Precision::Day;
    bool m_approximate = false;
    DayNumber m_earliest = 0;
    DayNumber m_latest = 0;
    qint16 m_year = 0;
    qint8 m_month = 0;
    qint8 m_day = 0;
};

// Days from one partial date to a later one: exact when both are exact days,
// otherwise the range of what the two dates allow.
struct Lag
{
    int minDays = 0;
    int maxDays = 0;
    bool approximate = false;

    bool isExact() const
    {
        return minDays == maxDays;
    }
    // "22 d", "c. 22 d", "10–40 d".
    QString text() const;
    bool operator==(const Lag& other) const = default;
};

Lag lagBetween(const PartialDate& earlier, const PartialDate& later);
// The lag of a link: the link itself says which event came first, so uncertain dates never make
// it negative.
Lag linkLag(const PartialDate& earlier, const PartialDate& later);

// English month abbreviation, 1-based: "Jan" .. "Dec".
QString monthAbbreviation(int month);

} // namespace Spyline
