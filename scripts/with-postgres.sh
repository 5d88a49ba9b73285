#!/usr/bin/env bash
# Runs a command with KEPU_TEST_POSTGRES_URL pointing at a throw-away PostgreSQL server (Debian's
# package) on a free local port; the server and its data are removed afterwards.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
data=$(mktemp -d /tmp/kepu-pg.XXXXXX)
port=${KEPU_PG_PORT:-54329}
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$data"; fi
as_pg "$bin/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$bin/pg_ctl" -D "$data" -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" -l "$data/server.log" -w start >/dev/null
cleanup() { as_pg "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$data"; }
trap cleanup EXIT
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
KEPU_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres" "$@"
