// The timeline without a mouse: the arrows move from event to event, Enter and Space act on it, the
// view keeps it in sight, and a screen reader hears it through Qt's accessibility interface.
#include "TimelineView.h"

#include "CanvasAccessible.h"
#include "TestSupport.h"
#include "TimelineAccessible.h"
#include "TimelineFixtures.h"
#include "TimelineNavigation.h"
#include "records/ViewState.h"

#include <QAccessible>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Spyline;
using namespace Spyline::TimelineFixtures;

namespace {

const QString burnsTitle = QStringLiteral("CIA Director William Burns says the CIA has made progress in rebuilding "
                                          "its spy networks in China");
const QString zengTitle = QStringLiteral("MSS announces the Zeng case");

// What assistive technology is told: the names of the items that take the focus, in order.
QStringList g_announced;

void recordFocus(QAccessibleEvent* event)
{
    if (event->type() != QAccessible::Focus || event->child() < 0)
        return;
    if (QAccessibleInterface* item = event->accessibleInterface())
        g_announced.append(item->text(QAccessible::Name));
}

class TimelineKeyboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = Fixtures::sampleStore();
        view = std::make_unique<TimelineView>();
        view->resize(1500, 850);
        view->setViewState(&state);
        view->setStore(store.get());
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        QApplication::setActiveWindow(view.get());
        view->setFocus(Qt::TabFocusReason);
        ASSERT_TRUE(view->hasFocus());
        ASSERT_TRUE(view->data());
        g_announced.clear();
        // What a screen reader would be told, recorded (Qt drops it when none listens).
        CanvasAccessible::setAnnouncer(recordFocus);
    }
    void TearDown() override
    {
        CanvasAccessible::setAnnouncer(nullptr);
    }

    const TimelineLanes& lanes() const
    {
        return *view->lanes();
    }
    const TimelineEvent& event(int index) const
    {
        return view->data()->events()[size_t(index)];
    }
    // What a screen reader reads for the item the keyboard is on.
    QString focusName() const
    {
        QAccessibleInterface* canvas = QAccessible::queryAccessibleInterface(view.get());
        QAccessibleInterface* item = canvas ? canvas->focusChild() : nullptr;
        return item ? item->text(QAccessible::Name) : QString();
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(view.get(), key, modifiers);
    }

    std::unique_ptr<Store> store;
    ViewState state;
    std::unique_ptr<TimelineView> view;
};

TEST_F(TimelineKeyboardTest, CanvasIsAChartWithAName)
{
    QAccessibleInterface* canvas = QAccessible::queryAccessibleInterface(view.get());
    ASSERT_NE(canvas, nullptr);
    EXPECT_EQ(canvas->role(), QAccessible::Chart);
    EXPECT_EQ(canvas->text(QAccessible::Name), QStringLiteral("Timeline"));
    EXPECT_FALSE(canvas->text(QAccessible::Description).isEmpty());
    EXPECT_TRUE(view->focusPolicy() & Qt::TabFocus);
    // Before any key, the keyboard is on no event: nothing is announced as focused.
    EXPECT_EQ(view->focusedEvent(), -1);
    for (int i = 0; i < canvas->childCount(); ++i)
        EXPECT_NE(canvas->child(i)->role(), QAccessible::ListItem);
}

TEST_F(TimelineKeyboardTest, FirstKeyLandsOnAnEventInSightAndIsAnnounced)
{
    press(Qt::Key_Right);
    const int first = view->focusedEvent();
    ASSERT_GE(first, 0);
    const double day = event(first).earliest;
    EXPECT_GE(day, view->window().first);
    EXPECT_LE(day, view->window().last);
    ASSERT_EQ(g_announced.size(), 1);
    EXPECT_TRUE(g_announced.first().startsWith(view->data()->eventTitle(first))) << g_announced.first().toStdString();
    EXPECT_EQ(focusName(), g_announced.first());
}

