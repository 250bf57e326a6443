#!/usr/bin/env bash
# Sourced by test.sh: starts one throwaway PostgreSQL server (fsync on, loopback, free port) that
# every test project shares; tests create a fresh database per test class through
# GAMIFICATION_TEST_POSTGRES. PostgreSQL refuses to run as root, so as root it runs as 'postgres'.

start_test_postgres() {
  if [ -n "${GAMIFICATION_TEST_POSTGRES:-}" ]; then
    echo "== using PostgreSQL from GAMIFICATION_TEST_POSTGRES =="
    return
  fi
  local bin port dir as=()
  bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || command -v initdb)")
  port=$(free_port)
  dir=$(mktemp -d /tmp/gamification-pg.XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$dir/data" --auth=trust -U postgres >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c max_connections=300" start >/dev/null
  export GAMIFICATION_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir) =="
  TEST_PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop)
  TEST_PG_DIR=$dir
  trap stop_test_postgres EXIT
}

stop_test_postgres() {
  "${TEST_PG_STOP[@]}" >/dev/null 2>&1 || true
  rm -rf "$TEST_PG_DIR"
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  echo "no free port in 55432-55532" >&2
  return 1
}
