#include "timeline/TimelineLanes.h"

#include "TestSupport.h"
#include "TimelineChart.h"
#include "TimelineFixtures.h"
#include "TimelinePainter.h"
#include "TimelineShapes.h"
#include "TimelineView.h"
#include "store/CaseRepository.h"
#include "store/EventRepository.h"
#include "store/ShownRecords.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Spyline;
using namespace Spyline::TimelineFixtures;

namespace {

// The sample, whose sources place three steps of two recruitments (Italy; Japan, then Tokyo) but do
// not date them, with more of what real sources give: a case known only by an undated recruitment, a statement made on
// or before a day, an arrest on or after a month.
class TimelineUndatedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = Fixtures::sampleStore();
        zengCase = caseStartingWith("Zeng:"_s);
        ASSERT_NE(zengCase, 0);
        const auto bare = CaseRepository(*store).insert(
            Case {0, "A case known by its venue"_s, {}, CaseStatus::Alleged, {}, {}, {}, {}});
        ASSERT_OK(bare);
        bareCase = *bare;
        add(bareCase, EventKind::Recruitment, "Recruited at a conference"_s, {}, "JP"_s);
        add(0, EventKind::Statement, "A statement made on or before 20 July"_s, "../2023-07-20"_s, "US"_s);
        add(zengCase, EventKind::Arrest, "Arrested on or after August"_s, "2023-08/.."_s, "CN"_s);
        data = load(*store);
    }

    Id caseStartingWith(const QString& prefix)
    {
        return Fixtures::caseTitled(*store, prefix);
    }
    void add(Id caseId, EventKind kind, const QString& title, const QString& date, const QString& country)
    {
        Event event;
        event.caseId = caseId;
        event.kind = kind;
        event.title = title;
        event.country = country;
        if (!date.isEmpty())
            event.date = *PartialDate::parse(date);
        ASSERT_OK(EventRepository(*store).insert(event));
    }

    std::unique_ptr<Store> store;
    std::shared_ptr<const TimelineData> data;
    Id zengCase = 0;
    Id bareCase = 0;
};

TEST_F(TimelineUndatedTest, UndatedEventsAreKeptOffTheAxisAndCounted)
{
    ASSERT_EQ(data->undatedEvents().size(), 4u);
    EXPECT_EQ(eventNamed(*data, "Seth of the CIA Rome station recruits Zeng in Italy, according to the MSS"_s), -1);
    for (const TimelineEvent& event : data->events())
        EXPECT_GT(event.earliest, 0);
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    EXPECT_EQ(lanes->undatedEventCount(), 4);
    EXPECT_EQ(lanes->undatedCaseCount(), 1);
    EXPECT_EQ(lanes->undatedNote(), "4 events are not drawn: their date is unknown (1 case has no dated event)."_s);
    // The case with no dated event has no lane to draw, but is still a case of the collection.
    EXPECT_EQ(lanes->findLane(QStringLiteral("case:%1").arg(bareCase)), -1);
    EXPECT_GE(data->caseIndex(bareCase), 0);

    // The filter narrows the count as it narrows the lanes.
    const auto zengOnly = TimelineLanes::build(data, LaneKey::Case, ShownRecords::casesOnly({zengCase}));
    EXPECT_EQ(zengOnly->undatedEventCount(), 1);
    EXPECT_EQ(zengOnly->undatedCaseCount(), 0);
    EXPECT_EQ(zengOnly->undatedNote(), "1 event is not drawn: its date is unknown."_s);
}

TEST_F(TimelineUndatedTest, AnUndatedRecruitmentsVenueCountsForLanesByVenue)
{
    const qint32 zeng = data->caseIndex(zengCase);
    ASSERT_GE(zeng, 0);
    EXPECT_EQ(data->countryCode(data->cases()[size_t(zeng)].venueCountry), "IT"_s);
    const auto lanes = TimelineLanes::build(data, LaneKey::VenueCountry);
    const int announcement = eventNamed(*data, "MSS announces the Zeng case"_s);
    ASSERT_GE(announcement, 0);
    EXPECT_EQ(lanes->laneKey(lanes->laneOfEvent(announcement)), "country:IT"_s);
}

