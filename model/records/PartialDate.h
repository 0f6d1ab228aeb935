#pragma once

#include "records/Result.h"

#include <QCoreApplication>
#include <QString>

#include <compare>

class QDate;

namespace Spyline {

// A day as its Julian day number (QDate::toJulianDay): exact, sortable, and small.
using DayNumber = qint32;

// A date as sources give it, kept as the Library of Congress Extended Date/Time Format (EDTF,
// ISO 8601-2) of levels 0 and 1: "1984", "1984-01", "1984-01-15", "1984~" (approximate), "1984?"
// (uncertain), "1984%" (both), unspecified digits "193X", "19XX", "1984-XX", seasons "2001-21",
// intervals "2015/2017", open ends "../2023-08-11" (on or before) and "2015-03/.." (on or after),
// unknown ends "2015/". A null date is one that is not known at all.
//
// Spyline reads an interval as the range in which a single happening took place; an event that
// lasted keeps its end in an end date of its own (docs/FORMATS.md says why).
//
// Besides its text a date knows the earliest and the latest day it can mean, for sorting,
// filtering and drawing. An open or unknown end has no such day: it is bounded HorizonYears
// beyond the known end, and hasOpenStart()/hasOpenEnd() say so, so that lags and text never
// present that bound as known.
class PartialDate
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::PartialDate)

public:
    // How precisely a date, or one end of an interval, is known.
    enum class Precision : quint8
    {
        Day,
        Month,
        Season, // EDTF 21 spring, 22 summer, 23 autumn, 24 winter
        Year,
        Decade, // 193X
        Century, // 19XX
    };
    // EDTF's qualifiers: ~ approximate, ? uncertain, % both.
    enum class Qualifier : quint8
    {
        None = 0,
        Approximate = 1,
        Uncertain = 2,
        ApproximateAndUncertain = 3,
    };
    // One end of an interval: known, open (".."), or unknown (empty).
    enum class Bound : quint8
    {
        Known,
        Open,
        Unknown,
    };

    // How far an open or unknown end reaches from the known one.
    static constexpr int HorizonYears = 10;

    // The date's form without its days: what the timeline keeps per event, in 4 bytes, from which
    // fromShape() rebuilds a date with the same days, qualifiers, open ends and display text.
    struct Shape
    {
        Precision start = Precision::Day; // of the date, or an interval's start
        Precision end = Precision::Day; // of an interval's end
        // Form (2 bits), start bound (2), end bound (2), start qualifier (2), end qualifier (2).
        quint16 bits = 1;

        static constexpr int StartBoundShift = 2;
        static constexpr int EndBoundShift = 4;
        static constexpr int StartQualifierShift = 6;
        static constexpr int EndQualifierShift = 8;
        bool isInterval() const
        {
            return (bits & 0x3) == 2;
        }
        Bound startBound() const
        {
            return static_cast<Bound>((bits >> StartBoundShift) & 0x3);
        }
        Bound endBound() const
        {
            return static_cast<Bound>((bits >> EndBoundShift) & 0x3);
        }
        bool hasOpenStart() const
        {
            return startBound() != Bound::Known;
        }
        bool hasOpenEnd() const
        {
            return endBound() != Bound::Known;
        }
        // Approximate or uncertain, at either end.
        bool isQualified() const
        {
            return (bits >> StartQualifierShift) & 0xF;
        }
        // Of the date, or of an interval's start (its known end when the start is open).
        Precision precision() const
        {
            return isInterval() && hasOpenStart() ? end : start;
        }
        bool operator==(const Shape& other) const = default;
    };

    PartialDate() = default;

    // EDTF, and the friendlier forms people type and sheets hold ("~2015", "1930s", "c. 1984",
    // "1984 (?)", "before 2023-08-11", "after 2015-03", "15 Jan 1984", "2015-2017", "unknown"),
    // normalised to EDTF. "unknown" and its kin give a null date. The error names the value and
    // says why it is not a date.
    static Result<PartialDate> parse(QStringView text);
    // EDTF alone, as the collection stores it and files exchange it.
    static Result<PartialDate> parseEdtf(QStringView text);

    static PartialDate fromDate(const QDate& date, Qualifier qualifier = Qualifier::None);
    static PartialDate fromDay(DayNumber day, Qualifier qualifier = Qualifier::None);
    static PartialDate month(int year, int month, Qualifier qualifier = Qualifier::None);
    static PartialDate year(int year, Qualifier qualifier = Qualifier::None);
    // A range within which the date falls. A null end is unknown, or open when `open` says so;
    // refused when both ends are missing, an end is itself a range, or the range runs backwards.
    static Result<PartialDate> interval(const PartialDate& start, const PartialDate& end, bool open = false);
    // The same date with `qualifier` added (to both known ends of a range).
    PartialDate qualified(Qualifier qualifier) const;

    bool isNull() const
    {
        return m_form == Form::Unknown;
    }
    bool isInterval() const
    {
        return m_form == Form::Interval;
    }
    // Of the date, or of an interval's start (its known end when the start is open).
    Precision precision() const;
    // The qualifiers of the date, or of both ends of an interval together.
    Qualifier qualifier() const;
    bool isApproximate() const
    {
        return quint8(qualifier()) & quint8(Qualifier::Approximate);
    }
    bool isUncertain() const
    {
        return quint8(qualifier()) & quint8(Qualifier::Uncertain);
    }
    bool isExactDay() const
    {
        return m_form == Form::Single && m_start.precision == Precision::Day && m_start.flags == 0;
    }
    Bound startBound() const
    {
        return m_startBound;
    }
    Bound endBound() const
    {
        return m_endBound;
    }
    // Whether earliestDay() / latestDay() is the horizon of an open or unknown end, not a known day.
    bool hasOpenStart() const
    {
        return m_startBound != Bound::Known;
    }
    bool hasOpenEnd() const
    {
        return m_endBound != Bound::Known;
    }
    DayNumber earliestDay() const
    {
        return m_earliest;
    }
    DayNumber latestDay() const
    {
        return m_latest;
    }
    // An interval's known ends as dates of their own (null when open or unknown); a single date
    // is its own start and end.
    PartialDate start() const;
    PartialDate end() const;

    // EDTF as stored: "1984-01-15", "1984~", "193X", "../2023-08-11"; empty for a null date.
    QString text() const;
    // For people: "15 Jan 1984", "c. 1984", "1984?", "1930s", "before 11 Aug 2023",
    // "after Mar 2015", "2015–2017", "date unknown".
    QString displayText() const;

    Shape shape() const;
    static PartialDate fromShape(Shape shape, DayNumber earliest, DayNumber latest);

    bool operator==(const PartialDate& other) const = default;
    // Earliest day, then latest day; then the more certain and the more precise first.
    std::strong_ordering operator<=>(const PartialDate& other) const;

