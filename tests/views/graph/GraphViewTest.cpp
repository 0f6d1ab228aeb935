#include "GraphView.h"

#include "GraphCanvas.h"
#include "GraphTestSupport.h"
#include "TestSupport.h"
#include "graph/NodePositionRepository.h"
#include "records/ViewState.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/CollectionFile.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Spyline;
using namespace Spyline::GraphTesting;

namespace {

bool waitForGraph(GraphView& view)
{
    QSignalSpy ready(&view, &GraphView::graphReady);
    return ready.wait(60000);
}

class GraphViewTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    ViewState state;
    std::unique_ptr<GraphView> view = std::make_unique<GraphView>();

    void SetUp() override
    {
        view->resize(1400, 900);
        view->setStore(store.get());
        view->setViewState(&state);
        view->show();
        ASSERT_TRUE(waitForGraph(*view));
    }
    GraphCanvas* canvas()
    {
        return view->findChild<GraphCanvas*>(QStringLiteral("graphCanvas"));
    }
    int node(const QString& title)
    {
        const GraphNode* found = nodeTitled(view->graph(), title);
        return found ? view->graph().indexOf(found->key) : -1;
    }
    QPoint pointOf(int index)
    {
        return canvas()->nodeCentre(index).toPoint();
    }
    Id caseId(const QString& prefix)
    {
        for (Id id : *CaseSearch(*store).caseIds({})) {
            if (CaseRepository(*store).get(id)->title.startsWith(prefix))
                return id;
        }
        return 0;
    }
};

TEST_F(GraphViewTest, ShowsTheSampleWithANote)
{
    ASSERT_TRUE(canvas());
    EXPECT_GT(view->graph().nodes.size(), 30);
    EXPECT_EQ(view->geometry().positions.size(), view->graph().nodes.size());
    const auto* note = view->findChild<QLabel*>(QStringLiteral("noteLabel"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->text().contains("nodes"_s)) << note->text().toStdString();
    EXPECT_FALSE(view->isLayoutRunning());
    const QImage shot = view->grab().toImage();
    EXPECT_EQ(shot.size(), view->size());
    if (const QByteArray folder = qgetenv("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        shot.save(QDir(QString::fromLocal8Bit(folder)).filePath("graph-view.png"_s));
}

TEST_F(GraphViewTest, HoverHighlightsANodeAndItsNeighbours)
{
    const int seth = node("Seth"_s);
    ASSERT_GE(seth, 0);
    QTest::mouseMove(canvas(), pointOf(seth));
    EXPECT_EQ(canvas()->hoveredNode(), seth);
    canvas()->repaint();
    // Only Seth and his neighbours keep their labels while he is hovered.
    const QList<int> neighbours = {seth, node("Zeng 曾"_s), node("CIA Rome station"_s), node("US Embassy in Italy"_s)};
    bool others = false;
    for (const GraphLabelBox& box : canvas()->chartPainter().labels()) {
        if (box.node >= 0 && !neighbours.contains(box.node))
            others = true;
    }
    EXPECT_FALSE(others);
    EXPECT_TRUE(std::any_of(canvas()->chartPainter().labels().cbegin(), canvas()->chartPainter().labels().cend(),
                            [&](const GraphLabelBox& box) { return box.node == node("CIA Rome station"_s); }));
    QTest::mouseMove(canvas(), QPoint(2, 2));
    EXPECT_EQ(canvas()->hoveredNode(), -1);
}

TEST_F(GraphViewTest, ClickSelectsInTheSharedSelection)
{
    const Id zeng = caseId("Zeng:"_s);
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, pointOf(node("Zeng: military"_s)));
    EXPECT_EQ(state.selectedCases(), QList<Id> {zeng});
    EXPECT_TRUE(canvas()->selectedNodes().contains(node("Zeng: military"_s)));

    const int seth = node("Seth"_s);
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, pointOf(seth));
    EXPECT_EQ(state.current().kind, RecordRef::Kind::Actor);
    EXPECT_EQ(state.current().id, view->graph().nodes.at(seth).id);
    EXPECT_EQ(canvas()->selectedNodes(), QList<int> {seth});

    // The timeline or the table selects: the graph follows.
    const Id hao = caseId("Hao:"_s);
    state.selectCases({hao});
    EXPECT_EQ(canvas()->selectedNodes(), QList<int> {node("Hao: central"_s)});
    // A click on the background clears the selection everywhere.
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, QPoint(3, 3));
    EXPECT_TRUE(state.selectedCases().isEmpty());
    EXPECT_TRUE(canvas()->selectedNodes().isEmpty());
}

