#!/bin/sh
# scripts/with-postgres.sh gives a command a server of its own that listens on no TCP port, only on a
# Unix socket in a private folder, and leaves nothing behind: the folder is gone and the command's
# exit status is passed on, also when the command fails.
# Usage: check-private-server.sh SOURCE_DIR
set -eu
script="$1/scripts/with-postgres.sh"
record=$(mktemp)
trap 'rm -f "$record"' EXIT

inner='
set -eu
echo "$PGHOST" >"$1"
[ -S "$PGHOST/.s.PGSQL.$PGPORT" ] || { echo "no socket in $PGHOST" >&2; exit 1; }
listen=$(psql -X -Atc "SHOW listen_addresses")
[ -z "$listen" ] || { echo "the server listens on TCP: \"$listen\"" >&2; exit 1; }
[ "$(psql -X -Atc "SELECT current_user")" = spyline ] || { echo "not the spyline superuser" >&2; exit 1; }
[ "$(psql -X -Atc "SHOW server_encoding")" = UTF8 ] || { echo "not UTF-8" >&2; exit 1; }
exit 7
'
status=0
sh "$script" sh -c "$inner" inner "$record" || status=$?
if [ "$status" -ne 7 ]; then
    echo "the command's exit status was not passed on: $status instead of 7" >&2
    exit 1
fi
folder=$(cat "$record")
case "$folder" in
    */spyline-pg-*) ;;
    *) echo "PGHOST is not the private folder: \"$folder\"" >&2; exit 1 ;;
esac
if [ -e "$folder" ]; then
    echo "$folder is left behind" >&2
    exit 1
fi
if sh "$script" true && ! sh "$script" false; then
    echo "a private server started, served the command and was removed"
    exit 0
fi
echo "success and failure of the command are not passed on" >&2
exit 1
