#include "records/PartialDate.h"

#include "records/FriendlyDate.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <array>
#include <tuple>

namespace Spyline {

namespace {

constexpr int MinYear = 1;
constexpr int MaxYear = 9999;
constexpr int FirstSeason = 21;
constexpr int LastSeason = 24;

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
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

bool isUnspecified(QStringView text, qsizetype pos)
{
    return pos + 2 <= text.size() && text[pos] == u'X' && text[pos + 1] == u'X';
}

DayNumber julian(int year, int month, int day)
{
    return static_cast<DayNumber>(QDate(year, month, day).toJulianDay());
}

DayNumber firstDayOfYear(int year)
{
    return julian(std::clamp(year, MinYear, MaxYear), 1, 1);
}

DayNumber lastDayOfYear(int year)
{
    return julian(std::clamp(year, MinYear, MaxYear), 12, 31);
}

// The same day `years` later (or earlier), kept within the years Spyline handles.
DayNumber shiftYears(DayNumber day, int years)
{
    const QDate date = QDate::fromJulianDay(day);
    const int year = date.year() + years;
    if (year < MinYear)
        return firstDayOfYear(MinYear);
    if (year > MaxYear)
        return lastDayOfYear(MaxYear);
    return static_cast<DayNumber>(date.addYears(years).toJulianDay());
}

quint8 bits(PartialDate::Qualifier qualifier)
{
    return static_cast<quint8>(qualifier);
}

QString seasonName(int season)
{
    switch (season) {
    case 21:
        return PartialDate::tr("spring");
    case 22:
        return PartialDate::tr("summer");
    case 23:
        return PartialDate::tr("autumn");
    default:
        break;
    }
    return PartialDate::tr("winter");
}

// Two displayed ends joined by a dash: "2015–2017", spaced when either end has spaces.
QString range(const QString& first, const QString& last)
{
    const bool spaced = first.contains(u' ') || last.contains(u' ');
    return first + (spaced ? QStringLiteral(" \u2013 ") : QStringLiteral("\u2013")) + last;
}

} // namespace

namespace {

// The months in the language's words: abbreviated ("Aug", "8月") and in full ("August", "8月").
struct MonthText
{
    const char* source;
    const char* comment;
};
constexpr std::array<MonthText, 12> monthAbbreviations = {{
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "Jan", "abbreviated month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "Feb", "abbreviated month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "Mar", "abbreviated month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "Apr", "abbreviated month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "May", "abbreviated month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "Jun", "abbreviated month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "Jul", "abbreviated month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "Aug", "abbreviated month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "Sep", "abbreviated month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "Oct", "abbreviated month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "Nov", "abbreviated month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "Dec", "abbreviated month"),
}};
constexpr std::array<MonthText, 12> monthNames = {{
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "January", "month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "February", "month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "March", "month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "April", "month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "May", "month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "June", "month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "July", "month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "August", "month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "September", "month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "October", "month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "November", "month"),
    QT_TRANSLATE_NOOP3("Spyline::PartialDate", "December", "month"),
}};

} // namespace

QString monthAbbreviation(int month)
{
    if (month < 1 || month > 12)
        return {};
    const MonthText& text = monthAbbreviations[static_cast<size_t>(month - 1)];
    return PartialDate::tr(text.source, text.comment);
}

QString monthName(int month)
{
    if (month < 1 || month > 12)
        return {};
    const MonthText& text = monthNames[static_cast<size_t>(month - 1)];
    return PartialDate::tr(text.source, text.comment);
}

QString dayText(int year, int month, int day)
{
    return PartialDate::tr("%1 %2 %3", "a date: day, abbreviated month, year")
        .arg(QString::number(day), monthAbbreviation(month), QString::number(year));
}

QString monthText(int year, int month)
{
    return PartialDate::tr("%1 %2", "a date: abbreviated month, year")
        .arg(monthAbbreviation(month), QString::number(year));
}

