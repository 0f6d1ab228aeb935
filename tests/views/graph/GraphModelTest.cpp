#include "graph/GraphModel.h"

#include "GraphTestSupport.h"
#include "TestSupport.h"
#include "store/ActorRepository.h"
#include "store/CaseRepository.h"
#include "store/CaseSearch.h"
#include "store/EventRepository.h"
#include "store/LinkRepository.h"
#include "transfer/SyntheticCollection.h"

#include <QDate>

using namespace Spyline;
using namespace Spyline::GraphTesting;

namespace {

DayNumber day(int year, int month, int dayOfMonth)
{
    return static_cast<DayNumber>(QDate(year, month, dayOfMonth).toJulianDay());
}

class GraphModelTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> store = Fixtures::sampleStore();

    GraphData build(const GraphQuery& query = {})
    {
        auto data = GraphModel::build(*store, query);
        EXPECT_OK(data);
        return data ? *data : GraphData();
    }
    Id caseId(const QString& prefix)
    {
        for (Id id : *CaseSearch(*store).caseIds({})) {
            if (CaseRepository(*store).get(id)->title.startsWith(prefix))
                return id;
        }
        ADD_FAILURE() << "no case " << prefix.toStdString();
        return 0;
    }
    Id eventTitled(const QString& prefix)
    {
        if (const Id id = Fixtures::eventTitled(*store, prefix))
            return id;
        ADD_FAILURE() << "no event " << prefix.toStdString();
        return 0;
    }
    Id actorId(const QString& name)
    {
        for (const Actor& actor : *ActorRepository(*store).all()) {
            if (actor.name == name)
                return actor.id;
        }
        ADD_FAILURE() << "no actor " << name.toStdString();
        return 0;
    }
};

TEST_F(GraphModelTest, ZengWasRecruitedBySethOfTheCiaRomeStation)
{
    const GraphData data = build();
    EXPECT_TRUE(hasEdge(data, "Zeng 曾"_s, "Zeng: military"_s, GraphEdgeKind::SuspectIn));
    const GraphEdge* recruited = edgeBetween(data, nodeTitled(data, "Zeng 曾"_s), nodeTitled(data, "Seth"_s));
    ASSERT_TRUE(recruited);
    EXPECT_TRUE(recruited->has(GraphEdgeKind::RecruitedBy));
    EXPECT_TRUE(recruited->has(GraphEdgeKind::HandledBy));
    EXPECT_EQ(graphEdgeLabel(*recruited), "recruited and handled by"_s);
    EXPECT_TRUE(hasEdge(data, "Seth"_s, "CIA Rome station"_s, GraphEdgeKind::MemberOf));
    EXPECT_TRUE(hasEdge(data, "CIA Rome station"_s, "Central Intelligence Agency"_s, GraphEdgeKind::StationOf));
    EXPECT_TRUE(hasEdge(data, "Seth"_s, "US Embassy in Italy"_s, GraphEdgeKind::EmployedBy));
    EXPECT_TRUE(hasEdge(data, "Zeng 曾"_s, "Unnamed Chinese military industrial group"_s, GraphEdgeKind::EmployedBy));
    EXPECT_TRUE(hasEdge(data, "Zeng: military"_s, "Ministry of State Security"_s, GraphEdgeKind::DisclosedBy));
    // Seth is tied to the station, the station to the CIA: no shortcut from Seth to the CIA.
    EXPECT_FALSE(edgeBetween(data, nodeTitled(data, "Seth"_s), nodeTitled(data, "Central Intelligence Agency"_s)));
    EXPECT_EQ(nodeTitled(data, "Central Intelligence Agency"_s)->label, "CIA"_s);
    EXPECT_EQ(nodeTitled(data, "Zeng 曾"_s)->kind, GraphNodeKind::Person);
    EXPECT_EQ(nodeTitled(data, "Zeng: military"_s)->status, CaseStatus::UnderInvestigation);
}

