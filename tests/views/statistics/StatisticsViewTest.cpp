#include "StatisticsView.h"

#include "StatisticsCanvas.h"
#include "TestSupport.h"
#include "records/ViewState.h"
#include "store/CaseSearch.h"

#include <QComboBox>
#include <QDate>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Spyline;

namespace {

class StatisticsViewTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();
    ViewState state;
    std::unique_ptr<StatisticsView> view = std::make_unique<StatisticsView>();

    void SetUp() override
    {
        view->resize(1100, 650);
        view->setViewState(&state);
        view->setStore(store.get());
        view->show();
        ASSERT_TRUE(waitForFigures());
    }
    bool waitForFigures()
    {
        QSignalSpy ready(view.get(), &StatisticsView::figuresReady);
        return ready.wait(10000);
    }
    StatisticsCanvas* canvas()
    {
        return view->findChild<StatisticsCanvas*>(QStringLiteral("statisticsCanvas"));
    }
    const StatisticsLayout::Bar* bar(const QString& key)
    {
        for (const StatisticsLayout::Bar& b : canvas()->currentLayout().bars()) {
            if (b.hit.key == key)
                return &b;
        }
        return nullptr;
    }
    void choose(StatisticsChartKind kind)
    {
        auto* combo = view->findChild<QComboBox*>(QStringLiteral("chartKindComboBox"));
        combo->setCurrentIndex(combo->findData(int(kind)));
    }
};

TEST_F(StatisticsViewTest, HoverNamesTheBinAsPlainText)
{
    const StatisticsLayout::Bar* week = bar(QStringLiteral("3"));
    ASSERT_TRUE(week);
    QTest::mouseMove(canvas(), week->rect.center().toPoint());
    EXPECT_EQ(canvas()->hovered().kind, StatisticsHit::Kind::LagBin);
    const QString text = canvas()->toolTipTextAt(week->rect.center());
    EXPECT_TRUE(text.startsWith(QStringLiteral("21\u201327 days\n2 links")));
}

TEST_F(StatisticsViewTest, ClickingALagBinShowsItsCasesOnly)
{
    const StatisticsLayout::Bar* week = bar(QStringLiteral("3"));
    ASSERT_TRUE(week);
    const QList<Id> cases = week->hit.cases;
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, week->rect.center().toPoint());
    EXPECT_TRUE(sameItems(state.filter().caseIds, cases));
    ASSERT_TRUE(waitForFigures());
    // Now only Zeng's and Leung's links count, and those tied to their announcements.
    EXPECT_LT(canvas()->snapshot()->all.lags.links(), 8);
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, bar(QStringLiteral("3"))->rect.center().toPoint());
    EXPECT_TRUE(state.filter().caseIds.isEmpty());
}

TEST_F(StatisticsViewTest, ClickingAStatusOrAYearFiltersEveryView)
{
    choose(StatisticsChartKind::Statuses);
    const StatisticsLayout::Bar* denied = bar(toKey(CaseStatus::Denied));
    ASSERT_TRUE(denied);
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, denied->rect.center().toPoint());
    EXPECT_TRUE(sameItems(state.filter().statuses, QList<CaseStatus> {CaseStatus::Denied}));
    ASSERT_TRUE(waitForFigures());
    EXPECT_EQ(canvas()->snapshot()->all.statuses.cases, 1);

    state.setFilter({});
    ASSERT_TRUE(waitForFigures());
    choose(StatisticsChartKind::DisclosuresPerYear);
    const StatisticsLayout::Bar* year = bar(QStringLiteral("2023"));
    ASSERT_TRUE(year);
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, year->rect.center().toPoint());
    ASSERT_TRUE(state.dateRange());
    EXPECT_EQ(state.dateRange()->first, QDate(2023, 1, 1).toJulianDay());
    EXPECT_EQ(state.dateRange()->last, QDate(2023, 12, 31).toJulianDay());
}

TEST_F(StatisticsViewTest, OutlinesTheSelectedCasesBars)
{
    choose(StatisticsChartKind::Agencies);
    Id zeng = 0;
    for (Id id : *CaseSearch(*store).caseIds({}, CaseSortKey::Created)) {
        zeng = zeng ? zeng : id; // the sample's first case is Zeng's
    }
    ASSERT_NE(zeng, 0);
    state.selectCases({zeng});
    ASSERT_TRUE(waitForFigures());
    ASSERT_EQ(canvas()->currentLayout().bars().size(), 1);
    EXPECT_TRUE(canvas()->currentLayout().bars().first().selected);
    // The bin width is the user's to choose.
    choose(StatisticsChartKind::Lags);
    view->findChild<QSpinBox*>(QStringLiteral("binDaysSpinBox"))->setValue(14);
    EXPECT_EQ(canvas()->currentLayout().bars().first().rect.width() > 0, true);
    EXPECT_TRUE(canvas()->currentLayout().categoryTitle().contains(QStringLiteral("14")));
}

} // namespace

TEST_F(StatisticsViewTest, TheKeyboardWalksTheBarsAndActsOnOneAsAClickDoes)
{
    choose(StatisticsChartKind::Statuses);
    canvas()->setFocus();
    const QList<StatisticsHit> hits = canvas()->currentLayout().hitsInOrder();
    ASSERT_GE(hits.size(), 3);
    QTest::keyClick(canvas(), Qt::Key_Right);
    EXPECT_EQ(canvas()->hovered(), hits.first());
    EXPECT_FALSE(canvas()->accessibleDescription().isEmpty());
    QTest::keyClick(canvas(), Qt::Key_Down);
    EXPECT_EQ(canvas()->hovered(), hits.at(1));
    QTest::keyClick(canvas(), Qt::Key_End);
    EXPECT_EQ(canvas()->hovered(), hits.last());
    QTest::keyClick(canvas(), Qt::Key_Right);
    EXPECT_EQ(canvas()->hovered(), hits.last()) << "the last stays the last";
    QTest::keyClick(canvas(), Qt::Key_Home);
    EXPECT_EQ(canvas()->hovered(), hits.first());
    // Along to the denied cases, and Enter: as a click on the bar.
    for (int step = 0; step < hits.size() && canvas()->hovered().key != toKey(CaseStatus::Denied); ++step)
        QTest::keyClick(canvas(), Qt::Key_Right);
    ASSERT_EQ(canvas()->hovered().key, toKey(CaseStatus::Denied));
    QTest::keyClick(canvas(), Qt::Key_Return);
    EXPECT_TRUE(sameItems(state.filter().statuses, QList<CaseStatus> {CaseStatus::Denied}));
    ASSERT_TRUE(waitForFigures());
    QTest::keyClick(canvas(), Qt::Key_Right);
    ASSERT_NE(canvas()->hovered().kind, StatisticsHit::Kind::None);
    QTest::keyClick(canvas(), Qt::Key_Escape);
    EXPECT_EQ(canvas()->hovered().kind, StatisticsHit::Kind::None);
    EXPECT_TRUE(canvas()->accessibleDescription().isEmpty());
}
