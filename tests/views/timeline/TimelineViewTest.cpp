#include "TimelineView.h"

#include "TestSupport.h"
#include "TimelineFixtures.h"
#include "TimelinePanel.h"
#include "records/ViewState.h"
#include "store/CollectionFile.h"
#include "store/EventRepository.h"
#include "store/Store.h"
#include "timeline/TimelineLoader.h"
#include "transfer/SyntheticCollection.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

using namespace Spyline;
using namespace Spyline::TimelineFixtures;

namespace {

const QString burnsTitle = QStringLiteral("CIA Director William Burns says the CIA has made progress in rebuilding "
                                          "its spy networks in China");
const QString zengTitle = QStringLiteral("MSS announces the Zeng case");

class TimelineViewTest : public ::testing::Test
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
        ASSERT_TRUE(view->data());
    }

    Id eventId(const QString& title) const
    {
        const int index = eventNamed(*view->data(), title);
        EXPECT_GE(index, 0) << title.toStdString();
        return index < 0 ? 0 : view->data()->events()[size_t(index)].id;
    }
    // Where the view draws an event now.
    QPoint pointOf(const QString& title) const
    {
        const int index = eventNamed(*view->data(), title);
        for (const MarkGeometry& mark : view->currentLayout().marks()) {
            if (mark.event == index)
                return mark.center.toPoint();
        }
        ADD_FAILURE() << "no mark for " << title.toStdString();
        return {};
    }
    // A point over the lanes where nothing is drawn.
    QPoint emptyPoint() const
    {
        const TimelineLayout& layout = view->currentLayout();
        for (int y = int(layout.timeArea().top()) + 5; y < layout.timeArea().bottom(); y += 7) {
            for (int x = int(layout.timeArea().left()) + 20; x < layout.timeArea().right(); x += 13) {
                if (layout.hitTest(QPointF(x, y)).kind == TimelineHit::Kind::TimeArea)
                    return {x, y};
            }
        }
        ADD_FAILURE() << "no empty point";
        return {};
    }
    void wheel(const QPoint& at, int delta, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWheelEvent event(QPointF(at), QPointF(view->mapToGlobal(at)), QPoint(), QPoint(0, delta), Qt::NoButton,
                          modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.get(), &event);
    }

    std::unique_ptr<Store> store;
    ViewState state;
    std::unique_ptr<TimelineView> view;
};

TEST_F(TimelineViewTest, FirstViewShowsEverySeedCaseWithTheBurnsZengArc)
{
    const TimelineLayout& layout = view->currentLayout();
    int caseLanes = 0;
    for (const LaneGeometry& lane : layout.lanes()) {
        if (view->lanes()->lane(lane.lane).kind != TimelineLanes::LaneKind::Case)
            continue;
        ++caseLanes;
        EXPECT_TRUE(layout.lanesRect().contains(lane.row)) << lane.titleLines.join(u' ').toStdString();
        EXPECT_FALSE(lane.titleLines.isEmpty());
    }
    EXPECT_EQ(caseLanes, 7);
    bool labelled = false;
    for (const ArcGeometry& arc : layout.arcs()) {
        const TimelineLink& link = view->data()->links()[size_t(arc.link)];
        if (view->data()->eventTitle(link.earlier) == burnsTitle && view->data()->eventTitle(link.later) == zengTitle)
            labelled = arc.label >= 0 && layout.labels()[size_t(arc.label)].text == QStringLiteral("22 d");
    }
    EXPECT_TRUE(labelled);
    saveScreenshot(view->grab().toImage(), QStringLiteral("timeline-view-sample"));
}

