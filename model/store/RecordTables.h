#pragma once

// The tables that hold a collection's records, private to the store (see StoreAccess.h).
#ifndef SPYLINE_STORE_INTERNALS
#error "RecordTables.h is private to the store (model/): ask a repository or a model function instead"
#endif

namespace Spyline {

// A table that holds records, and the columns of its key, comma-separated, in the order the server's
// change log joins them (model/store/sql/postgresql/server-1-change-log.sql).
struct RecordTable
{
    const char* name;
    const char* key;
};

// Every table that holds records, parents before children. The full-text indexes are not among
// them: each backend keeps its own from the records.
inline constexpr RecordTable recordTables[] = {
    {"countries", "code"},
    {"actors", "id"},
    {"sources", "id"},
    {"cases", "id"},
    {"roles", "id"},
    {"events", "id"},
    {"citations", "id"},
    {"links", "id"},
    {"node_positions", "layout,node"},
    {"merge_origins", "id"},
    {"merged_records", "kind,record_id,origin_id"},
};

} // namespace Spyline