TEST_F(TimelineKeyboardTest, NameTellsTitleDateCaseAndLag)
{
    const int zeng = eventNamed(*view->data(), zengTitle);
    ASSERT_GE(zeng, 0);
    view->setFocusedEvent(zeng);
    const QString name = focusName();
    EXPECT_TRUE(name.startsWith(zengTitle + QStringLiteral(", "))) << name.toStdString();
    EXPECT_TRUE(name.contains(view->data()->eventDate(zeng).displayText())) << name.toStdString();
    ASSERT_GE(event(zeng).caseIndex, 0);
    EXPECT_TRUE(name.contains(QStringLiteral("case: ") + view->data()->caseLabel(event(zeng).caseIndex)))
        << name.toStdString();
    // Burns spoke on 20 July 2023, the case was announced on 11 August: 22 days.
    EXPECT_TRUE(name.contains(QStringLiteral("22 d after statement: ") + burnsTitle)) << name.toStdString();
    // The statement says what followed it.
    view->setFocusedEvent(eventNamed(*view->data(), burnsTitle));
    EXPECT_TRUE(focusName().contains(QStringLiteral("followed 22 d later by announcement: ") + zengTitle))
        << focusName().toStdString();
    // Plain text: no markup from the collection or of its own.
    EXPECT_FALSE(name.contains(u'<'));
    QAccessibleInterface* item = QAccessible::queryAccessibleInterface(view.get())->focusChild();
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->role(), QAccessible::ListItem);
    EXPECT_TRUE(item->state().focused);
    EXPECT_TRUE(item->text(QAccessible::Description).contains(QStringLiteral(" in the lane ")));
    EXPECT_TRUE(item->rect().isValid());
}

TEST_F(TimelineKeyboardTest, LeftAndRightStepThroughTheLaneInTime)
{
    press(Qt::Key_Right);
    const int start = view->focusedEvent();
    ASSERT_GE(start, 0);
    const int lane = lanes().laneOfEvent(start);
    press(Qt::Key_Home);
    const auto events = lanes().events(lane);
    EXPECT_EQ(view->focusedEvent(), events.front());
    ASSERT_GE(events.size(), 2u);
    // Right visits every event of the lane in order of time, and stops at the last.
    for (size_t i = 1; i < events.size(); ++i) {
        press(Qt::Key_Right);
        EXPECT_EQ(view->focusedEvent(), events[i]);
        EXPECT_LE(event(events[i - 1]).earliest, event(events[i]).earliest);
        EXPECT_EQ(lanes().laneOfEvent(view->focusedEvent()), lane);
    }
    press(Qt::Key_Right);
    EXPECT_EQ(view->focusedEvent(), events.back());
    press(Qt::Key_Left);
    EXPECT_EQ(view->focusedEvent(), events[events.size() - 2]);
    press(Qt::Key_End);
    EXPECT_EQ(view->focusedEvent(), events.back());
    // Each move was announced, each with its own name.
    ASSERT_GE(g_announced.size(), int(events.size()));
    EXPECT_EQ(g_announced.last(), focusName());
    EXPECT_NE(g_announced.at(0), g_announced.at(1));
}

TEST_F(TimelineKeyboardTest, UpAndDownGoToTheNearestEventInTheNextLane)
{
    press(Qt::Key_Home, Qt::ControlModifier);
    int at = view->focusedEvent();
    ASSERT_GE(at, 0);
    EXPECT_EQ(at, lanes().events(0).front());
    // Down through every lane; each time the event nearest in time to where it was.
    int steps = 0;
    while (true) {
        const int lane = lanes().laneOfEvent(at);
        press(Qt::Key_Down);
        const int next = view->focusedEvent();
        if (next == at)
            break;
        const int nextLane = lanes().laneOfEvent(next);
        EXPECT_EQ(nextLane, lane + 1);
        const double day = event(at).earliest;
        double best = 1e12;
        for (qint32 candidate : lanes().events(nextLane))
            best = std::min(best, std::abs(double(event(candidate).earliest) - day));
        EXPECT_EQ(std::abs(double(event(next).earliest) - day), best);
        at = next;
        ++steps;
    }
    EXPECT_EQ(steps, lanes().count() - 1);
    press(Qt::Key_Up);
    EXPECT_EQ(lanes().laneOfEvent(view->focusedEvent()), lanes().count() - 2);
    press(Qt::Key_End, Qt::ControlModifier);
    EXPECT_EQ(view->focusedEvent(), lanes().events(lanes().count() - 1).back());
}