QString yearText(int year)
{
    return PartialDate::tr("%1", "a date: year").arg(year);
}

// --- One EDTF date ---------------------------------------------------------------------------

DayNumber PartialDate::Point::first() const
{
    switch (precision) {
    case Precision::Day:
        return julian(year, month, day);
    case Precision::Month:
        return julian(year, month, 1);
    case Precision::Season:
        return julian(year, 3 * (month - FirstSeason) + 3, 1);
    case Precision::Year:
    case Precision::Decade:
    case Precision::Century:
        break;
    }
    return firstDayOfYear(year);
}

DayNumber PartialDate::Point::last() const
{
    switch (precision) {
    case Precision::Day:
        return julian(year, month, day);
    case Precision::Month:
        return julian(year, month, QDate(year, month, 1).daysInMonth());
    case Precision::Season: {
        // Meteorological seasons of the northern hemisphere: winter runs into the next February.
        if (month == LastSeason)
            return year >= MaxYear ? lastDayOfYear(MaxYear) : julian(year + 1, 2, QDate(year + 1, 2, 1).daysInMonth());
        const int lastMonth = 3 * (month - FirstSeason) + 5;
        return julian(year, lastMonth, QDate(year, lastMonth, 1).daysInMonth());
    }
    case Precision::Year:
        return lastDayOfYear(year);
    case Precision::Decade:
        return lastDayOfYear(year + 9);
    case Precision::Century:
        return lastDayOfYear(year + 99);
    }
    return lastDayOfYear(year);
}

