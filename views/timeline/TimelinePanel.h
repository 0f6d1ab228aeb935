#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace Spyline {

class Store;
class TimelineView;
class ViewState;

// The timeline as the main window's tab: a toolbar (lanes by, links, legend, fit, the brushed
// range and its clear button) over a TimelineView. Wire it like the view:
//     auto* panel = new TimelinePanel(this);
//     panel->setViewState(viewState);
//     panel->setStore(store);
//     tabs->addTab(panel, tr("Timeline"));
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget* parent = nullptr);
    ~TimelinePanel() override;

    void setStore(Store* store);
    void setViewState(ViewState* state);
    TimelineView* view() const
    {
        return m_view;
    }

private:
    void updateRange();

    TimelineView* m_view = nullptr;
    QComboBox* m_laneKey = nullptr;
    QCheckBox* m_arcs = nullptr;
    QCheckBox* m_legend = nullptr;
    QToolButton* m_fitAll = nullptr;
    QToolButton* m_fitSelection = nullptr;
    QLabel* m_range = nullptr;
    QToolButton* m_clearRange = nullptr;
    ViewState* m_viewState = nullptr;
};

} // namespace Spyline
