#pragma once

#include "StatisticsLayout.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;
class QTimer;

namespace Spyline {

class StatisticsCanvas;
class StatisticsWorker;
class Store;
class ViewState;

// The statistics tab: one chart at a time (lags, disclosures per year, recruitment venues,
// statuses, accused agencies) for the cases the shared filter leaves, each saying n and what it
// cannot place. Clicking a bar filters every view (a lag bin: its cases; a year: that year, as
// the timeline's brushed range; a venue, status or agency: its cases); clicking it again clears
// that part of the filter. Bars holding a selected case are outlined. The figures are computed off
// the UI thread, and only while the tab is looked at.
class StatisticsView : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsView(QWidget* parent = nullptr);
    ~StatisticsView() override;

    void setStore(Store* store);
    void setViewState(ViewState* state);
    StatisticsCanvas* canvas() const
    {
        return m_canvas;
    }
    StatisticsChartKind kind() const;
    void setKind(StatisticsChartKind kind);
    StatisticsOptions options() const;
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
    void figuresReady();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void act(const StatisticsHit& hit);
    void updateControls();

    QPointer<Store> m_store;
    QPointer<ViewState> m_viewState;
    StatisticsWorker* m_worker;
    QComboBox* m_kind;
    QSpinBox* m_binDays;
    QSpinBox* m_top;
    QLabel* m_binLabel;
    QLabel* m_topLabel;
    StatisticsCanvas* m_canvas;
    QTimer* m_refreshTimer;
    bool m_refreshWhenShown = false;
    bool m_current = false;
};

} // namespace Spyline