TEST_F(GraphViewTest, DraggedNodesAreSavedAndKeptAtRelayoutAndReload)
{
    const int seth = node("Seth"_s);
    const QString key = view->graph().nodes.at(seth).key;
    const QPoint from = pointOf(seth);
    const QPoint to = from + QPoint(140, 70);
    QTest::mousePress(canvas(), Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas(), from + QPoint(10, 5));
    QTest::mouseMove(canvas(), to);
    QTest::mouseRelease(canvas(), Qt::LeftButton, {}, to);
    const QPointF dropped = view->geometry().positions.at(seth);
    EXPECT_NEAR(canvas()->nodeCentre(seth).x(), to.x(), 1.0);
    EXPECT_NEAR(canvas()->nodeCentre(seth).y(), to.y(), 1.0);
    // Dragging is not clicking: nothing got selected.
    EXPECT_TRUE(state.current().isNull());

    const auto saved = NodePositionRepository(*store).positions(GraphLayoutKind::Relations);
    ASSERT_OK(saved);
    ASSERT_TRUE(saved->contains(key));
    EXPECT_EQ(saved->value(key), dropped);

    view->relayout();
    ASSERT_TRUE(waitForGraph(*view));
    EXPECT_EQ(view->geometry().positions.at(view->graph().indexOf(key)), dropped);

    GraphView reopened;
    reopened.resize(800, 600);
    reopened.setStore(store.get());
    ASSERT_TRUE(waitForGraph(reopened));
    EXPECT_EQ(reopened.geometry().positions.at(reopened.graph().indexOf(key)), dropped);
}

TEST_F(GraphViewTest, DoubleClickHidesAndShowsAnActorsCases)
{
    QTest::mouseDClick(canvas(), Qt::LeftButton, {}, pointOf(node("Seth"_s)));
    ASSERT_TRUE(waitForGraph(*view));
    EXPECT_FALSE(hasNodeTitled(view->graph(), "Zeng: military"_s));
    EXPECT_TRUE(hasNodeTitled(view->graph(), "Seth"_s));
    QTest::mouseDClick(canvas(), Qt::LeftButton, {}, pointOf(node("Seth"_s)));
    ASSERT_TRUE(waitForGraph(*view));
    EXPECT_TRUE(hasNodeTitled(view->graph(), "Zeng: military"_s));
}

TEST_F(GraphViewTest, FollowsTheFilterAndTheBrushedDateRange)
{
    CaseFilter filter;
    filter.countries = {"GB"_s};
    state.setFilter(filter);
    ASSERT_TRUE(waitForGraph(*view));
    EXPECT_TRUE(hasNodeTitled(view->graph(), "UK parliamentary researcher"_s));
    EXPECT_FALSE(hasNodeTitled(view->graph(), "Zeng: military"_s));

    state.setFilter({});
    state.setDateRange(DayRange {static_cast<DayNumber>(QDate(2023, 8, 1).toJulianDay()),
                                 static_cast<DayNumber>(QDate(2023, 8, 15).toJulianDay())});
    ASSERT_TRUE(waitForGraph(*view));
    EXPECT_TRUE(hasNodeTitled(view->graph(), "Zeng: military"_s));
    EXPECT_FALSE(hasNodeTitled(view->graph(), "Hao: central"_s));
}

TEST_F(GraphViewTest, EgoViewAroundTheSelectionAndTheCapNote)
{
    const qsizetype all = view->graph().nodes.size();
    state.pick({RecordRef::Kind::Case, caseId("Zeng:"_s)});
    view->setEgoHops(1);
    ASSERT_TRUE(waitForGraph(*view));
    EXPECT_LT(view->graph().nodes.size(), all);
    EXPECT_TRUE(hasNodeTitled(view->graph(), "Zeng 曾"_s));
    EXPECT_FALSE(hasNodeTitled(view->graph(), "Seth"_s));
    EXPECT_TRUE(view->note().contains("Ego view"_s));

    view->setEgoHops(0);
    view->setMaxNodes(5);
    ASSERT_TRUE(waitForGraph(*view));
    EXPECT_EQ(view->graph().nodes.size(), 5);
    EXPECT_TRUE(view->note().contains(QStringLiteral("Showing 5 of %1 nodes").arg(all))) << view->note().toStdString();
}