TEST_F(TimelineKeyboardTest, CollapsedLanesArePassedOver)
{
    ASSERT_GE(lanes().count(), 3);
    view->setFocusedEvent(lanes().events(0).front());
    view->setLaneCollapsed(1, true);
    press(Qt::Key_Down);
    EXPECT_EQ(lanes().laneOfEvent(view->focusedEvent()), 2);
}

TEST_F(TimelineKeyboardTest, EnterEditsAndSpaceSelects)
{
    const int zeng = eventNamed(*view->data(), zengTitle);
    view->setFocusedEvent(zeng);
    QSignalSpy edits(&state, &ViewState::editRequested);
    press(Qt::Key_Return);
    ASSERT_EQ(edits.count(), 1);
    const auto edited = edits.first().first().value<RecordRef>();
    EXPECT_EQ(edited.kind, RecordRef::Kind::Event);
    EXPECT_EQ(edited.id, event(zeng).id);
    EXPECT_TRUE(state.current().isNull());

    press(Qt::Key_Space);
    EXPECT_EQ(state.current().kind, RecordRef::Kind::Event);
    EXPECT_EQ(state.current().id, event(zeng).id);
    EXPECT_EQ(state.currentCase(), view->data()->cases()[size_t(event(zeng).caseIndex)].id);
    QAccessibleInterface* item = QAccessible::queryAccessibleInterface(view.get())->focusChild();
    EXPECT_TRUE(item->state().selected);
}

TEST_F(TimelineKeyboardTest, ViewFollowsTheFocusedEvent)
{
    // A lane whose first and last events lie far apart.
    int lane = -1;
    for (int l = 0; l < lanes().count() && lane < 0; ++l) {
        const auto events = lanes().events(l);
        if (events.size() >= 2 && event(events.back()).earliest - event(events.front()).earliest > 60)
            lane = l;
    }
    ASSERT_GE(lane, 0);
    const int last = lanes().events(lane).back();
    view->setFocusedEvent(last);
    // Zoomed in to a week around its last event, its first is far out of view.
    const double day = event(last).earliest;
    view->setWindow({day - 3, day + 4});
    press(Qt::Key_Home);
    const int first = view->focusedEvent();
    EXPECT_EQ(first, lanes().events(lane).front());
    const double firstDay = event(first).earliest + 0.5;
    EXPECT_GT(firstDay, view->window().first);
    EXPECT_LT(firstDay, view->window().last);
    EXPECT_NEAR(view->window().span(), 7, 1e-6); // it pans, it does not zoom
    EXPECT_FALSE(view->focusedEventRect().isEmpty());
    EXPECT_TRUE(view->currentLayout().timeArea().intersects(view->focusedEventRect()));
    // In a short view scrolled to its last lanes, the lane comes back into view.
    view->resize(1500, 320);
    view->setScrollPosition(1e6);
    ASSERT_GT(view->scrollPosition(), 0);
    ASSERT_TRUE(view->focusedEventRect().isEmpty()); // its lane is out of sight
    press(Qt::Key_Right);
    EXPECT_EQ(lanes().laneOfEvent(view->focusedEvent()), lane);
    EXPECT_FALSE(view->focusedEventRect().isEmpty());
    EXPECT_TRUE(view->currentLayout().lanesRect().contains(view->focusedEventRect().center()));
}

