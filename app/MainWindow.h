#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace Spyline {

class CaseDetailView;
class ChartOperations;
class OpenCollection;
class ExportableChart;
class CaseTableModel;
class CaseTableView;
class CollectionEditor;
class EditingController;
class FileOperations;
class FilterBar;
class FirstRunHint;
class HelpMenu;
class MapView;
class StatisticsView;
class Store;
class TeamCollectionBanner;
class TeamCollectionOpener;
class TimelineData;
class TimelinePanel;
class ViewState;
class ServerSync;
class TeamSession;
class WorkingCopy;
struct RecordRef;

// The window: the filter bar, the case list, the detail panel and the central views, with the
// menus, toolbar and shortcuts of a desktop application. One ViewState ties every view together.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a collection; on failure the window stays on the one it had and says why. A server's
    // address (postgresql://…) starts taking a snapshot of it in the background (openWorkingCopy).
    bool openCollection(const QString& path, QString* error = nullptr);
    // Shows a team collection through its working copy, kept in step with the server by `sync`
    // (connected already; null when it could not be, `problem` saying why), under a banner that says
    // where it comes from and whether the person may change it. A new snapshot of the same collection
    // keeps the selection, the timeline's window and the filters, as opening the same file again does.
    bool openWorkingCopy(const std::shared_ptr<WorkingCopy>& copy, const std::shared_ptr<ServerSync>& sync,
                         const QString& problem, QString* error = nullptr);
    // The server address of the team collection shown; empty for a file.
    QString teamAddress() const;
    // The team collection shown, kept in step with its server; null for a file.
    TeamSession* teamSession() const
    {
        return m_teamSession.get();
    }
    // A team collection's timeline, read from the server's snapshot while the rest of it is copied
    // to this computer: shown in place of the open collection, on its own, under a banner with the
    // copy's progress and Cancel; openWorkingCopy() then brings the rest (MainWindowTeam.cpp).
    void showTeamTimelineFirst(const QString& address, std::shared_ptr<const TimelineData> timeline);
    // Both do nothing when the window shows no such timeline.
    void showTeamCopyProgress(qint64 done, qint64 total);
    // The copy behind that timeline failed or was cancelled: the window goes back to what it had.
    void abandonTeamTimelineFirst();
    TeamCollectionOpener* teamCollections() const
    {
        return m_team;
    }
    // Imports a file into the open collection: JSON directly, a sheet through the import assistant.
    void importFile(const QString& path);
    Store* store() const;
    ViewState* viewState() const
    {
        return m_viewState;
    }
    CaseTableModel* caseModel() const
    {
        return m_caseModel;
    }
    CollectionEditor* editor() const;
    EditingController* editing() const
    {
        return m_editing;
    }
    // Adds a view (the timeline, the graph) to the central tabs, with what exports it as a chart.
    using ChartOf = std::function<std::unique_ptr<ExportableChart>()>;
    void addCentralView(QWidget* view, const QString& title, ChartOf chartOf);
    // The chart of the view in front, or of every view.
    std::unique_ptr<ExportableChart> currentChart() const;
    std::vector<std::unique_ptr<ExportableChart>> allCharts() const;
    // The handout's pages: the timeline, the graph, and the map above the lag histogram.
    std::vector<std::unique_ptr<ExportableChart>> handoutCharts() const;
    // The same in two parts, for a handout written in the background: the charts of the views as
    // they are now (taken on this thread), and what builds the rest from the collection (on the
    // thread that calls it, through a connection of its own).
    using ChartsFrom = std::function<std::vector<std::unique_ptr<ExportableChart>>(Store& store)>;
    std::vector<std::unique_ptr<ExportableChart>> shownHandoutCharts() const;
    ChartsFrom collectionHandoutCharts() const;
    void showError(const QString& title, const QString& text);
    void showMessage(const QString& text);

Q_SIGNALS:
    // A collection was opened (nullptr: the open one is about to close): views take the new store.
    void collectionOpened(Spyline::Store* store);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void connectViewState();
    void restoreSettings();
    void saveSettings() const;
    // The timeline's window of the open collection, kept by collection.
    void rememberTimelineWindow() const;
    void restoreTimelineWindow();
    void updateActions();
    // Puts `store` in place of the open collection: a file, or the working copy `copy` of a server's.
    void showCollection(std::unique_ptr<Store> store, std::unique_ptr<TeamSession> team);
    // A team collection just shown: follows it, and shows how in the banner (MainWindowTeam.cpp).
    void followTeamCollection();
    void updateTeamBanner();
    // What settings and the title know the open collection by: its file's path, or its server's address.
    QString collectionKey() const;
    void updateWindowTitle();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void showPreferences();
    void selectTableRowOf(qint64 caseId);
    void onTableSelectionChanged();
    void chooseColumns(const QPoint& position);
    void addMapAndStatistics();
    QList<qint64> shownCaseIds() const;
    // What Edit and Delete act on: the case list's current row when the list has the keyboard,
    // else the record picked last.
    RecordRef actionTarget() const;

    OpenCollection* m_collection;
    ViewState* m_viewState;
    EditingController* m_editing;
    FileOperations* m_files;
    TeamCollectionOpener* m_team;
    TeamCollectionBanner* m_teamBanner = nullptr;
    std::unique_ptr<TeamSession> m_teamSession;
    // The address whose timeline is shown while its copy is made, and what was open before it.
    QString m_timelineFirstAddress;
    QString m_shownBeforeTeam;
    HelpMenu* m_help = nullptr;
    FirstRunHint* m_firstRunHint = nullptr;
    ChartOperations* m_charts;
    TimelinePanel* m_timeline = nullptr;
    QList<ChartOf> m_chartOfTab;
    CaseTableModel* m_caseModel;
    FilterBar* m_filterBar;
    CaseTableView* m_caseTable;
    CaseDetailView* m_detail;
    QTabWidget* m_centralTabs;
    MapView* m_map = nullptr;
    StatisticsView* m_statistics = nullptr;
    QDockWidget* m_casesDock = nullptr;
    bool m_sizeDocksWhenShown = true; // no saved layout: the docks get widths that show their content
    QDockWidget* m_detailDock = nullptr;
    QLabel* m_readOnlyLabel;
    QMenu* m_recentMenu = nullptr;
    bool m_syncingSelection = false;

    QAction* m_newCollectionAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_connectTeamAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_mergeAction = nullptr;
    QAction* m_peopleAction = nullptr;
    QAction* m_exportDataAction = nullptr;
    QAction* m_exportChartAction = nullptr;
    QAction* m_exportHandoutAction = nullptr;
    QAction* m_copyChartAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_printHandoutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_newCaseAction = nullptr;
    QAction* m_newStatementAction = nullptr;
    QAction* m_newActorAction = nullptr;
    QAction* m_newSourceAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_linkAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_clearFiltersAction = nullptr;
    QAction* m_preferencesAction = nullptr;
};

} // namespace Spyline
