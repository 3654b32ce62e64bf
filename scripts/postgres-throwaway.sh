#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (FACTPIPELINE_TEST_POSTGRES), in DIR:
#   scripts/postgres-throwaway.sh start DIR   initdb + pg_ctl start; prints the connection string on stdout
#   scripts/postgres-throwaway.sh stop DIR    stops the cluster and deletes DIR
#   scripts/postgres-throwaway.sh pause DIR   stops the server, keeping its data (a database outage, for tests)
#   scripts/postgres-throwaway.sh resume DIR  starts it again on the same port
# Listens on 127.0.0.1 only, on a free port, its unix socket inside DIR; trust auth (nothing else can reach it), fsync
# off (a test database need not survive a power cut of the machine). synchronous_commit stays on: "pause" stops the server
# as a crash does (-m immediate), and a server that acknowledged commits it had not written yet would lose them there,
# which no production server does (a lost processing-log row once left a test's run waiting forever). The test user
# "factpipeline" may create databases and is no superuser, so the tests show the stores need no more than a database's owner has (pg_trgm is a trusted extension).
# PostgreSQL refuses to run as root: run as root, the cluster runs as the postgres user, which then owns DIR.
set -euo pipefail
action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop|pause|resume DIR" >&2
  exit 2
fi
bin=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
user=factpipeline

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! ss -ltnH "sport = :$port" 2>/dev/null | grep -q .; then
      echo "$port"
      return
    fi
  done
  echo "no free port found" >&2
  exit 1
}

case "$action" in
  start)
    [ -x "$bin/initdb" ] || { echo "no $bin/initdb: apt-get install postgresql" >&2; exit 1; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres:postgres "$dir"
    fi
    chmod 700 "$dir"
    port=$(free_port)
    echo "$port" >"$dir/port"
    # C.UTF-8: lower() and ILIKE fold non-ASCII letters too; ORDER BY ... COLLATE "C" gives the byte order the stores want.
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE $user LOGIN CREATEDB" >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=$user;Database=postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  pause)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
  resume)
    port=$(cat "$dir/port")
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    ;;
  *)
    echo "usage: $0 start|stop|pause|resume DIR" >&2
    exit 2
    ;;
esac