TEST_F(GraphModelTest, TedIntroducedLiJunOfTheCiaTokyoStationToHao)
{
    const GraphData data = build();
    EXPECT_TRUE(hasEdge(data, "Li Jun"_s, "Ted"_s, GraphEdgeKind::IntroducedBy));
    EXPECT_TRUE(hasEdge(data, "Hao"_s, "Ted"_s, GraphEdgeKind::HandledBy));
    EXPECT_TRUE(hasEdge(data, "Hao"_s, "Li Jun"_s, GraphEdgeKind::RecruitedBy));
    EXPECT_TRUE(hasEdge(data, "Li Jun"_s, "CIA Tokyo station"_s, GraphEdgeKind::MemberOf));
    EXPECT_TRUE(hasEdge(data, "Ted"_s, "US Embassy in Japan"_s, GraphEdgeKind::EmployedBy));
    EXPECT_TRUE(hasEdge(data, "Hao"_s, "Unnamed Chinese central government ministry"_s, GraphEdgeKind::EmployedBy));
    // The record does not say Ted belongs to the station, nor that Li Jun works at the embassy.
    EXPECT_FALSE(edgeBetween(data, nodeTitled(data, "Ted"_s), nodeTitled(data, "CIA Tokyo station"_s)));
    EXPECT_FALSE(edgeBetween(data, nodeTitled(data, "Li Jun"_s), nodeTitled(data, "US Embassy in Japan"_s)));
}

TEST_F(GraphModelTest, TheZengAnnouncementRespondsToBurnsAfter22Days)
{
    const GraphData data = build();
    const GraphEdge* responds =
        edgeBetween(data, nodeTitled(data, "MSS announces the Zeng case"_s), nodeTitled(data, "CIA Director"_s));
    ASSERT_TRUE(responds);
    EXPECT_TRUE(responds->has(GraphEdgeKind::RespondsTo));
    ASSERT_TRUE(responds->lag.has_value());
    EXPECT_EQ(responds->lag->minDays, 22);
    EXPECT_TRUE(responds->lag->isExact());
    EXPECT_EQ(graphEdgeLabel(*responds), "responds to · 22 d"_s);
    EXPECT_FALSE(responds->detail.isEmpty());
    EXPECT_TRUE(hasEdge(data, "CIA Director"_s, "William Burns"_s, GraphEdgeKind::StatementBy));
    EXPECT_TRUE(hasEdge(data, "MSS opens its official WeChat"_s, "CIA Director"_s, GraphEdgeKind::Follows));
    EXPECT_TRUE(hasEdge(data, "MSS announces the Zeng case"_s, "Zeng: military"_s, GraphEdgeKind::Announces));
    EXPECT_TRUE(hasEdge(data, "MSS announces the Hao case"_s, "MSS announces the Zeng case"_s, GraphEdgeKind::Follows));
    EXPECT_EQ(nodeTitled(data, "MSS announces the Zeng case"_s)->date.text(), "2023-08-11"_s);
    // Burns's remarks name no country: they speak for Burns's.
    EXPECT_EQ(nodeTitled(data, "CIA Director"_s)->country, "US"_s);
    // Statements that nothing ties to stay out of the relationship graph.
    EXPECT_FALSE(hasNodeTitled(data, "China puts forward the Global Development Initiative"_s));
}

TEST_F(GraphModelTest, ClaimsStayClaims)
{
    const GraphData data = build();
    const GraphEdge* suspect = edgeBetween(data, nodeTitled(data, "Zeng 曾"_s), nodeTitled(data, "Zeng: military"_s));
    ASSERT_TRUE(suspect);
    EXPECT_EQ(suspect->certainty, GraphCertainty::Claim);
    const GraphEdge* denied = edgeBetween(data, nodeTitled(data, "Unnamed British parliamentary researcher"_s),
                                          nodeTitled(data, "UK parliamentary researcher"_s));
    ASSERT_TRUE(denied);
    EXPECT_EQ(denied->certainty, GraphCertainty::Disputed);
    const GraphEdge* disclosed =
        edgeBetween(data, nodeTitled(data, "Zeng: military"_s), nodeTitled(data, "Ministry of State Security"_s));
    ASSERT_TRUE(disclosed);
    EXPECT_EQ(disclosed->certainty, GraphCertainty::Record);
    for (const GraphEdge& edge : data.edges)
        EXPECT_FALSE(graphEdgeLabel(edge).contains("spy"_s, Qt::CaseInsensitive));
}

