#!/bin/sh
# Runs each libFuzzer target for a bounded time on a copy of its seed corpus.
# Fails on a crash, a hang (an input running over 10 s) or a sanitizer report.
# FUZZ_TARGETS="name:corpus ..." runs a part of them.
set -eu
seconds=${1:-60}
build=${2:-build-asan}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Leaks of the system's font library are not ours to fix (see the file).
LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
status=0
for target in ${FUZZ_TARGETS:-partial_date:date csv_import:csv json_import:json collection_reader:collection option_parser:options sheet_import:sheet}; do
    name=${target%%:*}
    corpus=${target##*:}
    mkdir -p "$work/$corpus" "$work/artifacts-$name"
    cp "$root/tests/fuzz/corpus/$corpus/"* "$work/$corpus/"
    echo "fuzzing $name for ${seconds}s"
    if ! "$root/$build/tests/fuzz/${name}_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts-$name/" "$work/$corpus" >"$work/$name.log" 2>&1; then
        status=1
        tail -n 40 "$work/$name.log"
        for artifact in "$work/artifacts-$name/"*; do
            [ -e "$artifact" ] || continue
            echo "input that failed ($artifact), base64:"
            base64 "$artifact" | head -c 4000
            echo
        done
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$name.log" | sed "s/^/  $name /"
done
exit $status
