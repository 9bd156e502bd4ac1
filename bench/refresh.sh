#!/usr/bin/env bash
# Token refresh throughput, A/B: starts each given jar in turn (alternating, ROUNDS times) on fresh data, signs in
# 128 sessions, warms the refresh path up on them, then measures refresh on 128 fresh sessions with wrk (64
# connections). The machine is shared, so every result line carries the load average seen at its start.
# The sign-ins only set the benchmark up: the server runs with a cheap Argon2id cost (1 MiB, t=1) so that 257 of
# them take seconds, not minutes; refresh never hashes a password.
# Usage: bench/refresh.sh [seconds-per-run] [rounds] jar...   (default: the built jar, 3 rounds, 20 s)
#        JAVA_OPTS=-XX:StartFlightRecording=... bench/refresh.sh 30 1 some.jar   to profile one run
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
ROUNDS="${2:-3}"
shift 2 || shift $#
JARS=("$@")
[ ${#JARS[@]} -gt 0 ] || JARS=(server/target/aigentforce-server.jar)
OUT=bench/results/refresh-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
PORT="${PORT:-18100}"
source bench/lib.sh

sign_in_sessions() { # $1 file: 128 fresh refresh tokens
  seq 1 128 | xargs -P 4 -I{} curl -fs -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
      -d "{\"email\":\"bench-owner@example.test\",\"password\":\"$PASSWORD\"}" |
    python3 -c 'import sys,re; [print(t) for t in re.findall(r"\"refreshToken\":\"([^\"]+)\"", sys.stdin.read())]' >"$1"
  [ "$(wc -l <"$1")" -eq 128 ] || { echo "only $(wc -l <"$1") sessions signed in" >&2; return 1; }
}

# CPU seconds used so far by the server and its PostgreSQL (postmaster and backends): on a shared, overloaded
# machine the CPU cost per request says more than requests per second
cpu_seconds() {
  local pm pids
  pm=$(pgrep -f -- "-D $DATA/postgres" | head -1 || true)
  pids="$SERVER_PID $pm $( [ -n "$pm" ] && pgrep -P "$pm" | tr '\n' ' ')"
  for p in $pids; do cat /proc/"$p"/stat 2>/dev/null; done |
    awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); t += $12 + $13} END {printf "%.2f", t / hz}'
}

log "# refresh A/B $(date -u +%FT%TZ): $(machine_notes)"
log "duration per run: ${DURATION}s, wrk -t2 -c64, rounds: $ROUNDS"
for round in $(seq 1 "$ROUNDS"); do
  for i in "${!JARS[@]}"; do
    JAR=${JARS[$i]}
    DATA=$(mktemp -d /tmp/af-refresh-XXXX)
    start_server "$DATA" --aigentforce.security.argon2.memory-kib=1024 --aigentforce.security.argon2.iterations=1
    register_and_login "bench-owner@example.test" >/dev/null
    sign_in_sessions "$OUT/warmup-tokens.txt"
    sign_in_sessions "$OUT/tokens.txt"
    TOKENS_FILE="$OUT/warmup-tokens.txt" THREADS=2 wrk -t2 -c64 -d30s -s bench/lua/refresh.lua "$BASE/api/v1/auth/refresh" >/dev/null
    load=$(cut -d' ' -f1 /proc/loadavg)
    cpu0=$(cpu_seconds)
    run_wrk "refresh-r$round-$i" 64 refresh.lua "$BASE/api/v1/auth/refresh" TOKENS_FILE="$OUT/tokens.txt" THREADS=2
    cpu1=$(cpu_seconds)
    requests=$(awk '/requests in/ {print $1}' "$OUT/refresh-r$round-$i.txt")
    log "  ^ round $round, jar $i ($JAR, $(stat -c %s "$JAR") bytes), load average before the run: $load," \
      "server + PostgreSQL CPU: $(python3 -c "print(round(($cpu1 - $cpu0) * 1e6 / max(1, $requests)))") µs per request ($requests requests)"
    stop_server
    rm -rf "$DATA"
  done
done
log "raw output: $OUT"