TEST_F(TimelineViewTest, CtrlWheelZoomKeepsTheDateUnderThePointer)
{
    const QRectF area = view->currentLayout().timeArea();
    const QPoint at(int(area.left() + area.width() * 0.63), int(area.center().y()));
    view->zoomIn();
    const double before = view->currentLayout().dayAt(at.x());
    const double span = view->window().span();
    wheel(at, 120, Qt::ControlModifier);
    EXPECT_LT(view->window().span(), span);
    EXPECT_NEAR(view->currentLayout().dayAt(at.x()), before, 1e-6);
    wheel(at, -240, Qt::ControlModifier);
    EXPECT_GT(view->window().span(), span);
    EXPECT_NEAR(view->currentLayout().dayAt(at.x()), before, 1e-6);
}

TEST_F(TimelineViewTest, WheelOverTheHeadersScrollsTheLanes)
{
    view->setLaneKey(LaneKey::Actor); // more lanes than fit
    const TimeWindow window = view->window();
    wheel(QPoint(40, 300), -240);
    EXPECT_GT(view->scrollPosition(), 0);
    EXPECT_EQ(view->window(), window);
}

TEST_F(TimelineViewTest, DragPans)
{
    const QPoint from = emptyPoint();
    const QPoint to = from + QPoint(-150, 0);
    const TimeWindow before = view->window();
    const double daysPerPixel = before.span() / view->currentLayout().timeArea().width();
    QTest::mousePress(view.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view.get(), from + QPoint(-20, 0));
    QTest::mouseMove(view.get(), to);
    QTest::mouseRelease(view.get(), Qt::LeftButton, {}, to);
    EXPECT_NEAR(view->window().first, before.first + 150 * daysPerPixel, 1e-6);
    EXPECT_NEAR(view->window().span(), before.span(), 1e-6);
    // A drag is not a click: the selection stays as it was.
    EXPECT_TRUE(state.current().isNull());
}

TEST_F(TimelineViewTest, TheOverviewStripMovesTheWindow)
{
    view->setWindow({double(day(2021, 3, 1)), double(day(2021, 5, 1))});
    const double span = view->window().span();
    const OverviewGeometry& overview = view->currentLayout().overview();
    ASSERT_FALSE(overview.track.isEmpty());
    const auto xOf = [&](double d) {
        return overview.track.left()
            + (d - overview.firstDay) / (overview.lastDay - overview.firstDay) * overview.track.width();
    };
    const QPoint press(int(xOf(day(2022, 6, 1))), int(overview.rect.center().y()));
    QTest::mousePress(view.get(), Qt::LeftButton, {}, press);
    EXPECT_NEAR((view->window().first + view->window().last) / 2, day(2022, 6, 1), 2.0);
    const QPoint to(int(xOf(day(2023, 2, 1))), press.y());
    QTest::mouseMove(view.get(), to);
    QTest::mouseRelease(view.get(), Qt::LeftButton, {}, to);
    EXPECT_NEAR((view->window().first + view->window().last) / 2, day(2023, 2, 1), 2.0);
    EXPECT_NEAR(view->window().span(), span, 1e-6);
    // The strip shows where the window is.
    const OverviewGeometry& after = view->currentLayout().overview();
    EXPECT_NEAR(after.window.center().x(), to.x(), 3.0);
}

TEST_F(TimelineViewTest, ClickSelectsInTheSharedSelection)
{
    QSignalSpy selection(&state, &ViewState::selectionChanged);
    QTest::mouseClick(view.get(), Qt::LeftButton, {}, pointOf(zengTitle));
    const int zeng = eventNamed(*view->data(), zengTitle);
    const Id zengCase = view->data()->cases()[size_t(view->data()->events()[size_t(zeng)].caseIndex)].id;
    EXPECT_EQ(state.current(), (RecordRef {RecordRef::Kind::Event, eventId(zengTitle)}));
    EXPECT_EQ(state.selectedCases(), QList<Id> {zengCase});
    EXPECT_EQ(selection.count(), 1);
    // The view marks what is selected.
    bool marked = false;
    for (const MarkGeometry& mark : view->currentLayout().marks())
        marked = marked || (mark.event == zeng && mark.current);
    EXPECT_TRUE(marked);

    // A case lane's header picks the case.
    const TimelineLayout& layout = view->currentLayout();
    for (const LaneGeometry& lane : layout.lanes()) {
        const auto& info = view->lanes()->lane(lane.lane);
        if (info.kind == TimelineLanes::LaneKind::Case && info.ref != view->data()->events()[size_t(zeng)].caseIndex) {
            QTest::mouseClick(view.get(), Qt::LeftButton, {}, lane.header.center().toPoint());
            EXPECT_EQ(state.current(), (RecordRef {RecordRef::Kind::Case, view->data()->cases()[size_t(info.ref)].id}));
            break;
        }
    }
    QTest::mouseClick(view.get(), Qt::LeftButton, {}, emptyPoint());
    EXPECT_TRUE(state.current().isNull());
    EXPECT_TRUE(state.selectedCases().isEmpty());
}

