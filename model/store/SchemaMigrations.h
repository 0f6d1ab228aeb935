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

} // namespace Spyline
