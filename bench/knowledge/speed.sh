#!/usr/bin/env bash
# Search latency at scale: ingest the seeded synthetic corpus in steps until TARGET_CHUNKS or the STOP_AT clock time
# (UTC, HH:MM), then p50/p95 per mode with 4 concurrent clients, index size on disk and heap used after a full GC.
# Usage: bench/knowledge/speed.sh [TARGET_CHUNKS=100000] [STOP_AT=11:40]   (STEP documents per step, default 300;
#   DATA=<dir> FROM=<n> continues an interrupted run on its data directory from synthetic document n)
#   DATA=<dir> SKIP_INGEST=1 bench/knowledge/speed.sh   -> only the latency part, on an existing data directory
# The jar is copied first, so a rebuild during a long run cannot disturb the running server.
set -euo pipefail
cd "$(dirname "$0")/../.."
TARGET=${1:-100000}
STOP_AT=${2:-11:40}
STEP=${STEP:-300}
OUT=bench/results/speed-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
PORT=${PORT:-18082}
cp server/target/aigentforce-server.jar "$OUT/server.jar"
JAR=$OUT/server.jar
source bench/lib.sh
trap stop_server EXIT
DATA=${DATA:-$(mktemp -d /tmp/af-kb-speed-XXXX)}
log "# search latency at scale $(date -u +%FT%TZ); $(machine_notes)"
log "data dir $DATA; jar $(git rev-parse --short HEAD)$(git diff --quiet -- server || echo +local-changes)"
start_server "$DATA"
log "ready after ${READY_SECONDS}s"
chunks=0
if [ -z "${SKIP_INGEST:-}" ]; then
  from=${FROM:-0}; t0=$(date +%s)
  while [ "$chunks" -lt "$TARGET" ] && [ "$(date -u +%H:%M)" \< "$STOP_AT" ]; do
    reuse=; [ "$from" -gt 0 ] && reuse=--reuse
    node bench/knowledge/ingest-synth.mjs --base "$BASE" --from "$from" --to $((from + STEP)) $reuse --summary "$OUT/steps.txt"
    from=$((from + STEP))
    chunks=$(grep RESULT "$OUT/steps.txt" | tail -1 | sed 's/.*kb_chunks=\([0-9]*\).*/\1/')
    log "$(date -u +%T) documents=$from chunks=$chunks elapsed_s=$(( $(date +%s) - t0 ))"
  done
fi
log "index on disk: $(du -sm "$DATA/index" | cut -f1) MB; PostgreSQL: $(du -sm "$DATA/postgres" 2>/dev/null | cut -f1) MB"
log "heap used after full GC: $(heap_used_mb) MB; RSS $(rss_mb "$SERVER_PID") MB"
node bench/knowledge/latency.mjs --base "$BASE" --summary "$OUT/summary.txt" --seconds "${SECONDS_PER_MODE:-30}"
log "heap used after full GC (after the latency run): $(heap_used_mb) MB; RSS $(rss_mb "$SERVER_PID") MB"