TEST_F(GraphModelTest, AVenueComesFromTheRecruitmentEventNotFromTheAnnouncement)
{
    // The sample's sources place Zeng's recruitment in Italy and Hao's in Tokyo, without dates; the
    // announcements, made in China, say where a case came to light, not where anyone was recruited.
    const GraphData data = build();
    const int italy = data.indexOf("venue:IT"_s);
    const int tokyo = data.indexOf("venue:JP:Tokyo"_s);
    ASSERT_GE(italy, 0);
    ASSERT_GE(tokyo, 0);
    EXPECT_EQ(data.nodes.at(italy).label, "Italy"_s);
    EXPECT_EQ(data.nodes.at(tokyo).label, "Tokyo, Japan"_s);
    EXPECT_EQ(data.nodes.at(tokyo).kind, GraphNodeKind::Venue);
    EXPECT_LT(data.indexOf("venue:CN"_s), 0);
    const GraphEdge* at = edgeBetween(data, nodeTitled(data, "Zeng 曾"_s), &data.nodes.at(italy));
    ASSERT_TRUE(at);
    EXPECT_TRUE(at->has(GraphEdgeKind::RecruitedAt));
    EXPECT_EQ(at->detail, "while sent by his company to study in Italy"_s);
    EXPECT_EQ(at->certainty, GraphCertainty::Claim);
    // Hao's first contact, also in Japan, is not a recruitment: one venue for his case.
    int haoVenues = 0;
    for (const GraphNode& node : data.nodes)
        haoVenues += node.kind == GraphNodeKind::Venue && node.key.startsWith("venue:JP"_s);
    EXPECT_EQ(haoVenues, 1);
}

TEST_F(GraphModelTest, ADatedRecruitmentNamesTheVenueBeforeAnUndatedOne)
{
    // Zeng's recruitment in Italy has no date in the sample; one in Rome dated 2016 comes first.
    GraphData data = build();
    ASSERT_GE(data.indexOf("venue:IT"_s), 0);
    Event recruitment;
    recruitment.caseId = caseId("Zeng:"_s);
    recruitment.kind = EventKind::Recruitment;
    recruitment.title = "Recruited in Rome"_s;
    recruitment.country = "IT"_s;
    recruitment.city = "Rome"_s;
    recruitment.date = PartialDate::year(2016);
    ASSERT_OK(EventRepository(*store).insert(recruitment));
    data = build();
    const int rome = data.indexOf("venue:IT:Rome"_s);
    ASSERT_GE(rome, 0);
    EXPECT_EQ(data.nodes.at(rome).label, "Rome, Italy"_s);
    EXPECT_LT(data.indexOf("venue:IT"_s), 0);
    EXPECT_TRUE(edgeBetween(data, nodeTitled(data, "Zeng 曾"_s), &data.nodes.at(rome)));
}

TEST_F(GraphModelTest, LagsOfLinksToUndatedOrOpenDatesAreBounds)
{
    // Burns's remarks known only as "on or after 20 July": the lag is at most 22 days.
    auto statement = EventRepository(*store).get(eventTitled("CIA Director"_s));
    ASSERT_OK(statement);
    statement->date = *PartialDate::parse("2023-07-20/.."_s);
    ASSERT_OK(EventRepository(*store).update(*statement));
    GraphData data = build();
    const GraphEdge* responds =
        edgeBetween(data, nodeTitled(data, "MSS announces the Zeng case"_s), nodeTitled(data, "CIA Director"_s));
    ASSERT_TRUE(responds);
    ASSERT_TRUE(responds->lag);
    EXPECT_EQ(responds->lag->text(), "\u2264 22 d"_s);
    statement->date = PartialDate();
    ASSERT_OK(EventRepository(*store).update(*statement));
    data = build();
    responds = edgeBetween(data, nodeTitled(data, "MSS announces the Zeng case"_s), nodeTitled(data, "CIA Director"_s));
    ASSERT_TRUE(responds);
    EXPECT_EQ(responds->lag->text(), "?"_s);
}