QString PartialDate::Point::text() const
{
    QString out = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    switch (precision) {
    case Precision::Century:
        out.replace(2, 2, QStringLiteral("XX"));
        break;
    case Precision::Decade:
        out[3] = u'X';
        break;
    case Precision::Year:
        if (flags & MonthUnspecified)
            out += (flags & DayUnspecified) ? QStringLiteral("-XX-XX") : QStringLiteral("-XX");
        break;
    case Precision::Season:
        out += QStringLiteral("-%1").arg(int(month));
        break;
    case Precision::Month:
        out += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
        if (flags & DayUnspecified)
            out += QStringLiteral("-XX");
        break;
    case Precision::Day:
        out += QStringLiteral("-%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
        break;
    }
    switch (flags & QualifierMask) {
    case 1:
        out += u'~';
        break;
    case 2:
        out += u'?';
        break;
    case 3:
        out += u'%';
        break;
    default:
        break;
    }
    return out;
}

QString PartialDate::Point::displayText() const
{
    QString out;
    switch (precision) {
    case Precision::Day:
        out = dayText(year, month, day);
        break;
    case Precision::Month:
        out = monthText(year, month);
        break;
    case Precision::Season:
        out = tr("%1 %2", "a date: season, year").arg(seasonName(month), QString::number(year));
        break;
    case Precision::Year:
        out = yearText(year);
        break;
    case Precision::Decade:
        out = tr("%1s", "a decade: its first year").arg(year);
        break;
    case Precision::Century:
        out = range(QString::number(std::max(year, qint16(MinYear))), QString::number(year + 99));
        break;
    }
    if (flags & bits(Qualifier::Approximate))
        out = PartialDate::tr("c. %1").arg(out);
    if (flags & bits(Qualifier::Uncertain))
        out += u'?';
    return out;
}

// --- Building dates ----------------------------------------------------------------------------

PartialDate PartialDate::single(Point point)
{
    return make(Form::Single, point, Point(), Bound::Known, Bound::Known);
}

PartialDate PartialDate::make(Form form, Point start, Point end, Bound startBound, Bound endBound)
{
    PartialDate date;
    date.m_form = form;
    date.m_start = start;
    date.m_end = end;
    date.m_startBound = startBound;
    date.m_endBound = endBound;
    if (form == Form::Single) {
        date.m_earliest = start.first();
        date.m_latest = start.last();
        return date;
    }
    // The known end bounds the other, HorizonYears away.
    if (startBound == Bound::Known)
        date.m_earliest = start.first();
    if (endBound == Bound::Known)
        date.m_latest = end.last();
    if (startBound != Bound::Known) {
        date.m_start = Point();
        date.m_earliest = shiftYears(end.first(), -HorizonYears);
    }
    if (endBound != Bound::Known) {
        date.m_end = Point();
        date.m_latest = shiftYears(start.last(), HorizonYears);
    }
    return date;
}

PartialDate PartialDate::fromDate(const QDate& date, Qualifier qualifier)
{
    if (!date.isValid() || date.year() < MinYear || date.year() > MaxYear)
        return {};
    return single(Point {qint16(date.year()), qint8(date.month()), qint8(date.day()), Precision::Day, bits(qualifier)});
}

PartialDate PartialDate::fromDay(DayNumber day, Qualifier qualifier)
{
    return fromDate(QDate::fromJulianDay(day), qualifier);
}

PartialDate PartialDate::month(int year, int month, Qualifier qualifier)
{
    if (year < MinYear || year > MaxYear || month < 1 || month > 12)
        return {};
    return single(Point {qint16(year), qint8(month), 0, Precision::Month, bits(qualifier)});
}

PartialDate PartialDate::year(int year, Qualifier qualifier)
{
    if (year < MinYear || year > MaxYear)
        return {};
    return single(Point {qint16(year), 0, 0, Precision::Year, bits(qualifier)});
}

Result<PartialDate> PartialDate::interval(const PartialDate& start, const PartialDate& end, bool open)
{
    if (start.isInterval() || end.isInterval())
        return fail(tr("each end of a range is a single date, not a range itself"));
    if (start.isNull() && end.isNull())
        return fail(tr("a range needs at least one known end; leave the date empty when it is not known"));
    const Bound missing = open ? Bound::Open : Bound::Unknown;
    if (!start.isNull() && !end.isNull() && start.m_earliest > end.m_latest)
        return fail(tr("the range %1 ends before it starts").arg(range(start.displayText(), end.displayText())));
    return make(Form::Interval, start.m_start, end.m_start, start.isNull() ? missing : Bound::Known,
                end.isNull() ? missing : Bound::Known);
}

PartialDate PartialDate::qualified(Qualifier qualifier) const
{
    PartialDate copy = *this;
    if (m_form == Form::Unknown)
        return copy;
    if (m_form == Form::Single || m_startBound == Bound::Known)
        copy.m_start.flags |= bits(qualifier);
    if (m_form == Form::Interval && m_endBound == Bound::Known)
        copy.m_end.flags |= bits(qualifier);
    return copy;
}

// --- Reading EDTF ------------------------------------------------------------------------------

Result<PartialDate::Point> PartialDate::readPoint(QStringView text, QStringView whole)
{
    const auto notADate = [&] { return fail(tr("%1 is not a date: %2").arg(quoted(whole), edtfHint())); };
    Point point;
    if (text.isEmpty())
        return notADate();
    switch (text.back().unicode()) {
    case u'~':
        point.flags = bits(Qualifier::Approximate);
        break;
    case u'?':
        point.flags = bits(Qualifier::Uncertain);
        break;
    case u'%':
        point.flags = bits(Qualifier::ApproximateAndUncertain);
        break;
    default:
        break;
    }
    if (point.flags != 0)
        text.chop(1);
    if (text.contains(u'T') || text.contains(u':'))
        return fail(tr("%1: Spyline keeps dates to the day; leave out the time of day").arg(quoted(whole)));
    if (text.startsWith(u'-') || text.startsWith(u'Y') || (text.size() > 4 && readDigits(text, 0, 5) >= 0))
        return fail(tr("%1: Spyline keeps the years 0001 to 9999").arg(quoted(whole)));

    // The year: four digits, the last one or two of which may be unspecified (193X, 19XX).
    int unspecified = 0;
    while (unspecified < 4 && text.size() > 3 - unspecified && text[3 - unspecified] == u'X')
        ++unspecified;
    const int known = readDigits(text, 0, 4 - unspecified);
    if (text.size() < 4 || known < 0)
        return notADate();
    if (unspecified > 2)
        return fail(tr("%1: only the last one or two digits of a year may be unspecified, as in 193X or 19XX")
                        .arg(quoted(whole)));
    int year = known;
    for (int i = 0; i < unspecified; ++i)
        year *= 10;
    point.year = qint16(year);
    if (unspecified > 0) {
        if (text.size() != 4)
            return fail(tr("%1: a year with unspecified digits takes no month or day").arg(quoted(whole)));
        point.precision = unspecified == 1 ? Precision::Decade : Precision::Century;
        return point;
    }
    if (year < MinYear)
        return fail(tr("%1: there is no year 0000").arg(quoted(whole)));
    point.precision = Precision::Year;
    if (text.size() == 4)
        return point;

    // The month, a season, or XX.
    if (text.size() < 7 || text[4] != u'-')
        return notADate();
    const bool monthUnspecified = isUnspecified(text, 5);
    const int month = monthUnspecified ? 0 : readDigits(text, 5, 2);
    if (!monthUnspecified && month < 0)
        return notADate();
    if (monthUnspecified) {
        point.flags |= Point::MonthUnspecified;
    } else if (month >= FirstSeason && month <= LastSeason) {
        if (text.size() != 7)
            return fail(tr("%1: a season takes no day").arg(quoted(whole)));
        point.month = qint8(month);
        point.precision = Precision::Season;
        return point;
    } else if (month < 1 || month > 12) {
        return fail(tr("%1: month %2 does not exist (months run from 01 to 12, seasons from 21 to 24)")
                        .arg(quoted(whole))
                        .arg(month));
    } else {
        point.month = qint8(month);
        point.precision = Precision::Month;
    }
    if (text.size() == 7)
        return point;

    // The day, or XX.
    if (text.size() != 10 || text[7] != u'-')
        return notADate();
    if (isUnspecified(text, 8)) {
        point.flags |= Point::DayUnspecified;
        return point;
    }
    const int day = readDigits(text, 8, 2);
    if (day < 0)
        return notADate();
    if (monthUnspecified)
        return fail(tr("%1: a day is known only within a known month; write %2-XX-XX or the month")
                        .arg(quoted(whole), QString::number(year)));
    const int daysInMonth = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > daysInMonth) {
        return fail(tr("%1: %2 %3 has %4 days").arg(quoted(whole), monthName(month)).arg(year).arg(daysInMonth));
    }
    point.day = qint8(day);
    point.precision = Precision::Day;
    return point;
}

