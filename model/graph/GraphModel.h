#pragma once

#include "graph/GraphQuery.h"

#include <functional>

#include <QCoreApplication>

namespace Spyline {

class Store;

// Builds the relationship graph from the store for a query: who is tied to whom in the cases
// the filter leaves, as the record says it and no more firmly.
//
// Nodes: the actors of those cases (persons, agencies and stations, organisations, government
// bodies, media), the cases, recruitment venues, and the cases' statements and announcements
// with the statements of no case that links tie to them. Edges, each read from its first node:
//   suspect -suspect in-> case, suspect -recruited by-> recruiter, suspect -handled by-> handler,
//   recruiter -introduced by-> intermediary, recruiter -member of-> the most specific agency the
//   case names (a station rather than its agency; handlers when there is no recruiter),
//   station -station of-> agency (part_of), person -employed by-> employer (the suspect when they
//   share a country, else the other side's first contact: intermediary, else recruiter),
//   suspect -recruited at-> venue, case -disclosed by-> authority, case -attributed to-> agency
//   when no person ties to it, announcement -announces-> case, statement -by-> actor,
//   statement -about-> case, and later event -responds to / references / follows-> earlier event
//   with the lag. Ties derived from a case carry its status as their certainty.
//
// A large collection stays usable: the graph is derived for the whole filter in compact form,
// then the ego view and hidden kinds narrow it, and at most maxNodes nodes are kept, the
// selection first and then the most connected; totalNodes says how many there were.
class GraphModel
{
    Q_DECLARE_TR_FUNCTIONS(Spyline::GraphModel)

public:
    using Cancelled = std::function<bool()>;

    // Works on the calling thread's connection; `cancelled` is polled between steps.
    static Result<GraphData> build(Store& store, const GraphQuery& query, const Cancelled& cancelled = {});
};

} // namespace Spyline
