#pragma once

#include "ExportableChart.h"
#include "MapLayout.h"

#include <QCoreApplication>
#include <QRectF>

#include <memory>
#include <optional>

namespace Spyline {

class MapView;
class Store;

// The map as a chart for export: the same layout and painter the window uses, fitted to the page,
// with a legend of its shades, arrows, points and former states, and a caption that says what it
// could not place.
class MapChart : public ExportableChart
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::MapChart)

public:
    struct Frame
    {
        QRectF visible; // the part of the world to show (map units); the whole world when empty
        std::optional<DayRange> range; // the dates the filter shows, for the caption
    };

    MapChart(std::shared_ptr<const MapFigures> figures, std::shared_ptr<const MapFigures> selected,
             const MapOptions& options, QList<Id> cases, Frame frame = {});
    // What the map tab shows now, with the cases its filter leaves; null while it has nothing.
    static std::unique_ptr<MapChart> fromView(const MapView& view, QList<Id> cases);
    // The map of the cases the filter leaves.
    static Result<std::unique_ptr<MapChart>> build(Store& store, const CaseFilter& filter,
                                                   MapShading shading = MapShading::Targeted);

    void prepare(const QSizeF& size, const ChartTheme& theme) override;
    void paint(QPainter& painter, const QRectF& area, const ChartTheme& theme) override;
    QList<LegendEntry> legend() const override;
    QList<Id> shownCases() const override;
    QList<Id> shownEvents() const override;
    std::optional<DayRange> shownRange() const override;
    QString kindName() const override;
    QString omissions() const override;

    const MapLayout* layout() const
    {
        return m_layout ? &*m_layout : nullptr;
    }

private:
    std::shared_ptr<const MapFigures> m_figures;
    std::shared_ptr<const MapFigures> m_selected;
    MapOptions m_options;
    QList<Id> m_cases;
    Frame m_frame;
    std::optional<MapLayout> m_layout;
};

} // namespace Spyline
