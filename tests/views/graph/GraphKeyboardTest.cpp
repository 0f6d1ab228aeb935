// The graph without a mouse: the arrows go to the nearest node on that side, Page Down and Page Up
// walk every node by its ties, Enter and Space act on it, and a screen reader hears it.
#include "GraphView.h"

#include "CanvasAccessible.h"
#include "DirectionalFocus.h"
#include "GraphAccessible.h"
#include "GraphCanvas.h"
#include "GraphTestSupport.h"
#include "TestSupport.h"
#include "records/ViewState.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Spyline;
using namespace Spyline::GraphTesting;

namespace {

QStringList g_announced;

void recordFocus(QAccessibleEvent* event)
{
    if (event->type() != QAccessible::Focus || event->child() < 0)
        return;
    if (QAccessibleInterface* item = event->accessibleInterface())
        g_announced.append(item->text(QAccessible::Name));
}

class GraphKeyboardTest : public ::testing::Test
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
        QSignalSpy ready(view.get(), &GraphView::graphReady);
        ASSERT_TRUE(ready.wait(60000));
        QApplication::setActiveWindow(view.get());
        canvas()->setFocus(Qt::TabFocusReason);
        ASSERT_TRUE(canvas()->hasFocus());
        g_announced.clear();
        // What a screen reader would be told, recorded (Qt drops it when none listens).
        CanvasAccessible::setAnnouncer(recordFocus);
    }
    void TearDown() override
    {
        CanvasAccessible::setAnnouncer(nullptr);
    }
    GraphCanvas* canvas()
    {
        return view->canvas();
    }
    int node(const QString& title)
    {
        const GraphNode* found = nodeTitled(view->graph(), title);
        return found ? view->graph().indexOf(found->key) : -1;
    }
    QString focusName()
    {
        QAccessibleInterface* item = QAccessible::queryAccessibleInterface(canvas())->focusChild();
        return item ? item->text(QAccessible::Name) : QString();
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(canvas(), key, modifiers);
    }
};

TEST_F(GraphKeyboardTest, HomeGoesToTheMostConnectedNodeAndSaysSo)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(canvas());
    ASSERT_NE(accessible, nullptr);
    EXPECT_EQ(accessible->role(), QAccessible::Chart);
    EXPECT_EQ(accessible->text(QAccessible::Name), QStringLiteral("Relationship graph"));
    press(Qt::Key_Home);
    const int first = canvas()->focusedNode();
    ASSERT_GE(first, 0);
    for (const GraphNode& other : view->graph().nodes)
        EXPECT_LE(other.degree, view->graph().nodes.at(first).degree);
    const GraphNode& n = view->graph().nodes.at(first);
    const QString name = focusName();
    EXPECT_TRUE(name.startsWith(n.title.isEmpty() ? n.label : n.title)) << name.toStdString();
    EXPECT_TRUE(name.contains(QStringLiteral("%1 ties").arg(n.degree))) << name.toStdString();
    ASSERT_EQ(g_announced.size(), 1);
    EXPECT_EQ(g_announced.first(), name);
    QAccessibleInterface* item = accessible->focusChild();
    EXPECT_TRUE(item->text(QAccessible::Description).startsWith(QStringLiteral("Ties: ")));
    // The node stands out as a hovered one does.
    EXPECT_EQ(canvas()->hoveredNode(), first);
}

TEST_F(GraphKeyboardTest, PageDownWalksEveryNodeOnce)
{
    press(Qt::Key_Home);
    QSet<int> seen {canvas()->focusedNode()};
    const qsizetype count = view->graph().nodes.size();
    for (qsizetype i = 1; i < count; ++i) {
        const int before = view->graph().nodes.at(canvas()->focusedNode()).degree;
        press(Qt::Key_PageDown);
        seen.insert(canvas()->focusedNode());
        EXPECT_LE(view->graph().nodes.at(canvas()->focusedNode()).degree, before);
    }
    EXPECT_EQ(seen.size(), count);
    press(Qt::Key_PageDown);
    EXPECT_EQ(canvas()->focusedNode(), canvas()->nodesByDegree().last());
    press(Qt::Key_PageUp);
    EXPECT_EQ(canvas()->focusedNode(), canvas()->nodesByDegree().at(count - 2));
    press(Qt::Key_End);
    EXPECT_EQ(canvas()->focusedNode(), canvas()->nodesByDegree().last());
}

