#include "GraphView.h"

#include "GraphCanvas.h"
#include "GraphToolBar.h"
#include "GraphWorker.h"
#include "graph/GraphModel.h"
#include "graph/NodePositionRepository.h"
#include "records/ViewState.h"
#include "store/ActorRepository.h"
#include "store/CaseSearch.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Spyline {

namespace {

bool isActor(GraphNodeKind kind)
{
    return kind == GraphNodeKind::Person || kind == GraphNodeKind::Agency || kind == GraphNodeKind::Organisation
        || kind == GraphNodeKind::Government || kind == GraphNodeKind::Media;
}

bool isEvent(GraphNodeKind kind)
{
    return kind == GraphNodeKind::Statement || kind == GraphNodeKind::Announcement;
}

int layoutIndex(GraphLayoutKind layout)
{
    return layout == GraphLayoutKind::Chronology ? 1 : 0;
}

} // namespace

GraphView::GraphView(QWidget* parent)
    : QWidget(parent)
    , m_worker(new GraphWorker(this))
    , m_toolBar(new GraphToolBar(this))
    , m_canvas(new GraphCanvas(this))
    , m_refreshTimer(new QTimer(this))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("graphView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_canvas, 1);

    auto* strip = new QHBoxLayout;
    strip->setContentsMargins(6, 0, 6, 2);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("layoutProgressBar"));
    m_progress->setRange(0, 0); // Graphviz reports no progress: busy until done
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(QString());
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelLayoutPushButton"));
    strip->addWidget(m_note, 1);
    strip->addWidget(m_progress);
    strip->addWidget(m_cancel);
    layout->addLayout(strip);
    showProgress(false);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &GraphView::refresh);
    // A layout that takes longer than a blink shows that it runs.
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(250);
    connect(m_progressTimer, &QTimer::timeout, this, [this] { showProgress(true); });
    connect(m_cancel, &QPushButton::clicked, this, &GraphView::cancelLayout);
    connect(m_toolBar, &GraphToolBar::layoutKindChosen, this, &GraphView::setLayoutKind);
    connect(m_toolBar, &GraphToolBar::nodeKindToggled, this, &GraphView::setNodeKindVisible);
    connect(m_toolBar, &GraphToolBar::egoHopsChosen, this, &GraphView::setEgoHops);
    connect(m_toolBar, &GraphToolBar::findRequested, this, &GraphView::findNode);
    connect(m_toolBar, &GraphToolBar::relayoutRequested, this, &GraphView::relayout);
    connect(m_toolBar, &GraphToolBar::resetRequested, this, &GraphView::resetDraggedPositions);
    connect(m_toolBar, &GraphToolBar::fitRequested, this, &GraphView::fitToView);
    connect(m_toolBar, &GraphToolBar::legendToggled, m_canvas, &GraphCanvas::setLegendVisible);
    connect(m_worker, &GraphWorker::finished, this, &GraphView::finish);
    connect(m_canvas, &GraphCanvas::nodeClicked, this, &GraphView::nodeClicked);
    connect(m_canvas, &GraphCanvas::nodeDoubleClicked, this, &GraphView::nodeDoubleClicked);
    connect(m_canvas, &GraphCanvas::nodeMoved, this, &GraphView::nodeMoved);
    connect(m_canvas, &GraphCanvas::contextMenuRequested, this, &GraphView::showContextMenu);
    connect(m_canvas, &GraphCanvas::backgroundClicked, this, [this] {
        if (m_viewState)
            m_viewState->clearSelection();
    });
    updateNote();
}

GraphView::~GraphView() = default;

void GraphView::setStore(Store* store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_expandedActors.clear();
    m_collapsedActors.clear();
    if (m_store)
        connect(m_store, &Store::changed, this, [this](Changes changes) { storeChanged(int(changes)); });
    loadPositions();
    scheduleRefresh(false);
}

void GraphView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_refreshWhenShown)
        scheduleRefresh(m_keepView);
}

