#pragma once

#include "ChartTheme.h"
#include "TimelineLayout.h"
#include "TimelinePainter.h"
#include "records/Changes.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QPainter;
class QScrollBar;

namespace Spyline {

class Store;
class TimelineLoader;
class ViewState;

// The interactive timeline: lanes of events over a time axis, zoomable from centuries to days.
// Interaction only; TimelineLayout computes what is where and TimelinePainter draws it.
//
// Wiring (the main window, once):
//     auto* timeline = new TimelineView(this);   // or TimelinePanel, which adds a toolbar
//     timeline->setViewState(viewState);         // shared selection, brushed range, edit requests
//     timeline->setStore(store);                 // loads it and follows Store::changed
// Then: a click picks the case or event in the ViewState (every view follows), a double-click
// calls ViewState::requestEdit, Shift-drag sets ViewState::setDateRange (the filter's dates; Esc clears them), and
// ViewState::selectionChanged / dateRangeChanged redraw it. Large files load in a worker thread.
//
// The first window shows everything the filter leaves (TimelineLayout::fitShown); zoom and pan stop
// at the collection's span with a margin. Keys: the arrows move the keyboard from event to event
// (Left and Right in time within a lane, Up and Down to the nearest in time in the lane above or
// below; TimelineNavigation), Home and End to the lane's first and last, Ctrl+Home and Ctrl+End to
// the first and last of all; Enter edits that event (as a double-click), Space selects it (as a
// click), and the view scrolls to keep it in sight; a screen reader hears it (TimelineAccessible).
// + and - zoom, Ctrl+Left and Ctrl+Right pan, Ctrl+Up, Ctrl+Down, Page Up and Page Down scroll the
// lanes, 0 fits what is shown, F fits the selection with what it is linked to, Esc clears the
// filter's dates. The wheel scrolls the lanes, Shift+wheel pans, Ctrl+wheel and a pinch zoom around
// the pointer; dragging pans; the overview strip drags the window.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    void setStore(Store* store);
    Store* store() const;
    void setViewState(ViewState* state);
    ViewState* viewState() const;
    // Shows data without a store (tests, previews); setStore() replaces it.
    void setData(std::shared_ptr<const TimelineData> data);
    const TimelineData* data() const;
    const TimelineLanes* lanes() const
    {
        return m_lanes.get();
    }
    const std::shared_ptr<const TimelineLanes>& sharedLanes() const
    {
        return m_lanes;
    }

    LaneKey laneKey() const
    {
        return m_key;
    }
    void setLaneKey(LaneKey key);
    bool showsArcs() const
    {
        return m_options.showArcs;
    }
    void setShowArcs(bool show);
    bool showsLegend() const
    {
        return m_options.showLegend;
    }
    void setShowLegend(bool show);

    const TimeWindow& window() const
    {
        return m_window;
    }
    void setWindow(const TimeWindow& window);
    qreal scrollPosition() const
    {
        return m_scrollY;
    }
    void setScrollPosition(qreal y);
    bool isLaneCollapsed(int lane) const;
    void setLaneCollapsed(int lane, bool collapsed);
    bool isLoading() const
    {
        return m_loading;
    }
    // The colours and fonts it paints with: the palette's, dark or light.
    const ChartTheme& theme() const
    {
        return m_theme;
    }
    // The geometry of the frame on screen, brought up to date.
    const TimelineLayout& currentLayout() const;
    // What a hover at this point would show, as plain text.
    QString toolTipTextAt(const QPoint& point) const;
    // What the view says it does not draw: events (and cases) with no known date; empty when none.
    QString undatedNote() const;
    // The event the keyboard is on, as an index into data()->events(), or -1.
    int focusedEvent() const;
    // Puts the keyboard on an event (-1: on none), scrolls it into sight and tells assistive
    // technology.
    void setFocusedEvent(int event);
    // Where the focused event is drawn, in the widget's coordinates; empty when it is not in view.
    QRectF focusedEventRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    // Narrows the lanes to the cases that pass the shared filter (the filter bar).
    void applyFilter();
    void reload();
    void zoomIn();
    void zoomOut();
    // Zooms by `factor` (> 1 zooms in) keeping the day under x where it is.
    void zoomAround(double factor, qreal x);
    // Pans by a fraction of the window (negative: back in time).
    void panBy(double fraction);
    void fitAll();
    void fitSelection();

Q_SIGNALS:
    void windowChanged(const Spyline::TimeWindow& window);
    void laneKeyChanged(Spyline::LaneKey key);
    void loadingChanged(bool loading);
    // The data behind the view changed: loaded, reloaded or regrouped.
    void dataChanged();
    void loadFailed(const QString& message);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Drag
    {
        None,
        Pending,
        Pan,
        Brush,
        Overview,
    };

    void onStoreChanged(Changes what);
    void applyLanes(std::shared_ptr<const TimelineLanes> lanes);
    void setLoading(bool loading);
    void rebuildStack();
    void invalidate();
    void updateScrollBar();
    void ensureLaneVisible(int lane);
    void followSelection();
    void click(const TimelineHit& hit);
    void centerOn(double day);
    QSize layoutSize() const;
    TimeWindow clamped(TimeWindow window) const;
    std::optional<DayRange> shownDates() const;
    void fitLegend();
    // The arrows, Home, End, Enter and Space on the event the keyboard is on (TimelineViewFocus.cpp).
    bool focusKeyPressed(QKeyEvent* event);
    void ensureEventVisible(int event);
    void paintFocus(QPainter& painter, const TimelineLayout& layout) const;

    QPointer<Store> m_store;
    QPointer<ViewState> m_viewState;
    TimelineLoader* m_loader = nullptr;
    QScrollBar* m_scrollBar = nullptr;
    std::shared_ptr<const TimelineLanes> m_lanes;
    ShownRecords m_shown;
    LaneStack m_stack;
    LaneKey m_key = LaneKey::Case;
    QSet<QString> m_collapsed; // lane keys, so collapsing survives reloads and regrouping
    TimelineOptions m_options;
    ChartTheme m_theme;
    TimeWindow m_window;
    bool m_hasWindow = false;
    qreal m_scrollY = 0;
    bool m_loading = false;
    QString m_message;
    mutable std::optional<TimelineLayout> m_layout;
    TimelinePainter m_painter;

    Drag m_drag = Drag::None;
    QPoint m_pressPosition;
    TimeWindow m_pressWindow;
    qreal m_pressScroll = 0;
    TimelineHit m_pressHit;
    double m_brushFrom = 0;
    double m_brushTo = 0;
    std::optional<QPoint> m_hoverPoint;
    int m_hoverMark = -1;
    Id m_focusEvent = 0; // by id, so that it survives reloads and regrouping
};

} // namespace Spyline