TEST_F(TimelineKeyboardTest, ZoomPanAndFitKeysStay)
{
    const TimeWindow all = view->window();
    press(Qt::Key_Plus);
    EXPECT_NEAR(view->window().span(), all.span() / 1.5, 1e-6);
    const TimeWindow before = view->window();
    press(Qt::Key_Right, Qt::ControlModifier);
    EXPECT_NEAR(view->window().first, before.first + before.span() * 0.1, 1e-6);
    press(Qt::Key_Left, Qt::ControlModifier);
    EXPECT_NEAR(view->window().first, before.first, 1e-6);
    EXPECT_EQ(view->focusedEvent(), -1); // Ctrl moves the view, not the keyboard
    press(Qt::Key_0);
    EXPECT_EQ(view->window(), TimelineLayout::fitShown(*view->lanes()));
}

TEST_F(TimelineKeyboardTest, FocusShowsAsAFrameAndARing)
{
    const int zeng = eventNamed(*view->data(), zengTitle);
    view->setFocusedEvent(zeng);
    const QRect ring = view->focusedEventRect().toAlignedRect();
    ASSERT_FALSE(ring.isEmpty());
    const QImage focused = view->grab().toImage();
    view->clearFocus();
    ASSERT_FALSE(view->hasFocus());
    const QImage unfocused = view->grab().toImage();
    saveScreenshot(focused, QStringLiteral("timeline-keyboard-focus"));
    // A frame in the focus colour along the edge, and a ring around the event, only with the focus.
    const QPoint edge(1, view->height() / 2);
    EXPECT_EQ(focused.pixelColor(edge), view->theme().selection);
    EXPECT_NE(unfocused.pixelColor(edge), view->theme().selection);
    int differing = 0;
    for (int x = ring.left(); x <= ring.right(); ++x) {
        for (int y : {ring.top(), ring.bottom()})
            differing += focused.pixel(x, y) != unfocused.pixel(x, y);
    }
    EXPECT_GT(differing, ring.width() / 3);
}

TEST_F(TimelineKeyboardTest, KeyboardFollowsAClickAndAPickElsewhere)
{
    const int burns = eventNamed(*view->data(), burnsTitle);
    state.pick({RecordRef::Kind::Event, event(burns).id}, 0);
    EXPECT_EQ(view->focusedEvent(), burns);
    const int zeng = eventNamed(*view->data(), zengTitle);
    QPoint at;
    for (const MarkGeometry& mark : view->currentLayout().marks()) {
        if (mark.event == zeng)
            at = mark.center.toPoint();
    }
    ASSERT_FALSE(at.isNull());
    QTest::mouseClick(view.get(), Qt::LeftButton, {}, at);
    EXPECT_EQ(view->focusedEvent(), zeng);
}

TEST(TimelineNavigationTest, NearestInLaneTiesGoToTheEarlier)
{
    auto lanes = TimelineLanes::build(sampleData(), LaneKey::Case);
    const auto events = lanes->events(0);
    ASSERT_GE(events.size(), 2u);
    const TimelineData& data = lanes->data();
    const double a = data.events()[size_t(events[0])].earliest;
    const double b = data.events()[size_t(events[1])].earliest;
    EXPECT_EQ(TimelineNavigation::nearestInLane(*lanes, 0, a - 1000), events[0]);
    EXPECT_EQ(TimelineNavigation::nearestInLane(*lanes, 0, 1e9), events.back());
    if (b > a) {
        EXPECT_EQ(TimelineNavigation::nearestInLane(*lanes, 0, (a + b) / 2), events[0]);
    }
    EXPECT_EQ(TimelineNavigation::positionInLane(*lanes, events[1]), 1);
    EXPECT_EQ(TimelineNavigation::nearestInLane(*lanes, -1, a), -1);
}

} // namespace
