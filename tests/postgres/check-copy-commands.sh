#!/bin/sh
# The commands on a PostgreSQL server, end to end, run beside the private server of
# scripts/with-postgres.sh: init, copy either way, dump. The sample collection and the realistic
# sheets imported into a file, copied to the server, dumped from both: the same bytes; copied back
# to a new file and dumped again: the same bytes. Import, merge and generate on the server give the
# dumps they give on a file. A target with records, a password in the address, a newer schema and a
# role that may only read are refused with a message.
# Usage: check-copy-commands.sh SPYLINE REALISTIC_DATA_DIR
set -eu
spyline="$1"
data="$2"
if [ -z "${PGHOST:-}" ]; then
    echo "no PostgreSQL server: run this through scripts/with-postgres.sh (ctest does)" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LANGUAGE=en HOME="$work"
failures=0
failed() {
    echo "FAILED: $*" >&2
    failures=$((failures + 1))
}
check() {
    # check DESCRIPTION COMMAND...: the command must succeed.
    description="$1"
    shift
    if ! "$@" >"$work/out" 2>"$work/err"; then
        failed "$description: $(cat "$work/err")"
    fi
}
refused() {
    # refused DESCRIPTION EXPECTED_TEXT COMMAND...: exit status 1 and the text on stderr.
    description="$1"
    expected="$2"
    shift 2
    status=0
    "$@" >"$work/out" 2>"$work/err" || status=$?
    if [ "$status" -ne 1 ] || ! grep -qF -- "$expected" "$work/err"; then
        failed "$description: exit $status, stderr: $(cat "$work/err")"
    fi
}
same() {
    if ! cmp -s "$2" "$3"; then
        failed "$1: $2 and $3 differ"
        diff "$2" "$3" | head -n 10 >&2 || true
    fi
}
database() {
    psql -X -q -d postgres -c "CREATE DATABASE $1" >/dev/null
    echo "postgresql:///$1?host=$PGHOST&port=$PGPORT"
}

# A realistic collection in a file.
file="$work/class.spyline"
check "init --sample" "$spyline" init --db "$file" --sample
for sheet in cases-by-person statements links; do
    check "import $sheet" "$spyline" import --db "$file" "$data/$sheet.csv" --map "$data/$sheet.map.json" \
        --skip-bad-values
done

# To the server: an empty database becomes a collection.
server=$(database class)
check "copy to the server" "$spyline" copy --from "$file" --to "$server"
grep -q "^copied .* cases" "$work/out" || failed "copy did not say what it copied: $(cat "$work/out")"
check "dump the file" "$spyline" dump --db "$file" --format json --out "$work/file.json"
check "dump the server" "$spyline" dump --db "$server" --format json --out "$work/server.json"
same "JSON of the file and of the server" "$work/file.json" "$work/server.json"
check "dump the file as CSV" "$spyline" dump --db "$file" --format csv --out "$work/file.csv"
check "dump the server as CSV" "$spyline" dump --db "$server" --format csv --out "$work/server.csv"
same "CSV of the file and of the server" "$work/file.csv" "$work/server.csv"
[ "$(wc -c <"$work/file.json")" -gt 100000 ] || failed "the dump is too small to hold the realistic collection"

# Back to a new file.
check "copy back to a new file" "$spyline" copy --from "$server" --to "$work/back.spyline"
check "dump the new file" "$spyline" dump --db "$work/back.spyline" --format json --out "$work/back.json"
same "JSON of the file copied back" "$work/file.json" "$work/back.json"

# File to file.
check "copy file to file" "$spyline" copy --from "$work/back.spyline" --to "$work/again.spyline"
check "dump the second file" "$spyline" dump --db "$work/again.spyline" --format json --out "$work/again.json"
same "JSON of the file copied to a file" "$work/file.json" "$work/again.json"

# A target with records is refused, and replaced only when asked.
check "init an empty file" "$spyline" init --db "$work/empty.spyline"
refused "copy over a server with records" "already holds records" \
    "$spyline" copy --from "$work/empty.spyline" --to "$server"
refused "copy over a file with records" "already holds records" \
    "$spyline" copy --from "$work/empty.spyline" --to "$work/back.spyline"
check "the server still holds its records" "$spyline" dump --db "$server" --format json --out "$work/kept.json"
same "a refused copy leaves the server as it was" "$work/file.json" "$work/kept.json"
check "copy --replace" "$spyline" copy --from "$work/empty.spyline" --to "$server" --replace
check "dump the replaced server" "$spyline" dump --db "$server" --format json --out "$work/replaced.json"
check "dump the empty file" "$spyline" dump --db "$work/empty.spyline" --format json --out "$work/empty.json"
same "the server replaced by an empty collection" "$work/empty.json" "$work/replaced.json"

# init on a server, with the sample, dumps as a file made with the sample does.
sample=$(database sample)
check "init --sample on the server" "$spyline" init --db "$sample" --sample
check "init --sample in a file" "$spyline" init --db "$work/sample.spyline" --sample
check "dump the server's sample" "$spyline" dump --db "$sample" --format json --out "$work/sample-server.json"
check "dump the file's sample" "$spyline" dump --db "$work/sample.spyline" --format json --out "$work/sample-file.json"
same "the sample on the server and in a file" "$work/sample-file.json" "$work/sample-server.json"
refused "init twice" "already holds a Spyline collection" "$spyline" init --db "$sample"

