#!/usr/bin/env bash
# Shared by the benchmark scripts: start/stop the server jar, sign in, run wrk while sampling the server's RSS.
# The caller sets OUT (results folder), DURATION (seconds per measured run) and PORT before sourcing this file.
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR=server/target/aigentforce-server.jar
BASE=http://127.0.0.1:$PORT
PASSWORD='violet-harbour-sings-42'
SERVER_PID=

log() { echo "$*" | tee -a "$OUT/summary.txt"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/"$1"/status; }
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }

start_server() { # $1 data dir, extra args follow
  local data=$1; shift
  local t0; t0=$(date +%s.%N)
  AIGENTFORCE_DATA_DIR=$data AIGENTFORCE_PORT=$PORT AIGENTFORCE_LOG_FORMAT=ecs \
    AIGENTFORCE_RATE_LIMITS_ENABLED=${RATE_LIMITS_ENABLED:-false} \
    "$JAVA_HOME/bin/java" -jar "$JAR" "$@" >>"$OUT/server-$(basename "$data").log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    if curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    sleep 0.2
  done
  curl -fs "$BASE/actuator/health/readiness" >/dev/null
  READY_SECONDS=$(python3 -c "print(round($(date +%s.%N) - $t0, 1))")
}

stop_server() { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }
trap stop_server EXIT

register_and_login() { # $1 email -> prints access token; sets REFRESH
  curl -fs -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"organizationName\":\"Bench $1\",\"name\":\"Bench Owner\",\"email\":\"$1\",\"password\":\"$PASSWORD\"}" >/dev/null
  curl -fs -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}"
}

run_wrk() { # name connections script url [env...]
  local name=$1 conns=$2 script=$3 url=$4; shift 4
  local peak=0
  ( env "$@" wrk -t2 -c"$conns" -d"${DURATION}s" --latency -s "bench/lua/$script" "$url" >"$OUT/$name.txt" 2>&1 ) &
  local wrk_pid=$!
  while kill -0 $wrk_pid 2>/dev/null; do
    local now; now=$(rss_mb "$SERVER_PID"); [ "$now" -gt "$peak" ] && peak=$now; sleep 1
  done
  wait $wrk_pid || true
  log "$name: $(grep RESULT "$OUT/$name.txt" | sed 's/RESULT //') peak_rss_mb=$peak"
}

