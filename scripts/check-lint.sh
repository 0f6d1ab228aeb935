#!/bin/sh
# clang-tidy (.clang-tidy) and clazy over the C++ sources changed since BASE (default: main), in a
# configured build folder: prints every finding and fails when there is one. A whole-tree run
# (BASE=--all) takes about 8 s a file on one core.
# Usage: scripts/check-lint.sh [BUILD_FOLDER] [BASE|--all]
set -eu
build=${1:-build}
base=${2:-main}
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json: configure first" >&2; exit 2; }
if [ "$base" != "--all" ] && ! git cat-file -e "$base^{commit}" 2>/dev/null; then
    # A shallow clone may not hold the base: then every source is linted.
    echo "lint: $base is not in this clone's history; linting every source"
    base=--all
fi
if [ "$base" = "--all" ]; then
    files=$(git ls-files 'model/*.cpp' 'views/*.cpp' 'app/*.cpp' 'tools/*.cpp')
else
    files=$(git diff --name-only --diff-filter=AM "$base" -- 'model/*.cpp' 'views/*.cpp' 'app/*.cpp' 'tools/*.cpp')
fi
[ -n "$files" ] || { echo "lint: no changed sources since $base"; exit 0; }
count=$(echo "$files" | wc -l)
echo "lint: $count sources"
# The compiler's precompiled header is not one clang's tools can read, and each source is checked
# as it stands: the compile commands without it.
commands="$build/lint"
mkdir -p "$commands"
sed -e 's| -Winvalid-pch||g' -e 's| -fpch-preprocess||g' -e 's| -include [^ ]*/cmake_pch\.hxx||g' \
    -e 's| -Xclang -include-pch -Xclang [^ ]*/cmake_pch\.hxx\.pch||g' \
    -e 's| -Xclang -include -Xclang [^ ]*/cmake_pch\.hxx||g' \
    "$build/compile_commands.json" >"$commands/compile_commands.json"
failed=0
# GCC's own warning flags mean nothing to clang's front end.
extra="--extra-arg=-Wno-unknown-warning-option"
echo "$files" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$commands" --quiet $extra >"$build/lint-tidy.log" 2>&1 || failed=1
grep -E '(warning|error): ' "$build/lint-tidy.log" | grep -v 'unknown warning option' | sort -u || true
clazy_checks=level0,level1,no-non-pod-global-static,no-qstring-allocations
echo "$files" | CLAZY_CHECKS=$clazy_checks xargs -P "$(nproc)" -n 4 clazy-standalone -p "$commands/compile_commands.json" \
    $extra >"$build/lint-clazy.log" 2>&1 || failed=1
# Findings in Spyline's own files, not in Qt's headers.
root=$(pwd)
grep -E "^$root/.*(warning|error): .*\[-Wclazy" "$build/lint-clazy.log" | sort -u || true
if grep -qE "^$root/.*(warning|error): .*\[-Wclazy" "$build/lint-clazy.log"; then failed=1; fi
[ "$failed" = 0 ] && echo "lint: no finding"
exit "$failed"