private:
    enum class Form : quint8
    {
        Unknown,
        Single,
        Interval,
    };
    // One EDTF date: year (unspecified digits as zeros), month (1-12, or 21-24 for a season),
    // day, how precise, and its flags (qualifier bits, then "XX" month and "XX" day).
    struct Point
    {
        qint16 year = 0;
        qint8 month = 0;
        qint8 day = 0;
        Precision precision = Precision::Day;
        quint8 flags = 0;
        bool operator==(const Point& other) const = default;

        static constexpr quint8 QualifierMask = 0x3;
        static constexpr quint8 MonthUnspecified = 0x4;
        static constexpr quint8 DayUnspecified = 0x8;
        DayNumber first() const;
        DayNumber last() const;
        QString text() const;
        QString displayText() const;
    };

    static PartialDate single(Point point);
    static PartialDate make(Form form, Point start, Point end, Bound startBound, Bound endBound);
    // The date of `precision` that holds `day`.
    static Point pointAround(DayNumber day, Precision precision, quint8 flags);
    static Result<Point> readPoint(QStringView text, QStringView whole);

    Point m_start; // a single date, or an interval's start
    Point m_end; // an interval's end
    Form m_form = Form::Unknown;
    Bound m_startBound = Bound::Known;
    Bound m_endBound = Bound::Known;
    DayNumber m_earliest = 0;
    DayNumber m_latest = 0;
};

// Days from one date to a later one: exact when both are exact days, otherwise the range the two
// dates allow; an open or unknown end leaves that side of the range unknown.
struct Lag
{
    int minDays = 0;
    int maxDays = 0;
    bool hasMin = false; // minDays is a bound the dates give
    bool hasMax = false;
    bool approximate = false;
    bool uncertain = false;

    bool isUnknown() const
    {
        return !hasMin && !hasMax;
    }
    bool isExact() const
    {
        return hasMin && hasMax && minDays == maxDays;
    }
    // "22 d", "c. 22 d", "22 d?", "10–40 d", "≤ 22 d", "≥ 5 d", "?".
    QString text() const;
    bool operator==(const Lag& other) const = default;
};

// Unknown when either date is.
Lag lagBetween(const PartialDate& earlier, const PartialDate& later);
// The lag of a link: the link itself says which event came first, so uncertain dates never make
// it negative.
Lag linkLag(const PartialDate& earlier, const PartialDate& later);

// Months and dates as the language in use writes them (see Language): months are 1-based.
// "Aug" and "August" in English, "8月" in Chinese.
QString monthAbbreviation(int month);
QString monthName(int month);
// "11 Aug 2023", "Aug 2023", "2023"; "2023年8月11日", "2023年8月", "2023年".
QString dayText(int year, int month, int day);
QString monthText(int year, int month);
QString yearText(int year);

} // namespace Spyline
