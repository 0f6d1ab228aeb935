#include "graph/GraphModel.h"

#include "graph/GraphDerivation.h"
#include "graph/GraphSource.h"
#include "items/CaseTitles.h"
#include "records/CountryCatalog.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace Spyline {

namespace {

// "CIA" for the Central Intelligence Agency: an acronym among the aliases is what analysts write.
QString actorLabel(const QString& name, const QString& nativeName, const QStringList& aliases)
{
    for (const QString& alias : aliases) {
        const QString trimmed = alias.trimmed();
        const bool acronym = trimmed.size() >= 2 && trimmed.size() <= 6
            && std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isUpper() || c.isDigit(); });
        if (acronym)
            return trimmed;
    }
    if (!nativeName.isEmpty() && nativeName != name)
        return name + u' ' + nativeName;
    return name;
}

// "Zeng case" for "Zeng: military industrial group employee said to have been recruited ...":
// a chart names a case by what comes before the colon; the full title is for the tooltip.
QString caseLabel(const QString& title)
{
    const qsizetype colon = title.indexOf(u':');
    if (colon > 0 && colon <= 40)
        return GraphModel::tr("%1 case").arg(title.left(colon).trimmed());
    return title;
}

// Boxes of cases that would read the same ("Cambridge Five case" twice, or titles cut after the
// same words) show what tells their titles apart instead.
void distinguishCaseLabels(QList<GraphNode>& nodes)
{
    QList<qsizetype> cases;
    QStringList titles;
    QHash<QString, int> labelUses;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).kind != GraphNodeKind::Case)
            continue;
        cases.append(i);
        titles.append(nodes.at(i).title);
        ++labelUses[nodes.at(i).label.toCaseFolded()];
    }
    const QStringList shown = CaseTitles::distinguishing(titles, CaseTitles::DefaultBudget);
    for (qsizetype k = 0; k < cases.size(); ++k) {
        GraphNode& node = nodes[cases.at(k)];
        const bool plainTitle = node.label == node.title;
        if (labelUses.value(node.label.toCaseFolded()) > 1 || (plainTitle && shown.at(k) != node.title))
            node.label = shown.at(k);
    }
}

// The cap: the most connected node first (the selection before it), then always the most
// connected neighbour of what is kept, so that the kept part hangs together instead of
// scattering into thousands of lone nodes whose ties were cut. When a part is used up, the most
// connected node left starts the next. Returns nodes in derivation order.
std::vector<int> growFromHubs(const GraphDerivation& graph, const std::vector<char>& alive,
                              const std::vector<char>& first, const std::vector<int>& degree,
                              std::vector<int> candidates, int count)
{
    const auto& edges = graph.edges();
    const size_t nodes = alive.size();
    std::vector<int> offsets(nodes + 1, 0);
    for (const auto& edge : edges) {
        if (alive[size_t(edge.from)] && alive[size_t(edge.to)]) {
            ++offsets[size_t(edge.from) + 1];
            ++offsets[size_t(edge.to) + 1];
        }
    }
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<int> neighbours(size_t(offsets.back()));
    std::vector<int> fill(offsets.begin(), offsets.end() - 1);
    for (const auto& edge : edges) {
        if (alive[size_t(edge.from)] && alive[size_t(edge.to)]) {
            neighbours[size_t(fill[size_t(edge.from)]++)] = edge.to;
            neighbours[size_t(fill[size_t(edge.to)]++)] = edge.from;
        }
    }
    const auto before = [&](int a, int b) {
        if (first[size_t(a)] != first[size_t(b)])
            return first[size_t(a)] > first[size_t(b)];
        if (degree[size_t(a)] != degree[size_t(b)])
            return degree[size_t(a)] > degree[size_t(b)];
        return a < b;
    };
    std::sort(candidates.begin(), candidates.end(), before);
    std::vector<char> kept(nodes, 0);
    std::vector<int> result;
    result.reserve(size_t(count));
    // A max-heap on the same order; a node may sit in it more than once.
    const auto worse = [&](int a, int b) { return before(b, a); };
    std::vector<int> frontier;
    for (int seed : candidates) {
        if (int(result.size()) >= count)
            break;
        if (kept[size_t(seed)])
            continue;
        frontier.push_back(seed);
        while (!frontier.empty() && int(result.size()) < count) {
            std::pop_heap(frontier.begin(), frontier.end(), worse);
            const int node = frontier.back();
            frontier.pop_back();
            if (kept[size_t(node)])
                continue;
            kept[size_t(node)] = 1;
            result.push_back(node);
            for (int i = offsets[size_t(node)]; i < offsets[size_t(node) + 1]; ++i) {
                if (!kept[size_t(neighbours[size_t(i)])]) {
                    frontier.push_back(neighbours[size_t(i)]);
                    std::push_heap(frontier.begin(), frontier.end(), worse);
                }
            }
        }
        frontier.clear();
    }
    std::sort(result.begin(), result.end());
    return result;
}

