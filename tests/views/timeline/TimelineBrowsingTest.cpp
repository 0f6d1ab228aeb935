// Browsing the timeline as a person does: one filter for every record, fitting what is shown, the
// wheel, the limits of zoom and pan, and lanes and a legend that stay readable.
#include "TimelineView.h"

#include "TestSupport.h"
#include "TimelineFixtures.h"
#include "TimelineLegendPainter.h"
#include "records/ViewState.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/Store.h"

#include <QApplication>
#include <QPainter>
#include <QTest>
#include <QWheelEvent>

using namespace Spyline;
using namespace Spyline::TimelineFixtures;

namespace {

const QString burnsTitle = QStringLiteral("CIA Director William Burns says the CIA has made progress in rebuilding "
                                          "its spy networks in China");
const QString zengTitle = QStringLiteral("MSS announces the Zeng case");
const QString initiativeTitle = QStringLiteral("China puts forward the Global Development Initiative");

class TimelineBrowsingTest : public ::testing::Test
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
    // Whether the lanes keep the event titled so, and draw it as context.
    bool shows(const QString& title) const
    {
        const int index = eventNamed(*view->data(), title);
        return index >= 0 && view->lanes()->laneOfEvent(index) >= 0;
    }
    bool isContext(const QString& title) const
    {
        return view->lanes()->isContextEvent(eventNamed(*view->data(), title));
    }
    void wheel(const QPoint& at, QPoint delta, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWheelEvent event(QPointF(at), QPointF(view->mapToGlobal(at)), QPoint(), delta, Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.get(), &event);
    }
    QPoint overTheLanes() const
    {
        const QRectF area = view->currentLayout().timeArea();
        return QPoint(int(area.left() + area.width() * 0.6), int(area.top() + area.height() * 0.4));
    }

    std::unique_ptr<Store> store;
    ViewState state;
    std::unique_ptr<TimelineView> view;
};

TEST_F(TimelineBrowsingTest, OpensFittedToTheWholeCollection)
{
    // The sample spans 2021 to 2023: the first window shows 2021's statements too.
    EXPECT_LE(view->window().first, view->data()->firstDay());
    EXPECT_GE(view->window().last, view->data()->lastDay());
}

TEST_F(TimelineBrowsingTest, DatesFilterStatementsAndLawsAndFitAllFollows)
{
    CaseFilter august;
    august.fromDay = day(2023, 8, 1);
    august.toDay = day(2023, 8, 31);
    state.setFilter(august);
    EXPECT_FALSE(shows(initiativeTitle));
    EXPECT_TRUE(shows(QStringLiteral("MSS opens its official WeChat account with a call to action")));
    // Burns spoke in July; the Zeng announcement responds to him, so he stays, drawn as context.
    EXPECT_TRUE(shows(burnsTitle));
    EXPECT_TRUE(isContext(burnsTitle));
    EXPECT_FALSE(isContext(zengTitle));
    bool grey = false;
    for (const MarkGeometry& mark : view->currentLayout().marks())
        grey = grey || (mark.context && mark.event == eventNamed(*view->data(), burnsTitle));
    view->setWindow({double(day(2023, 7, 1)), double(day(2023, 9, 1))});
    for (const MarkGeometry& mark : view->currentLayout().marks())
        grey = grey || (mark.context && mark.event == eventNamed(*view->data(), burnsTitle));
    EXPECT_TRUE(grey);

    // Fit all shows August, not 2021 to 2023.
    view->fitAll();
    EXPECT_GE(view->window().first, day(2023, 7, 20));
    EXPECT_LE(view->window().last, day(2023, 9, 10));
    EXPECT_LE(view->window().first, day(2023, 8, 1));
    EXPECT_GE(view->window().last, day(2023, 8, 31));

    state.setFilter({});
    EXPECT_TRUE(shows(initiativeTitle));
    EXPECT_FALSE(isContext(burnsTitle));
}

TEST_F(TimelineBrowsingTest, FitSelectionTakesInWhatTheCaseIsLinkedTo)
{
    const int zeng = eventNamed(*view->data(), zengTitle);
    const Id zengCase = view->data()->cases()[size_t(view->data()->events()[size_t(zeng)].caseIndex)].id;
    state.selectCases({zengCase});
    view->fitSelection();
    // The Burns statement the announcement responds to is in the picture, with the announcement.
    EXPECT_LT(view->window().first, day(2023, 7, 20));
    EXPECT_GT(view->window().last, day(2023, 8, 12));
    EXPECT_LT(view->window().span(), 120);

    // The statement alone: the announcement that responds to it comes into the window too.
    state.pick({RecordRef::Kind::Event, view->data()->events()[size_t(eventNamed(*view->data(), burnsTitle))].id});
    view->fitSelection();
    EXPECT_LT(view->window().first, day(2023, 7, 20));
    EXPECT_GT(view->window().last, day(2023, 8, 12));
}

