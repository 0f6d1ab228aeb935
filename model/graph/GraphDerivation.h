#pragma once

#include "graph/GraphSource.h"

#include <vector>

namespace Spyline {

// The whole filtered graph with numbers for names: what the ego view, the hidden kinds and the
// cap work on before any name is read. See GraphModel for which ties are derived and how.
class GraphDerivation
{
public:
    // Twelve bytes: a million-event collection has a million and a half of them.
    struct Edge
    {
        int from = 0;
        int to = 0;
        quint16 kinds = 0;
        GraphCertainty certainty = GraphCertainty::Record;
    };

    explicit GraphDerivation(const GraphRows& rows);
    void run();

    int nodeCount() const
    {
        return static_cast<int>(m_kinds.size());
    }
    GraphNodeKind kind(int node) const
    {
        return m_kinds[node];
    }
    // The actor, case or event; for a venue, its index into places().
    Id recordId(int node) const
    {
        return m_ids[node];
    }
    QString key(int node) const;
    // The node a key names ("actor:12", "venue:IT:Rome"), or -1.
    int indexOfKey(const QString& key) const;
    int indexOfActor(Id id) const;
    int indexOfCase(Id id) const;
    const std::vector<Edge>& edges() const
    {
        return m_edges;
    }
    // The link an event edge stands for, or the event that names a venue; 0 for other edges.
    Id detail(const Edge& edge) const;
    const std::vector<GraphRows::Place>& places() const
    {
        return m_rows.places;
    }

private:
    int node(quint64 key, GraphNodeKind kind, Id id);
    int actorNode(Id id);
    bool isPerson(Id actor) const;
    int countryOf(Id actor) const;
    void edge(int from, int to, GraphEdgeKind kind, GraphCertainty certainty, Id detail = 0);
    void deriveCases();
    void deriveCase(int caseIndex, size_t first, size_t last, const GraphRows::VenueRow* venue);
    void deriveEvents();
    void deriveStations();
    void mergeEdges();

    const GraphRows& m_rows;
    std::vector<quint64> m_keys;
    std::vector<GraphNodeKind> m_kinds;
    std::vector<Id> m_ids;
    std::vector<Edge> m_edges;
    std::vector<std::pair<quint64, Id>> m_details; // (from, to) packed, sorted
    QHash<quint64, int> m_index;
    QHash<QString, int> m_venueIndex;
    std::vector<std::pair<int, int>> m_authorities; // (case node, authority node), sorted
};

} // namespace Spyline
