#!/bin/sh
# The model links Qt Core, SQLite and libpq only, and the program loads no Qt SQL (whose SQLite driver
# may carry a second copy of SQLite): read from what the dynamic linker loads.
# Usage: check-links.sh MODEL_TESTS SPYLINE
set -eu
model=$(ldd "$1")
program=$(ldd "$2")
status=0
for library in libQt6Gui libQt6Widgets libQt6Sql; do
    if echo "$model" | grep -q "$library"; then
        echo "$1 (the model and its tests) loads $library" >&2
        status=1
    fi
done
for library in libQt6Core libsqlite3 libpq; do
    if ! echo "$model" | grep -q "$library"; then
        echo "$1 (the model and its tests) does not load $library" >&2
        status=1
    fi
done
if echo "$program" | grep -q libQt6Sql; then
    echo "$2 loads libQt6Sql: collections are opened through SQLite itself, not Qt SQL" >&2
    status=1
fi
if ! echo "$program" | grep -q libsqlite3; then
    echo "$2 does not load the system's SQLite" >&2
    status=1
fi
[ $status -ne 0 ] || echo "the model loads Qt Core, SQLite and libpq only; the program loads no Qt SQL"
exit $status
