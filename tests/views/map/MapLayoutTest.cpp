#include "MapLayout.h"

#include "MapTestSupport.h"
#include "WorldMap.h"
#include "statistics/CaseStatistics.h"
#include "transfer/SyntheticCollection.h"

using namespace Spyline;
using namespace Spyline::MapTesting;

namespace {

std::shared_ptr<const MapFigures> figuresOf(Store& store, const CaseFilter& filter = {})
{
    auto figures = std::make_shared<MapFigures>();
    auto countries = CaseStatistics(store).countries(filter);
    auto venues = CaseStatistics(store).venues(filter);
    EXPECT_OK(countries);
    EXPECT_OK(venues);
    figures->countries = *countries;
    figures->venues = *venues;
    return figures;
}

MapLayout layOut(std::shared_ptr<const MapFigures> figures, MapShading shading = MapShading::Targeted,
                 std::shared_ptr<const MapFigures> selected = nullptr)
{
    const QSizeF size(1200, 640);
    MapOptions options;
    options.shading = shading;
    return MapLayout(WorldMap::bundled(), std::move(figures), selected, options, size, MapLayout::fit(size));
}

const MapLayout::Arrow* arrow(const MapLayout& layout, const char* venue, const char* target)
{
    for (const MapLayout::Arrow& a : layout.arrows()) {
        if (a.venue == QLatin1StringView(venue) && a.target == QLatin1StringView(target))
            return &a;
    }
    return nullptr;
}

TEST(MapLayout, DrawsTheSamplesVenuesAsArrowsToTheirTargets)
{
    auto store = Fixtures::sampleStore();
    addRecruitments(*store);
    const MapLayout layout = layOut(figuresOf(*store));
    // Zeng, recruited in Italy, and Hao, recruited in Japan, both by China's account.
    const MapLayout::Arrow* zeng = arrow(layout, "IT", "CN");
    const MapLayout::Arrow* hao = arrow(layout, "JP", "CN");
    ASSERT_TRUE(zeng);
    ASSERT_TRUE(hao);
    EXPECT_EQ(zeng->cases, 1);
    EXPECT_EQ(hao->cases, 1);
    EXPECT_EQ(layout.arrows().size(), 2);
    EXPECT_EQ(layout.casesPlaced(), 2);
    // The arrow leaves from Italy and ends at China.
    const WorldMap& map = WorldMap::bundled();
    const QPointF start = layout.viewport().toLayout(zeng->path.pointAtPercent(0));
    EXPECT_TRUE(map.country(u"IT")->outline.contains(start));
    EXPECT_TRUE(map.country(u"CN")->outline.contains(layout.viewport().toLayout(zeng->head.first())));
    // Tokyo is in the gazetteer: a point; Italy has no city recorded.
    ASSERT_EQ(layout.points().size(), 1);
    EXPECT_EQ(layout.points().first().city, QStringLiteral("Tokyo"));
    EXPECT_EQ(layout.hitTest(layout.points().first().at).kind, MapLayout::Hit::Kind::Point);
    EXPECT_EQ(layout.hitTest(zeng->path.pointAtPercent(0.5)).kind, MapLayout::Hit::Kind::Arrow);
}

TEST(MapLayout, ShadesEveryCountryWithTheModelsCount)
{
    auto store = Fixtures::sampleStore();
    const auto figures = figuresOf(*store);
    for (MapShading shading : {MapShading::Targeted, MapShading::Accused}) {
        const MapLayout layout = layOut(figures, shading);
        int shaded = 0;
        for (const MapLayout::Shaded& country : layout.shaded()) {
            const QString code = WorldMap::bundled().countries().at(country.country).code;
            const CountryTally* tally = figures->countries.find(code);
            ASSERT_TRUE(tally);
            EXPECT_EQ(country.cases, shading == MapShading::Targeted ? tally->targeted : tally->accused);
            shaded += country.cases;
        }
        const int cases = figures->countries.cases;
        EXPECT_EQ(shaded
                      + (shading == MapShading::Targeted ? figures->countries.withoutTarget
                                                         : figures->countries.withoutAccused),
                  cases);
    }
    const MapLayout targeted = layOut(figures);
    EXPECT_EQ(targeted.casesOf(u"CN"), 6);
    EXPECT_EQ(targeted.casesOf(u"GB"), 1);
    const MapLayout accused = layOut(figures, MapShading::Accused);
    EXPECT_EQ(accused.casesOf(u"US"), 4);
    // Hovering China names it and its counts.
    const QPointF china = targeted.viewport().toDevice(WorldMap::bundled().country(u"CN")->anchor);
    const MapLayout::Hit hit = targeted.hitTest(china + QPointF(0, -20));
    ASSERT_EQ(hit.kind, MapLayout::Hit::Kind::Country);
    EXPECT_EQ(hit.code, QStringLiteral("CN"));
    EXPECT_TRUE(targeted.describe(hit).startsWith(QStringLiteral("China\n")));
    EXPECT_TRUE(targeted.describe(hit).contains(QStringLiteral("6")));
}

TEST(MapLayout, HatchesFormerStatesAndOutlinesTheSelection)
{
    auto figures = std::make_shared<MapFigures>();
    figures->countries.countries = {
        {QStringLiteral("DE"), 1, 0}, {QStringLiteral("SUHH"), 3, 0}, {QStringLiteral("US"), 2, 4}};
    figures->countries.cases = 6;
    figures->venues.flows = {{QStringLiteral("AT"), QStringLiteral("Vienna"), QStringLiteral("SUHH"), 2},
                             {QStringLiteral("US"), QString(), QStringLiteral("US"), 1}};
    figures->venues.cases = 6;
    figures->venues.withoutVenue = 3;
    auto selected = std::make_shared<MapFigures>();
    selected->countries.countries = {{QStringLiteral("SUHH"), 1, 0}};
    selected->venues.flows = {{QStringLiteral("AT"), QStringLiteral("Vienna"), QStringLiteral("SUHH"), 1}};
    const MapLayout layout = layOut(figures, MapShading::Targeted, selected);
    ASSERT_EQ(layout.formers().size(), 1);
    EXPECT_EQ(layout.formers().first().cases, 3);
    EXPECT_EQ(layout.formers().first().successors.size(), 15);
    EXPECT_TRUE(layout.formers().first().selected);
    // The Soviet Union is shaded over Russia's outline, not as Russia.
    EXPECT_EQ(layout.casesOf(u"RU"), 0);
    EXPECT_EQ(layout.hitTest(layout.formers().first().anchor).kind, MapLayout::Hit::Kind::Former);
    ASSERT_EQ(layout.arrows().size(), 1);
    EXPECT_TRUE(layout.arrows().first().selected);
    // Recruited in the country targeted: a ring.
    ASSERT_EQ(layout.rings().size(), 1);
    EXPECT_EQ(layout.rings().first().country, QStringLiteral("US"));
    EXPECT_EQ(layout.casesPlaced(), 3);
    EXPECT_EQ(layout.points().size(), 1);
    for (const MapLayout::Shaded& shaded : layout.shaded())
        EXPECT_FALSE(shaded.selected);
}

TEST(MapLayout, AccountsForEveryCaseOfAGeneratedCollection)
{
    auto store = Fixtures::memoryStore();
    ASSERT_OK(generateSyntheticCollection(*store, SyntheticOptions {3000, 5}));
    const auto figures = figuresOf(*store);
    const MapLayout layout = layOut(figures);
    // Every case with a venue is an arrow, a ring, left out for room, or not placed.
    int drawn = 0;
    for (const MapLayout::Arrow& a : layout.arrows())
        drawn += a.cases;
    for (const MapLayout::Ring& r : layout.rings())
        drawn += r.cases;
    EXPECT_EQ(drawn + layout.casesInFlowsLeftOut(), layout.casesPlaced());
    EXPECT_EQ(layout.casesPlaced() + layout.venuesNotPlaced(), figures->venues.withVenue());
    EXPECT_LE(layout.arrows().size(), MapOptions().maxArrows);
    // Arrows are as wide as their cases: wider for more.
    for (int i = 1; i < layout.arrows().size(); ++i) {
        if (layout.arrows().at(i).cases > layout.arrows().at(i - 1).cases) {
            EXPECT_GT(layout.arrows().at(i).width, layout.arrows().at(i - 1).width);
        }
    }
    int shaded = layout.shadedNotDrawn();
    for (const MapLayout::Shaded& s : layout.shaded())
        shaded += s.cases;
    for (const MapLayout::Former& f : layout.formers())
        shaded += f.cases;
    EXPECT_EQ(shaded + figures->countries.withoutTarget, figures->countries.cases);
}

} // namespace