// Ego view, hidden kinds and the cap: which derived nodes are shown, in derivation order.
struct Selection
{
    std::vector<int> kept;
    std::vector<int> degree;
    int totalNodes = 0;
    int totalEdges = 0;
};

Selection select(const GraphRows& rows, const GraphDerivation& graph, const GraphQuery& query)
{
    const int count = graph.nodeCount();
    const auto& edges = graph.edges();
    Selection selection;
    selection.degree.assign(count, 0);
    for (const auto& edge : edges) {
        ++selection.degree[edge.from];
        ++selection.degree[edge.to];
    }
    std::vector<char> alive(count, 1);
    std::vector<char> first(count, 0); // kept before the more connected when the graph is capped
    if (query.egoHops > 0 && !query.egoSeeds.isEmpty()) {
        std::vector<int> offsets(count + 1, 0);
        for (const auto& edge : edges) {
            ++offsets[edge.from + 1];
            ++offsets[edge.to + 1];
        }
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        std::vector<int> neighbours(offsets.back());
        std::vector<int> fill(offsets.begin(), offsets.end() - 1);
        for (const auto& edge : edges) {
            neighbours[fill[edge.from]++] = edge.to;
            neighbours[fill[edge.to]++] = edge.from;
        }
        std::vector<int> distance(count, -1);
        std::vector<int> frontier;
        for (const QString& key : query.egoSeeds) {
            const int seed = graph.indexOfKey(key);
            if (seed >= 0 && distance[seed] < 0) {
                distance[seed] = 0;
                first[seed] = 1;
                frontier.push_back(seed);
            }
        }
        for (int hop = 1; hop <= query.egoHops && !frontier.empty(); ++hop) {
            std::vector<int> next;
            for (int node : frontier) {
                for (int i = offsets[node]; i < offsets[node + 1]; ++i) {
                    if (distance[neighbours[i]] < 0) {
                        distance[neighbours[i]] = hop;
                        next.push_back(neighbours[i]);
                    }
                }
            }
            frontier.swap(next);
        }
        for (int n = 0; n < count; ++n)
            alive[n] = distance[n] >= 0;
    }
    for (Id actor : query.expandedActors) {
        if (const int node = graph.indexOfActor(actor); node >= 0)
            first[node] = 1;
    }
    if (!query.expandedActors.isEmpty()) {
        for (const auto& role : rows.roles) {
            if (query.expandedActors.contains(role.actorId)) {
                if (const int node = graph.indexOfCase(rows.cases[role.caseIndex].id); node >= 0)
                    first[node] = 1;
            }
        }
    }
    std::vector<int> shown;
    for (int n = 0; n < count; ++n) {
        if (alive[n] && !query.isHidden(graph.kind(n)))
            shown.push_back(n);
        else
            alive[n] = 0;
    }
    selection.totalNodes = static_cast<int>(shown.size());
    selection.totalEdges = static_cast<int>(
        std::count_if(edges.cbegin(), edges.cend(), [&](const auto& e) { return alive[e.from] && alive[e.to]; }));
    if (query.maxNodes > 0 && static_cast<int>(shown.size()) > query.maxNodes)
        shown = growFromHubs(graph, alive, first, selection.degree, shown, query.maxNodes);
    selection.kept = std::move(shown);
    return selection;
}

// Names, titles, dates and countries for the nodes that are shown; notes and lags for their edges.
class Describer
{
public:
    Describer(Store& store, const GraphRows& rows)
        : m_store(store)
        , m_rows(rows)
    {
    }

    Status prepare()
    {
        for (auto [statement, sql] :
             {std::pair {&m_actor, "SELECT name, native_name, aliases, coalesce(country, '') FROM actors WHERE id = ?"},
              std::pair {&m_case,
                         "SELECT title, coalesce(target_country, accused_country, '') FROM cases WHERE id = ?"},
              std::pair {&m_event, "SELECT title, date, coalesce(country, '') FROM events WHERE id = ?"},
              std::pair {&m_link, "SELECT note FROM links WHERE id = ?"},
              std::pair {&m_venue, "SELECT venue_context FROM events WHERE id = ?"}}) {
            if (Status s = statement->prepare(connectionOf(m_store), sql); !s)
                return fail(GraphModel::tr("the graph could not be read: %1").arg(s.error()));
        }
        return {};
    }

