#include "TimeAxis.h"

#include "TextMeasure.h"
#include "records/PartialDate.h"

#include <QCoreApplication>
#include <QDate>

#include <array>
#include <cmath>

namespace Spyline {

namespace {

constexpr qreal Padding = 3;

struct Step
{
    TimeUnit unit;
    int count;
    double shortestDays; // the shortest period of `count` units, for the fit test
};

constexpr std::array<Step, 14> steps = {{
    {TimeUnit::Day, 1, 1},
    {TimeUnit::Week, 1, 7},
    {TimeUnit::Month, 1, 28},
    {TimeUnit::Quarter, 1, 90},
    {TimeUnit::Year, 1, 365},
    {TimeUnit::Year, 2, 730},
    {TimeUnit::Year, 5, 1826},
    {TimeUnit::Decade, 1, 3652},
    {TimeUnit::Decade, 2, 7305},
    {TimeUnit::Decade, 5, 18262},
    {TimeUnit::Century, 1, 36524},
    {TimeUnit::Century, 2, 73048},
    {TimeUnit::Century, 5, 182621},
    {TimeUnit::Century, 10, 365242},
}};

int floorTo(int value, int multiple)
{
    const int r = value % multiple;
    return r < 0 ? value - r - multiple : value - r;
}

// The start of the period of `unit` × `count` that holds `date`.
QDate periodStart(const QDate& date, TimeUnit unit, int count)
{
    switch (unit) {
    case TimeUnit::Day:
        return date;
    case TimeUnit::Week:
        return date.addDays(1 - date.dayOfWeek());
    case TimeUnit::Month:
        return QDate(date.year(), date.month(), 1);
    case TimeUnit::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case TimeUnit::Year:
        return QDate(floorTo(date.year(), count), 1, 1);
    case TimeUnit::Decade:
        return QDate(floorTo(date.year(), 10 * count), 1, 1);
    case TimeUnit::Century:
        break;
    }
    return QDate(floorTo(date.year(), 100 * count), 1, 1);
}

QDate nextPeriod(const QDate& date, TimeUnit unit, int count)
{
    switch (unit) {
    case TimeUnit::Day:
        return date.addDays(count);
    case TimeUnit::Week:
        return date.addDays(7 * count);
    case TimeUnit::Month:
        return date.addMonths(count);
    case TimeUnit::Quarter:
        return date.addMonths(3 * count);
    case TimeUnit::Year:
        return date.addYears(count);
    case TimeUnit::Decade:
        return date.addYears(10 * count);
    case TimeUnit::Century:
        break;
    }
    return date.addYears(100 * count);
}

QString ordinalCentury(int year)
{
    const int century = year >= 0 ? year / 100 + 1 : year / 100;
    const int lastTwo = std::abs(century) % 100;
    const int last = std::abs(century) % 10;
    if (lastTwo >= 11 && lastTwo <= 13)
        return TimeAxis::tr("%1th century").arg(century);
    switch (last) {
    case 1:
        return TimeAxis::tr("%1st century").arg(century);
    case 2:
        return TimeAxis::tr("%1nd century").arg(century);
    case 3:
        return TimeAxis::tr("%1rd century").arg(century);
    default:
        return TimeAxis::tr("%1th century").arg(century);
    }
}

QString tickText(const QDate& date, TimeUnit unit, int count, bool longNames)
{
    switch (unit) {
    case TimeUnit::Day:
    case TimeUnit::Week:
        return QString::number(date.day());
    case TimeUnit::Month:
        return longNames ? monthName(date.month()) : monthAbbreviation(date.month());
    case TimeUnit::Quarter:
        return TimeAxis::tr("Q%1").arg((date.month() - 1) / 3 + 1);
    case TimeUnit::Year:
    case TimeUnit::Century:
        return QString::number(date.year());
    case TimeUnit::Decade:
        break;
    }
    // "1950s" names one decade; ticks every 20 or 50 years name the year they start.
    return count == 1 ? TimeAxis::tr("%1s").arg(date.year()) : QString::number(date.year());
}

QString contextText(const QDate& date, TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Month:
        return TimeAxis::tr("%1 %2", "an axis's month and year: month, year")
            .arg(monthName(date.month()), QString::number(date.year()));
    case TimeUnit::Year:
        return QString::number(date.year());
    case TimeUnit::Decade:
        return TimeAxis::tr("%1s").arg(date.year());
    case TimeUnit::Century:
        return ordinalCentury(date.year());
    case TimeUnit::Day:
    case TimeUnit::Week:
    case TimeUnit::Quarter:
        break;
    }
    return QString::number(date.year());
}

// The widest label a unit can need, so the choice does not flicker as the window moves.
qreal widestLabel(TimeUnit unit, TextMeasure& metrics)
{
    switch (unit) {
    case TimeUnit::Day:
    case TimeUnit::Week:
        return metrics.width(QStringLiteral("28"));
    case TimeUnit::Month: {
        qreal widest = 0;
        for (int m = 1; m <= 12; ++m)
            widest = std::max(widest, metrics.width(monthAbbreviation(m)));
        return widest;
    }
    case TimeUnit::Quarter:
        return metrics.width(TimeAxis::tr("Q%1").arg(4));
    case TimeUnit::Year:
    case TimeUnit::Century:
        return metrics.width(QStringLiteral("8888"));
    case TimeUnit::Decade:
        break;
    }
    return metrics.width(TimeAxis::tr("%1s").arg(8888));
}

bool contextOf(TimeUnit unit, int count, TimeUnit* context)
{
    switch (unit) {
    case TimeUnit::Day:
    case TimeUnit::Week:
        *context = TimeUnit::Month;
        return true;
    case TimeUnit::Month:
    case TimeUnit::Quarter:
        *context = TimeUnit::Year;
        return true;
    case TimeUnit::Year:
        *context = count == 1 ? TimeUnit::Decade : TimeUnit::Century;
        return true;
    case TimeUnit::Decade:
        *context = TimeUnit::Century;
        return true;
    case TimeUnit::Century:
        break;
    }
    return false;
}

// Walks the periods that meet the window and labels each inside its visible part.
template<typename Text>
void layoutRow(const TimeWindow& window, const QRectF& area, qreal top, qreal height, TimeUnit unit, int count,
               TextMeasure& metrics, Text text, std::vector<qreal>* ticks, std::vector<AxisLabel>* labels)
{
    const double scale = area.width() / window.span();
    const auto xOf = [&](double day) { return area.left() + (day - window.first) * scale; };
    QDate start = periodStart(QDate::fromJulianDay(qint64(std::floor(window.first))), unit, count);
    // A window can hold at most a few hundred periods of the chosen unit; the cap guards misuse.
    for (int guard = 0; guard < 20000 && start.isValid(); ++guard) {
        const QDate end = nextPeriod(start, unit, count);
        const double startDay = double(start.toJulianDay());
        if (startDay >= window.last || !end.isValid())
            break;
        const qreal x0 = xOf(startDay);
        const qreal x1 = xOf(double(end.toJulianDay()));
        if (startDay >= window.first)
            ticks->push_back(x0);
        const qreal visibleLeft = std::max(x0, area.left());
        const qreal visibleRight = std::min(x1, area.right());
        const QString label = text(start, visibleRight - visibleLeft);
        const qreal width = metrics.width(label);
        // Kept in view while its period is, pushed left by the next one, dropped when it cannot fit.
        qreal x = std::min(visibleLeft + Padding, visibleRight - Padding - width);
        if (x >= visibleLeft && !label.isEmpty())
            labels->push_back({label, QRectF(x, top, width, height)});
        start = end;
    }
}

} // namespace

