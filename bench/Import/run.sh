#!/usr/bin/env bash
# Imports a generated mikoshi history into the embedded default (one silo, SQLite) through the CLI,
# then runs the invariant checker. Usage: bench/Import/run.sh [events=1000000] [parallel=8] [batch=250]
set -euo pipefail
cd "$(dirname "$0")/../.."
EVENTS=${1:-1000000}
PARALLEL=${2:-8}
BATCH=${3:-250}
PORT=${PORT:-5391}
# The silo's Orleans ports (silo-to-silo and client gateway): not the defaults 11111/30000, which another silo may hold.
SILO_PORT=${SILO_PORT:-21391}
ORLEANS_GATEWAY_PORT=${ORLEANS_GATEWAY_PORT:-21392}
DIR=$(mktemp -d /tmp/gamification-import-bench.XXXXXX)
dotnet build src/Gamification.Silo -c Release -v q -nologo >/dev/null
dotnet build src/Gamification.Cli -c Release -v q -nologo >/dev/null
python3 bench/Import/generate-history.py "$DIR/history.csv" "$EVENTS"
EVENTS=$(($(wc -l <"$DIR/history.csv") - 1))
echo "history: $EVENTS events in $DIR/history.csv"

dotnet src/Gamification.Silo/bin/Release/net10.0/gamification-silo.dll --urls "http://127.0.0.1:$PORT" \
  --Storage:ConnectionString="Data Source=$DIR/gamification.db" \
  --Cluster:SiloPort="$SILO_PORT" --Cluster:GatewayPort="$ORLEANS_GATEWAY_PORT" \
  --Gateway:KeyFile="$DIR/gateway-keys.json" --Gateway:CredentialsFile="$DIR/credentials.txt" \
  --Logging:LogLevel:Default=Warning >"$DIR/silo.log" 2>&1 &
SILO=$!
trap 'kill $SILO 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do
  kill -0 $SILO 2>/dev/null || { echo "the silo exited while starting:" >&2; tail -50 "$DIR/silo.log" >&2; exit 1; }
  sleep 0.5
done
KEY=$(cut -f3 "$DIR/credentials.txt")
CLI="dotnet src/Gamification.Cli/bin/Release/net10.0/gamification.dll"

START=$(date +%s.%N)
$CLI import "$DIR/history.csv" --app default --parallel "$PARALLEL" --batch-size "$BATCH" --url "http://127.0.0.1:$PORT" --key "$KEY" | tail -1
END=$(date +%s.%N)
echo "import: $EVENTS events in $(echo "$END - $START" | bc) s ($(echo "$EVENTS / ($END - $START)" | bc) events/s), parallel $PARALLEL, batch $BATCH"
START=$(date +%s.%N)
$CLI check --app default --url "http://127.0.0.1:$PORT" --key "$KEY" | tail -2
END=$(date +%s.%N)
echo "check: $(echo "$END - $START" | bc) s"
