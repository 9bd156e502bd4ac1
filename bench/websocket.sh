#!/usr/bin/env bash
# WebSocket fan-out benchmark: N authenticated connections on one node, one event per second to all of them
# (every connection belongs to an admin, and a person's role is changed once a second, so user:role_updated fans out
# to all), delivery latency p50/p99 and server memory per connection. Baselines in the same run: 1 and 500
# connections. Everything runs on this machine, on loopback.
# Usage: bench/websocket.sh [connections] [events]   (needs curl, python3, a JDK 21+ and a built server jar)
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS="${1:-5000}"
EVENTS="${2:-30}"
ADMINS=10
BASELINE=500 # connections of the warm-up and of the larger baseline
OUT=bench/results/websocket-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# the rate limits stay on; but every WebSocket upgrade counts against the per-address limit for requests without
# credentials (the token arrives in-band, as with sign-in: 300 a minute by default), and all of this benchmark's
# connections come from one address, so that limit is raised above the number of upgrades in a run
RATE_LIMITS_ENABLED=${RATE_LIMITS_ENABLED:-true}
source bench/lib.sh

# thousands of sockets on both ends: raise the soft open-files limit as far as allowed
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $(( CONNECTIONS + 1000 )) ]; then
  echo "open-files limit $(ulimit -n) is too low for $CONNECTIONS connections" >&2; exit 1
fi

DATA=$(mktemp -d /tmp/af-wsbench-XXXX)
# a person may hold CONNECTIONS/ADMINS sockets here (16 by default): the cost per connection is the same
AIGENTFORCE_WS_MAX_CONNECTIONS_PER_USER=$(( (CONNECTIONS > BASELINE ? CONNECTIONS : BASELINE) / ADMINS + 1 )) \
  AIGENTFORCE_RATE_LIMIT_ANONYMOUS=$(( BASELINE + 1 + BASELINE + CONNECTIONS + 100 )) start_server "$DATA"

log "# websocket benchmark $(date -u +%FT%TZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
log "commit: $(git log -1 --format='%h %s')"

OWNER=$(register_and_login ws-owner@example.test | json '["accessToken"]')
TARGET=$(curl -fs -X POST "$BASE/api/v1/users" -H "Authorization: Bearer $OWNER" -H 'Content-Type: application/json' \
  -d '{"email":"ws-target@example.test","name":"Role Target","roles":["LEARNER"]}' | json '["id"]')
: >"$OUT/tokens.txt"
for i in $(seq 1 $ADMINS); do
  curl -fs -X POST "$BASE/api/v1/users" -H "Authorization: Bearer $OWNER" -H 'Content-Type: application/json' \
    -d "{\"email\":\"ws-admin-$i@example.test\",\"name\":\"Admin $i\",\"roles\":[\"ADMIN\"],\"password\":\"$PASSWORD\"}" >/dev/null
  curl -fs -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"ws-admin-$i@example.test\",\"password\":\"$PASSWORD\"}" | json '["accessToken"]' >>"$OUT/tokens.txt"
done

load() { # label connections events
  log "load average before $1: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA_HOME/bin/java" -Xmx2g bench/websocket/WsLoad.java "$BASE" "$OUT/tokens.txt" "$2" "$3" "$OWNER" "$TARGET" \
    "$SERVER_PID" "$1" 2>"$OUT/client-$1.err" | tee -a "$OUT/client.txt" | grep RESULT | sed 's/^RESULT //' | while read -r line; do log "$line"; done
}

load warmup "$BASELINE" 20  # the JIT warms up on the same path; not reported
load baseline-1 1 "$EVENTS"
load baseline-$BASELINE "$BASELINE" "$EVENTS"
load target "$CONNECTIONS" "$EVENTS"
log "server RSS at the end: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/"$SERVER_PID"/status)"