    void describe(GraphNode& node, const GraphDerivation& graph, int derived)
    {
        switch (node.kind) {
        case GraphNodeKind::Case:
            m_case.bind(1, node.id);
            if (m_case.step()) {
                node.title = m_case.columnText(0);
                node.label = caseLabel(node.title);
                node.country = m_case.columnText(1);
            }
            m_case.reset();
            node.status = statusOf(node.id);
            break;
        case GraphNodeKind::Statement:
        case GraphNodeKind::Announcement:
            m_event.bind(1, node.id);
            if (m_event.step()) {
                node.title = m_event.columnText(0);
                node.label = node.title;
                const QString date = m_event.columnText(1);
                node.date = date.isEmpty() ? PartialDate() : PartialDate::parse(date).value_or(PartialDate());
                node.country = m_event.columnText(2);
            }
            m_event.reset();
            break;
        case GraphNodeKind::Venue: {
            const auto& place = graph.places()[size_t(graph.recordId(derived))];
            const QString country = CountryCatalog::name(place.country);
            node.label = place.city.isEmpty() ? country : place.city + QStringLiteral(", ") + country;
            node.title = node.label;
            node.country = place.country;
            node.id = 0;
            break;
        }
        default:
            m_actor.bind(1, node.id);
            if (m_actor.step()) {
                const QString name = m_actor.columnText(0);
                const QString nativeName = m_actor.columnText(1);
                const QString aliases = m_actor.columnText(2);
                node.label = actorLabel(name, nativeName,
                                        aliases.isEmpty() ? QStringList() : aliases.split(u'\n', Qt::SkipEmptyParts));
                node.title = nativeName.isEmpty() || nativeName == name ? name : name + u' ' + nativeName;
                node.country = m_actor.columnText(3);
            }
            m_actor.reset();
            break;
        }
        if (node.label.isEmpty())
            node.label = node.key;
    }

    QString linkNote(Id link)
    {
        return text(m_link, link);
    }
    QString venueContext(Id event)
    {
        return text(m_venue, event);
    }
    // Statements with no country of their own speak for the actor's.
    QString actorCountry(Id actor) const
    {
        const int country = m_rows.actors.value(actor).country;
        return country >= 0 ? m_rows.countries.at(country) : QString();
    }
    Id eventActor(Id event) const
    {
        const auto it = std::lower_bound(m_rows.events.cbegin(), m_rows.events.cend(), event,
                                         [](const auto& row, Id id) { return row.id < id; });
        return it != m_rows.events.cend() && it->id == event ? it->actorId : 0;
    }
    Id eventCase(Id event) const
    {
        const auto it = std::lower_bound(m_rows.events.cbegin(), m_rows.events.cend(), event,
                                         [](const auto& row, Id id) { return row.id < id; });
        return it != m_rows.events.cend() && it->id == event ? it->caseId : 0;
    }

private:
    CaseStatus statusOf(Id caseId) const
    {
        const int index = m_rows.caseIndex(caseId);
        return index >= 0 ? m_rows.cases[index].status : CaseStatus::Unknown;
    }
    static QString text(SqliteStatement& statement, Id id)
    {
        statement.bind(1, id);
        QString result = statement.step() ? statement.columnText(0) : QString();
        statement.reset();
        return result;
    }

    Store& m_store;
    const GraphRows& m_rows;
    SqliteStatement m_actor;
    SqliteStatement m_case;
    SqliteStatement m_event;
    SqliteStatement m_link;
    SqliteStatement m_venue;
};

} // namespace

Result<GraphData> GraphModel::build(Store& store, const GraphQuery& query, const Cancelled& cancelled)
{
    auto rows = GraphSource(store, query, cancelled).read();
    if (!rows)
        return fail(rows.error());
    // Events are looked up by id below.
    GraphDerivation graph(*rows);
    graph.run();
    if (cancelled && cancelled())
        return fail(tr("cancelled"));
    const Selection selection = select(*rows, graph, query);

    Describer describer(store, *rows);
    if (Status s = describer.prepare(); !s)
        return fail(s.error());
    GraphData data;
    data.totalNodes = selection.totalNodes;
    data.totalEdges = selection.totalEdges;
    std::vector<int> shownIndex(graph.nodeCount(), -1);
    data.nodes.reserve(static_cast<qsizetype>(selection.kept.size()));
    for (int derived : selection.kept) {
        shownIndex[derived] = static_cast<int>(data.nodes.size());
        GraphNode node;
        node.kind = graph.kind(derived);
        node.id = graph.recordId(derived);
        node.key = graph.key(derived);
        node.degree = selection.degree[derived];
        describer.describe(node, graph, derived);
        if (node.kind == GraphNodeKind::Statement || node.kind == GraphNodeKind::Announcement) {
            node.caseId = describer.eventCase(node.id);
            if (node.country.isEmpty())
                node.country = describer.actorCountry(describer.eventActor(node.id));
        }
        data.nodes.append(std::move(node));
    }
    distinguishCaseLabels(data.nodes);
    data.reindex();
    for (const auto& derived : graph.edges()) {
        const int from = shownIndex[derived.from];
        const int to = shownIndex[derived.to];
        if (from < 0 || to < 0)
            continue;
        GraphEdge edge;
        edge.from = from;
        edge.to = to;
        edge.kinds = derived.kinds;
        edge.certainty = derived.certainty;
        if (edge.isLink()) {
            edge.lag = linkLag(data.nodes.at(to).date, data.nodes.at(from).date);
            edge.detail = describer.linkNote(graph.detail(derived));
        } else if (edge.has(GraphEdgeKind::RecruitedAt)) {
            edge.detail = describer.venueContext(graph.detail(derived));
        }
        data.edges.append(std::move(edge));
    }
    return data;
}

} // namespace Spyline
