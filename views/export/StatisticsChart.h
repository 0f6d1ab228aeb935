#pragma once

#include "ExportableChart.h"
#include "StatisticsLayout.h"

#include <memory>
#include <optional>

#include <QCoreApplication>

namespace Spyline {

class StatisticsView;
class Store;

// A statistics chart (lags, disclosures per year, venues, statuses, agencies) for export: the
// same layout and painter the window uses, with a legend where the chart has series, and the
// caption saying what it could not place.
class StatisticsChart : public ExportableChart
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::StatisticsChart)

public:
    StatisticsChart(StatisticsChartKind kind, std::shared_ptr<const StatisticsSnapshot> snapshot,
                    const StatisticsOptions& options, QList<Id> cases, std::optional<DayRange> range = std::nullopt);
    // The chart the statistics tab shows now, with the cases its filter leaves.
    static std::unique_ptr<StatisticsChart> fromView(const StatisticsView& view, QList<Id> cases);
    static Result<std::unique_ptr<StatisticsChart>>
    build(Store& store, const CaseFilter& filter, StatisticsChartKind kind, const StatisticsOptions& options = {});

    void prepare(const QSizeF& size, const ChartTheme& theme) override;
    void paint(QPainter& painter, const QRectF& area, const ChartTheme& theme) override;
    QList<LegendEntry> legend() const override;
    QList<Id> shownCases() const override;
    QList<Id> shownEvents() const override;
    std::optional<DayRange> shownRange() const override;
    QString kindName() const override;
    QString omissions() const override;

    const StatisticsLayout* layout() const
    {
        return m_layout ? &*m_layout : nullptr;
    }

private:
    StatisticsChartKind m_kind;
    std::shared_ptr<const StatisticsSnapshot> m_snapshot;
    StatisticsOptions m_options;
    QList<Id> m_cases;
    std::optional<DayRange> m_range;
    std::optional<StatisticsLayout> m_layout;
};

} // namespace Spyline
