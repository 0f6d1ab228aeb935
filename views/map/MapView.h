#pragma once

#include "MapLayout.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTimer;

namespace Spyline {

class MapCanvas;
class StatisticsWorker;
class Store;
class ViewState;
struct StatisticsSnapshot;

// The map tab: where people were recruited and whom the cases target, for the cases the shared
// filter leaves. Countries are shaded by the cases that target them or that accuse them (the
// "Shade by" choice); arrows run from the recruitment venue's country to the target country,
// as wide as their cases; venue cities are points. A click filters every view (a country: its
// cases; an arrow: cases recruited there against that target; a city: cases recruited in its
// country); clicking the same thing again clears that part of the filter. The selected cases are
// outlined. The figures are computed off the UI thread, and only while the tab is looked at.
//
// Wiring, in the main window:
//     auto* map = new MapView(tabs);          // objectName "mapView"
//     map->setViewState(viewState);
//     map->setStore(store);
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget* parent = nullptr);
    ~MapView() override;

    void setStore(Store* store);
    void setViewState(ViewState* state);
    MapCanvas* canvas() const
    {
        return m_canvas;
    }
    MapShading shading() const;
    void setShading(MapShading shading);
    // The line under the map: what is drawn and what is not placed.
    QString note() const;
    bool isComputing() const;
    // The figures shown are those of the shared filter and selection as they are now.
    bool isCurrent() const
    {
        return m_current && !isComputing();
    }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString& message);
    // New figures are shown.
    void figuresReady();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void showFigures(std::shared_ptr<const StatisticsSnapshot> snapshot);
    void act(const MapLayout::Hit& hit);
    void updateNote();

    QPointer<Store> m_store;
    QPointer<ViewState> m_viewState;
    StatisticsWorker* m_worker;
    QComboBox* m_shading;
    MapCanvas* m_canvas;
    QLabel* m_note;
    QTimer* m_refreshTimer;
    bool m_refreshWhenShown = false;
    bool m_current = false;
    QString m_error;
};

} // namespace Spyline
