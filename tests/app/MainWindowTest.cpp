#include "MainWindow.h"
#include "WindowTestSupport.h"

#include "CaseDetailView.h"
#include "CaseDialog.h"
#include "ImportAssistant.h"
#include "LinkDialog.h"
#include "SessionGuard.h"
#include "TestSupport.h"
#include "items/CaseTableModel.h"
#include "records/ViewState.h"
#include "store/CaseRepository.h"
#include "store/CollectionFile.h"
#include "store/LinkRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Spyline;
using Spyline::Fixtures::ScratchFolder;

namespace {

// Acts on a modal dialog once it is shown (exec() blocks the test until it closes).
template<typename Dialog>
void whenShown(std::function<void(Dialog*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

class MainWindowTest : public Testing::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        openWindow();
    }

    QTableView* table()
    {
        return window->findChild<QTableView*>(QStringLiteral("caseTableView"));
    }
    CaseTableModel* model()
    {
        return window->caseModel();
    }
    QString titleAt(int row)
    {
        return model()->index(row, CaseTableModel::TitleColumn).data().toString();
    }
    int rowStartingWith(const char* prefix)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (titleAt(row).startsWith(QString::fromUtf8(prefix)))
                return row;
        }
        return -1;
    }
    void clickRow(int row)
    {
        const QRect rect = table()->visualRect(model()->index(row, 0));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
    }
    QString detailText()
    {
        return window->findChild<CaseDetailView*>(QStringLiteral("caseDetailView"))->document()->toPlainText();
    }
};

TEST_F(MainWindowTest, FindsTheHaoCaseByTypingTokyo)
{
    action("findAction")->trigger();
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    ASSERT_TRUE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("Tokyo"));
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, 2000);
    EXPECT_TRUE(titleAt(0).startsWith(QStringLiteral("Hao")));
    EXPECT_EQ(window->findChild<QLabel*>(QStringLiteral("caseCountLabel"))->text(), QStringLiteral("1 of 7 cases"));
    action("clearFiltersAction")->trigger();
    EXPECT_EQ(model()->rowCount(), 7);
}

TEST_F(MainWindowTest, AddsACaseThroughTheFormAndUndoesIt)
{
    whenShown<CaseDialog>([](CaseDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("titleLineEdit")),
                         QStringLiteral("Wang: engineer said to have been recruited in Vienna"));
        auto* roles = dialog->findChild<QTableWidget*>(QStringLiteral("rolesTableWidget"));
        roles->item(0, 0)->setText(QStringLiteral("Wang"));
        auto* events = dialog->findChild<QTableWidget*>(QStringLiteral("eventsTableWidget"));
        events->item(0, 0)->setText(QStringLiteral("2024-03"));
        events->item(0, 2)->setText(QStringLiteral("MSS announces the Wang case"));
        dialog->accept();
    });
    action("newCaseAction")->trigger();
    ASSERT_EQ(model()->rowCount(), 8);
    const int row = rowStartingWith("Wang");
    ASSERT_GE(row, 0);
    EXPECT_EQ(model()->index(row, CaseTableModel::DateColumn).data().toString(), QStringLiteral("Mar 2024"));
    EXPECT_EQ(window->viewState()->currentCase(), model()->caseIdAt(row));
    EXPECT_TRUE(table()->selectionModel()->isRowSelected(row, {}));

    action("undoAction")->trigger();
    EXPECT_EQ(model()->rowCount(), 7);
    EXPECT_LT(rowStartingWith("Wang"), 0);
    action("redoAction")->trigger();
    EXPECT_GE(rowStartingWith("Wang"), 0);
}

TEST_F(MainWindowTest, SelectionFollowsAcrossTheTableAndTheDetailPanel)
{
    const int zeng = rowStartingWith("Zeng");
    ASSERT_GE(zeng, 0);
    clickRow(zeng);
    EXPECT_EQ(window->viewState()->currentCase(), model()->caseIdAt(zeng));
    EXPECT_TRUE(detailText().startsWith(titleAt(zeng)));

    const int hao = rowStartingWith("Hao");
    window->viewState()->selectCases({model()->caseIdAt(hao)});
    EXPECT_EQ(table()->currentIndex().row(), hao);
    EXPECT_TRUE(detailText().startsWith(titleAt(hao)));
}