void GraphView::setViewState(ViewState* state)
{
    if (m_viewState == state)
        return;
    if (m_viewState)
        disconnect(m_viewState, nullptr, this, nullptr);
    m_viewState = state;
    if (m_viewState) {
        connect(m_viewState, &ViewState::filterChanged, this, [this] { scheduleRefresh(false); });
        connect(m_viewState, &ViewState::selectionChanged, this, [this] {
            if (m_egoHops > 0)
                scheduleRefresh(false);
            followSelection();
        });
    }
    scheduleRefresh(false);
}

void GraphView::setLayoutKind(GraphLayoutKind layout)
{
    if (layout == m_layoutKind)
        return;
    m_layoutKind = layout;
    m_toolBar->setLayoutKind(layout);
    // A graph being built still needs building; one on screen only needs laying out anew.
    if (m_worker->isBusy() || m_refreshTimer->isActive() || graph().nodes.isEmpty())
        scheduleRefresh(false);
    else
        start(m_canvas->sharedGraph(), false);
}

void GraphView::setMaxNodes(int count)
{
    if (count == m_maxNodes)
        return;
    m_maxNodes = count;
    scheduleRefresh(false);
}

void GraphView::setEgoHops(int hops)
{
    if (hops == m_egoHops)
        return;
    m_egoHops = hops;
    m_toolBar->setEgoHops(hops);
    scheduleRefresh(false);
}

void GraphView::setNodeKindVisible(GraphNodeKind kind, bool visible)
{
    GraphQuery query;
    query.hiddenKinds = m_hiddenKinds;
    query.setHidden(kind, !visible);
    if (query.hiddenKinds == m_hiddenKinds)
        return;
    m_hiddenKinds = query.hiddenKinds;
    m_toolBar->setNodeKindVisible(kind, visible);
    scheduleRefresh(false);
}

bool GraphView::isNodeKindVisible(GraphNodeKind kind) const
{
    return !(m_hiddenKinds & (1u << static_cast<int>(kind)));
}

void GraphView::setRelationsEngine(const QString& engine)
{
    m_relationsEngine = engine;
}

const GraphData& GraphView::graph() const
{
    return m_canvas->graph();
}

const GraphGeometry& GraphView::geometry() const
{
    return m_canvas->geometry();
}

bool GraphView::isLayoutRunning() const
{
    return m_worker->isBusy();
}

QString GraphView::note() const
{
    return m_note->text();
}

GraphQuery GraphView::query() const
{
    GraphQuery query;
    if (m_viewState)
        query.filter = m_viewState->effectiveFilter();
    query.hiddenKinds = m_hiddenKinds;
    query.expandedActors = m_expandedActors;
    query.collapsedActors = m_collapsedActors;
    query.maxNodes = m_maxNodes;
    if (m_egoHops > 0 && m_viewState) {
        query.egoHops = m_egoHops;
        const RecordRef& current = m_viewState->current();
        if (current.kind == RecordRef::Kind::Actor)
            query.egoSeeds.append(graphNodeKey(GraphNodeKind::Person, current.id));
        else if (current.kind == RecordRef::Kind::Event)
            query.egoSeeds.append(graphNodeKey(GraphNodeKind::Statement, current.id));
        for (Id id : m_viewState->selectedCases())
            query.egoSeeds.append(graphNodeKey(GraphNodeKind::Case, id));
    }
    return query;
}

void GraphView::scheduleRefresh(bool keepView)
{
    // Several changes in a row (filter and date range) make one refresh; any of them refits.
    m_keepView = m_refreshTimer->isActive() ? m_keepView && keepView : keepView;
    m_refreshTimer->start();
}

void GraphView::refresh()
{
    m_refreshTimer->stop();
    // Behind another tab of a shown window the graph waits until it is looked at: building and
    // laying out a large collection takes seconds of a core.
    if (m_store && m_store->isOpen() && window()->isVisible() && !isVisible()) {
        m_refreshWhenShown = true;
        return;
    }
    m_refreshWhenShown = false;
    m_error.clear();
    if (!m_store || !m_store->isOpen()) {
        m_worker->cancel();
        m_canvas->setGraph(nullptr, {}, false);
        showProgress(false);
        updateNote();
        return;
    }
    if (m_store->path() != QStringLiteral(":memory:")) {
        // A collection file: the worker reads it through its own connection.
        start(nullptr, m_keepView);
        return;
    }
    auto built = GraphModel::build(*m_store, query());
    if (!built) {
        m_error = built.error();
        Q_EMIT statusMessage(tr("The graph could not be built: %1").arg(built.error()));
        updateNote();
        return;
    }
    start(std::make_shared<const GraphData>(std::move(built).value()), m_keepView);
}

