#!/usr/bin/env bash
# Rate-limit overhead: the foundation benchmark's authenticated GET with rate limiting off (the baseline), with
# in-process buckets, and with buckets shared through Redis — one run, one data directory, the same warm-up each.
# Limits are set far above what the client reaches, so every request is metered and none is refused.
# Usage: bench/ratelimit.sh [seconds-per-run]   (needs wrk, curl, python3, redis-server and a built server jar)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
OUT=bench/results/ratelimit-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
PORT=18081
source bench/lib.sh
REDIS_PORT=16381
redis-server --port $REDIS_PORT --bind 127.0.0.1 --save "" --appendonly no >"$OUT/redis.log" 2>&1 &
REDIS_PID=$!
trap 'stop_server; kill $REDIS_PID 2>/dev/null || true' EXIT
HIGH=1000000000

log "# rate-limit overhead $(date -u +%FT%TZ) on $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
log "duration per run: ${DURATION}s, wrk -t2 -c64, after a 45 s warm-up each"
DATA=$(mktemp -d /tmp/af-bench-XXXX); chmod 755 "$DATA"
start_server "$DATA"
register_and_login "bench-owner@example.test" >/dev/null
stop_server

measure() { # name, then extra server arguments
  local name=$1; shift
  start_server "$DATA" "$@"
  local token
  token=$(curl -fs -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench-owner@example.test\",\"password\":\"$PASSWORD\"}" | json '["accessToken"]')
  local me; me=$(curl -fs "$BASE/api/v1/users/me" -H "Authorization: Bearer $token" | json '["id"]')
  TOKEN=$token wrk -t2 -c64 -d45s -s bench/lua/bearer-get.lua "$BASE/api/v1/users/$me" >/dev/null
  run_wrk "$name" 64 bearer-get.lua "$BASE/api/v1/users/$me" TOKEN="$token"
  stop_server
}

measure authenticated-get-no-rate-limit --aigentforce.rate-limits.enabled=false
measure authenticated-get-in-process-buckets --aigentforce.rate-limits.enabled=true \
  --aigentforce.rate-limits.tiers.free=$HIGH --aigentforce.rate-limits.anonymous-per-minute=$HIGH
measure authenticated-get-redis-buckets --aigentforce.rate-limits.enabled=true \
  --aigentforce.rate-limits.tiers.free=$HIGH --aigentforce.rate-limits.anonymous-per-minute=$HIGH \
  --aigentforce.redis.url=redis://127.0.0.1:$REDIS_PORT
rm -rf "$DATA"
log "raw output: $OUT"
