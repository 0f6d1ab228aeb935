#pragma once

#include "graph/GraphData.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace Spyline::GraphTesting {

// The node titled `prefix`, else the first whose title starts with it; fails the test when there is none.
inline const GraphNode* nodeTitled(const GraphData& data, const QString& prefix)
{
    for (const GraphNode& node : data.nodes) {
        if (node.title == prefix)
            return &node;
    }
    for (const GraphNode& node : data.nodes) {
        if (node.title.startsWith(prefix))
            return &node;
    }
    ADD_FAILURE() << "no node titled " << prefix.toStdString();
    return nullptr;
}

inline bool hasNodeTitled(const GraphData& data, const QString& prefix)
{
    return std::any_of(data.nodes.cbegin(), data.nodes.cend(),
                       [&](const GraphNode& node) { return node.title.startsWith(prefix); });
}

// The edge from one node to another, or nullptr.
inline const GraphEdge* edgeBetween(const GraphData& data, const GraphNode* from, const GraphNode* to)
{
    if (!from || !to)
        return nullptr;
    const int a = data.indexOf(from->key);
    const int b = data.indexOf(to->key);
    for (const GraphEdge& edge : data.edges) {
        if (edge.from == a && edge.to == b)
            return &edge;
    }
    return nullptr;
}

inline bool hasEdge(const GraphData& data, const QString& from, const QString& to, GraphEdgeKind kind)
{
    const GraphEdge* edge = edgeBetween(data, nodeTitled(data, from), nodeTitled(data, to));
    return edge && edge->has(kind);
}

} // namespace Spyline::GraphTesting