TEST_F(GraphKeyboardTest, ArrowsGoToTheNearestNodeOnThatSide)
{
    press(Qt::Key_Home);
    const auto& positions = canvas()->geometry().positions;
    for (Qt::Key key : {Qt::Key_Right, Qt::Key_Down, Qt::Key_Left, Qt::Key_Up}) {
        const int from = canvas()->focusedNode();
        press(key);
        const int to = canvas()->focusedNode();
        if (to == from)
            continue; // nothing on that side
        const QPointF d = positions.at(to) - positions.at(from);
        switch (key) {
        case Qt::Key_Right:
            EXPECT_GE(d.x(), 0);
            break;
        case Qt::Key_Left:
            EXPECT_LE(d.x(), 0);
            break;
        case Qt::Key_Down:
            EXPECT_GE(d.y(), 0);
            break;
        default:
            EXPECT_LE(d.y(), 0);
        }
    }
    // Ctrl+arrows pan, and leave the keyboard where it is.
    const int at = canvas()->focusedNode();
    const QPointF offset = canvas()->viewport().offset;
    press(Qt::Key_Right, Qt::ControlModifier);
    EXPECT_LT(canvas()->viewport().offset.x(), offset.x());
    EXPECT_EQ(canvas()->focusedNode(), at);
}

TEST_F(GraphKeyboardTest, SpaceSelectsAndEnterDoesWhatADoubleClickDoes)
{
    const int zeng = node(QStringLiteral("Zeng: military"));
    ASSERT_GE(zeng, 0);
    canvas()->setFocusedNode(zeng);
    press(Qt::Key_Space);
    ASSERT_EQ(state.selectedCases().size(), 1);
    EXPECT_EQ(state.selectedCases().first(), view->graph().nodes.at(zeng).id);
    EXPECT_TRUE(QAccessible::queryAccessibleInterface(canvas())->focusChild()->state().selected);
    QSignalSpy edits(&state, &ViewState::editRequested);
    press(Qt::Key_Enter);
    ASSERT_EQ(edits.count(), 1);
    EXPECT_EQ(edits.first().first().value<RecordRef>().kind, RecordRef::Kind::Case);
}

TEST_F(GraphKeyboardTest, FocusedNodeComesIntoSight)
{
    press(Qt::Key_Home);
    // Zoomed in far and panned away, the node is out of sight; the next key brings the next one back.
    GraphViewport viewport = canvas()->viewport();
    viewport.scale *= 4;
    viewport.offset = QPointF(-100000, -100000);
    canvas()->setViewport(viewport);
    press(Qt::Key_PageDown);
    const QRectF ring = canvas()->focusedNodeRect();
    EXPECT_TRUE(QRectF(canvas()->rect()).contains(ring.center()));
    EXPECT_DOUBLE_EQ(canvas()->viewport().scale, viewport.scale);
}

TEST_F(GraphKeyboardTest, FocusShowsAsAFrameAndARing)
{
    press(Qt::Key_Home);
    const QImage focused = canvas()->grab().toImage();
    if (const QByteArray folder = qgetenv("SPYLINE_SCREENSHOT_DIR"); !folder.isEmpty())
        focused.save(QDir(QString::fromLocal8Bit(folder)).filePath(QStringLiteral("graph-keyboard-focus.png")));
    canvas()->clearFocus();
    const QImage unfocused = canvas()->grab().toImage();
    const QPoint edge(1, canvas()->height() / 2);
    EXPECT_EQ(focused.pixelColor(edge), canvas()->chartPainter().theme().selection);
    EXPECT_NE(unfocused.pixelColor(edge), canvas()->chartPainter().theme().selection);
}

TEST(DirectionalFocusTest, NearestOnThatSideWeighsStepsAsideDouble)
{
    // A centre, one node right and a little up, one further right on the line, one above.
    const QList<QPointF> points {{0, 0}, {10, -8}, {14, 0}, {0, -10}, {-5, 0}};
    EXPECT_EQ(nearestInDirection(points, 0, FocusDirection::Right), 2); // 14 ahead beats 10 + 2 x 8
    EXPECT_EQ(nearestInDirection(points, 0, FocusDirection::Up), 3);
    EXPECT_EQ(nearestInDirection(points, 0, FocusDirection::Left), 4);
    EXPECT_EQ(nearestInDirection(points, 0, FocusDirection::Down), -1);
    EXPECT_EQ(nearestInDirection(points, 0, FocusDirection::Right, [](int i) { return i != 2; }), 1);
    // Nodes on one spot are reached one after another, forward and back.
    const QList<QPointF> stack {{0, 0}, {0, 0}, {0, 0}};
    EXPECT_EQ(nearestInDirection(stack, 0, FocusDirection::Right), 1);
    EXPECT_EQ(nearestInDirection(stack, 1, FocusDirection::Right), 2);
    EXPECT_EQ(nearestInDirection(stack, 2, FocusDirection::Left), 1);
    EXPECT_EQ(nearestInDirection(stack, 0, FocusDirection::Left), -1);
}

} // namespace