TEST_F(GraphModelTest, FiltersNarrowTheCases)
{
    GraphQuery query;
    query.filter.countries = {"GB"_s};
    GraphData data = build(query);
    EXPECT_TRUE(hasNodeTitled(data, "UK parliamentary researcher"_s));
    EXPECT_FALSE(hasNodeTitled(data, "Zeng: military"_s));
    EXPECT_TRUE(hasNodeTitled(data, "Rishi Sunak: the UK will not accept"_s));
    // Burns's remarks tie only to cases the filter leaves out.
    EXPECT_FALSE(hasNodeTitled(data, "CIA Director"_s));

    query = {};
    query.filter.statuses = {CaseStatus::Denied};
    data = build(query);
    EXPECT_TRUE(hasNodeTitled(data, "UK parliamentary researcher"_s));
    EXPECT_FALSE(hasNodeTitled(data, "Hao: central"_s));

    // The range brushed on the timeline: August 2023 holds the Zeng and Hao disclosures.
    query = {};
    query.filter.fromDay = day(2023, 8, 1);
    query.filter.toDay = day(2023, 8, 31);
    data = build(query);
    EXPECT_TRUE(hasNodeTitled(data, "Zeng: military"_s));
    EXPECT_TRUE(hasNodeTitled(data, "Hao: central"_s));
    EXPECT_FALSE(hasNodeTitled(data, "UK parliamentary researcher"_s));
    EXPECT_FALSE(hasNodeTitled(data, "John Shing-wan Leung:"_s));
    EXPECT_TRUE(hasNodeTitled(data, "CIA Director"_s));
}

TEST_F(GraphModelTest, HiddenKindsAndCollapsedActors)
{
    GraphQuery query;
    query.setHidden(GraphNodeKind::Statement, true);
    GraphData data = build(query);
    EXPECT_TRUE(std::none_of(data.nodes.cbegin(), data.nodes.cend(),
                             [](const GraphNode& node) { return node.kind == GraphNodeKind::Statement; }));
    EXPECT_TRUE(hasNodeTitled(data, "MSS announces the Zeng case"_s));

    // Double-clicking Seth hides his cases; Seth stays.
    query = {};
    query.collapsedActors = {actorId("Seth"_s)};
    data = build(query);
    EXPECT_TRUE(hasNodeTitled(data, "Seth"_s));
    EXPECT_FALSE(hasNodeTitled(data, "Zeng: military"_s));
    EXPECT_FALSE(hasNodeTitled(data, "CIA Rome station"_s));
    EXPECT_TRUE(hasNodeTitled(data, "Hao: central"_s));

    // ... and opening him again shows them, even where the filter would not.
    query = {};
    query.filter.countries = {"GB"_s};
    query.expandedActors = {actorId("Seth"_s)};
    data = build(query);
    EXPECT_TRUE(hasNodeTitled(data, "Zeng: military"_s));
    EXPECT_TRUE(hasNodeTitled(data, "UK parliamentary researcher"_s));
}

TEST_F(GraphModelTest, EgoViewKeepsNodesWithinHops)
{
    GraphQuery query;
    query.egoSeeds = {graphNodeKey(GraphNodeKind::Case, caseId("Zeng:"_s))};
    query.egoHops = 1;
    GraphData data = build(query);
    EXPECT_TRUE(hasNodeTitled(data, "Zeng: military"_s));
    EXPECT_TRUE(hasNodeTitled(data, "Zeng 曾"_s));
    EXPECT_TRUE(hasNodeTitled(data, "Ministry of State Security"_s));
    EXPECT_TRUE(hasNodeTitled(data, "MSS announces the Zeng case"_s));
    EXPECT_FALSE(hasNodeTitled(data, "Seth"_s));
    EXPECT_FALSE(hasNodeTitled(data, "Hao: central"_s));

    query.egoHops = 2;
    data = build(query);
    EXPECT_TRUE(hasNodeTitled(data, "Seth"_s));
    EXPECT_TRUE(hasNodeTitled(data, "Hao: central"_s)); // through the MSS, which disclosed both
    EXPECT_TRUE(hasNodeTitled(data, "CIA Director"_s)); // through the announcement
    EXPECT_FALSE(hasNodeTitled(data, "Li Jun"_s));

    query.egoSeeds = {"case:999999"_s};
    data = build(query);
    EXPECT_TRUE(data.nodes.isEmpty());
}

