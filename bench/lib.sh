#!/usr/bin/env bash
# Shared helpers for the knowledge benchmarks (source it): start/stop the built jar on a loopback port with its own
# data directory, JVM heap and RSS readings. Expects OUT (results directory) and PORT to be set by the caller.
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR="${JAR:-server/target/aigentforce-server.jar}"
PORT="${PORT:-18080}"
BASE="http://127.0.0.1:$PORT"
SERVER_PID=

log() { echo "$*" | tee -a "$OUT/summary.txt"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/"$1"/status; }
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

# start_server DATA_DIR [extra Spring args...]: benchmark settings are passed as arguments, never baked in
start_server() {
  local data=$1; shift
  mkdir -p "$data"; chmod 755 "$data" # the embedded PostgreSQL runs as nobody when we are root
  local t0; t0=$(date +%s.%N)
  local launch=(-jar "$JAR")
  # Until the platform's object storage (branch storage-ssrf) is merged, the knowledge branch's jar has no
  # ObjectStorage bean; then the test sources' local-directory store is added to the class path (loader.path).
  if ! unzip -l "$JAR" | grep -q 'com/aigentforce/platform/storage/StorageConfig.class'; then
    local shim=$OUT/storage-shim/com/aigentforce/knowledge/support
    mkdir -p "$shim"
    cp server/target/test-classes/com/aigentforce/knowledge/support/LocalDirectoryTestStorage*.class "$shim/"
    launch=(-Dloader.path="$OUT/storage-shim" -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher)
    echo "object storage: test-sources LocalDirectoryTestStorage (jar has no platform store yet)" >>"$OUT/summary.txt"
  fi
  AIGENTFORCE_DATA_DIR=$data AIGENTFORCE_PORT=$PORT AIGENTFORCE_LOG_FORMAT=ecs \
    "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} "${launch[@]}" "$@" >>"$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 900); do
    if curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited, see $OUT/server.log" >&2; return 1; }
    sleep 0.2
  done
  curl -fs "$BASE/actuator/health/readiness" >/dev/null
  READY_SECONDS=$(python3 -c "print(round($(date +%s.%N) - $t0, 1))")
}

stop_server() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  SERVER_PID=
}