TEST_F(TimelineViewTest, DoubleClickAsksForTheEditor)
{
    QSignalSpy edits(&state, &ViewState::editRequested);
    QTest::mouseDClick(view.get(), Qt::LeftButton, {}, pointOf(zengTitle));
    ASSERT_EQ(edits.count(), 1);
    EXPECT_EQ(edits.at(0).at(0).value<RecordRef>(), (RecordRef {RecordRef::Kind::Event, eventId(zengTitle)}));
}

TEST_F(TimelineViewTest, ShiftDragSetsTheRangeFilterAndEscapeClearsIt)
{
    QSignalSpy ranges(&state, &ViewState::dateRangeChanged);
    const QPoint from = emptyPoint();
    const QPoint to = from + QPoint(240, 0);
    const TimelineLayout& layout = view->currentLayout();
    const auto first = DayNumber(std::floor(layout.dayAt(from.x())));
    const auto last = DayNumber(std::ceil(layout.dayAt(to.x()))) - 1;
    const TimeWindow window = view->window();
    QTest::mousePress(view.get(), Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(view.get(), from + QPoint(100, 0));
    QTest::mouseMove(view.get(), to);
    QTest::mouseRelease(view.get(), Qt::LeftButton, Qt::ShiftModifier, to);
    ASSERT_TRUE(state.dateRange().has_value());
    EXPECT_EQ(*state.dateRange(), (DayRange {first, last}));
    EXPECT_EQ(ranges.count(), 1);
    EXPECT_EQ(view->window(), window); // brushing does not pan
    // The other views filter by it.
    EXPECT_EQ(state.effectiveFilter().fromDay, first);
    EXPECT_EQ(state.effectiveFilter().toDay, last);

    QTest::keyClick(view.get(), Qt::Key_Escape);
    EXPECT_FALSE(state.dateRange().has_value());
}

TEST_F(TimelineViewTest, KeysZoomPanAndFit)
{
    const TimeWindow all = view->window();
    QTest::keyClick(view.get(), Qt::Key_Plus);
    EXPECT_NEAR(view->window().span(), all.span() / 1.5, 1e-6);
    QTest::keyClick(view.get(), Qt::Key_Minus);
    EXPECT_NEAR(view->window().span(), all.span(), 1e-6);
    const TimeWindow before = view->window();
    // With Ctrl the arrows pan; alone they move the keyboard from event to event.
    QTest::keyClick(view.get(), Qt::Key_Right, Qt::ControlModifier);
    EXPECT_NEAR(view->window().first, before.first + before.span() * 0.1, 1e-6);
    QTest::keyClick(view.get(), Qt::Key_Left, Qt::ControlModifier);
    QTest::keyClick(view.get(), Qt::Key_Left, Qt::ControlModifier);
    EXPECT_NEAR(view->window().first, before.first - before.span() * 0.1, 1e-6);
    QTest::keyClick(view.get(), Qt::Key_0);
    EXPECT_EQ(view->window(), TimelineLayout::fitShown(*view->lanes()));

    state.pick({RecordRef::Kind::Event, eventId(zengTitle)}, 0);
    QTest::keyClick(view.get(), Qt::Key_F);
    const double zengDay = view->data()->events()[size_t(eventNamed(*view->data(), zengTitle))].earliest;
    // The announcement with the remarks it responds to, 22 days before it, and a margin.
    EXPECT_LT(view->window().span(), 90);
    EXPECT_LT(view->window().first, zengDay - 22);
    EXPECT_GT(view->window().last, zengDay + 1);
}

TEST_F(TimelineViewTest, StoreChangesAppearWithoutLosingThePosition)
{
    const TimeWindow window {double(day(2023, 7, 1)), double(day(2023, 9, 30))};
    view->setWindow(window);
    const qsizetype before = qsizetype(view->data()->events().size());
    const int zeng = eventNamed(*view->data(), zengTitle);
    Event event;
    event.caseId = view->data()->cases()[size_t(view->data()->events()[size_t(zeng)].caseIndex)].id;
    event.kind = EventKind::Arrest;
    event.title = QStringLiteral("A new arrest entered by hand");
    event.date = PartialDate::fromDay(day(2023, 8, 25));
    ASSERT_OK(EventRepository(*store).insert(event));
    EXPECT_EQ(qsizetype(view->data()->events().size()), before + 1);
    EXPECT_EQ(view->window(), window);
    QTest::mouseClick(view.get(), Qt::LeftButton, {}, pointOf(event.title));
    EXPECT_EQ(state.current().kind, RecordRef::Kind::Event);
}

TEST_F(TimelineViewTest, TooltipsShowRecordedTextAsPlainText)
{
    const int zeng = eventNamed(*view->data(), zengTitle);
    Event event;
    event.caseId = view->data()->cases()[size_t(view->data()->events()[size_t(zeng)].caseIndex)].id;
    event.kind = EventKind::Meeting;
    event.title = QStringLiteral("<b>bold</b><img src=x>");
    event.date = PartialDate::month(2023, 6);
    ASSERT_OK(EventRepository(*store).insert(event));
    view->setWindow({double(day(2023, 5, 1)), double(day(2023, 9, 1))});

    const QPoint at = pointOf(event.title);
    const QString text = view->toolTipTextAt(at);
    EXPECT_TRUE(text.startsWith(event.title)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Date: Jun 2023 (recorded as 2023-06)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Kind: meeting")));
    EXPECT_TRUE(text.contains(QStringLiteral("Source grade")));

    QHelpEvent help(QEvent::ToolTip, at, view->mapToGlobal(at));
    QApplication::sendEvent(view.get(), &help);
    ASSERT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;&lt;img")))
        << QToolTip::text().toStdString();
    EXPECT_FALSE(QToolTip::text().contains(QStringLiteral("<b>bold")));
    QToolTip::hideText();

    const QString zengText = view->toolTipTextAt(pointOf(zengTitle));
    EXPECT_TRUE(zengText.contains(QStringLiteral("Date: 11 Aug 2023 (recorded as 2023-08-11)")));
    EXPECT_TRUE(zengText.contains(QStringLiteral("Kind: announcement")));
    EXPECT_TRUE(zengText.contains(QStringLiteral("Source grade")));
}

TEST_F(TimelineViewTest, FollowsTheFilterBar)
{
    const auto caseLanes = [&] {
        int count = 0;
        for (int lane = 0; lane < view->lanes()->count(); ++lane)
            count += view->lanes()->lane(lane).kind == TimelineLanes::LaneKind::Case;
        return count;
    };
    ASSERT_EQ(caseLanes(), 7);
    CaseFilter filter;
    filter.text = QStringLiteral("Tokyo");
    state.setFilter(filter);
    EXPECT_EQ(caseLanes(), 1);
    state.setFilter({});
    EXPECT_EQ(caseLanes(), 7);
}

TEST_F(TimelineViewTest, LaneHeadersCollapseAndExpand)
{
    const LaneGeometry first = view->currentLayout().lanes().front();
    const QPoint toggle(int(first.header.left()) + 8, int(first.header.top()) + 12);
    QTest::mouseClick(view.get(), Qt::LeftButton, {}, toggle);
    EXPECT_TRUE(view->isLaneCollapsed(first.lane));
    EXPECT_EQ(view->currentLayout().lanes().front().row.height(), TimelineLayout::CollapsedLaneHeight);
    QTest::mouseClick(view.get(), Qt::LeftButton, {},
                      QPoint(8, int(view->currentLayout().lanes().front().row.center().y())));
    EXPECT_FALSE(view->isLaneCollapsed(first.lane));
}

TEST_F(TimelineViewTest, SelectionElsewhereScrollsItsLaneIntoView)
{
    view->resize(1500, 450);
    view->setLaneKey(LaneKey::Actor);
    const TimelineLanes& lanes = *view->lanes();
    const int last = lanes.count() - 1;
    ASSERT_GT(view->currentLayout().lanes().size(), 0u);
    ASSERT_LT(view->currentLayout().lanes().back().lane, last);
    const qint32 event = lanes.events(last).front();
    state.pick({RecordRef::Kind::Event, view->data()->events()[size_t(event)].id}, 0);
    EXPECT_EQ(view->currentLayout().lanes().back().lane, last);
}

TEST(TimelinePanel, ToolbarGroupsLinksAndClearsTheRange)
{
    auto store = Fixtures::sampleStore();
    ViewState state;
    TimelinePanel panel;
    panel.resize(1400, 800);
    panel.setViewState(&state);
    panel.setStore(store.get());
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));

    auto* lanes = panel.findChild<QComboBox*>(QStringLiteral("laneKeyComboBox"));
    auto* links = panel.findChild<QCheckBox*>(QStringLiteral("linksCheckBox"));
    auto* clear = panel.findChild<QToolButton*>(QStringLiteral("clearRangeToolButton"));
    auto* view = panel.findChild<TimelineView*>(QStringLiteral("timelineView"));
    ASSERT_TRUE(lanes && links && clear && view);
    EXPECT_EQ(lanes->count(), 6);
    saveScreenshot(panel.grab().toImage(), QStringLiteral("timeline-panel-sample"));

    lanes->setCurrentIndex(lanes->findData(int(LaneKey::DisclosingCountry)));
    EXPECT_EQ(view->laneKey(), LaneKey::DisclosingCountry);
    EXPECT_EQ(view->lanes()->key(), LaneKey::DisclosingCountry);

    EXPECT_FALSE(view->currentLayout().arcs().empty());
    links->setChecked(false);
    EXPECT_TRUE(view->currentLayout().arcs().empty());

    EXPECT_FALSE(clear->isVisible());
    state.setDateRange(DayRange {day(2023, 8, 1), day(2023, 8, 31)});
    EXPECT_TRUE(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_FALSE(state.dateRange().has_value());
    EXPECT_FALSE(clear->isVisible());
}

TEST(TimelineLoader, LoadsAFileInAWorkerAndOnlyTheNewestJobReports)
{
    Fixtures::ScratchFolder folder;
    const QString path = folder.path(QStringLiteral("sample.spyline"));
    ASSERT_OK(createCollectionFile(path, true));
    TimelineLoader loader;
    QSignalSpy loaded(&loader, &TimelineLoader::loaded);
    loader.loadFile(path, LaneKey::Case);
    loader.loadFile(path, LaneKey::AccusedCountry);
    ASSERT_TRUE(loaded.wait(20000));
    QTest::qWait(50);
    ASSERT_EQ(loaded.count(), 1);
    const auto lanes = loaded.at(0).at(0).value<std::shared_ptr<const TimelineLanes>>();
    ASSERT_TRUE(lanes);
    EXPECT_EQ(lanes->key(), LaneKey::AccusedCountry);
    EXPECT_EQ(lanes->data().events().size(), sampleData()->events().size());

    QSignalSpy failed(&loader, &TimelineLoader::failed);
    loader.loadFile(folder.path(QStringLiteral("missing.spyline")), LaneKey::Case);
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("missing.spyline")));
}

} // namespace