Result<PartialDate> PartialDate::parseEdtf(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("the date is empty: %1").arg(edtfHint()));
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        auto point = readPoint(text, text);
        if (!point)
            return fail(point.error());
        return single(*point);
    }
    const QStringView first = text.left(slash);
    const QStringView second = text.mid(slash + 1);
    if (second.contains(u'/'))
        return fail(tr("%1 is not a date: %2").arg(quoted(text), edtfHint()));
    const auto end = [&](QStringView part, Bound* bound) -> Result<Point> {
        if (part.isEmpty()) {
            *bound = Bound::Unknown;
            return Point();
        }
        if (part == u"..") {
            *bound = Bound::Open;
            return Point();
        }
        *bound = Bound::Known;
        return readPoint(part, text);
    };
    Bound startBound = Bound::Known;
    Bound endBound = Bound::Known;
    const auto start = end(first, &startBound);
    if (!start)
        return fail(start.error());
    const auto last = end(second, &endBound);
    if (!last)
        return fail(last.error());
    if (startBound != Bound::Known && endBound != Bound::Known)
        return fail(tr("%1: a range needs at least one known end; leave the date empty when it is not known")
                        .arg(quoted(text)));
    if (startBound == Bound::Known && endBound == Bound::Known && start->first() > last->last())
        return fail(tr("%1: the range ends before it starts").arg(quoted(text)));
    return make(Form::Interval, *start, *last, startBound, endBound);
}

