#!/usr/bin/env bash
# Retrieval quality on Cranfield: fresh server and data directory, upload, index, 225 queries x 3 modes, at
# limit 100 (recall@100), limit 10, and limit 10 with maxPerDocument=1 (the 10 best distinct documents).
# RUNS=100,10,10:1 chooses the runs (LIMIT or LIMIT:MAX_PER_DOCUMENT, see cranfield.mjs).
# Usage: bench/knowledge/quality.sh [extra Spring args, e.g. --aigentforce.knowledge.chunk-tokens=128]
# Keeps the data directory (printed) so a rebuilt jar can be re-measured on the same index:
#   DATA=<dir> REUSE=1 bench/knowledge/quality.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench/results/cranfield-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
PORT=${PORT:-18081}
source bench/lib.sh
trap stop_server EXIT
DATA=${DATA:-$(mktemp -d /tmp/af-kb-quality-XXXX)}
log "# Cranfield quality $(date -u +%FT%TZ); $(machine_notes)"
log "server args: $* ; data dir $DATA; jar $(git rev-parse --short HEAD)$(git diff --quiet -- server || echo +local-changes)"
# the product's defaults unless passed in (the client signs in again when its 15-minute token expires)
start_server "$DATA" "$@"
log "ready after ${READY_SECONDS}s"
node bench/knowledge/cranfield.mjs --base "$BASE" --out "$OUT" ${REUSE:+--reuse} ${RUNS:+--runs $RUNS}
log "heap used after GC: $(heap_used_mb) MB, RSS $(rss_mb "$SERVER_PID") MB, index on disk $(du -sm "$DATA/index" | cut -f1) MB"