TEST_F(GraphViewTest, SearchMovesToANodeAndSelectsIt)
{
    view->findNode("li jun"_s);
    const int liJun = node("Li Jun"_s);
    EXPECT_EQ(canvas()->selectedNodes(), QList<int> {liJun});
    EXPECT_EQ(state.current().id, view->graph().nodes.at(liJun).id);
    const QPointF centre = QRectF(canvas()->rect()).center();
    EXPECT_NEAR(canvas()->nodeCentre(liJun).x(), centre.x(), 1.0);
    EXPECT_NEAR(canvas()->nodeCentre(liJun).y(), centre.y(), 1.0);

    QSignalSpy status(view.get(), &GraphView::statusMessage);
    view->findNode("no such name anywhere"_s);
    ASSERT_EQ(status.count(), 1);
}

TEST_F(GraphViewTest, AGraphvizFailureIsReportedAndThePictureStays)
{
    const QList<QPointF> before = view->geometry().positions;
    QSignalSpy status(view.get(), &GraphView::statusMessage);
    QSignalSpy failed(view.get(), &GraphView::layoutFailed);
    view->setRelationsEngine("no-such-engine"_s);
    view->relayout();
    ASSERT_TRUE(failed.wait(30000));
    ASSERT_GE(status.count(), 1);
    EXPECT_TRUE(status.last().at(0).toString().contains("Graphviz"_s));
    EXPECT_EQ(view->geometry().positions, before);
    EXPECT_FALSE(view->graph().nodes.isEmpty());
}

