#pragma once

#include <QString>

namespace Spyline {

// The one description of Spyline's schema on both backends: migration N brings a collection from
// schema N-1 to schema N, with a script for SQLite (model/sql/00N-*.sql) and one for PostgreSQL
// (model/sql/postgresql/00N-*.sql). Collections on a server begin at PostgresFirstSchema, whose
// PostgreSQL script creates that schema whole; from there on every version has both scripts.
enum class SchemaBackend
{
    Sqlite,
    Postgres,
};

inline constexpr int PostgresFirstSchema = 6;

// The script that brings a collection on `backend` from schema version-1 to `version` (for
// PostgreSQL at PostgresFirstSchema: from nothing); empty when there is none.
QString schemaMigration(SchemaBackend backend, int version);

// Server additions: what only a collection on a server has and a file never needs (the change log
// that tells the other clients of a change, ServerChangeListener.h). They are not schema versions,
// so a file's schema does not move for them. Addition N (model/sql/postgresql/server-N-*.sql) is
// made on top of schema serverAdditionSchema(N); a collection counts the additions it has in
// spyline_collection.server_additions (a column addition 1 brings; without it, none). The rules:
// - an addition only adds (tables, functions, triggers, that column): a build that does not know
//   it reads and writes the collection beside it, and its own writes are still logged;
// - opening read-write (as a role that owns the collection) makes the additions the collection
//   lacks, each once its schema is reached; a PostgreSQL migration written after an addition may
//   rely on it;
// - opening read-only, or as a role that may not make them, works without them and says what is
//   missing (ServerCollection::missingAdditions).
inline constexpr int ServerAdditions = 1;

// The schema version addition `number` is made on; 0 when there is no such addition.
int serverAdditionSchema(int number);
// The script that makes addition `number`; empty when there is none.
QString serverAddition(int number);

} // namespace Spyline