TEST_F(TimelineUndatedTest, OpenEndsAreDrawnFromTheKnownEndFadingAway)
{
    const int statement = eventNamed(*data, "A statement made on or before 20 July"_s);
    ASSERT_GE(statement, 0);
    const TimelineEvent& event = data->events()[size_t(statement)];
    EXPECT_TRUE(event.shape.hasOpenStart());
    EXPECT_FALSE(event.shape.hasOpenEnd());
    EXPECT_EQ(data->eventDate(statement).text(), "../2023-07-20"_s);
    EXPECT_EQ(data->eventDate(statement).displayText(), "before 20 Jul 2023"_s);
    // The horizon that bounds an open end is for sorting and filtering: the whole collection, and
    // so "fit all" and the overview, spans the days that are known.
    EXPECT_GT(data->firstDay(), day(2020, 1, 1));
    EXPECT_LT(data->lastDay(), day(2024, 1, 1));

    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    const TimeWindow window {double(day(2023, 6, 1)), double(day(2023, 9, 30))};
    const TimelineLayout frame = layout(lanes, window, {1600, 900});
    const MarkGeometry* mark = nullptr;
    const MarkGeometry* arrest = nullptr;
    for (const MarkGeometry& m : frame.marks()) {
        if (m.event == statement)
            mark = &m;
        if (m.event == eventNamed(*data, "Arrested on or after August"_s))
            arrest = &m;
    }
    ASSERT_TRUE(mark);
    ASSERT_TRUE(arrest);
    EXPECT_TRUE(mark->openStart);
    EXPECT_FALSE(mark->openEnd);
    EXPECT_TRUE(arrest->openEnd);
    // The known end is where the range stops and the glyph sits; the open side runs off the window.
    EXPECT_NEAR(mark->x1, frame.xOf(day(2023, 7, 21)), 0.01);
    EXPECT_LT(mark->x0, frame.timeArea().left());
    EXPECT_GT(mark->center.x(), frame.xOf(day(2023, 7, 10)));
    EXPECT_LT(arrest->center.x(), frame.xOf(day(2023, 8, 10)));
    EXPECT_TRUE(frame.legend().openEnds);
    // No mark stands for an undated event.
    for (const MarkGeometry& m : frame.marks())
        EXPECT_GE(m.event >= 0 ? data->events()[size_t(m.event)].earliest : 1, 1);

    // Painted, the arrest's whisker is strong by its known start and fades toward its open end.
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        TimelinePainter().paint(painter, frame, ChartTheme::print());
    }
    saveScreenshot(image, "timeline-open-ends"_s);
    const int y = int(std::round(arrest->center.y()));
    // How much colour (not grey) the row of pixels has there: the whisker is the lane's country colour.
    const auto colour = [&](qreal x) {
        int most = 0;
        for (int dy = -2; dy <= 2; ++dy) {
            const QColor c = image.pixelColor(int(x), y + dy);
            most = std::max(most, std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}));
        }
        return most;
    };
    const qreal known = frame.xOf(day(2023, 8, 1));
    EXPECT_GT(colour(known + 12), 60);
    EXPECT_LT(colour(known + TimelineShapes::OpenWhisker - 6), colour(known + 12) / 3);
    EXPECT_LE(arrest->rect.right(), known + TimelineShapes::OpenWhisker + 0.5);
}

TEST_F(TimelineUndatedTest, EveryExportedChartSaysWhatItDoesNotDraw)
{
    const auto lanes = TimelineLanes::build(data, LaneKey::Case);
    auto chart = TimelineChart::overview(lanes, std::nullopt);
    ASSERT_TRUE(chart);
    chart->prepare(QSizeF(800, 500), ChartTheme::print());
    EXPECT_TRUE(chart->omissions().contains("4 events are not drawn: their date is unknown"_s))
        << chart->omissions().toStdString();
}

TEST_F(TimelineUndatedTest, TheViewSaysHowManyEventsItDoesNotDraw)
{
    TimelineView view;
    view.resize(1400, 700);
    view.setStore(store.get());
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.isLoading() && view.lanes(); }));
    EXPECT_EQ(view.undatedNote(), "4 events are not drawn: their date is unknown (1 case has no dated event)."_s);
    saveScreenshot(view.grab().toImage(), "timeline-view-undated"_s);
}

} // namespace
