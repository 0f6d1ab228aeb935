#include "StatisticsLayout.h"

#include "ChartTheme.h"
#include "TestSupport.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "transfer/SyntheticCollection.h"

#include <QFontMetricsF>
#include <QHash>

using namespace Spyline;

namespace {

std::shared_ptr<const StatisticsSnapshot> snapshotOf(Store& store, const CaseFilter& filter = {},
                                                     const QList<Id>& selection = {})
{
    auto snapshot = StatisticsSnapshot::compute(store, filter, selection, AllStatisticsParts);
    EXPECT_OK(snapshot);
    return std::make_shared<const StatisticsSnapshot>(std::move(*snapshot));
}

StatisticsLayout layOut(StatisticsChartKind kind, std::shared_ptr<const StatisticsSnapshot> snapshot,
                        const StatisticsOptions& options = {})
{
    return StatisticsLayout(kind, std::move(snapshot), options, QSizeF(1000, 560), ChartTheme::print().font);
}

TEST(StatisticsLayout, AHeadlineThatWrapsPushesThePlotDown)
{
    auto store = Fixtures::sampleStore();
    const QFont font = ChartTheme::print().font;
    const StatisticsLayout wide = layOut(StatisticsChartKind::Lags, snapshotOf(*store));
    const StatisticsLayout narrow(StatisticsChartKind::Lags, snapshotOf(*store), {}, QSizeF(420, 560), font);
    const QFontMetricsF metrics(font);
    EXPECT_GT(narrow.headlineHeight(), 2 * metrics.height());
    EXPECT_GE(narrow.plot().top(), narrow.headlineHeight());
    EXPECT_GT(narrow.plot().top(), wide.plot().top());
}

TEST(StatisticsLayout, PutsTheSamples22DayLinkInThe21To27DayBin)
{
    auto store = Fixtures::sampleStore();
    const StatisticsLayout lags = layOut(StatisticsChartKind::Lags, snapshotOf(*store));
    const StatisticsLayout::Bar* week = nullptr;
    for (const StatisticsLayout::Bar& bar : lags.bars()) {
        if (bar.hit.index == 3)
            week = &bar;
    }
    ASSERT_TRUE(week);
    EXPECT_EQ(week->label, QStringLiteral("21\u201327 days"));
    // Zeng 22 days after Burns, Leung 21 days after Hao.
    EXPECT_EQ(week->value, 2);
    EXPECT_EQ(week->hit.cases.size(), 2);
    // The month-precise statements are ranges, never bars.
    EXPECT_EQ(lags.ranges().size(), 4);
    int inBars = 0;
    for (const StatisticsLayout::Bar& bar : lags.bars())
        inBars += bar.value;
    EXPECT_EQ(inBars + lags.ranges().size(), 8);
    EXPECT_TRUE(lags.headline().startsWith(QStringLiteral("8 links")));
    EXPECT_TRUE(lags.headline().contains(QStringLiteral("0 undated")));
    ASSERT_TRUE(lags.median());
    EXPECT_EQ(lags.medianText(), QStringLiteral("median 0\u201314 d"));
    // A range of 0 to 239 days runs on past the chart, which is fitted to the exact lags.
    bool open = false;
    for (const StatisticsLayout::Range& range : lags.ranges())
        open = open || (range.openEnd && range.lag.lag.maxDays == 239);
    EXPECT_TRUE(open);
    EXPECT_EQ(lags.hitTest(week->rect.center()).kind, StatisticsHit::Kind::LagBin);
    EXPECT_TRUE(lags.describe(lags.hitTest(week->rect.center())).contains(QStringLiteral("2 links")));
}

TEST(StatisticsLayout, LagBinsFollowTheChosenWidth)
{
    auto store = Fixtures::sampleStore();
    StatisticsOptions options;
    options.binDays = 30;
    const StatisticsLayout lags = layOut(StatisticsChartKind::Lags, snapshotOf(*store), options);
    // A month: every exact lag and the ranges inside it (0-11, 0-14, 0-20) count in one bin.
    ASSERT_EQ(lags.bars().size(), 1);
    EXPECT_EQ(lags.bars().first().value, 7);
    EXPECT_EQ(lags.ranges().size(), 1);
}

TEST(StatisticsLayout, DrawsEveryCountTheModelGives)
{
    auto store = Fixtures::memoryStore();
    ASSERT_OK(generateSyntheticCollection(*store, SyntheticOptions {2500, 9}));
    const auto snapshot = snapshotOf(*store);
    const StatisticsSnapshot::Figures& all = snapshot->all;

    // Disclosures per year: each year's stack adds up to the model's count, the undated are said.
    const StatisticsLayout years = layOut(StatisticsChartKind::DisclosuresPerYear, snapshot);
    QHash<int, int> perYear;
    for (const StatisticsLayout::Bar& bar : years.bars())
        perYear[bar.hit.index] += bar.value;
    for (int year = all.years.firstYear(); year <= all.years.lastYear(); ++year)
        EXPECT_EQ(perYear.value(year), all.years.casesIn(year)) << year;
    EXPECT_TRUE(years.headline().contains(QString::number(all.years.undated)));

    const StatisticsLayout statuses = layOut(StatisticsChartKind::Statuses, snapshot);
    ASSERT_EQ(statuses.bars().size(), all.statuses.tallies.size());
    for (int i = 0; i < statuses.bars().size(); ++i) {
        EXPECT_EQ(statuses.bars().at(i).value, all.statuses.tallies.at(i).cases);
        EXPECT_EQ(statuses.bars().at(i).label, toLabel(all.statuses.tallies.at(i).status));
    }

    StatisticsOptions options;
    options.topAgencies = 5;
    const StatisticsLayout agencies = layOut(StatisticsChartKind::Agencies, snapshot, options);
    ASSERT_EQ(agencies.bars().size(), 6);
    int others = 0;
    for (int i = 5; i < all.agencies.tallies.size(); ++i)
        others += all.agencies.tallies.at(i).cases;
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(agencies.bars().at(i).value, all.agencies.tallies.at(i).cases);
    EXPECT_EQ(agencies.bars().last().value, others);
    EXPECT_EQ(agencies.bars().last().hit.kind, StatisticsHit::Kind::Others);

    const StatisticsLayout venues = layOut(StatisticsChartKind::Venues, snapshot);
    const auto byCountry = all.venues.byVenueCountry();
    for (int i = 0; i < venues.bars().size() && i < StatisticsOptions().topVenues; ++i) {
        EXPECT_EQ(venues.bars().at(i).value, byCountry.at(i).second);
        EXPECT_EQ(venues.bars().at(i).hit.key, byCountry.at(i).first);
    }

    const StatisticsLayout lags = layOut(StatisticsChartKind::Lags, snapshot);
    int drawn = 0;
    for (const StatisticsLayout::Bar& bar : lags.bars())
        drawn += bar.value;
    // Ranges are drawn one by one or, when too many, as how many may fall in each bin.
    const int ranges = lags.ranges().isEmpty() ? 0 : int(lags.ranges().size());
    if (lags.coverage().isEmpty()) {
        EXPECT_EQ(drawn + ranges, all.lags.lags.size());
    } else {
        EXPECT_LE(drawn, all.lags.lags.size());
    }
}

TEST(StatisticsLayout, OutlinesWhereTheSelectionLies)
{
    auto store = Fixtures::sampleStore();
    Id uk = 0;
    for (Id id : *CaseSearch(*store).caseIds({})) {
        if (CaseRepository(*store).get(id)->title.startsWith(QStringLiteral("UK parliamentary")))
            uk = id;
    }
    const auto snapshot = snapshotOf(*store, {}, {uk});
    const StatisticsLayout statuses = layOut(StatisticsChartKind::Statuses, snapshot);
    for (const StatisticsLayout::Bar& bar : statuses.bars())
        EXPECT_EQ(bar.selected, bar.hit.key == toKey(CaseStatus::Denied)) << bar.label.toStdString();
    const StatisticsLayout years = layOut(StatisticsChartKind::DisclosuresPerYear, snapshot);
    int selected = 0;
    for (const StatisticsLayout::Bar& bar : years.bars())
        selected += bar.selected ? 1 : 0;
    EXPECT_EQ(selected, 1);
}

} // namespace