void GraphView::relayout()
{
    if (m_store && m_store->isOpen())
        start(m_canvas->sharedGraph(), true);
}

void GraphView::start(const std::shared_ptr<const GraphData>& graph, bool keepView)
{
    GraphJob job;
    job.graph = graph;
    if (!graph)
        job.storePath = m_store->path();
    job.query = query();
    job.layout.layout = m_layoutKind;
    job.layout.pinned = m_pinned[layoutIndex(m_layoutKind)];
    if (m_layoutKind == GraphLayoutKind::Relations)
        job.layout.engine = m_relationsEngine;
    m_jobKeepView = keepView;
    m_worker->start(std::move(job));
    m_progressTimer->start();
    updateNote();
    Q_EMIT layoutStarted();
}

void GraphView::finish(quint64 job, const GraphJobResult& result)
{
    if (job != m_worker->currentJob())
        return;
    showProgress(false);
    if (!result.error.isEmpty()) {
        // The previous picture stays.
        m_error = result.error;
        updateNote();
        Q_EMIT statusMessage(tr("The graph could not be laid out; the previous picture stays. %1").arg(result.error));
        Q_EMIT layoutFailed(result.error);
        return;
    }
    m_canvas->setGraph(result.graph, result.geometry, m_jobKeepView);
    followSelection();
    updateNote();
    Q_EMIT graphReady();
}

void GraphView::cancelLayout()
{
    if (!m_worker->isBusy())
        return;
    m_worker->cancel();
    showProgress(false);
    updateNote();
    Q_EMIT statusMessage(tr("Layout cancelled; the previous picture stays."));
}

void GraphView::fitToView()
{
    m_canvas->fitToView();
}

void GraphView::findNode(const QString& text)
{
    const QString wanted = text.trimmed();
    const GraphData& shown = graph();
    if (wanted.isEmpty() || shown.nodes.isEmpty())
        return;
    if (wanted != m_lastSearch)
        m_searchFrom = 0;
    m_lastSearch = wanted;
    for (qsizetype step = 0; step < shown.nodes.size(); ++step) {
        const int node = static_cast<int>((m_searchFrom + step) % shown.nodes.size());
        const GraphNode& n = shown.nodes.at(node);
        if (n.label.contains(wanted, Qt::CaseInsensitive) || n.title.contains(wanted, Qt::CaseInsensitive)) {
            m_searchFrom = node + 1;
            m_canvas->centreOn(node);
            m_canvas->setFocusedNode(node);
            nodeClicked(node);
            m_canvas->setSelectedNodes({node});
            return;
        }
    }
    Q_EMIT statusMessage(tr("No node in the graph matches “%1”.").arg(wanted));
}

void GraphView::resetDraggedPositions()
{
    QHash<QString, QPointF>& pinned = m_pinned[layoutIndex(m_layoutKind)];
    if (pinned.isEmpty())
        return;
    pinned.clear();
    if (m_store && m_store->isOpen() && !m_store->isReadOnly()) {
        m_savingPositions = true;
        const Status forgotten = NodePositionRepository(*m_store).forget(m_layoutKind);
        m_savingPositions = false;
        if (!forgotten)
            Q_EMIT statusMessage(forgotten.error());
    }
    relayout();
}

void GraphView::loadPositions()
{
    for (auto& pinned : m_pinned)
        pinned.clear();
    if (!m_store || !m_store->isOpen())
        return;
    NodePositionRepository repository(*m_store);
    for (GraphLayoutKind layout : {GraphLayoutKind::Relations, GraphLayoutKind::Chronology}) {
        auto positions = repository.positions(layout);
        if (positions)
            m_pinned[layoutIndex(layout)] = *positions;
        else
            Q_EMIT statusMessage(positions.error());
    }
}

