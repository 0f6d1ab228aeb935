#!/bin/sh
# Runs a command beside a private PostgreSQL server of its own: initdb and pg_ctl into a fresh
# temporary folder, no TCP port at all (listen_addresses=''), only a Unix socket in that folder,
# trust authentication for the one superuser "spyline". The command sees PGHOST, PGPORT, PGUSER
# and PGDATABASE; the server is stopped and the folder removed when it ends, however it ends.
# initdb refuses to run as root: as root (CI), the server runs as the unprivileged system user
# "postgres" (SPYLINE_PG_USER to name another) while the command runs as root.
# The command may stop and start the server again (a test of what survives a restart): SPYLINE_PG_CTL
# names a script that takes "stop" or "start".
# Usage: with-postgres.sh COMMAND [ARGUMENT...]; exits with the command's status.
set -eu

if [ $# -eq 0 ]; then
    echo "usage: with-postgres.sh COMMAND [ARGUMENT...]" >&2
    exit 2
fi

bin="${SPYLINE_PG_BIN:-}"
if [ -z "$bin" ]; then
    # The newest server Debian's postgresql packages installed.
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "with-postgres.sh: no PostgreSQL server found (install Debian's postgresql package," \
        "or set SPYLINE_PG_BIN to the folder of initdb and pg_ctl)" >&2
    exit 1
fi

folder=$(mktemp -d "${TMPDIR:-/tmp}/spyline-pg-XXXXXX")
started=no
as_server() {
    if [ -n "${server_user:-}" ]; then
        runuser -u "$server_user" -- "$@"
    else
        "$@"
    fi
}
stop() {
    status=$?
    trap - EXIT INT TERM HUP
    if [ "$started" = yes ]; then
        as_server "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
    exit "$status"
}
trap stop EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

server_user=""
if [ "$(id -u)" -eq 0 ]; then
    server_user="${SPYLINE_PG_USER:-postgres}"
    if ! id "$server_user" >/dev/null 2>&1; then
        echo "with-postgres.sh: running as root, the server needs an unprivileged user; \"$server_user\"" \
            "does not exist (Debian's postgresql package creates \"postgres\")" >&2
        exit 1
    fi
    chown "$server_user" "$folder"
fi

if ! as_server "$bin/initdb" -D "$folder/data" -U spyline --auth=trust --encoding=UTF8 --locale=C --no-sync \
    >"$folder/initdb.log" 2>&1; then
    echo "with-postgres.sh: initdb failed:" >&2
    cat "$folder/initdb.log" >&2
    exit 1
fi
# No TCP at all; the socket in the private folder; nothing kept for durability a test throws away.
options="-c listen_addresses='' -c unix_socket_directories='$folder' -c fsync=off -c full_page_writes=off"
options="$options -c synchronous_commit=off"
started=yes
if ! as_server "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -o "$options" -w -t 60 start \
    >/dev/null 2>&1; then
    echo "with-postgres.sh: the server did not start:" >&2
    cat "$folder/server.log" >&2 || true
    exit 1
fi

# Stop and start again, as the server's own user, with the same options.
control="$folder/server-ctl"
runner=""
[ -z "$server_user" ] || runner="runuser -u $server_user --"
cat >"$control" <<EOF
#!/bin/sh
# Stops or starts the private server again. Usage: server-ctl stop|start
set -eu
run() { $runner "$bin/pg_ctl" -D "$folder/data" "\$@" >/dev/null; }
case "\${1:-}" in
    stop) run -m fast -w stop ;;
    start) run -l "$folder/server.log" -o "$options" -w -t 60 start ;;
    *) echo "usage: server-ctl stop|start" >&2; exit 2 ;;
esac
EOF
chmod 755 "$control"

export PGHOST="$folder" PGPORT=5432 PGUSER=spyline PGDATABASE=postgres SPYLINE_PG_CTL="$control"
unset PGPASSWORD PGSERVICE PGHOSTADDR 2>/dev/null || true
set +e
"$@"
status=$?
set -e
exit "$status"