TEST_F(GraphModelTest, TheCapKeepsTheMostConnectedPartTogether)
{
    const GraphData all = build();
    GraphQuery query;
    query.maxNodes = 5;
    const GraphData data = build(query);
    EXPECT_EQ(data.nodes.size(), 5);
    EXPECT_TRUE(data.isCapped());
    EXPECT_EQ(data.totalNodes, all.nodes.size());
    EXPECT_EQ(data.totalEdges, all.edges.size());
    // The most connected node of all is kept ...
    const auto hub = std::max_element(all.nodes.cbegin(), all.nodes.cend(),
                                      [](const GraphNode& a, const GraphNode& b) { return a.degree < b.degree; });
    EXPECT_GE(data.indexOf(hub->key), 0);
    // ... with its most connected neighbours: no kept node is left without a tie.
    for (int n = 0; n < data.nodes.size(); ++n) {
        EXPECT_TRUE(std::any_of(data.edges.cbegin(), data.edges.cend(), [&](const GraphEdge& edge) {
            return edge.from == n || edge.to == n;
        })) << data.nodes.at(n).title.toStdString();
    }
    int weakestShown = 1 << 30;
    for (const GraphNode& node : data.nodes)
        weakestShown = std::min(weakestShown, node.degree);
    // No neighbour of the hub that was left out is more connected than one that was kept.
    const int hubIndex = all.indexOf(hub->key);
    for (const GraphEdge& edge : all.edges) {
        if (edge.from != hubIndex && edge.to != hubIndex)
            continue;
        const GraphNode& other = all.nodes.at(edge.from == hubIndex ? edge.to : edge.from);
        if (data.indexOf(other.key) < 0) {
            EXPECT_LE(other.degree, weakestShown) << other.title.toStdString();
        }
    }
    for (const GraphEdge& edge : data.edges) {
        EXPECT_LT(edge.from, data.nodes.size());
        EXPECT_LT(edge.to, data.nodes.size());
    }
}

TEST(GraphModelEdgeCases, EmptyCollectionSingleNodeAndCycles)
{
    auto store = Fixtures::memoryStore();
    auto empty = GraphModel::build(*store, {});
    ASSERT_OK(empty);
    EXPECT_TRUE(empty->nodes.isEmpty());
    EXPECT_TRUE(empty->edges.isEmpty());

    Case lonely;
    lonely.title = "A case with no ties"_s;
    ASSERT_OK(CaseRepository(*store).insert(lonely));
    auto single = GraphModel::build(*store, {});
    ASSERT_OK(single);
    ASSERT_EQ(single->nodes.size(), 1);
    EXPECT_TRUE(single->edges.isEmpty());

    // Agencies that are part of each other, and two statements that answer each other.
    ActorRepository actors(*store);
    Actor a;
    a.kind = ActorKind::Agency;
    a.name = "Agency A"_s;
    const Id aId = *actors.insert(a);
    Actor b = a;
    b.name = "Agency B"_s;
    b.partOf = aId;
    const Id bId = *actors.insert(b);
    a.id = aId;
    a.partOf = bId;
    ASSERT_OK(actors.update(a));
    Role role;
    role.caseId = *CaseSearch(*store).caseIds({})->begin();
    role.actorId = aId;
    role.role = RoleKind::SponsoringAgency;
    ASSERT_OK(CaseRepository(*store).addRole(role));
    EventRepository events(*store);
    Event first;
    first.kind = EventKind::Statement;
    first.title = "First statement"_s;
    first.date = *PartialDate::parse(u"2023-05-01");
    first.actorId = aId;
    Event second = first;
    second.title = "Second statement"_s;
    const Id firstId = *events.insert(first);
    const Id secondId = *events.insert(second);
    LinkRepository links(*store);
    ASSERT_OK(links.insert(Link {0, firstId, secondId, LinkRelation::RespondsTo, {}, 0}));
    ASSERT_OK(links.insert(Link {0, secondId, firstId, LinkRelation::RespondsTo, {}, 0}));

    auto cyclic = GraphModel::build(*store, {});
    ASSERT_OK(cyclic);
    EXPECT_TRUE(hasEdge(*cyclic, "Agency A"_s, "Agency B"_s, GraphEdgeKind::StationOf));
    EXPECT_TRUE(hasEdge(*cyclic, "Agency B"_s, "Agency A"_s, GraphEdgeKind::StationOf));
    EXPECT_TRUE(hasEdge(*cyclic, "First statement"_s, "Second statement"_s, GraphEdgeKind::RespondsTo));
    EXPECT_TRUE(hasEdge(*cyclic, "Second statement"_s, "First statement"_s, GraphEdgeKind::RespondsTo));
    for (const GraphEdge& edge : cyclic->edges)
        EXPECT_NE(edge.from, edge.to);
}