void GraphView::followSelection()
{
    if (!m_viewState)
        return;
    const GraphData& shown = graph();
    QList<int> nodes;
    const auto add = [&](const QString& key) {
        const int node = shown.indexOf(key);
        if (node >= 0 && !nodes.contains(node))
            nodes.append(node);
    };
    const RecordRef& current = m_viewState->current();
    if (current.kind == RecordRef::Kind::Actor)
        add(graphNodeKey(GraphNodeKind::Person, current.id));
    else if (current.kind == RecordRef::Kind::Event)
        add(graphNodeKey(GraphNodeKind::Statement, current.id));
    for (Id id : m_viewState->selectedCases())
        add(graphNodeKey(GraphNodeKind::Case, id));
    m_canvas->setSelectedNodes(nodes);
}

void GraphView::updateNote()
{
    const GraphData& shown = graph();
    const QLocale locale;
    QString text;
    if (!m_store || !m_store->isOpen())
        text = tr("No collection is open.");
    else if (!m_error.isEmpty())
        text = tr("The graph could not be laid out: %1").arg(m_error);
    else if (m_worker->isBusy())
        text = tr("Laying out the graph…");
    else if (shown.nodes.isEmpty())
        text = emptyNote();
    else if (shown.isCapped())
        text = tr("Showing %1 of %2 nodes, the most connected first; narrow the filter, brush a date range on the "
                  "timeline or use the ego view.")
                   .arg(locale.toString(shown.nodes.size()), locale.toString(shown.totalNodes));
    else
        text = tr("%1 nodes, %2 ties.").arg(locale.toString(shown.nodes.size()), locale.toString(shown.edges.size()));
    if (m_egoHops > 0 && !shown.nodes.isEmpty())
        text += u' ' + tr("Ego view: %n tie(s) from the selection.", nullptr, m_egoHops);
    m_note->setText(text);
}

QString GraphView::emptyNote() const
{
    // What is true: an empty collection, a filter that leaves nothing, or nothing to draw yet.
    if (m_egoHops > 0)
        return tr("Nothing within %n tie(s) of the selection.", nullptr, m_egoHops);
    const CaseFilter filter = m_viewState ? m_viewState->effectiveFilter() : CaseFilter();
    const int cases = CaseSearch(*m_store).count({}).value_or(0);
    if (cases == 0)
        return tr("This collection is empty: add a case with Ctrl+N or import one.");
    if (!filter.isEmpty())
        return tr("No case matches the filter.");
    if (m_hiddenKinds != 0)
        return tr("Nothing to show: the kinds of node left are hidden (Show).");
    return tr("Nothing to draw yet: the graph shows cases, their people and the statements linked to them.");
}

void GraphView::showProgress(bool running)
{
    if (!running)
        m_progressTimer->stop();
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
}

void GraphView::nodeClicked(int node)
{
    const GraphData& shown = graph();
    if (node < 0 || node >= shown.nodes.size() || !m_viewState)
        return;
    const GraphNode& n = shown.nodes.at(node);
    if (n.kind == GraphNodeKind::Case) {
        m_viewState->pick({RecordRef::Kind::Case, n.id});
    } else if (isEvent(n.kind)) {
        m_viewState->pick({RecordRef::Kind::Event, n.id}, n.caseId);
    } else if (isActor(n.kind)) {
        m_viewState->pick({RecordRef::Kind::Actor, n.id});
    } else {
        // A venue is no record: its cases are what it stands for.
        QList<Id> cases;
        for (const GraphEdge& edge : shown.edges) {
            if (edge.to != node || !edge.has(GraphEdgeKind::RecruitedAt))
                continue;
            for (const GraphEdge& tie : shown.edges) {
                if (tie.from == edge.from && tie.has(GraphEdgeKind::SuspectIn))
                    cases.append(shown.nodes.at(tie.to).id);
            }
            if (shown.nodes.at(edge.from).kind == GraphNodeKind::Case)
                cases.append(shown.nodes.at(edge.from).id);
        }
        m_viewState->selectCases(cases);
        m_canvas->setSelectedNodes({node});
    }
}

