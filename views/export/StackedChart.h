#pragma once

#include "ExportableChart.h"
#include "MapLayout.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Spyline {

class Store;
struct CaseFilter;
struct StatisticsOptions;

// Charts one above the other on one page, each with its share of the height: the handout's page
// with the map and the lag histogram. Its legend, cases, events and omissions are those of its
// parts together.
class StackedChart : public ExportableChart
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::StackedChart)

public:
    struct Part
    {
        std::unique_ptr<ExportableChart> chart;
        qreal share = 1; // of the height, relative to the other parts
    };

    StackedChart(std::vector<Part> parts, QString name);
    // "Where and when": the map of the filter's cases above the histogram of their lags.
    static Result<std::unique_ptr<StackedChart>> mapAndLags(Store& store, const CaseFilter& filter, MapShading shading,
                                                            const StatisticsOptions& options);

    void prepare(const QSizeF& size, const ChartTheme& theme) override;
    void paint(QPainter& painter, const QRectF& area, const ChartTheme& theme) override;
    QList<LegendEntry> legend() const override;
    QList<Id> shownCases() const override;
    QList<Id> shownEvents() const override;
    std::optional<DayRange> shownRange() const override;
    QString kindName() const override;
    QString omissions() const override;

private:
    QList<QRectF> areas(const QRectF& whole) const;

    std::vector<Part> m_parts;
    QString m_name;
};

} // namespace Spyline