TEST_F(GraphViewTest, SwitchesToTheChronology)
{
    auto* combo = view->findChild<QComboBox*>(QStringLiteral("layoutComboBox"));
    ASSERT_TRUE(combo);
    combo->setCurrentIndex(1);
    ASSERT_TRUE(waitForGraph(*view));
    EXPECT_EQ(view->layoutKind(), GraphLayoutKind::Chronology);
    EXPECT_EQ(view->geometry().layout, GraphLayoutKind::Chronology);
    const auto x = [&](const QString& title) { return view->geometry().positions.at(node(title)).x(); };
    EXPECT_LT(x("CIA Director William Burns"_s), x("MSS announces the Zeng case"_s));
    EXPECT_LT(x("MSS announces the Zeng case"_s), x("MSS announces the Hao case"_s));

    // The chronology is about the lags: the 22 days from Burns's remarks to the Zeng announcement
    // are labelled.
    view->fitToView();
    const QImage shot = view->grab().toImage();
    if (const QByteArray folder = qgetenv("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        shot.save(QDir(QString::fromLocal8Bit(folder)).filePath("graph-chronology.png"_s));
    const int burns = node("CIA Director William Burns"_s);
    const int zeng = node("MSS announces the Zeng case"_s);
    int tie = -1;
    for (int e = 0; e < view->graph().edges.size(); ++e) {
        const GraphEdge& edge = view->graph().edges.at(e);
        if ((edge.from == zeng && edge.to == burns) || (edge.from == burns && edge.to == zeng))
            tie = e;
    }
    ASSERT_GE(tie, 0);
    ASSERT_TRUE(view->graph().edges.at(tie).lag.has_value());
    EXPECT_EQ(view->graph().edges.at(tie).lag->text(), "22 d"_s);
    bool labelled = false;
    for (const GraphLabelBox& box : canvas()->chartPainter().labels())
        labelled = labelled || box.edge == tie;
    EXPECT_TRUE(labelled);
}

TEST_F(GraphViewTest, ARightClickOffersWhatCanBeDoneWithTheNode)
{
    // An actor: its cases, the ego view around it, hiding its kind, the timeline.
    QMenu menu;
    view->fillContextMenu(menu, node("Seth"_s));
    const auto action = [&](const char* name) { return menu.findChild<QAction*>(QString::fromLatin1(name)); };
    ASSERT_TRUE(action("toggleCasesAction"));
    EXPECT_TRUE(action("egoViewAction"));
    EXPECT_TRUE(action("hideKindAction"));
    EXPECT_TRUE(action("showInTimelineAction"));
    // The right-click picks the node, as a click does.
    EXPECT_EQ(state.current().kind, RecordRef::Kind::Actor);
    QSignalSpy timeline(view.get(), &GraphView::showInTimelineRequested);
    action("showInTimelineAction")->trigger();
    EXPECT_EQ(timeline.count(), 1);
    action("toggleCasesAction")->trigger();
    ASSERT_TRUE(waitForGraph(*view));
    EXPECT_FALSE(hasNodeTitled(view->graph(), "Zeng: military"_s));

    // A case: edit it, as a double-click does.
    QMenu caseMenu;
    view->fillContextMenu(caseMenu, node("Hao: central"_s));
    QAction* edit = caseMenu.findChild<QAction*>(QStringLiteral("editNodeAction"));
    ASSERT_TRUE(edit);
    QSignalSpy editing(&state, &ViewState::editRequested);
    edit->trigger();
    ASSERT_EQ(editing.count(), 1);
    EXPECT_EQ(editing.first().first().value<RecordRef>().id, caseId("Hao"_s));

    // The ego view from the menu, and hiding a kind.
    QMenu egoMenu;
    view->fillContextMenu(egoMenu, node("Hao: central"_s));
    egoMenu.findChild<QAction*>(QStringLiteral("egoViewAction"))->trigger();
    EXPECT_EQ(view->egoHops(), 1);
    QMenu kindMenu;
    view->fillContextMenu(kindMenu, node("Hao: central"_s));
    kindMenu.findChild<QAction*>(QStringLiteral("hideKindAction"))->trigger();
    EXPECT_FALSE(view->isNodeKindVisible(GraphNodeKind::Case));
}

TEST(GraphViewEmpty, AnEmptyCollectionSaysSoAndHowToAddACase)
{
    std::unique_ptr<Store> store = Fixtures::memoryStore();
    ViewState state;
    GraphView view;
    view.resize(800, 600);
    view.setStore(store.get());
    view.setViewState(&state);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const auto* note = view.findChild<QLabel*>(QStringLiteral("noteLabel"));
    ASSERT_TRUE(note);
    QTRY_VERIFY_WITH_TIMEOUT(note->text().contains("empty"_s), 10000);
    EXPECT_TRUE(note->text().contains("Ctrl+N"_s)) << note->text().toStdString();
    EXPECT_FALSE(note->text().contains("filter"_s));
}

TEST(GraphViewTooltip, ShowsCollectionTextAsPlainText)
{
    auto store = Fixtures::sampleStore();
    Actor actor;
    actor.name = "<b>bold</b><img src=x>"_s;
    const Id id = *ActorRepository(*store).insert(actor);
    const Id caseId = CaseSearch(*store).caseIds({})->first();
    ASSERT_OK(CaseRepository(*store).addRole(Role {0, caseId, id, RoleKind::Suspect, {}}));
    GraphView view;
    view.resize(800, 600);
    view.setStore(store.get());
    ASSERT_TRUE(waitForGraph(view));
    const int index = view.graph().indexOf(graphNodeKey(GraphNodeKind::Person, id));
    ASSERT_GE(index, 0);
    const QString tip = view.canvas()->toolTipText(index);
    EXPECT_TRUE(tip.contains("&lt;b&gt;bold&lt;/b&gt;&lt;img src=x&gt;"_s)) << tip.toStdString();
    EXPECT_FALSE(tip.contains("<img"_s));
}

TEST(GraphViewWorker, ReadsACollectionFileOffTheUiThreadAndDropsCancelledLayouts)
{
    Fixtures::ScratchFolder folder;
    const QString path = folder.path("graph.spyline"_s);
    ASSERT_OK(createCollectionFile(path, true));
    Store store;
    ASSERT_OK(store.open(path));
    GraphView view;
    view.resize(800, 600);
    QSignalSpy ready(&view, &GraphView::graphReady);
    view.setStore(&store);
    ASSERT_TRUE(ready.wait(60000));
    EXPECT_GT(view.graph().nodes.size(), 30);
    const QList<QPointF> before = view.geometry().positions;

    // A cancelled layout never shows; the one after it does.
    view.setLayoutKind(GraphLayoutKind::Chronology);
    EXPECT_TRUE(view.isLayoutRunning());
    view.cancelLayout();
    EXPECT_FALSE(view.isLayoutRunning());
    EXPECT_EQ(view.geometry().positions, before);
    view.refresh();
    ASSERT_TRUE(ready.wait(60000));
    EXPECT_EQ(ready.count(), 2);
    EXPECT_EQ(view.geometry().layout, GraphLayoutKind::Chronology);
}

} // namespace