void GraphView::nodeDoubleClicked(int node)
{
    const GraphData& shown = graph();
    if (node < 0 || node >= shown.nodes.size())
        return;
    const GraphNode& n = shown.nodes.at(node);
    if (isActor(n.kind)) {
        // Shows the actor's cases when none is shown, else hides them.
        const QList<Id> cases = casesOfActor(n.id);
        const bool open = std::any_of(cases.cbegin(), cases.cend(),
                                      [&](Id id) { return shown.indexOf(graphNodeKey(GraphNodeKind::Case, id)) >= 0; });
        m_expandedActors.removeAll(n.id);
        m_collapsedActors.removeAll(n.id);
        (open ? m_collapsedActors : m_expandedActors).append(n.id);
        scheduleRefresh(true);
        return;
    }
    if (!m_viewState)
        return;
    if (n.kind == GraphNodeKind::Case)
        m_viewState->requestEdit({RecordRef::Kind::Case, n.id});
    else if (isEvent(n.kind))
        m_viewState->requestEdit({RecordRef::Kind::Event, n.id});
}

void GraphView::showContextMenu(int node, const QPoint& globalPosition)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("graphContextMenu"));
    fillContextMenu(menu, node);
    menu.exec(globalPosition);
}

void GraphView::fillContextMenu(QMenu& menu, int node)
{
    const auto add = [&](const QString& text, const char* name, auto act) {
        QAction* action = menu.addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, act);
        return action;
    };
    const GraphData& shown = graph();
    if (node >= 0 && node < shown.nodes.size()) {
        const GraphNode& n = shown.nodes.at(node);
        // The right-click picks the node first, as a click would.
        nodeClicked(node);
        if (isActor(n.kind)) {
            const QList<Id> cases = casesOfActor(n.id);
            const bool open = std::any_of(cases.cbegin(), cases.cend(), [&](Id id) {
                return shown.indexOf(graphNodeKey(GraphNodeKind::Case, id)) >= 0;
            });
            add(open ? tr("Hide Their Cases") : tr("Show Their Cases"), "toggleCasesAction",
                [this, node] { nodeDoubleClicked(node); });
        } else if (n.kind == GraphNodeKind::Case || isEvent(n.kind)) {
            add(tr("Edit…"), "editNodeAction", [this, node] { nodeDoubleClicked(node); });
        }
        if (n.kind != GraphNodeKind::Venue || !m_viewState || !m_viewState->selectedCases().isEmpty()) {
            add(tr("Show in Timeline"), "showInTimelineAction", [this] { Q_EMIT showInTimelineRequested(); });
        }
        // The pick above already centres an ego view that is on.
        if (m_egoHops == 0)
            add(tr("Ego View Around This"), "egoViewAction", [this] { setEgoHops(1); });
        add(tr("Hide Nodes of This Kind (%1)").arg(graphNodeKindLabel(n.kind)), "hideKindAction",
            [this, kind = n.kind] { setNodeKindVisible(kind, false); });
        menu.addSeparator();
    }
    if (m_egoHops > 0)
        add(tr("Leave Ego View"), "leaveEgoViewAction", [this] { setEgoHops(0); });
    add(tr("Fit to View"), "fitAction", [this] { fitToView(); });
    add(tr("Lay Out Again"), "relayoutAction", [this] { relayout(); });
}

void GraphView::nodeMoved(int node, QPointF position)
{
    const GraphData& shown = graph();
    if (node < 0 || node >= shown.nodes.size())
        return;
    const QString key = shown.nodes.at(node).key;
    m_pinned[layoutIndex(m_layoutKind)].insert(key, position);
    if (!m_store || !m_store->isOpen())
        return;
    m_savingPositions = true;
    const Status saved = NodePositionRepository(*m_store).save(m_layoutKind, key, position);
    m_savingPositions = false;
    if (!saved)
        Q_EMIT statusMessage(tr("The position of %1 is kept until the collection closes: %2")
                                 .arg(shown.nodes.at(node).label, saved.error()));
}

void GraphView::storeChanged(int changes)
{
    if (changes == int(Change::Layout)) {
        // Positions dragged in another view of this collection.
        if (!m_savingPositions) {
            loadPositions();
            relayout();
        }
        return;
    }
    scheduleRefresh(true);
}

QList<Id> GraphView::casesOfActor(Id actor) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    return ActorRepository(*m_store).casesOf(actor).value_or(QList<Id>());
}

} // namespace Spyline