TEST_F(MainWindowTest, ShowsMarkupLookingTitlesLiterally)
{
    const QString title = QStringLiteral("<b>bold</b><img src=x>");
    auto id = CaseRepository(*window->store()).insert(Case {0, title, {}, CaseStatus::Alleged, {}, {}, {}, {}});
    ASSERT_OK(id);
    const int row = model()->rowOf(*id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(titleAt(row), title);
    window->viewState()->selectCases({*id});
    EXPECT_TRUE(detailText().startsWith(title));
}

TEST_F(MainWindowTest, KeepsTheOpenCollectionWhenAnotherCannotBeOpened)
{
    const QString notes = scratch.path(QStringLiteral("notes.spyline"));
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a collection");
    file.close();
    QString error;
    EXPECT_FALSE(window->openCollection(notes, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not an SQLite database"))) << error.toStdString();
    EXPECT_EQ(window->store()->path(), path);
    EXPECT_EQ(model()->rowCount(), 7);
}

TEST_F(MainWindowTest, DeletesACaseAfterAskingAndUndoesIt)
{
    const int zeng = rowStartingWith("Zeng");
    clickRow(zeng);
    whenShown<QMessageBox>([](QMessageBox* box) {
        EXPECT_TRUE(box->text().contains(QStringLiteral("event(s)")));
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    action("deleteAction")->trigger();
    ASSERT_EQ(model()->rowCount(), 6);
    EXPECT_LT(rowStartingWith("Zeng"), 0);
    action("undoAction")->trigger();
    EXPECT_GE(rowStartingWith("Zeng"), 0);
    EXPECT_OK(window->store()->checkIntegrity());
}

TEST_F(MainWindowTest, DeleteKeyInTheSearchFieldDeletesText)
{
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ab"));
    QTest::keyClick(search, Qt::Key_Home);
    QTest::keyClick(search, Qt::Key_Delete);
    EXPECT_EQ(search->text(), QStringLiteral("b"));
    EXPECT_EQ(*CaseRepository(*window->store()).count(), 7);
}

TEST_F(MainWindowTest, LinksAnAnnouncementToAPrecedingStatement)
{
    clickRow(rowStartingWith("Hao"));
    const int before = static_cast<int>(LinkRepository(*window->store()).all()->size());
    whenShown<LinkDialog>([](LinkDialog* dialog) {
        QTreeWidget* proposals = dialog->proposalsView();
        ASSERT_GT(proposals->topLevelItemCount(), 0);
        proposals->setCurrentItem(proposals->topLevelItem(0));
        dialog->accept();
    });
    action("linkAction")->trigger();
    EXPECT_EQ(LinkRepository(*window->store()).all()->size(), before + 1);
    EXPECT_TRUE(detailText().contains(QStringLiteral("lag")));
    action("undoAction")->trigger();
    EXPECT_EQ(LinkRepository(*window->store()).all()->size(), before);
}

TEST_F(MainWindowTest, RemembersTheLastCollectionAndFilters)
{
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    search->setText(QStringLiteral("Italy"));
    window->close();
    QSettings settings;
    EXPECT_EQ(settings.value(QStringLiteral("collection/last")).toString(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(settings.value(QStringLiteral("filter/text")).toString(), QStringLiteral("Italy"));
    MainWindow second;
    EXPECT_EQ(second.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->text(), QStringLiteral("Italy"));
}

} // namespace

namespace {

// Renders the window as a person sees it after picking a case; with SPYLINE_SCREENSHOT_DIR set the
// picture is also saved there to be looked at.
TEST_F(MainWindowTest, RendersTheSampleWithACasePicked)
{
    window->resize(1400, 860);
    clickRow(rowStartingWith("Zeng"));
    QTest::qWait(50);
    const QImage image = window->grab().toImage();
    EXPECT_EQ(image.size(), window->size() * window->devicePixelRatio());
    EXPECT_TRUE(detailText().contains(QStringLiteral("lag 22 d")));
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        image.save(folder + QStringLiteral("/main-window.png"));
}

} // namespace

#include "ExportDialog.h"

#include <QClipboard>

namespace {

TEST_F(MainWindowTest, ExportsTheTimelineFromTheWindow)
{
    bool previewed = false;
    whenShown<ExportDialog>([&](ExportDialog* dialog) {
        previewed = !dialog->previewImage().isNull();
        dialog->reject();
    });
    action("exportChartAction")->trigger();
    EXPECT_TRUE(previewed);

    action("copyChartAction")->trigger();
    const QImage copied = QApplication::clipboard()->image();
    EXPECT_EQ(copied.size(), QSize(1920, 1080));
}

} // namespace

#include "GraphCanvas.h"
#include "GraphView.h"
#include "MapCanvas.h"
#include "MapView.h"
#include "StatisticsCanvas.h"
#include "StatisticsView.h"
#include "WorldMap.h"

#include <QComboBox>
#include <QToolButton>

#include <QSignalSpy>
#include <QTabWidget>

namespace {

// The graph is the second tab: it is laid out when first looked at, follows the table's
// selection, and is what Export chart and Copy chart take while it is shown.
TEST_F(MainWindowTest, ShowsTheGraphTabFollowingTheSelectionAndExportsIt)
{
    window->resize(1400, 860);
    auto* tabs = window->findChild<QTabWidget*>();
    ASSERT_TRUE(tabs);
    ASSERT_EQ(tabs->count(), 4);
    EXPECT_EQ(tabs->tabText(1), QStringLiteral("Graph"));
    auto* graph = window->findChild<GraphView*>();
    ASSERT_TRUE(graph);
    QTest::qWait(400);
    EXPECT_TRUE(graph->geometry().isEmpty()) << "a graph behind its tab waits to be looked at";

    QSignalSpy ready(graph, &GraphView::graphReady);
    tabs->setCurrentWidget(graph);
    ASSERT_TRUE(ready.wait(20000));
    ASSERT_FALSE(graph->graph().nodes.isEmpty());

    clickRow(rowStartingWith("Zeng"));
    QTest::qWait(50);
    const int zeng = graph->graph().indexOf(graphNodeKey(GraphNodeKind::Case, window->viewState()->currentCase()));
    ASSERT_GE(zeng, 0);
    EXPECT_TRUE(graph->canvas()->selectedNodes().contains(zeng));

    bool previewed = false;
    whenShown<ExportDialog>([&](ExportDialog* dialog) {
        previewed = !dialog->previewImage().isNull();
        dialog->reject();
    });
    action("exportChartAction")->trigger();
    EXPECT_TRUE(previewed);
    action("copyChartAction")->trigger();
    EXPECT_EQ(QApplication::clipboard()->image().size(), QSize(1920, 1080));

    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        window->grab().save(folder + QStringLiteral("/main-window-graph.png"));
}

// The map and the statistics are the third and fourth tabs: counted when first looked at, and a
// click on a country or a bar filters the table like the filter bar does, which names it.
TEST_F(MainWindowTest, MapAndStatisticsTabsFilterEveryViewAndExport)
{
    window->resize(1400, 860);
    auto* tabs = window->findChild<QTabWidget*>();
    ASSERT_EQ(tabs->tabText(2), QStringLiteral("Map"));
    ASSERT_EQ(tabs->tabText(3), QStringLiteral("Statistics"));
    auto* map = window->findChild<MapView*>();
    ASSERT_TRUE(map);
    QTest::qWait(200);
    EXPECT_FALSE(map->isCurrent()) << "a map behind its tab waits to be looked at";
    QSignalSpy ready(map, &MapView::figuresReady);
    tabs->setCurrentWidget(map);
    ASSERT_TRUE(ready.wait(20000));
    ASSERT_EQ(model()->rowCount(), 7);

    const MapLayout& layout = map->canvas()->currentLayout();
    const QPoint britain = layout.viewport().toDevice(WorldMap::bundled().country(u"GB")->anchor).toPoint();
    QTest::mouseClick(map->canvas(), Qt::LeftButton, {}, britain);
    QTest::qWait(50);
    EXPECT_EQ(model()->rowCount(), 1);
    EXPECT_TRUE(titleAt(0).startsWith(QStringLiteral("UK parliamentary")));
    auto* country = window->findChild<QComboBox*>(QStringLiteral("countryComboBox"));
    EXPECT_EQ(country->currentData().toString(), QStringLiteral("GB"));
    action("clearFiltersAction")->trigger();
    QTest::qWait(50);
    EXPECT_EQ(model()->rowCount(), 7);

    // A status bar: the filter bar's status follows.
    auto* statistics = window->findChild<StatisticsView*>();
    QSignalSpy counted(statistics, &StatisticsView::figuresReady);
    tabs->setCurrentWidget(statistics);
    ASSERT_TRUE(counted.wait(20000));
    statistics->setKind(StatisticsChartKind::Statuses);
    for (const StatisticsLayout::Bar& bar : statistics->canvas()->currentLayout().bars()) {
        if (bar.hit.key == toKey(CaseStatus::Denied)) {
            QTest::mouseClick(statistics->canvas(), Qt::LeftButton, {}, bar.rect.center().toPoint());
            break;
        }
    }
    QTest::qWait(50);
    EXPECT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(window->findChild<QComboBox*>(QStringLiteral("statusComboBox"))->currentData().toString(),
              toKey(CaseStatus::Denied));
    action("clearFiltersAction")->trigger();
    const auto current = [&] {
        for (int i = 0; i < 1000 && !statistics->isCurrent(); ++i)
            QTest::qWait(20);
        return statistics->isCurrent();
    };
    ASSERT_TRUE(current());

    // What a field cannot show (the cases of a lag bin) is named on a button that clears it.
    statistics->setKind(StatisticsChartKind::Lags);
    const StatisticsLayout::Bar* week = nullptr;
    for (const StatisticsLayout::Bar& bar : statistics->canvas()->currentLayout().bars()) {
        if (bar.hit.index == 3)
            week = &bar;
    }
    ASSERT_TRUE(week);
    QTest::mouseClick(statistics->canvas(), Qt::LeftButton, {}, week->rect.center().toPoint());
    QTest::qWait(50);
    EXPECT_EQ(model()->rowCount(), 2);
    auto* chartFilter = window->findChild<QToolButton*>(QStringLiteral("chartFilterToolButton"));
    ASSERT_TRUE(chartFilter);
    EXPECT_TRUE(chartFilter->isVisible());
    EXPECT_TRUE(chartFilter->text().startsWith(QStringLiteral("2 selected cases")))
        << chartFilter->text().toStdString();
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty()) {
        ASSERT_TRUE(current());
        window->grab().save(folder + QStringLiteral("/main-window-statistics.png"));
    }
    chartFilter->click();
    QTest::qWait(50);
    EXPECT_EQ(model()->rowCount(), 7);
    EXPECT_FALSE(chartFilter->isVisible());

    // Export chart takes the tab in front; the handout has the map above the lags.
    ASSERT_TRUE(current());
    auto chart = window->currentChart();
    ASSERT_TRUE(chart);
    EXPECT_EQ(chart->kindName(), StatisticsLayout::title(StatisticsChartKind::Lags));
    const auto pages = window->handoutCharts();
    ASSERT_EQ(pages.size(), 3u);
    EXPECT_EQ(pages.back()->kindName(), QStringLiteral("Where and when"));
    if (const QString folder = qEnvironmentVariable("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty()) {
        tabs->setCurrentWidget(map);
        QTest::qWait(300);
        window->grab().save(folder + QStringLiteral("/main-window-map.png"));
    }
}

} // namespace

namespace {

TEST(WindowSession, ACollectionIsRememberedOnlyOnceItOpened)
{
    QSettings().clear();
    ScratchFolder scratch;
    const QString good = scratch.path(QStringLiteral("good.spyline"));
    ASSERT_OK(createCollectionFile(good, true));
    const QString bad = scratch.path(QStringLiteral("bad.spyline"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a collection");
    file.close();

    MainWindow window;
    ASSERT_TRUE(window.openCollection(good));
    EXPECT_FALSE(window.openCollection(bad));
    EXPECT_EQ(QSettings().value(QStringLiteral("collection/last")).toString(), QFileInfo(good).absoluteFilePath());
}

TEST(WindowSession, AStartAfterASessionThatNeverClosedAsksFirst)
{
    QSettings().clear();
    ScratchFolder scratch;
    const QString path = scratch.path(QStringLiteral("c.spyline"));
    const QString fallback = scratch.path(QStringLiteral("default.spyline"));
    ASSERT_OK(createCollectionFile(path, true));
    {
        MainWindow window;
        ASSERT_TRUE(window.openCollection(path));
        // The window is still open, as if the program had crashed right here.
        const SessionGuard::Start start = SessionGuard::startCollection(fallback);
        EXPECT_EQ(QFileInfo(start.path), QFileInfo(path));
        EXPECT_TRUE(start.askFirst);
        window.show();
        window.close();
    }
    // Closed properly: the next start opens it without asking.
    const SessionGuard::Start start = SessionGuard::startCollection(fallback);
    EXPECT_EQ(QFileInfo(start.path), QFileInfo(path));
    EXPECT_FALSE(start.askFirst);
}

TEST(WindowSession, ATeamCollectionOpenLastTimeIsConnectedToAgainAndAFileGoneIsNot)
{
    QSettings().clear();
    const QString fallback = QStringLiteral("/nowhere/default.spyline");
    const QString address = QStringLiteral("postgresql://teacher@db.school.example/class");
    QSettings().setValue(QStringLiteral("collection/last"), address);
    EXPECT_EQ(SessionGuard::startCollection(fallback).path, address);
    QSettings().setValue(QStringLiteral("collection/last"), QStringLiteral("/nowhere/gone.spyline"));
    EXPECT_EQ(SessionGuard::startCollection(fallback).path, fallback);
}

} // namespace
TEST_F(MainWindowTest, ImportsASheetThroughTheAssistantAsOneUndoStep)
{
    // A sheet as a person keeps it: one row a person, their own column names, a ring of two.
    const QString sheet = QStringLiteral(SPYLINE_TEST_SOURCE_DIR "/data/rings.csv");
    bool previewed = false;
    QString summary;
    whenShown<ImportAssistant>([&](ImportAssistant* assistant) {
        assistant->next();
        assistant->next();
        // The preview asked the collection: two new cases, and one value that cannot be read.
        auto* skip = assistant->findChild<QCheckBox*>(QStringLiteral("skipBadValuesCheckBox"));
        skip->setChecked(true);
        // The check runs in the background; Finish waits for its answer.
        EXPECT_FALSE(assistant->button(QWizard::FinishButton)->isEnabled());
        previewed = QTest::qWaitFor([&] { return assistant->button(QWizard::FinishButton)->isEnabled(); }, 20000);
        summary = assistant->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
        assistant->accept();
    });
    window->importFile(sheet); // what File > Import does with the file chosen
    EXPECT_TRUE(previewed);
    EXPECT_TRUE(summary.contains(QStringLiteral("it would add 2 cases"))) << summary.toStdString();
    // The import itself runs in the background too, the window live meanwhile.
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->rowCount() == 9; }, 20000)) << model()->rowCount();
    const int row = rowStartingWith("Illegals Program");
    ASSERT_GE(row, 0);
    clickRow(row);
    EXPECT_TRUE(detailText().contains(QStringLiteral("Anna Chapman"))) << detailText().toStdString();
    EXPECT_TRUE(detailText().contains(QStringLiteral("Mikhail Semenko")));
    EXPECT_TRUE(detailText().contains(QStringLiteral("reference: Illegals Program")));

    action("undoAction")->trigger();
    EXPECT_EQ(model()->rowCount(), 7);
    action("redoAction")->trigger();
    EXPECT_EQ(model()->rowCount(), 9);
}
