#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <vector>

class QFont;

namespace Spyline {

// The span of time on screen in Julian days; day D covers [D, D + 1). Fractional, so that zoom
// and pan are smooth.
struct TimeWindow
{
    double first = 0;
    double last = 1;

    double span() const
    {
        return last - first;
    }
    bool operator==(const TimeWindow& other) const = default;
};

enum class TimeUnit : quint8
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
};

struct AxisLabel
{
    QString text;
    QRectF rect;
};

struct TimeAxisGeometry
{
    QRectF rect;
    TimeUnit unit = TimeUnit::Year;
    int step = 1; // a tick every `step` units
    bool hasContext = false;
    TimeUnit contextUnit = TimeUnit::Decade;
    std::vector<qreal> ticks; // x of each period start in the window
    std::vector<AxisLabel> labels; // one per period where it fits inside the period
    std::vector<qreal> contextTicks;
    std::vector<AxisLabel> contextLabels; // the larger unit, kept in view while its period is
};

// Ticks and labels for a time axis from days to centuries: the finest unit whose labels fit
// between its ticks, with the next larger unit above it as context ("2023" above the months).
// Labels sit inside their period and never leave the rectangle, so none overlap.
class TimeAxis
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::TimeAxis)

public:
    // `rect` spans the time area; the top half holds the context row, the bottom half the ticks.
    static TimeAxisGeometry compute(const TimeWindow& window, const QRectF& rect, const QFont& tickFont,
                                    const QFont& contextFont);
    static QString unitName(TimeUnit unit);
};

} // namespace Spyline
