#!/bin/sh
# check-sealed-store.sh finds each way of reaching SQL from outside the store, names the file and
# the line, and fails; a tree without any passes.
# Usage: seal-check-finds-sql.sh SOURCE_DIR
set -eu
check="$1/scripts/check-sealed-store.sh"
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/views/graph" "$tree/app" "$tree/tools" "$tree/tests/views" "$tree/tests/model"
printf '#include "store/Store.h"\n\nint clean() { return 0; }\n' >"$tree/views/graph/Clean.cpp"
# The store's own tests may speak SQL.
printf '#include <sqlite3.h>\n' >"$tree/tests/model/StoreTest.cpp"
sh "$check" "$tree" >/dev/null || { echo "a tree without SQL outside the store was refused" >&2; exit 1; }

printf 'int a;\n#include <QSqlQuery>\n' >"$tree/views/graph/Header.cpp"
printf 'int b;\nint c;\n  #  include <sqlite3.h>\n' >"$tree/app/Raw.cpp"
printf 'void f() { QSqlDatabase::database(); }\n' >"$tree/tools/Symbol.cpp"
printf 'void g(Store& s) { sqlite3_exec(nullptr, "", nullptr, nullptr, nullptr); }\n' >"$tree/tests/views/Call.cpp"
printf 'struct sqlite3;\nsqlite3 *handle();\n' >"$tree/views/Handle.h"
printf '#include "store/StoreAccess.h"\n' >"$tree/views/Private.cpp"
printf 'target_link_libraries(x PRIVATE Qt6::Sql)\n' >"$tree/app/CMakeLists.txt"
printf '#include <libpq-fe.h>\n' >"$tree/views/Server.cpp"
printf 'int h;\nvoid q(PGconn* c) { PQexec(c, "DROP TABLE cases"); }\n' >"$tree/tools/Server.cpp"
printf '#include "store/PostgresStatement.h"\n' >"$tree/app/Statement.cpp"
if output=$(sh "$check" "$tree" 2>&1); then
    echo "SQL outside the store was not found" >&2
    exit 1
fi
status=0
for expected in views/graph/Header.cpp:2 app/Raw.cpp:3 tools/Symbol.cpp:1 tests/views/Call.cpp:1 views/Handle.h:2 \
    views/Private.cpp:1 app/CMakeLists.txt:1 views/Server.cpp:1 tools/Server.cpp:2 app/Statement.cpp:1; do
    if ! echo "$output" | grep -q "^$expected: SQL outside the store"; then
        echo "not named: $expected" >&2
        status=1
    fi
done
if echo "$output" | grep -q -e 'Clean.cpp' -e 'tests/model'; then
    echo "named what is allowed:" >&2
    status=1
fi
[ $status -eq 0 ] || echo "$output" >&2
exit $status
