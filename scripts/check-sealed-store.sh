#!/bin/sh
# The store is sealed: SQL lives in model/ and nowhere else. Fails, naming file:line, where the
# views, the window, the tools or their tests include a SQL header, name a Qt SQL class or an
# SQLite or libpq function or type, reach for the store's private headers or define the macro that opens
# them. Run by every build (before the views and the window are compiled) and by ctest.
# Exempt, because they are the store's own: model/, the model's and the undo commands' tests
# (tests/model, tests/editing, tests/postgres), the store's benchmark, and tests/hostile, which stands for other
# programs writing to a collection file behind Spyline's back.
# Usage: check-sealed-store.sh SOURCE_DIR
set -eu
cd "$1"
# The build files of the views, the window and the tools may not link SQL either; those of the tests
# say which test targets are the store's own.
files=$( (find views app tools -type f \( -name 'CMakeLists.txt' -o -name '*.cmake' \)
    find views app tools tests -type f \( -name '*.cpp' -o -name '*.h' \) ! -path 'tests/model/*' \
        ! -path 'tests/editing/*' ! -path 'tests/postgres/*' ! -path 'tests/hostile/*' ! -path 'tests/benchmarks/StoreBenchmark.cpp') | LC_ALL=C sort)
pattern='#[[:space:]]*include[[:space:]]*[<"](QtSql|QSql|sqlite3|libpq-fe|postgresql/)'
pattern="$pattern|(^|[^A-Za-z0-9_])QSql[A-Z]"
pattern="$pattern|(^|[^A-Za-z0-9_])sqlite3_[a-z]|(^|[^A-Za-z0-9_])sqlite3[[:space:]]*\\*"
pattern="$pattern|(^|[^A-Za-z0-9_])PQ[a-z][A-Za-z]*[[:space:]]*\\(|(^|[^A-Za-z0-9_])(PGconn|PGresult|pg_conn|pg_result)([^A-Za-z0-9_]|$)"
pattern="$pattern|#[[:space:]]*include[[:space:]]*\"(store/)?(SqliteStatement|StoreAccess|SearchTokenizer|RecordWriter|RecordColumns|RecordById|SqlStatement|PostgresConnection|PostgresStatement|ServerCollection|ServerPrivileges|ChangeLog)\\.h\""
pattern="$pattern|SPYLINE_STORE_INTERNALS|Qt6?::Sql|SQLite::SQLite3|LIBPQ|PostgreSQL::PostgreSQL"
found=$(echo "$files" | xargs grep -nE "$pattern" /dev/null || true)
if [ -n "$found" ]; then
    echo "$found" | sed 's/^\([^:]*:[0-9]*\):/\1: SQL outside the store:/' >&2
    echo "Only model/ runs SQL: add a repository method or a model function and call that instead." >&2
    exit 1
fi
echo "$(echo "$files" | wc -l) files outside the store name no SQL"
