#pragma once

#include "records/Records.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Spyline {

// What a node of the relationship graph stands for. Actors keep their own kind.
enum class GraphNodeKind : quint8
{
    Person,
    Agency,
    Organisation,
    Government,
    Media,
    Case,
    Venue, // where a recruitment happened: country and city
    Statement,
    Announcement,
};
constexpr int graphNodeKindCount = 9;

// What a tie between two nodes says; each reads from its first node to its second.
enum class GraphEdgeKind : quint8
{
    SuspectIn, // person -> case
    RecruitedBy, // suspect -> recruiter
    HandledBy, // suspect -> handler
    IntroducedBy, // recruiter -> intermediary who introduced them
    MemberOf, // recruiter (or handler) -> the agency or station the case names
    StationOf, // station -> its agency (the actor's part_of)
    EmployedBy, // person -> employer
    RecruitedAt, // suspect -> venue
    DisclosedBy, // case -> disclosing authority
    AttributedTo, // case -> sponsoring agency, when no person of the case ties to it
    Announces, // announcement -> case
    StatementBy, // statement -> who made it
    About, // statement -> the case it belongs to
    RespondsTo, // later event -> earlier event, with the lag
    References,
    Follows,
};
constexpr int graphEdgeKindCount = 16;

// How firmly the record supports a tie, strongest first. Ties derived from a case are as firm as
// its status: a court's finding, a claim, or a claim that is denied or was rejected.
enum class GraphCertainty : quint8
{
    Record, // not an accusation: who disclosed, which agency a station belongs to, who spoke
    Finding, // convicted or sentenced
    Claim, // alleged, under investigation, charged, unknown
    Disputed, // denied, acquitted, dismissed
};

enum class GraphLayoutKind : quint8
{
    Relations, // force-directed
    Chronology, // statements and announcements in time order, left to right
};

struct GraphNode
{
    QString key; // "actor:12", "case:3", "event:7", "venue:IT:Rome"
    GraphNodeKind kind = GraphNodeKind::Person;
    Id id = 0; // the actor, case or event; 0 for venues
    Id caseId = 0; // an event's case
    QString label; // short, for the chart: "CIA", "Zeng 曾"
    QString title; // in full, for tooltips: "Central Intelligence Agency"
    QString country;
    PartialDate date; // an event's date; a case's disclosure
    CaseStatus status = CaseStatus::Unknown; // cases
    int degree = 0; // ties in the filtered graph, also to nodes the cap leaves out
};

struct GraphEdge
{
    int from = 0; // index into GraphData::nodes
    int to = 0;
    quint32 kinds = 0; // one bit per GraphEdgeKind: two people can be tied in more than one way
    GraphCertainty certainty = GraphCertainty::Record;
    std::optional<Lag> lag; // event links
    QString detail; // a venue's context, a link's note

    bool has(GraphEdgeKind kind) const
    {
        return kinds & (1u << static_cast<int>(kind));
    }
    bool isLink() const
    {
        return has(GraphEdgeKind::RespondsTo) || has(GraphEdgeKind::References) || has(GraphEdgeKind::Follows);
    }
};

// Nodes and edges of the relationship graph for one query.
struct GraphData
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::GraphData)

public:
    QList<GraphNode> nodes;
    QList<GraphEdge> edges;
    // Tells one graph from another for the caches that measure it: a graph built where another was
    // (the same address, the same node count) is still a new one. A copy is the same graph.
    quint64 generation = newGeneration();
    // Before the cap: what the filter matches. More than nodes.size() when the graph is capped.
    int totalNodes = 0;
    int totalEdges = 0;

    static quint64 newGeneration();

    bool isCapped() const
    {
        return totalNodes > nodes.size();
    }
    // Index of the node with this key, or -1.
    int indexOf(const QString& key) const
    {
        return m_index.value(key, -1);
    }
    // Call after filling nodes.
    void reindex();

private:
    QHash<QString, int> m_index;
};

constexpr quint32 graphEdgeBit(GraphEdgeKind kind)
{
    return 1u << static_cast<int>(kind);
}

// "actor:12" and friends, as stored in node_positions.
QString graphNodeKey(GraphNodeKind kind, Id id);
QString graphVenueKey(const QString& country, const QString& city);

// For people: "person", "announcement".
QString graphNodeKindLabel(GraphNodeKind kind);
// "recruited by", "responds to".
QString graphEdgeKindLabel(GraphEdgeKind kind);
// What an edge says: "recruited and handled by", "responds to · 22 d".
QString graphEdgeLabel(const GraphEdge& edge);
// "claim", for legends and tooltips.
QString graphCertaintyLabel(GraphCertainty certainty);
GraphCertainty graphCertaintyOf(CaseStatus status);

// The layout's name in the collection: "relations", "chronology".
QString graphLayoutKey(GraphLayoutKind layout);

} // namespace Spyline