TimeAxisGeometry TimeAxis::compute(const TimeWindow& window, const QRectF& rect, const QFont& tickFont,
                                   const QFont& contextFont)
{
    TimeAxisGeometry axis;
    axis.rect = rect;
    if (window.span() <= 0 || rect.width() <= 0)
        return axis;
    TextMeasure tickMetrics(tickFont);
    TextMeasure contextMetrics(contextFont);
    const double pixelsPerDay = rect.width() / window.span();

    Step chosen = steps.back();
    for (const Step& step : steps) {
        if (step.shortestDays * pixelsPerDay >= widestLabel(step.unit, tickMetrics) + 2 * Padding) {
            chosen = step;
            break;
        }
    }
    axis.unit = chosen.unit;
    axis.step = chosen.count;

    const qreal rowHeight = rect.height() / 2;
    const qreal contextTop = rect.top() + (rowHeight - contextMetrics.height()) / 2;
    const qreal tickTop = rect.top() + rowHeight + (rowHeight - tickMetrics.height()) / 2;
    const qreal longMonth = tickMetrics.width(QStringLiteral("September")) + 2 * Padding;
    layoutRow(
        window, rect, tickTop, tickMetrics.height(), axis.unit, axis.step, tickMetrics,
        [&](const QDate& date, qreal width) { return tickText(date, axis.unit, axis.step, width >= longMonth); },
        &axis.ticks, &axis.labels);

    TimeUnit context = TimeUnit::Century;
    axis.hasContext = contextOf(axis.unit, axis.step, &context);
    axis.contextUnit = context;
    if (axis.hasContext) {
        layoutRow(
            window, rect, contextTop, contextMetrics.height(), context, 1, contextMetrics,
            [&](const QDate& date, qreal) { return contextText(date, context); }, &axis.contextTicks,
            &axis.contextLabels);
    }
    return axis;
}

QString TimeAxis::unitName(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return tr("days");
    case TimeUnit::Week:
        return tr("weeks");
    case TimeUnit::Month:
        return tr("months");
    case TimeUnit::Quarter:
        return tr("quarters");
    case TimeUnit::Year:
        return tr("years");
    case TimeUnit::Decade:
        return tr("decades");
    case TimeUnit::Century:
        break;
    }
    return tr("centuries");
}

} // namespace Spyline
