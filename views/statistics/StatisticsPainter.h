#pragma once

#include "ChartTheme.h"
#include "StatisticsLayout.h"

#include <QCoreApplication>

class QPainter;

namespace Spyline {

// Paints a laid-out statistics chart onto any QPainter: the line that says n and what is not
// placed, axes and grid, bars (stacked by series), uncertain lags as their ranges, the median,
// and the selection outlined.
class StatisticsPainter
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::StatisticsPainter)

public:
    explicit StatisticsPainter(const ChartTheme& theme);

    void paint(QPainter& painter, const StatisticsLayout& layout, const StatisticsHit& hovered = {}) const;

    // Legend symbols drawn as the chart draws them.
    static void paintBarSymbol(QPainter& painter, const QRectF& box, const QColor& color, const ChartTheme& theme);
    static void paintRangeSymbol(QPainter& painter, const QRectF& box, const ChartTheme& theme);
    static void paintMedianSymbol(QPainter& painter, const QRectF& box, const ChartTheme& theme);
    static QColor rangeColor(const ChartTheme& theme);
    static QColor medianColor(const ChartTheme& theme);

private:
    ChartTheme m_theme;
};

} // namespace Spyline