TEST(GraphModelScale, SyntheticCollectionIsCappedMostConnectedFirst)
{
    auto store = Fixtures::memoryStore();
    ASSERT_OK(generateSyntheticCollection(*store, {3000, 7}));
    GraphQuery query;
    query.maxNodes = 500;
    auto data = GraphModel::build(*store, query);
    ASSERT_OK(data);
    EXPECT_EQ(data->nodes.size(), 500);
    EXPECT_GT(data->totalNodes, 8000);
    EXPECT_GT(data->edges.size(), 0);
    // Both ways of reading rows give the same graph: lookups per case and one pass per table.
    query.filter.caseIds = *CaseSearch(*store).caseIds({}, CaseSortKey::Created, false, 1500);
    query.maxNodes = 0;
    auto few = GraphModel::build(*store, query);
    query.filter.caseIds = *CaseSearch(*store).caseIds({}, CaseSortKey::Created, false, 2500);
    auto many = GraphModel::build(*store, query);
    ASSERT_OK(few);
    ASSERT_OK(many);
    const auto neighbours = [](const GraphData& graph, int node) {
        QStringList keys;
        for (const GraphEdge& edge : graph.edges) {
            if (edge.from == node || edge.to == node)
                keys.append(graph.nodes.at(edge.from == node ? edge.to : edge.from).key);
        }
        keys.sort();
        return keys;
    };
    int compared = 0;
    for (int n = 0; n < few->nodes.size(); ++n) {
        const GraphNode& node = few->nodes.at(n);
        if (node.kind != GraphNodeKind::Case)
            continue;
        const int other = many->indexOf(node.key);
        ASSERT_GE(other, 0);
        // The same case; its box may read differently, told apart from the other boxes shown.
        EXPECT_EQ(many->nodes.at(other).title, node.title);
        EXPECT_EQ(neighbours(*many, other), neighbours(*few, n)) << node.key.toStdString();
        ++compared;
    }
    EXPECT_EQ(compared, 1500);
    EXPECT_GT(many->nodes.size(), few->nodes.size());
}

} // namespace

namespace {

TEST_F(GraphModelTest, CasesNamedAlikeGetBoxesThatTellThemApart)
{
    const Id zeng = caseId(QStringLiteral("Zeng"));
    for (const char* name : {"Cambridge Five: Kim Philby", "Cambridge Five: Guy Burgess"}) {
        const Id id = *CaseRepository(*store).insert(
            Case {0, QString::fromLatin1(name), {}, CaseStatus::Convicted, {}, {}, {}, {}});
        ASSERT_OK(CaseRepository(*store).addRole(Role {0, id, actorId(QStringLiteral("Seth")), RoleKind::Handler, {}}));
    }
    QStringList labels;
    for (const GraphNode& node : build().nodes) {
        if (node.kind == GraphNodeKind::Case)
            labels.append(node.label);
        if (node.kind == GraphNodeKind::Case && node.id == zeng) {
            EXPECT_EQ(node.label, QStringLiteral("Zeng case"));
        }
    }
    EXPECT_TRUE(labels.contains(QStringLiteral("Cambridge Five: Kim Philby"))) << labels.join(u'|').toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("Cambridge Five: Guy Burgess"))) << labels.join(u'|').toStdString();
    EXPECT_FALSE(labels.contains(QStringLiteral("Cambridge Five case")));
}

} // namespace