TEST_F(TimelineBrowsingTest, TheWheelScrollsAndCtrlWheelZooms)
{
    view->setLaneKey(LaneKey::Actor); // more lanes than fit
    const TimeWindow window = view->window();
    ASSERT_EQ(view->scrollPosition(), 0);
    wheel(overTheLanes(), QPoint(0, -120));
    EXPECT_GT(view->scrollPosition(), 0);
    EXPECT_EQ(view->window(), window);
    wheel(overTheLanes(), QPoint(0, 120));
    EXPECT_EQ(view->scrollPosition(), 0);

    const QPoint at = overTheLanes();
    const double dayThere = view->currentLayout().dayAt(at.x());
    wheel(at, QPoint(0, 120), Qt::ControlModifier);
    EXPECT_LT(view->window().span(), window.span());
    EXPECT_NEAR(view->currentLayout().dayAt(at.x()), dayThere, 1e-6);
    EXPECT_EQ(view->scrollPosition(), 0);

    // Shift turns the wheel sideways: it pans.
    const TimeWindow zoomed = view->window();
    wheel(at, QPoint(0, -120), Qt::ShiftModifier);
    EXPECT_GT(view->window().first, zoomed.first);
    EXPECT_NEAR(view->window().span(), zoomed.span(), 1e-6);
}

TEST_F(TimelineBrowsingTest, ZoomAndPanStopNearTheCollection)
{
    for (int i = 0; i < 40; ++i)
        view->zoomOut();
    const double span = view->data()->lastDay() + 1.0 - view->data()->firstDay();
    EXPECT_LE(view->window().span(), span * 2 + 1);
    EXPECT_GE(view->window().first, view->data()->firstDay() - span);
    EXPECT_LE(view->window().last, view->data()->lastDay() + span);
    for (int i = 0; i < 200; ++i)
        view->panBy(1);
    // Never as far as the year 2600: the window ends within a margin of the last event.
    EXPECT_LE(view->window().last, view->data()->lastDay() + span);
    EXPECT_GE(view->window().last, view->data()->lastDay());
    for (int i = 0; i < 400; ++i)
        view->panBy(-1);
    EXPECT_GE(view->window().first, view->data()->firstDay() - span);
    EXPECT_LE(view->window().first, view->data()->firstDay());
}

TEST_F(TimelineBrowsingTest, CaseLanesKeepTheEndsOfTitlesThatShareTheirStart)
{
    // Two cases whose titles only differ at the end, in a narrow header.
    const QString start =
        QStringLiteral("Operation Ghost Stories: an illegal living under a false name in a suburb of ");
    for (const QString& end : {QStringLiteral("Boston"), QStringLiteral("Montclair")}) {
        auto id = CaseRepository(*store).insert(Case {0, start + end, {}, CaseStatus::Convicted, {}, {}, {}, {}});
        ASSERT_OK(id);
        Event arrest;
        arrest.caseId = *id;
        arrest.kind = EventKind::Arrest;
        arrest.title = QStringLiteral("Arrested");
        arrest.date = PartialDate::fromDay(day(2010, 6, 27));
        ASSERT_OK(EventRepository(*store).insert(arrest));
    }
    view->setWindow({double(day(2010, 5, 1)), double(day(2010, 8, 1))});
    QStringList shown;
    for (const LaneGeometry& lane : view->currentLayout().lanes()) {
        if (view->lanes()->title(lane.lane).startsWith(QStringLiteral("Operation Ghost")))
            shown.append(lane.titleLines.join(u' '));
    }
    ASSERT_EQ(shown.size(), 2);
    EXPECT_TRUE(shown.at(0).contains(u'\u2026')) << shown.at(0).toStdString();
    EXPECT_TRUE(shown.at(0).endsWith(QStringLiteral("Boston")) || shown.at(1).endsWith(QStringLiteral("Boston")))
        << shown.join(u'|').toStdString();
    EXPECT_TRUE(shown.at(0).endsWith(QStringLiteral("Montclair")) || shown.at(1).endsWith(QStringLiteral("Montclair")))
        << shown.join(u'|').toStdString();
}

TEST_F(TimelineBrowsingTest, TheLegendWrapsInsteadOfCuttingEntriesOff)
{
    view->resize(720, 700);
    view->setWindow({double(day(2021, 1, 1)), double(day(2023, 12, 31))});
    view->grab(); // a frame sizes the legend
    const TimelineLayout& layout = view->currentLayout();
    const auto entries = TimelineLegendPainter::entries(layout.legend());
    ASSERT_GT(entries.size(), 8);
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const int drawn = TimelineLegendPainter::paint(painter, layout.legendRect().adjusted(8, 0, -8, 0), entries,
                                                   ChartTheme::screen(), layout.smallFont());
    EXPECT_EQ(drawn, entries.size()) << "the legend ends in \"+N more\"";
    // Its whole text is a hover away.
    const QString tip = view->toolTipTextAt(layout.legendRect().center().toPoint());
    for (const auto& entry : entries)
        EXPECT_TRUE(tip.contains(entry.text)) << entry.text.toStdString();
    saveScreenshot(view->grab().toImage(), QStringLiteral("timeline-narrow-legend"));
}

} // namespace
