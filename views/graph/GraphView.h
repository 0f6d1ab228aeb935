#pragma once

#include "graph/GraphData.h"
#include "graph/GraphQuery.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Spyline {

class GraphCanvas;
class GraphToolBar;
class GraphWorker;
class Store;
class ViewState;
struct GraphGeometry;
struct GraphJobResult;

// The relationship graph tab: who is tied to whom in the cases the shared filter leaves, laid out
// by Graphviz in a worker thread, with a toolbar (layout, node kinds, ego view, search, relayout)
// and a status strip (what is shown, layout progress with Cancel).
//
// Wiring, in the main window:
//     auto* graph = new GraphView(tabs);            // objectName "graphView"
//     graph->setStore(store);                       // the open collection (nullptr: nothing)
//     graph->setViewState(viewState);               // the shared selection, filter and date range
//     connect(graph, &GraphView::statusMessage, statusBar(), [bar = statusBar()](const QString& m) {
//         bar->showMessage(m, 8000); });
//     tabs->addTab(graph, tr("Graph"));
// The view follows Store::changed (keeping its zoom), ViewState::filterChanged (brushed dates
// included), and selectionChanged; a click picks the
// node's record in the ViewState, a double-click on a case or event asks ViewState::requestEdit.
// Dragged positions are saved in the collection (node_positions) and kept at relayout.
// A collection file is read in the worker thread through its own read-only connection; one held
// in memory (":memory:", tests) is read on the UI thread and only laid out in the worker.
class GraphView : public QWidget
{
    Q_OBJECT
public:
    explicit GraphView(QWidget* parent = nullptr);
    ~GraphView() override;

    void setStore(Store* store);
    void setViewState(ViewState* state);

    GraphLayoutKind layoutKind() const
    {
        return m_layoutKind;
    }
    void setLayoutKind(GraphLayoutKind layout);
    // At most this many nodes are laid out, the most connected first (5,000 by default).
    int maxNodes() const
    {
        return m_maxNodes;
    }
    void setMaxNodes(int count);
    // Nodes within this many ties of the selection; 0 shows the whole filtered graph.
    int egoHops() const
    {
        return m_egoHops;
    }
    void setEgoHops(int hops);
    void setNodeKindVisible(GraphNodeKind kind, bool visible);
    bool isNodeKindVisible(GraphNodeKind kind) const;
    // The Graphviz engine for the relations layout: empty picks neato or sfdp by size.
    void setRelationsEngine(const QString& engine);

    // What is on screen: the painter and the exporter draw these.
    const GraphData& graph() const;
    const GraphGeometry& geometry() const;
    GraphCanvas* canvas() const
    {
        return m_canvas;
    }
    bool isLayoutRunning() const;
    // The line under the graph: how much is shown, or why nothing is.
    QString note() const;
    GraphQuery query() const;

public Q_SLOTS:
    // Builds the graph for the current filter again and lays it out.
    void refresh();
    // Lays out what is shown again; dragged nodes stay where they were put.
    void relayout();
    // Drops the running layout's result; the picture shown stays.
    void cancelLayout();
    void fitToView();
    // What a right-click on a node (or the background, -1) offers: what a double-click does, the
    // ego view around it, hiding its kind, and showing it in the timeline.
    void fillContextMenu(QMenu& menu, int node);
    // Moves to the next node whose name or title contains the text, and selects it.
    void findNode(const QString& text);
    // Lets dragged nodes of the current layout go back to where Graphviz puts them.
    void resetDraggedPositions();

Q_SIGNALS:
    // For the main window's status bar: a layout that failed, a search that found nothing.
    void statusMessage(const QString& message);
    void layoutStarted();
    // A new picture is shown.
    void graphReady();
    void layoutFailed(const QString& message);
    // Show the record picked in the graph in the timeline.
    void showInTimelineRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh(bool keepView);
    void start(const std::shared_ptr<const GraphData>& graph, bool keepView);
    void finish(quint64 job, const GraphJobResult& result);
    void loadPositions();
    void followSelection();
    void updateNote();
    QString emptyNote() const;
    void showProgress(bool running);
    void nodeClicked(int node);
    void nodeDoubleClicked(int node);
    void showContextMenu(int node, const QPoint& globalPosition);
    void nodeMoved(int node, QPointF position);
    void storeChanged(int changes);
    QList<Id> casesOfActor(Id actor) const;

    QPointer<Store> m_store;
    QPointer<ViewState> m_viewState;
    GraphWorker* m_worker = nullptr;
    GraphToolBar* m_toolBar = nullptr;
    GraphCanvas* m_canvas = nullptr;
    QLabel* m_note = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QTimer* m_progressTimer = nullptr;

    GraphLayoutKind m_layoutKind = GraphLayoutKind::Relations;
    int m_maxNodes = 5000;
    int m_egoHops = 0;
    quint32 m_hiddenKinds = 0;
    QList<Id> m_expandedActors;
    QList<Id> m_collapsedActors;
    QString m_relationsEngine;
    QHash<QString, QPointF> m_pinned[2]; // by GraphLayoutKind
    bool m_keepView = false;
    bool m_refreshWhenShown = false;
    bool m_jobKeepView = false;
    bool m_savingPositions = false;
    int m_searchFrom = 0;
    QString m_lastSearch;
    QString m_error;
};

} // namespace Spyline