Result<PartialDate> PartialDate::parse(QStringView text)
{
    // Stored and exchanged dates are EDTF: read them without trying anything else.
    auto edtf = parseEdtf(text);
    if (edtf)
        return edtf;
    return readFriendlyDate(text, edtf.error());
}

// --- Reading back --------------------------------------------------------------------------

PartialDate::Precision PartialDate::precision() const
{
    return m_form == Form::Interval && m_startBound != Bound::Known ? m_end.precision : m_start.precision;
}

PartialDate::Qualifier PartialDate::qualifier() const
{
    const quint8 start = m_start.flags & Point::QualifierMask;
    const quint8 end = m_form == Form::Interval ? m_end.flags & Point::QualifierMask : 0;
    return static_cast<Qualifier>(start | end);
}

PartialDate PartialDate::start() const
{
    if (m_form != Form::Interval)
        return *this;
    return m_startBound == Bound::Known ? single(m_start) : PartialDate();
}

PartialDate PartialDate::end() const
{
    if (m_form != Form::Interval)
        return *this;
    return m_endBound == Bound::Known ? single(m_end) : PartialDate();
}

QString PartialDate::text() const
{
    switch (m_form) {
    case Form::Unknown:
        return {};
    case Form::Single:
        return m_start.text();
    case Form::Interval:
        break;
    }
    const auto endText = [](Bound bound, const Point& point) {
        return bound == Bound::Known ? point.text() : bound == Bound::Open ? QStringLiteral("..") : QString();
    };
    return endText(m_startBound, m_start) + u'/' + endText(m_endBound, m_end);
}

QString PartialDate::displayText() const
{
    switch (m_form) {
    case Form::Unknown:
        return tr("date unknown");
    case Form::Single:
        return m_start.displayText();
    case Form::Interval:
        break;
    }
    if (m_startBound == Bound::Open)
        return tr("before %1").arg(m_end.displayText());
    if (m_endBound == Bound::Open)
        return tr("after %1").arg(m_start.displayText());
    if (m_startBound == Bound::Unknown)
        return QStringLiteral("? \u2013 ") + m_end.displayText();
    if (m_endBound == Bound::Unknown)
        return m_start.displayText() + QStringLiteral(" \u2013 ?");
    return range(m_start.displayText(), m_end.displayText());
}

// --- Shape -------------------------------------------------------------------------------------

PartialDate::Shape PartialDate::shape() const
{
    Shape shape;
    shape.start = m_start.precision;
    shape.end = m_end.precision;
    shape.bits = quint16(quint16(m_form) | quint16(m_startBound) << Shape::StartBoundShift
                         | quint16(m_endBound) << Shape::EndBoundShift
                         | quint16(m_start.flags & Point::QualifierMask) << Shape::StartQualifierShift
                         | quint16(m_end.flags & Point::QualifierMask) << Shape::EndQualifierShift);
    return shape;
}

PartialDate::Point PartialDate::pointAround(DayNumber day, Precision precision, quint8 flags)
{
    const QDate date = QDate::fromJulianDay(day);
    Point point;
    point.precision = precision;
    point.flags = flags;
    point.year = qint16(date.year());
    switch (precision) {
    case Precision::Day:
        point.month = qint8(date.month());
        point.day = qint8(date.day());
        break;
    case Precision::Month:
        point.month = qint8(date.month());
        break;
    case Precision::Season:
        if (date.month() <= 2) {
            point.year = qint16(date.year() - 1);
            point.month = qint8(LastSeason);
        } else {
            point.month = qint8(FirstSeason + (date.month() - 3) / 3);
        }
        break;
    case Precision::Year:
        break;
    case Precision::Decade:
        point.year = qint16(date.year() - date.year() % 10);
        break;
    case Precision::Century:
        point.year = qint16(date.year() - date.year() % 100);
        break;
    }
    return point;
}

