#pragma once

#include "graph/GraphData.h"
#include "records/CaseFilter.h"

namespace Spyline {

// Which part of the collection the relationship graph shows.
struct GraphQuery
{
    // The shared filter with the brushed date range applied (ViewState::effectiveFilter()).
    CaseFilter filter;
    // One bit per GraphNodeKind that is hidden.
    quint32 hiddenKinds = 0;
    // The ego view: only nodes within egoHops ties of these nodes (keys); off when egoHops is 0.
    QStringList egoSeeds;
    int egoHops = 0;
    // Actors whose cases are shown whatever the filter, and actors whose cases are hidden
    // (double-clicked open or shut). The actor itself stays.
    QList<Id> expandedActors;
    QList<Id> collapsedActors;
    // At most this many nodes are laid out, the most connected first.
    int maxNodes = 5000;

    bool isHidden(GraphNodeKind kind) const
    {
        return hiddenKinds & (1u << static_cast<int>(kind));
    }
    void setHidden(GraphNodeKind kind, bool hidden)
    {
        const quint32 bit = 1u << static_cast<int>(kind);
        hiddenKinds = hidden ? hiddenKinds | bit : hiddenKinds & ~bit;
    }
    bool operator==(const GraphQuery& other) const
    {
        return filter == other.filter && hiddenKinds == other.hiddenKinds && egoSeeds == other.egoSeeds
            && egoHops == other.egoHops && sameItems(expandedActors, other.expandedActors)
            && sameItems(collapsedActors, other.collapsedActors) && maxNodes == other.maxNodes;
    }
};

} // namespace Spyline
