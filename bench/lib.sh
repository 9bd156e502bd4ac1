#!/usr/bin/env bash
# Shared by the benchmark scripts (source it): start/stop the built jar on a loopback port with its own data
# directory, sign in, run wrk while sampling the server's RSS, read heap and machine facts.
# The caller sets OUT (results folder) and PORT, and DURATION (seconds per wrk run) where it uses run_wrk.
# Rate limits are off unless RATE_LIMITS_ENABLED=true: one benchmark client would otherwise be limited at once.
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR="${JAR:-server/target/aigentforce-server.jar}"
PORT="${PORT:-18080}"
BASE=http://127.0.0.1:$PORT
PASSWORD='violet-harbour-sings-42'
# the shared data sets (Cranfield): AIGENTFORCE_DATASETS, or ../shared/datasets beside the repository (DESIGN.md);
# exported, so the Node clients (bench/knowledge/datasets.mjs) and harnesses a script starts read the same folder
AIGENTFORCE_DATASETS=$(realpath -m "${AIGENTFORCE_DATASETS:-$(dirname "${BASH_SOURCE[0]}")/../../shared/datasets}")
export AIGENTFORCE_DATASETS
SERVER_PID=

log() { echo "$*" | tee -a "$OUT/summary.txt"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/"$1"/status; }
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
# heap in use after a full GC (MB): what the live data needs, not what the collector has not yet reclaimed
heap_used_mb() {
  "$JAVA_HOME/bin/jcmd" "$SERVER_PID" GC.run >/dev/null 2>&1
  "$JAVA_HOME/bin/jcmd" "$SERVER_PID" GC.heap_info 2>/dev/null |
    awk '/used/ && !done {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub(/K,?/,"",v); printf "%.0f", v/1024; done=1}}'
}
machine_notes() {
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))," \
    "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)," \
    "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
}

# start_server DATA_DIR [extra Spring args...]: benchmark settings are passed as arguments, never baked in; the JVM
# gets the documented command line (docs/operations.md: the vector API for Lucene) plus JAVA_OPTS
start_server() {
  local data=$1; shift
  mkdir -p "$data"; chmod 755 "$data" # the embedded PostgreSQL runs as nobody when we are root
  local t0; t0=$(date +%s.%N)
  AIGENTFORCE_DATA_DIR=$data AIGENTFORCE_PORT=$PORT AIGENTFORCE_LOG_FORMAT=ecs \
    AIGENTFORCE_RATE_LIMITS_ENABLED=${RATE_LIMITS_ENABLED:-false} \
    "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector ${JAVA_OPTS:-} -jar "$JAR" "$@" >>"$OUT/server-$(basename "$data").log" 2>&1 &
  SERVER_PID=$!
  # up to STARTUP_TIMEOUT seconds (default 900): on the shared machine at load 30+ a start took 400 s
  local deadline=$(( $(date +%s) + ${STARTUP_TIMEOUT:-900} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited, see $OUT/server-$(basename "$data").log" >&2; return 1; }
    sleep 0.2
  done
  curl -fs "$BASE/actuator/health/readiness" >/dev/null
  READY_SECONDS=$(python3 -c "print(round($(date +%s.%N) - $t0, 1))")
}

stop_server() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  SERVER_PID=
}
trap stop_server EXIT

register_and_login() { # $1 email -> prints the login response
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
