#!/bin/sh
# Runs every benchmark and prints the table of targets with the figures measured.
# The collections of 1,000, 100,000 and 1,000,000 events are generated once into
# $SPYLINE_BENCH_DIR (default /tmp/spyline-bench, about 500 MB) and reused.
# BENCH_FILTER, when set, is passed to every benchmark as --benchmark_filter.
set -eu

build=${1:-build}
results="$build/benchmark-results"
rm -rf "$results"
mkdir -p "$results"
for bench in "$build"/tests/benchmarks/spyline_*_benchmark; do
    name=$(basename "$bench")
    echo "== $name"
    # The team collection's benchmark runs beside a private PostgreSQL server of its own.
    beside=""
    if [ "$name" = spyline_team_benchmark ]; then
        beside="$(dirname "$0")/with-postgres.sh"
    fi
    if [ -n "${BENCH_FILTER:-}" ]; then
        QT_QPA_PLATFORM=offscreen $beside "$bench" --benchmark_out="$results/$name.json" \
            --benchmark_out_format=json --benchmark_filter="$BENCH_FILTER"
    else
        QT_QPA_PLATFORM=offscreen $beside "$bench" --benchmark_out="$results/$name.json" --benchmark_out_format=json
    fi
done
echo
echo "Targets (median of the repetitions; where a target covers several variants, the worst):"
"$build/tests/benchmarks/spyline_benchmark_summary" "$results"
