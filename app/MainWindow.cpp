#include "MainWindow.h"

#include "AccessibleNames.h"
#include "CaseDetailView.h"
#include "CaseTableView.h"
#include "ChartOperations.h"
#include "EditingController.h"
#include "FileOperations.h"
#include "FilterBar.h"
#include "FirstRunHint.h"
#include "GraphCanvas.h"
#include "GraphChart.h"
#include "GraphView.h"
#include "HelpMenu.h"
#include "LanguageSetting.h"
#include "MapChart.h"
#include "MapView.h"
#include "ModalDialog.h"
#include "OpenCollection.h"
#include "PreferencesDialog.h"
#include "SessionGuard.h"
#include "StackedChart.h"
#include "StatisticsChart.h"
#include "StatisticsView.h"
#include "TeamCollectionBanner.h"
#include "TeamCollectionOpener.h"
#include "TeamSession.h"
#include "TimelineChart.h"
#include "TimelinePanel.h"
#include "TimelineView.h"
#include "WindowPalette.h"
#include "editing/CollectionEditor.h"
#include "items/CaseTableModel.h"
#include "records/Language.h"
#include "records/ViewState.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/ServerAddress.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace Spyline {

namespace {

QIcon themeIcon(const char* name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

QUndoGroup* undoGroup(QObject* owner)
{
    auto* group = owner->findChild<QUndoGroup*>(QStringLiteral("undoGroup"));
    if (!group) {
        group = new QUndoGroup(owner);
        group->setObjectName(QStringLiteral("undoGroup"));
    }
    return group;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_collection(new OpenCollection(undoGroup(this), this))
    , m_viewState(new ViewState(this))
    , m_editing(new EditingController(m_viewState, this))
    , m_files(new FileOperations(*this))
    , m_team(new TeamCollectionOpener(*this))
    , m_charts(new ChartOperations(*this))
    , m_caseModel(new CaseTableModel(this))
    , m_filterBar(new FilterBar(this))
    , m_caseTable(new CaseTableView(this))
    , m_detail(new CaseDetailView(this))
    , m_centralTabs(new QTabWidget(this))
    , m_readOnlyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDocumentMode(true);
    m_centralTabs->setObjectName(QStringLiteral("centralTabWidget"));
    m_centralTabs->setAccessibleName(tr("Views"));
    m_centralTabs->setDocumentMode(true);
    // The views, under the hint strip that an empty collection shows.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_centralTabs);
    setCentralWidget(central);

    m_caseTable->setCaseModel(m_caseModel);
    connect(m_caseTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onTableSelectionChanged);
    connect(m_caseTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        m_editing->edit({RecordRef::Kind::Case, m_caseModel->caseIdAt(index.row())});
    });
    connect(m_caseModel, &CaseTableModel::modelReset, this, [this] { selectTableRowOf(m_viewState->currentCase()); });
    connect(m_caseModel, &CaseTableModel::countsChanged, m_filterBar, &FilterBar::setCounts);
    connect(m_caseModel, &CaseTableModel::failed, this,
            [this](const QString& message) { showMessage(tr("The cases could not be read: %1").arg(message)); });

    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setText(tr("Read-only"));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    createActions();
    createMenus();
    m_firstRunHint = new FirstRunHint(m_newCaseAction, m_importAction, m_help->openSampleAction(), central);
    centralLayout->insertWidget(0, m_firstRunHint);
    m_teamBanner = new TeamCollectionBanner(m_refreshAction, central);
    centralLayout->insertWidget(0, m_teamBanner);
    connect(m_teamBanner, &TeamCollectionBanner::cancelCopyRequested, m_team, &TeamCollectionOpener::cancel);
    connect(m_caseModel, &CaseTableModel::countsChanged, m_firstRunHint, &FirstRunHint::setCaseCounts);
    createDocks();
    connectViewState();

    auto* timeline = new TimelinePanel(this);
    m_timeline = timeline;
    timeline->setViewState(m_viewState);
    addCentralView(timeline, tr("Timeline"), [timeline]() -> std::unique_ptr<ExportableChart> {
        return TimelineChart::fromView(*timeline->view());
    });
    connect(this, &MainWindow::collectionOpened, timeline, &TimelinePanel::setStore);
    timeline->view()->addAction(m_deleteAction);

    auto* graph = new GraphView(this);
    graph->setViewState(m_viewState);
    addCentralView(graph, tr("Graph"), [this, graph]() -> std::unique_ptr<ExportableChart> {
        if (auto shown = GraphChart::fromView(*graph))
            return shown;
        // Not looked at yet: the graph of the same filter, laid out now, small enough for a page.
        if (!store() || !store()->isOpen())
            return nullptr;
        auto built = GraphChart::build(*store(), m_viewState->effectiveFilter(), graph->layoutKind(),
                                       std::min(graph->maxNodes(), 400));
        return built ? std::move(*built) : nullptr;
    });
    connect(this, &MainWindow::collectionOpened, graph, &GraphView::setStore);
    graph->canvas()->addAction(m_deleteAction);
    connect(graph, &GraphView::statusMessage, this, &MainWindow::showMessage);
    addMapAndStatistics();
    connect(graph, &GraphView::showInTimelineRequested, this, [this, timeline] {
        m_centralTabs->setCurrentWidget(timeline);
        timeline->view()->fitSelection();
        timeline->view()->setFocus(Qt::OtherFocusReason);
    });

    connect(m_editing, &EditingController::message, this, &MainWindow::showMessage);
    connect(m_detail, &CaseDetailView::recordActivated, this,
            [this](const RecordRef& record) { m_viewState->pick(record, m_detail->caseId()); });
    connect(m_detail, &CaseDetailView::editRequested, m_editing, &EditingController::edit);
    connect(m_detail, &CaseDetailView::deleteRequested, m_editing, &EditingController::remove);
    connect(m_detail, &CaseDetailView::linkRequested, m_editing, &EditingController::link);
    connect(m_detail, &CaseDetailView::urlActivated, this, [](const QUrl& url) { QDesktopServices::openUrl(url); });
    connect(m_viewState, &ViewState::editRequested, m_editing, &EditingController::edit);
    connect(m_filterBar, &FilterBar::filterChanged, m_viewState, &ViewState::setFilter);

    // What reads the open collection, in the order it attaches (and the reverse of letting go).
    connect(m_collection, &OpenCollection::undoFailed, this,
            [this](const QString& message) { showError(tr("Undo"), message); });
    m_collection->addReader([this](Store* store, CollectionEditor*) {
        if (!store)
            m_viewState->clearSelection();
    });
    m_collection->addReader(
        [this](Store* store, CollectionEditor* editor) { m_editing->setCollection(store, editor); });
    m_collection->addReader([this](Store* store, CollectionEditor*) { m_filterBar->setStore(store); });
    m_collection->addReader([this](Store* store, CollectionEditor*) {
        m_caseModel->setStore(store);
        if (store)
            m_caseModel->setFilter(m_viewState->effectiveFilter());
    });
    m_collection->addReader([this](Store* store, CollectionEditor*) { m_detail->setStore(store); });
    m_collection->addReader([this](Store* store, CollectionEditor*) { Q_EMIT collectionOpened(store); });

    resize(1280, 800);
    restoreSettings();
    updateActions();
}

Store* MainWindow::store() const
{
    return m_collection->store();
}

CollectionEditor* MainWindow::editor() const
{
    return m_collection->editor();
}

MainWindow::~MainWindow()
{
    // Work in the background ends first: nothing runs on a collection once its window is gone.
    m_files->stopWork();
    m_charts->stopWork();
    m_team->stopWork();
    // The models and views refer to the store: they let go of it before it closes; then a working
    // copy's file goes.
    if (m_teamSession)
        m_teamSession->detach();
    m_collection->close();
    m_teamSession.reset();
}

void MainWindow::createActions()
{
    const auto make = [this](const QString& text, const char* objectName, const QKeySequence& shortcut = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(objectName));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    m_newCollectionAction =
        make(tr("New Collection\u2026"), "newCollectionAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openAction = make(tr("&Open Collection\u2026"), "openAction", QKeySequence::Open);
    m_openAction->setIcon(themeIcon("document-open", QStyle::SP_DialogOpenButton));
    m_openAction->setIconText(tr("Open"));
    m_connectTeamAction = make(tr("Connect to a &Team Collection\u2026"), "connectTeamAction",
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connectTeamAction->setToolTip(tr("Browse a collection kept on a PostgreSQL server for a class or a newsroom"));
    m_refreshAction = make(tr("&Refresh"), "refreshAction", QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Take a new snapshot of the team collection, with what others changed since"));
    m_saveCopyAction = make(tr("Save a &Copy As\u2026"), "saveCopyAction", QKeySequence::SaveAs);
    m_importAction = make(tr("&Import\u2026"), "importAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Import a collection (JSON), or a sheet (CSV, TSV) with its own columns"));
    m_mergeAction = make(tr("&Merge Collection\u2026"), "mergeCollectionAction");
    m_mergeAction->setToolTip(tr("Bring in another collection: the same records are matched, differences reviewed"));
    m_peopleAction =
        make(tr("&People and Organisations\u2026"), "peopleAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportDataAction =
        make(tr("Export &Data\u2026"), "exportDataAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportChartAction = make(tr("Export &Chart\u2026"), "exportChartAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportChartAction->setToolTip(tr("The chart in front (timeline, graph, map or statistics) as PNG, SVG or PDF, "
                                       "with legend, caption and sources"));
    m_exportHandoutAction = make(tr("Export &Handout\u2026"), "exportHandoutAction");
    m_copyChartAction = make(tr("Copy C&hart"), "copyChartAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_printAction = make(tr("&Print…"), "printAction", QKeySequence::Print);
    m_printAction->setToolTip(tr("Print the chart in front, with a print preview"));
    m_printHandoutAction = make(tr("Print Hando&ut…"), "printHandoutAction");
    m_quitAction = make(tr("&Quit"), "quitAction", QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    QUndoGroup* group = undoGroup(this);
    m_undoAction = group->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(themeIcon("edit-undo", QStyle::SP_ArrowBack));
    // The toolbar says "Undo"; the menu and the tooltip say what ("Undo Delete case ...").
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction = group->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setIcon(themeIcon("edit-redo", QStyle::SP_ArrowForward));
    m_redoAction->setIconText(tr("Redo"));

    m_newCaseAction = make(tr("&New Case\u2026"), "newCaseAction", QKeySequence::New);
    m_newCaseAction->setIcon(themeIcon("document-new", QStyle::SP_FileIcon));
    m_newCaseAction->setIconText(tr("New Case"));
    m_newCaseAction->setToolTip(tr("Enter a case you read about, with its people, events and sources (Ctrl+N)"));
    m_newStatementAction = make(tr("New &Statement or Law\u2026"), "newStatementAction");
    m_newActorAction = make(tr("New &Person or Organisation\u2026"), "newActorAction");
    m_newSourceAction = make(tr("New S&ource\u2026"), "newSourceAction");
    m_editAction = make(tr("&Edit\u2026"), "editAction", QKeySequence(Qt::Key_F2));
    m_editAction->setIcon(themeIcon("document-edit", QStyle::SP_FileDialogDetailedView));
    m_editAction->setIconText(tr("Edit"));
    m_deleteAction = make(tr("&Delete\u2026"), "deleteAction", QKeySequence::Delete);
    m_deleteAction->setIcon(themeIcon("edit-delete", QStyle::SP_TrashIcon));
    // Delete acts on the view that has the keyboard (the case list, the detail panel, the timeline
    // or the graph), never on text being typed elsewhere.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_caseTable->addAction(m_deleteAction);
    m_detail->addAction(m_deleteAction);
    m_linkAction = make(tr("&Link to a Preceding Statement\u2026"), "linkAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_linkAction->setIcon(themeIcon("insert-link", QStyle::SP_ArrowRight));
    m_linkAction->setIconText(tr("Link"));
    m_findAction = make(tr("&Find"), "findAction", QKeySequence::Find);
    m_clearFiltersAction = make(tr("&Clear Filters"), "clearFiltersAction");
    m_preferencesAction = make(tr("&Preferences\u2026"), "preferencesAction", QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_help = new HelpMenu(*this);

    connect(m_newCollectionAction, &QAction::triggered, m_files, &FileOperations::newCollection);
    connect(m_openAction, &QAction::triggered, m_files, &FileOperations::openCollectionDialog);
    connect(m_saveCopyAction, &QAction::triggered, m_files, &FileOperations::saveCopyAs);
    connect(m_connectTeamAction, &QAction::triggered, m_team, &TeamCollectionOpener::chooseAndConnect);
    connect(m_refreshAction, &QAction::triggered, m_team, &TeamCollectionOpener::refresh);
    connect(m_importAction, &QAction::triggered, m_files, &FileOperations::importData);
    connect(m_exportDataAction, &QAction::triggered, m_files, &FileOperations::exportData);
    connect(m_mergeAction, &QAction::triggered, m_files, &FileOperations::mergeCollection);
    connect(m_peopleAction, &QAction::triggered, m_editing, &EditingController::showPeople);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_exportChartAction, &QAction::triggered, m_charts, &ChartOperations::exportChart);
    connect(m_exportHandoutAction, &QAction::triggered, m_charts, &ChartOperations::exportHandout);
    connect(m_copyChartAction, &QAction::triggered, m_charts, &ChartOperations::copyChart);
    connect(m_printAction, &QAction::triggered, m_charts, &ChartOperations::printChart);
    connect(m_printHandoutAction, &QAction::triggered, m_charts, &ChartOperations::printHandout);
    connect(m_newCaseAction, &QAction::triggered, m_editing, &EditingController::newCase);
    connect(m_newStatementAction, &QAction::triggered, m_editing, &EditingController::newStatement);
    connect(m_newActorAction, &QAction::triggered, m_editing, &EditingController::newActor);
    connect(m_newSourceAction, &QAction::triggered, m_editing, &EditingController::newSource);
    connect(m_editAction, &QAction::triggered, this, [this] { m_editing->edit(actionTarget()); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { m_editing->remove(actionTarget()); });
    connect(m_linkAction, &QAction::triggered, m_editing, &EditingController::linkCurrent);
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(m_clearFiltersAction, &QAction::triggered, m_filterBar, &FilterBar::clear);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newCollectionAction);
    file->addAction(m_openAction);
    file->addAction(m_connectTeamAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_saveCopyAction);
    file->addAction(m_refreshAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_mergeAction);
    file->addAction(m_exportDataAction);
    file->addSeparator();
    file->addAction(m_exportChartAction);
    file->addAction(m_exportHandoutAction);
    file->addAction(m_printAction);
    file->addAction(m_printHandoutAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_copyChartAction);
    edit->addSeparator();
    edit->addAction(m_newCaseAction);
    edit->addAction(m_newStatementAction);
    edit->addAction(m_newActorAction);
    edit->addAction(m_newSourceAction);
    edit->addAction(m_peopleAction);
    edit->addSeparator();
    edit->addAction(m_editAction);
    edit->addAction(m_linkAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_clearFiltersAction);
    edit->addAction(m_filterBar->knownOnAction());
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    menuBar()->addMenu(tr("&View"))->setObjectName(QStringLiteral("viewMenu"));
    m_help->fill(menuBar()->addMenu(tr("&Help")));

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_newCaseAction);
    tools->addAction(m_editAction);
    tools->addAction(m_linkAction);
    tools->addSeparator();
    tools->addAction(m_undoAction);
    tools->addAction(m_redoAction);
    tools->addSeparator();
    tools->addAction(m_openAction);
    addToolBarBreak();
    QToolBar* filters = addToolBar(tr("Filters"));
    filters->setObjectName(QStringLiteral("filterToolBar"));
    filters->setMovable(false);
    filters->addWidget(m_filterBar);
    // What a narrow window leaves off the bars, named for screen readers.
    AccessibleNames::nameToolBarExtension(tools);
    AccessibleNames::nameToolBarExtension(filters);
    if (auto* more = menuBar()->findChild<QWidget*>(QStringLiteral("qt_menubar_ext_button")))
        more->setAccessibleName(tr("More menus"));
}

void MainWindow::createDocks()
{
    m_casesDock = new QDockWidget(tr("Cases"), this);
    m_casesDock->setObjectName(QStringLiteral("casesDockWidget"));
    m_casesDock->setAccessibleName(m_casesDock->windowTitle());
    m_casesDock->setWidget(m_caseTable);
    addDockWidget(Qt::LeftDockWidgetArea, m_casesDock);
    m_detailDock = new QDockWidget(tr("Details"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDockWidget"));
    m_detailDock->setAccessibleName(m_detailDock->windowTitle());
    m_detailDock->setWidget(m_detail);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    resizeDocks({m_casesDock, m_detailDock}, {520, 420}, Qt::Horizontal);
    auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    view->addAction(m_casesDock->toggleViewAction());
    view->addAction(m_detailDock->toggleViewAction());
}

void MainWindow::addCentralView(QWidget* view, const QString& title, ChartOf chartOf)
{
    m_centralTabs->addTab(view, title);
    m_chartOfTab.append(std::move(chartOf));
}

void MainWindow::addMapAndStatistics()
{
    m_map = new MapView(this);
    m_map->setViewState(m_viewState);
    addCentralView(m_map, tr("Map"), [this]() -> std::unique_ptr<ExportableChart> {
        if (!store() || !store()->isOpen())
            return nullptr;
        if (m_map->isCurrent())
            return MapChart::fromView(*m_map, shownCaseIds());
        // Not looked at yet, or still counting: the map of the same filter, counted now.
        auto built = MapChart::build(*store(), m_viewState->effectiveFilter(), m_map->shading());
        return built ? std::move(*built) : nullptr;
    });
    connect(this, &MainWindow::collectionOpened, m_map, &MapView::setStore);
    connect(m_map, &MapView::statusMessage, this, &MainWindow::showMessage);

    m_statistics = new StatisticsView(this);
    m_statistics->setViewState(m_viewState);
    addCentralView(m_statistics, tr("Statistics"), [this]() -> std::unique_ptr<ExportableChart> {
        if (!store() || !store()->isOpen())
            return nullptr;
        if (m_statistics->isCurrent())
            return StatisticsChart::fromView(*m_statistics, shownCaseIds());
        auto built = StatisticsChart::build(*store(), m_viewState->effectiveFilter(), m_statistics->kind(),
                                            m_statistics->options());
        return built ? std::move(*built) : nullptr;
    });
    connect(this, &MainWindow::collectionOpened, m_statistics, &StatisticsView::setStore);
    connect(m_statistics, &StatisticsView::statusMessage, this, &MainWindow::showMessage);
}

QList<qint64> MainWindow::shownCaseIds() const
{
    if (!store() || !store()->isOpen())
        return {};
    auto ids = CaseSearch(*store()).caseIds(m_viewState->effectiveFilter(), CaseSortKey::Created);
    return ids ? *ids : QList<Id>();
}

std::vector<std::unique_ptr<ExportableChart>> MainWindow::handoutCharts() const
{
    auto charts = shownHandoutCharts();
    if (!store() || !store()->isOpen())
        return charts;
    for (auto& chart : collectionHandoutCharts()(*store()))
        charts.push_back(std::move(chart));
    return charts;
}

std::vector<std::unique_ptr<ExportableChart>> MainWindow::shownHandoutCharts() const
{
    std::vector<std::unique_ptr<ExportableChart>> charts;
    // The timeline and the graph as their tabs show them.
    for (int tab = 0; tab < m_chartOfTab.size(); ++tab) {
        if (m_centralTabs->widget(tab) == m_map || m_centralTabs->widget(tab) == m_statistics)
            continue;
        if (auto chart = m_chartOfTab.at(tab)())
            charts.push_back(std::move(chart));
    }
    return charts;
}

MainWindow::ChartsFrom MainWindow::collectionHandoutCharts() const
{
    return [filter = m_viewState->effectiveFilter(), shading = m_map->shading(),
            options = m_statistics->options()](Store& store) {
        std::vector<std::unique_ptr<ExportableChart>> charts;
        if (auto page = StackedChart::mapAndLags(store, filter, shading, options))
            charts.push_back(std::move(*page));
        return charts;
    };
}

std::unique_ptr<ExportableChart> MainWindow::currentChart() const
{
    const int tab = m_centralTabs->currentIndex();
    if (tab < 0 || tab >= m_chartOfTab.size())
        return nullptr;
    return m_chartOfTab.at(tab)();
}

std::vector<std::unique_ptr<ExportableChart>> MainWindow::allCharts() const
{
    std::vector<std::unique_ptr<ExportableChart>> charts;
    for (const ChartOf& chartOf : m_chartOfTab) {
        if (auto chart = chartOf())
            charts.push_back(std::move(chart));
    }
    return charts;
}

void MainWindow::connectViewState()
{
    connect(m_viewState, &ViewState::filterChanged, this, [this] {
        m_caseModel->setFilter(m_viewState->effectiveFilter());
        m_detail->setKnownOn(m_viewState->effectiveFilter().knownOn);
        // Dates brushed on the timeline, or a filter set by clicking the map or a chart, show in the
        // filter bar, which can clear them.
        if (!(m_filterBar->filter() == m_viewState->filter()))
            m_filterBar->setFilter(m_viewState->filter());
        updateWindowTitle();
    });
    connect(m_viewState, &ViewState::selectionChanged, this, [this] {
        m_detail->showCase(m_viewState->currentCase());
        selectTableRowOf(m_viewState->currentCase());
        updateActions();
    });
}

RecordRef MainWindow::actionTarget() const
{
    // In the case list: its current row, whatever was picked elsewhere before.
    const QWidget* focus = QApplication::focusWidget();
    if (focus && (focus == m_caseTable || m_caseTable->isAncestorOf(focus))) {
        const QModelIndex current = m_caseTable->currentIndex();
        return current.isValid() ? RecordRef {RecordRef::Kind::Case, m_caseModel->caseIdAt(current.row())}
                                 : RecordRef {};
    }
    // Elsewhere: what was picked last in the timeline, the graph or the detail panel.
    return m_editing->currentOrCase();
}

void MainWindow::onTableSelectionChanged()
{
    if (m_syncingSelection)
        return;
    const QModelIndexList rows = m_caseTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_viewState->selectCases({m_caseModel->caseIdAt(rows.first().row())});
}

void MainWindow::selectTableRowOf(qint64 caseId)
{
    const int row = caseId == 0 ? -1 : m_caseModel->rowOf(caseId);
    m_syncingSelection = true;
    if (row < 0) {
        m_caseTable->selectionModel()->clearSelection();
    } else {
        const QModelIndex index = m_caseModel->index(row, 0);
        m_caseTable->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_caseTable->scrollTo(index);
    }
    m_syncingSelection = false;
}

void MainWindow::importFile(const QString& path)
{
    m_files->importFile(path);
}

bool MainWindow::openCollection(const QString& path, QString* error)
{
    if (isServerAddress(path)) {
        m_team->connectTo(path);
        return true;
    }
    auto store = std::make_unique<Store>();
    if (Status s = store->open(path); !s) {
        if (error)
            *error = s.error();
        return false;
    }
    // A team collection still being copied stops, and the window does not go back to what it had.
    m_shownBeforeTeam.clear();
    m_team->stopWork();
    showCollection(std::move(store), nullptr);
    return true;
}

QString MainWindow::collectionKey() const
{
    if (m_teamSession)
        return m_teamSession->address();
    if (!store() && !m_timelineFirstAddress.isEmpty())
        return m_timelineFirstAddress;
    return store() ? QFileInfo(store()->path()).absoluteFilePath() : QString();
}

void MainWindow::showCollection(std::unique_ptr<Store> store, std::unique_ptr<TeamSession> team)
{
    const QString name = team ? team->address() : QFileInfo(store->path()).absoluteFilePath();
    // The new collection replaces the old one only once it is open and sound; work still running
    // on the old one (an import, an export) stops first.
    m_files->stopWork();
    m_charts->stopWork();
    rememberTimelineWindow();
    // Marked before the views read it: should one of them crash on it, the next start asks first.
    SessionGuard::opened(name);
    // The previous team collection stops following its store before that closes; its working copy's
    // file goes once the views have let go of it, at the end of this.
    const std::unique_ptr<TeamSession> previous = std::exchange(m_teamSession, std::move(team));
    if (previous)
        previous->detach();
    m_timelineFirstAddress.clear();
    m_shownBeforeTeam.clear();
    m_collection->replace(std::move(store));
    followTeamCollection();
    m_readOnlyLabel->setVisible(m_collection->store()->isReadOnly());
    updateWindowTitle();
    updateActions();
    restoreTimelineWindow();
    // Only a collection that opened is reopened next time.
    rememberRecent(name);
}

void MainWindow::updateWindowTitle()
{
    if (!store()) {
        setWindowTitle(
            m_timelineFirstAddress.isEmpty()
                ? QStringLiteral("Spyline")
                : tr("%1 (copying\u2026) \u2013 Spyline").arg(serverAddressForDisplay(m_timelineFirstAddress)));
        return;
    }
    QString title =
        m_teamSession ? serverAddressForDisplay(m_teamSession->address()) : QFileInfo(store()->path()).fileName();
    if (store()->isReadOnly())
        title += tr(" (read-only)");
    // Every view shows another day than today: the title says so too.
    if (const auto& day = m_viewState->filter().knownOn)
        title += tr(" \u2013 as publicly known on %1").arg(PartialDate::fromDay(*day).displayText());
    setWindowTitle(title + QStringLiteral(" \u2013 Spyline"));
}

void MainWindow::updateActions()
{
    const bool open = store() != nullptr;
    const bool writable = open && !store()->isReadOnly();
    const bool picked = m_viewState->currentCase() != 0 || !m_viewState->current().isNull();
    for (QAction* action : {m_newCaseAction, m_newStatementAction, m_newActorAction, m_newSourceAction, m_peopleAction})
        action->setEnabled(writable);
    // On a team collection an import, through a connection of its own, sends its one transaction to
    // the server as the window's changes go, and a merge is made as one of the window's changes.
    for (QAction* action : {m_importAction, m_mergeAction})
        action->setEnabled(writable);
    m_editAction->setEnabled(writable && picked);
    m_deleteAction->setEnabled(writable && picked);
    m_linkAction->setEnabled(writable && picked);
    for (QAction* action : {m_saveCopyAction, m_exportDataAction, m_exportChartAction, m_exportHandoutAction,
                            m_copyChartAction, m_printAction, m_printHandoutAction})
        action->setEnabled(open);
    m_refreshAction->setEnabled(m_teamSession != nullptr);
}

void MainWindow::showError(const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    box.setTextFormat(Qt::PlainText);
    runModal(box);
}

void MainWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setStatementWindowDays(m_editing->statementWindowDays());
    dialog.setLanguage(LanguageSetting::chosen());
    dialog.setColours(WindowPalette::chosen());
    if (runModal(dialog) != QDialog::Accepted)
        return;
    m_editing->setStatementWindowDays(dialog.statementWindowDays());
    QSettings().setValue(QStringLiteral("preferences/statementWindowDays"), dialog.statementWindowDays());
    if (dialog.colours() != WindowPalette::chosen()) {
        // Colours change at once: every view follows the application's palette.
        WindowPalette::choose(dialog.colours());
        WindowPalette::apply(dialog.colours());
    }
    if (dialog.language() == LanguageSetting::chosen())
        return;
    LanguageSetting::choose(dialog.language());
    const QString next = LanguageSetting::atStart();
    if (next == Language::current())
        return;
    // Said in the language spoken now and in the one chosen, which the person may read better.
    const auto notice = [&] {
        return tr("Spyline will speak %1 from its next start.").arg(Language::nativeName(next));
    };
    QString text = notice();
    {
        const Language::Scope chosen(next);
        text += u'\n' + notice();
    }
    QMessageBox box(QMessageBox::Information, tr("Language"), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("languageMessageBox"));
    box.setTextFormat(Qt::PlainText);
    runModal(box);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_sizeDocksWhenShown)
        return;
    m_sizeDocksWhenShown = false;
    // Sizes take only once the window has laid itself out; the case list gets what its columns
    // need, but never more than about half the window.
    QTimer::singleShot(0, this, [this] {
        const int cases = std::min(m_caseTable->sizeHint().width(), width() * 45 / 100);
        resizeDocks({m_casesDock, m_detailDock}, {cases, std::min(360, width() / 5)}, Qt::Horizontal);
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    rememberTimelineWindow();
    saveSettings();
    event->accept();
    SessionGuard::closed();
}

} // namespace Spyline