PartialDate PartialDate::fromShape(Shape shape, DayNumber earliest, DayNumber latest)
{
    const auto form = static_cast<Form>(shape.bits & 0x3);
    const Bound startBound = shape.startBound();
    const Bound endBound = shape.endBound();
    const auto startFlags = quint8((shape.bits >> Shape::StartQualifierShift) & 0x3);
    const auto endFlags = quint8((shape.bits >> Shape::EndQualifierShift) & 0x3);
    const QDate first = QDate::fromJulianDay(earliest);
    const QDate last = QDate::fromJulianDay(latest);
    if (form == Form::Unknown || !first.isValid() || !last.isValid() || earliest > latest)
        return {};
    if (form == Form::Single)
        return single(pointAround(earliest, shape.start, startFlags));
    if (form != Form::Interval || (startBound != Bound::Known && endBound != Bound::Known))
        return {};
    const Point start = startBound == Bound::Known ? pointAround(earliest, shape.start, startFlags) : Point();
    const Point end = endBound == Bound::Known ? pointAround(latest, shape.end, endFlags) : Point();
    return make(Form::Interval, start, end, startBound, endBound);
}

std::strong_ordering PartialDate::operator<=>(const PartialDate& other) const
{
    const auto key = [](const PartialDate& d) {
        return std::tuple(d.m_earliest, d.m_latest, quint8(d.qualifier()), quint8(d.m_form), quint8(d.m_startBound),
                          quint8(d.m_endBound), quint8(d.m_start.precision), quint8(d.m_end.precision), d.m_start.year,
                          d.m_start.month, d.m_start.day, d.m_start.flags, d.m_end.year, d.m_end.month, d.m_end.day,
                          d.m_end.flags);
    };
    return key(*this) <=> key(other);
}

// --- Lags --------------------------------------------------------------------------------------

QString Lag::text() const
{
    if (isUnknown())
        return QStringLiteral("?");
    QString days;
    if (isExact())
        days = QString::number(minDays);
    else if (hasMin && hasMax)
        days = QString::number(minDays) + QChar(0x2013) + QString::number(maxDays);
    else if (hasMax)
        days = QStringLiteral("\u2264 ") + QString::number(maxDays);
    else
        days = QStringLiteral("\u2265 ") + QString::number(minDays);
    QString out = PartialDate::tr("%1 d", "a lag in days").arg(days);
    if (approximate)
        out = PartialDate::tr("c. %1").arg(out);
    if (uncertain)
        out += u'?';
    return out;
}

Lag lagBetween(const PartialDate& earlier, const PartialDate& later)
{
    Lag lag;
    if (earlier.isNull() || later.isNull())
        return lag;
    lag.minDays = later.earliestDay() - earlier.latestDay();
    lag.maxDays = later.latestDay() - earlier.earliestDay();
    lag.hasMin = !later.hasOpenStart() && !earlier.hasOpenEnd();
    lag.hasMax = !later.hasOpenEnd() && !earlier.hasOpenStart();
    if (!lag.hasMin)
        lag.minDays = 0;
    if (!lag.hasMax)
        lag.maxDays = 0;
    if (!lag.isUnknown()) {
        lag.approximate = earlier.isApproximate() || later.isApproximate();
        lag.uncertain = earlier.isUncertain() || later.isUncertain();
    }
    return lag;
}

Lag linkLag(const PartialDate& earlier, const PartialDate& later)
{
    Lag lag = lagBetween(earlier, later);
    lag.minDays = std::max(0, lag.minDays);
    if (lag.hasMax)
        lag.maxDays = std::max(lag.minDays, lag.maxDays);
    return lag;
}

} // namespace Spyline
