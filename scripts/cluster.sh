#!/usr/bin/env bash
# The cluster topology of docker-compose.yml as processes on loopback: PostgreSQL, three silos and a
# gateway that hosts no grains (an Orleans client that finds the silos in the membership table).
#   scripts/cluster.sh start     build, then start everything; prints the gateway address and where the keys are
#   scripts/cluster.sh stop      stop the gateway and silos gracefully (SIGTERM), then PostgreSQL
#   scripts/cluster.sh status    which processes run
# Settings (environment): CLUSTER_DIR (/tmp/gamification-cluster), CLUSTER_PG_PORT (55440),
# CLUSTER_SILOS (3).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${CLUSTER_DIR:-/tmp/gamification-cluster}
PG_PORT=${CLUSTER_PG_PORT:-55440}
SILOS=${CLUSTER_SILOS:-3}
EXE="$ROOT/src/Gamification.Silo/bin/Release/net10.0/gamification-silo.dll"
CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=gamification"

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || command -v initdb)"; }

wait_http() { # url seconds
  for _ in $(seq 1 $(($2 * 10))); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.1
  done
  echo "no answer from $1 after $2 s" >&2
  return 1
}

start_postgres() {
  local bin; bin=$(pg_bin)
  mkdir -p "$DIR"
  if [ ! -d "$DIR/pg" ]; then
    mkdir -p "$DIR/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres "$DIR/pg"
    as_postgres "$bin/initdb" -D "$DIR/pg/data" --auth=trust -U postgres >/dev/null
  fi
  as_postgres "$bin/pg_ctl" -D "$DIR/pg/data" -l "$DIR/pg/server.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$DIR/pg -c max_connections=300" start >/dev/null
  as_postgres "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='gamification'" | grep -q 1 ||
    as_postgres "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres gamification
  echo "PostgreSQL on 127.0.0.1:$PG_PORT ($DIR/pg)"
}

# node name, then settings as --Key=value arguments
run_node() {
  local name=$1; shift
  # No subshell: $! must be dotnet's own pid, or stop would signal a shell and leave the silo running.
  cd "$ROOT"
  Storage__ConnectionString="$CONNECTION" nohup dotnet "$EXE" "$@" >"$DIR/$name.log" 2>&1 &
  echo $! >"$DIR/$name.pid"
}

silo_args() { # index
  local i=$1
  printf '%s\n' --config silo-config/cluster/silo.json "--Cluster:SiloPort=$((11110 + i))" "--Cluster:GatewayPort=$((29999 + i))" "--Urls=http://127.0.0.1:$((5080 + i))"
}

wait_file() { # path seconds
  for _ in $(seq 1 $(($2 * 10))); do
    [ -s "$1" ] && return 0
    sleep 0.1
  done
  echo "no $1 after $2 s" >&2
  return 1
}

start() {
  if curl -sf -o /dev/null http://127.0.0.1:5080/health/live; then
    echo "something already answers on 127.0.0.1:5080; stop it first (scripts/cluster.sh stop)" >&2
    exit 1
  fi
  dotnet build "$ROOT/src/Gamification.Silo" -c Release -v quiet -nologo >/dev/null
  start_postgres
  mkdir -p "$ROOT/data/cluster"
  # The gateway first: it writes the service keys (data/cluster/) that the silos' own gateways then load,
  # then waits for a silo to connect to.
  run_node gateway --config silo-config/cluster/gateway.json
  wait_file "$ROOT/data/cluster/keys.json" 60
  for i in $(seq 1 "$SILOS"); do
    mapfile -t args < <(silo_args "$i")
    run_node "silo-$i" "${args[@]}"
  done
  for i in $(seq 1 "$SILOS"); do wait_http "http://127.0.0.1:$((5080 + i))/health/live" 60; done
  wait_http http://127.0.0.1:5080/health/ready 60
  wait_http http://127.0.0.1:5080/health/live 60
  echo "gateway http://127.0.0.1:5080, silos http://127.0.0.1:5081..$((5080 + SILOS)) (silo ports :11111..$((11110 + SILOS)), Orleans client gateways :30000..$((29999 + SILOS)))"
  echo "service keys: $ROOT/data/cluster/credentials.txt; logs: $DIR/*.log"
}

stop() {
  for pidfile in "$DIR"/gateway.pid "$DIR"/silo-*.pid; do
    [ -f "$pidfile" ] || continue
    kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
  done
  for pidfile in "$DIR"/gateway.pid "$DIR"/silo-*.pid; do
    [ -f "$pidfile" ] || continue
    local pid; pid=$(cat "$pidfile")
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$pidfile"
  done
  [ -d "$DIR/pg/data" ] && as_postgres "$(pg_bin)/pg_ctl" -D "$DIR/pg/data" -m fast stop >/dev/null 2>&1 || true
  echo "stopped"
}

status() {
  for pidfile in "$DIR"/gateway.pid "$DIR"/silo-*.pid; do
    [ -f "$pidfile" ] || continue
    local name; name=$(basename "$pidfile" .pid)
    if kill -0 "$(cat "$pidfile")" 2>/dev/null; then echo "$name: running (pid $(cat "$pidfile"))"; else echo "$name: not running"; fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
