#!/bin/sh
# Every C++ file of the repository is formatted as `make format` leaves it (the repository's
# .clang-format), so that a change shows what it changes and nothing else.
# Usage: check-format.sh SOURCE_DIR
set -eu
cd "$1"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    files=$(git ls-files '*.cpp' '*.h')
else
    files=$(find app model views tests tools -name '*.cpp' -o -name '*.h')
fi
count=$(echo "$files" | wc -l)
if ! echo "$files" | xargs clang-format --dry-run --Werror; then
    echo "Run 'make format' and commit the result." >&2
    exit 1
fi
echo "$count files formatted as .clang-format says"