# A newer schema is refused, as a newer file is.
psql -X -q -d sample -c "UPDATE spyline_collection SET schema_version = 99" >/dev/null
refused "a newer schema" "written by a newer Spyline (schema 99)" \
    "$spyline" dump --db "$sample" --format json --out "$work/newer.json"
[ ! -e "$work/newer.json" ] || failed "a refused dump wrote a file"

# Passwords never on the command line; the message does not repeat them.
refused "a password in the address" "PGPASSWORD" \
    "$spyline" init --db "postgresql://spyline:s3cret@localhost/class"
if grep -q s3cret "$work/err"; then
    failed "the message repeats the password"
fi
refused "a password in the copy's address" "~/.pgpass" \
    "$spyline" copy --from "$file" --to "postgresql:///class?host=$PGHOST&password=s3cret"

# Import, merge and generate work on a server as on a file: the same commands give the same dumps.
imported=$(database imported)
check "init --sample on a server to import into" "$spyline" init --db "$imported" --sample
for sheet in cases-by-person statements links; do
    check "import $sheet into the server" "$spyline" import --db "$imported" "$data/$sheet.csv" \
        --map "$data/$sheet.map.json" --skip-bad-values
done
check "dump the server imported into" "$spyline" dump --db "$imported" --format json --out "$work/imported.json"
same "sheets imported into a server and into a file" "$work/file.json" "$work/imported.json"
refused "an import with problems" "the map names the column" \
    "$spyline" import --db "$imported" "$data/statements.csv" --map "$data/statements.map.json" --skip-bad-values \
    "$data/cases-by-person.csv"
check "dump after the refused import" "$spyline" dump --db "$imported" --format json --out "$work/refused.json"
same "a refused import leaves the server as it was" "$work/file.json" "$work/refused.json"
check "generate on a server" "$spyline" generate --db "$(database generated)" --cases 40 --seed 7
grep -q "^generated .*events" "$work/out" || failed "generate did not say what it made: $(cat "$work/out")"
check "generate in a file" "$spyline" generate --db "$work/generated.spyline" --cases 40 --seed 7
check "merge into the server" "$spyline" merge --db "$imported" "$work/generated.spyline"
check "merge into the file" "$spyline" merge --db "$file" "$work/generated.spyline"
check "dump the server merged into" "$spyline" dump --db "$imported" --format json --out "$work/merged-server.json"
check "dump the file merged into" "$spyline" dump --db "$file" --format json --out "$work/merged-file.json"
same "a merge into a server and into a file" "$work/merged-file.json" "$work/merged-server.json"
refused "generate over records" "already holds records" \
    "$spyline" generate --db "$imported" --cases 5 --seed 1

# Export reads a snapshot of the server into a working copy: the same chart as from the file.
exported=$(database exported)
check "copy to a server to export from" "$spyline" copy --from "$file" --to "$exported"
check "export from a server" "$spyline" export --db "$exported" --view timeline --format svg --out "$work/server.svg"
cp "$file" "$work/exported.spyline"
check "export from the file" "$spyline" export --db "$work/exported.spyline" --view timeline --format svg \
    --out "$work/file.svg"
# The same but for the footer, which names the collection: its file, or its server.
grep -v "Spyline · exported.spyline<" "$work/file.svg" >"$work/file-body.svg"
grep -v "Spyline · exported<" "$work/server.svg" >"$work/server-body.svg"
[ "$(wc -l <"$work/server-body.svg")" -lt "$(wc -l <"$work/server.svg")" ] ||
    failed "the chart from a server does not name the server"
same "the timeline of the server and of the file" "$work/file-body.svg" "$work/server-body.svg"
check "a handout from a server" "$spyline" export --db "$exported" --handout --summary --out "$work/server.pdf"
[ -s "$work/server.pdf" ] || failed "the handout from a server is empty"
refused "export from a database without a collection" "holds no Spyline collection" \
    "$spyline" export --db "$(database empty)" --view timeline --format png --out "$work/t.png"
[ ! -e "$work/t.png" ] || failed "a refused export wrote a file"
refused "a database without a collection" "holds no Spyline collection" \
    "$spyline" dump --db "$(database nothing)" --format json --out "$work/nothing.json"

# A role that may only read: it dumps, and the commands that write refuse before they do anything.
psql -X -q -d class -c "CREATE ROLE reader LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader" >/dev/null
reader="postgresql://reader@/class?host=$PGHOST&port=$PGPORT"
check "dump as a reader" "$spyline" dump --db "$reader" --format json --out "$work/reader.json"
same "a reader's dump" "$work/replaced.json" "$work/reader.json"
refused "copy to a server as a reader" "the role reader may only read" \
    "$spyline" copy --from "$file" --to "$reader" --replace
refused "import as a reader" "may only read" \
    "$spyline" import --db "$reader" "$data/statements.csv" --map "$data/statements.map.json" --skip-bad-values
check "dump after the refused copy" "$spyline" dump --db "$server" --format json --out "$work/unchanged.json"
same "a reader's refused copy changes nothing" "$work/replaced.json" "$work/unchanged.json"
database unmade >/dev/null
refused "init as a reader" "the role reader may not create tables" \
    "$spyline" init --db "postgresql://reader@/unmade?host=$PGHOST&port=$PGPORT" --sample

if [ "$failures" -ne 0 ]; then
    echo "$failures checks failed" >&2
    exit 1
fi
echo "init, copy, dump and export on PostgreSQL: every check passed"
