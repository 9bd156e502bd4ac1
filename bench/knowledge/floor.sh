#!/usr/bin/env bash
# Calibration of search's relevance floor on Cranfield (bench/knowledge/floor.mjs): fresh server and data directory,
# the 1,400 abstracts uploaded and indexed, then per mode the 225 queries and the off-topic queries with no floor
# and with the server's default floor.
# Usage: bench/knowledge/floor.sh [extra Spring args, e.g. --aigentforce.knowledge.relevance-floor.vector=0.3]
# Keeps the data directory (printed) to re-measure another jar or floor on the same index:
#   DATA=<dir> REUSE=1 bench/knowledge/floor.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench/results/floor-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
PORT=${PORT:-18082}
source bench/lib.sh
trap stop_server EXIT
DATA=${DATA:-$(mktemp -d /tmp/af-kb-floor-XXXX)}
log "# relevance floor calibration $(date -u +%FT%TZ); $(machine_notes)"
log "server args: $* ; data dir $DATA; jar $(git rev-parse --short HEAD)$(git diff --quiet -- server || echo +local-changes)"
start_server "$DATA" "$@"
log "ready after ${READY_SECONDS}s"
node bench/knowledge/floor.mjs --base "$BASE" --out "$OUT" ${REUSE:+--reuse}
