#!/usr/bin/env bash
# Foundation benchmark: authenticated API throughput against an unauthenticated baseline, token refresh and
# password sign-in throughput, start-up time and memory. Everything runs on this machine, on loopback only.
# Usage: bench/foundation.sh [seconds-per-run]   (needs wrk, curl, python3 and a built server jar)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
OUT=bench/results/foundation-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
PORT=18080
# one user at thousands of requests per second: measured without rate limits (bench/ratelimit.sh measures them)
source bench/lib.sh

log "# foundation benchmark $(date -u +%FT%TZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
log "duration per run: ${DURATION}s, wrk -t2"

DATA=$(mktemp -d /tmp/af-bench-XXXX); chmod 755 "$DATA"
start_server "$DATA"
log "start to ready, first start (creates the PostgreSQL cluster): ${READY_SECONDS}s"
stop_server
start_server "$DATA"
log "start to ready, restart on existing data: ${READY_SECONDS}s"
sleep 5
log "idle RSS after start: $(rss_mb "$SERVER_PID") MB"

LOGIN=$(register_and_login "bench-owner@example.test")
TOKEN=$(echo "$LOGIN" | json '["accessToken"]')
USER_ID=$(curl -fs -X POST "$BASE/api/v1/users" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"email":"bench-target@example.test","name":"Bench Target","roles":["LEARNER"]}' | json '["id"]')

# warm up both paths (the JIT needs about a minute on two cores), then measure baseline and authenticated back to back
TOKEN=$TOKEN wrk -t2 -c64 -d60s -s bench/lua/bearer-get.lua "$BASE/api/v1/users/$USER_ID" >/dev/null
wrk -t2 -c64 -d15s "$BASE/actuator/health/liveness" >/dev/null
run_wrk baseline-unauthenticated-liveness 64 plain-get.lua "$BASE/actuator/health/liveness"
run_wrk authenticated-get-user 64 bearer-get.lua "$BASE/api/v1/users/$USER_ID" TOKEN="$TOKEN"

# refresh: one live session per connection
TOKENS_FILE=$OUT/refresh-tokens.txt; : >"$TOKENS_FILE"
for i in $(seq 1 128); do
  curl -fs -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench-owner@example.test\",\"password\":\"$PASSWORD\"}" | json '["refreshToken"]' >>"$TOKENS_FILE"
done
# warm-up on its own tokens, then the measured run on fresh ones
cp "$TOKENS_FILE" "$OUT/refresh-warmup-tokens.txt"
: >"$TOKENS_FILE"
for i in $(seq 1 128); do
  curl -fs -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench-owner@example.test\",\"password\":\"$PASSWORD\"}" | json '["refreshToken"]' >>"$TOKENS_FILE"
done
TOKENS_FILE="$OUT/refresh-warmup-tokens.txt" THREADS=2 wrk -t2 -c64 -d30s -s bench/lua/refresh.lua "$BASE/api/v1/auth/refresh" >/dev/null
run_wrk refresh 64 refresh.lua "$BASE/api/v1/auth/refresh" TOKENS_FILE="$TOKENS_FILE" THREADS=2

run_wrk login-default-cost 8 login.lua "$BASE/api/v1/auth/login" EMAIL=bench-owner@example.test PASSWORD="$PASSWORD"
log "RSS after load: $(rss_mb "$SERVER_PID") MB"
stop_server

# Keycloak's default Argon2id cost (5 iterations, 7 MiB), same machine, for the like-for-like comparison
DATA2=$(mktemp -d /tmp/af-bench-XXXX); chmod 755 "$DATA2"
start_server "$DATA2" --aigentforce.security.argon2.memory-kib=7168 --aigentforce.security.argon2.iterations=5
register_and_login "bench-kc@example.test" >/dev/null
EMAIL=bench-kc@example.test PASSWORD="$PASSWORD" wrk -t2 -c8 -d5s -s bench/lua/login.lua "$BASE/api/v1/auth/login" >/dev/null
run_wrk login-keycloak-cost 8 login.lua "$BASE/api/v1/auth/login" EMAIL=bench-kc@example.test PASSWORD="$PASSWORD"
stop_server
rm -rf "$DATA" "$DATA2"
log "raw output: $OUT"
