#include "PartialDate.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <array>

namespace Spyline {

namespace {

constexpr int MinYear = 1;
constexpr int MaxYear = 9999;

QString tr(const char* text)
{
    return QCoreApplication::translate("Spyline::PartialDate", text);
}

QString formatHint()
{
    return tr("write YYYY, YYYY-MM, YYYY-MM-DD or a decade such as 1930s, with ~ in front when approximate");
}

// Reads exactly `count` ASCII digits at `pos`; -1 when any is not a digit.
int readDigits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

DayNumber julian(int year, int month, int day)
{
    return static_cast<DayNumber>(QDate(year, month, day).toJulianDay());
}

} // namespace

QString monthAbbreviation(int month)
{
    static const std::array<const char*, 12> names = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (month < 1 || month > 12)
        return {};
    return QString::fromLatin1(names[static_cast<size_t>(month - 1)]);
}

PartialDate::PartialDate(Precision precision, bool approximate, DayNumber earliest, DayNumber latest, int year,
                         int month, int day)
    : m_precision(precision)
    , m_approximate(approximate)
    , m_earliest(earliest)
    , m_latest(latest)
    , m_year(static_cast<qint16>(year))
    , m_month(static_cast<qint8>(month))
    , m_day(static_cast<qint8>(day))
{
}

Result<PartialDate> PartialDate::parse(QStringView input)
{
    QStringView text = input.trimmed();
    const QString quoted = u'"' + input.toString() + u'"';
    if (text.isEmpty())
        return fail(tr("the date is empty: %1").arg(formatHint()));

    bool approximate = false;
    if (text.startsWith(u'~')) {
        approximate = true;
        text = text.mid(1).trimmed();
        if (text.isEmpty())
            return fail(tr("the date after ~ is empty: %1").arg(formatHint()));
    }

    const auto notADate = [&] { return fail(tr("%1 is not a date: %2").arg(quoted, formatHint())); };
    const int year = readDigits(text, 0, 4);
    if (year < 0)
        return notADate();
    if (year < MinYear)
        return fail(tr("%1: there is no year 0000").arg(quoted));

    if (text.size() == 4)
        return PartialDate(Precision::Year, approximate, julian(year, 1, 1), julian(year, 12, 31), year, 0, 0);

    if (text.size() == 5 && text[4] == u's') {
        if (year % 10 != 0)
            return fail(tr("%1: a decade starts at a year ending in 0, such as %2s").arg(quoted).arg(year - year % 10));
        const int last = std::min(year + 9, MaxYear);
        return PartialDate(Precision::Decade, approximate, julian(year, 1, 1), julian(last, 12, 31), year, 0, 0);
    }

    if (text.size() < 7 || text[4] != u'-')
        return notADate();
    const int month = readDigits(text, 5, 2);
    if (month < 0)
        return notADate();
    if (month < 1 || month > 12)
        return fail(tr("%1: month %2 does not exist (months run from 01 to 12)").arg(quoted).arg(month));
    const int daysInMonth = QDate(year, month, 1).daysInMonth();

    if (text.size() == 7) {
        return PartialDate(Precision::Month, approximate, julian(year, month, 1), julian(year, month, daysInMonth),
                           year, month, 0);
    }

    if (text.size() != 10 || text[7] != u'-')
        return notADate();
    const int day = readDigits(text, 8, 2);
    if (day < 0)
        return notADate();
    if (day < 1 || day > daysInMonth) {
        return fail(tr("%1: %2 %3 has %4 days")
                        .arg(quoted, QDate(year, month, 1).toString(QStringLiteral("MMMM")))
                        .arg(year)
                        .arg(daysInMonth));
    }
    const DayNumber jd = julian(year, month, day);
    return PartialDate(Precision::Day, approximate, jd, jd, year, month, day);
}

PartialDate PartialDate::fromDate(const QDate& date, bool approximate)
{
    if (!date.isValid() || date.year() < MinYear || date.year() > MaxYear)
        return {};
    const DayNumber jd = static_cast<DayNumber>(date.toJulianDay());
    return PartialDate(Precision::Day, approximate, jd, jd, date.year(), date.month(), date.day());
}

PartialDate PartialDate::fromDay(DayNumber day, bool approximate)
{
    return fromDate(QDate::fromJulianDay(day), approximate);
}

PartialDate PartialDate::month(int year, int month, bool approximate)
{
    if (year < MinYear || year > MaxYear || month < 1 || month > 12)
        return {};
    return PartialDate(Precision::Month, approximate, julian(year, month, 1),
                       julian(year, month, QDate(year, month, 1).daysInMonth()), year, month, 0);
}

PartialDate PartialDate::year(int year, bool approximate)
{
    if (year < MinYear || year > MaxYear)
        return {};
    return PartialDate(Precision::Year, approximate, julian(year, 1, 1), julian(year, 12, 31), year, 0, 0);
}

QString PartialDate::text() const
{
    if (isNull())
        return {};
    QString out;
    if (m_approximate)
        out += u'~';
    out += QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    switch (m_precision) {
    case Precision::Decade:
        out += u's';
        break;
    case Precision::Year:
        break;
    case Precision::Month:
        out += QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
        break;
    case Precision::Day:
        out += QStringLiteral("-%1-%2").arg(m_month, 2, 10, QLatin1Char('0')).arg(m_day, 2, 10, QLatin1Char('0'));
        break;
    }
    return out;
}

QString PartialDate::displayText() const
{
    if (isNull())
        return {};
    QString out = m_approximate ? QStringLiteral("c. ") : QString();
    const QString year = QString::number(m_year);
    switch (m_precision) {
    case Precision::Decade:
        return out + year + u's';
    case Precision::Year:
        return out + year;
    case Precision::Month:
        return out + monthAbbreviation(m_month) + u' ' + year;
    case Precision::Day:
        return out + QString::number(m_day) + u' ' + monthAbbreviation(m_month) + u' ' + year;
    }
    return out;
}

std::strong_ordering PartialDate::operator<=>(const PartialDate& other) const
{
    if (auto c = m_earliest <=> other.m_earliest; c != 0)
        return c;
    if (auto c = m_latest <=> other.m_latest; c != 0)
        return c;
    if (auto c = m_approximate <=> other.m_approximate; c != 0)
        return c;
    return m_precision <=> other.m_precision;
}

QString Lag::text() const
{
    const QString prefix = approximate ? QStringLiteral("c. ") : QString();
    if (isExact())
        return prefix + QString::number(minDays) + QStringLiteral(" d");
    return prefix + QString::number(minDays) + QChar(0x2013) + QString::number(maxDays) + QStringLiteral(" d");
}

Lag lagBetween(const PartialDate& earlier, const PartialDate& later)
{
    if (earlier.isNull() || later.isNull())
        return {};
    Lag lag;
    lag.minDays = later.earliestDay() - earlier.latestDay();
    lag.maxDays = later.latestDay() - earlier.earliestDay();
    lag.approximate = earlier.isApproximate() || later.isApproximate();
    return lag;
}

Lag linkLag(const PartialDate& earlier, const PartialDate& later)
{
    Lag lag = lagBetween(earlier, later);
    lag.minDays = std::max(0, lag.minDays);
    lag.maxDays = std::max(0, lag.maxDays);
    return lag;
}

} // namespace Spyline
