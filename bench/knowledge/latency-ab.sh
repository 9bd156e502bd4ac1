#!/usr/bin/env bash
# Search latency A/B: two jars on ONE data directory, same corpus, same queries, alternating (A B A B …) so that the
# shared machine's changing load hits both alike. Ingests synthetic documents FROM..TO-1 (bench/knowledge/synth.mjs,
# ~38 chunks each) once with jar A, then per round starts A, runs latency.mjs for every mode, stops it, does the same
# with B. Reports client p50/p95 and the server's tookMs per jar, mode and round (summary.txt of the results folder),
# and whether both jars give the same answers (bench/knowledge/answers.mjs on the first 30 queries per mode).
# Usage: bench/knowledge/latency-ab.sh A.jar B.jar [ROUNDS=2]
#   Pass copies of the jars (a rebuild during the run must not change them). ROUNDS=0 only ingests.
#   DATA=<dir> reuses a data directory this script ingested before (marker file .ab-ingested); FROM/TO (0/60),
#   SECONDS_PER_MODE (20), WARMUP (10), CLIENTS (4), LIMIT (10), MODES (fulltext,vector,hybrid), PORT (18090).
#   DATA_B=<dir> runs B on its own copy of the data (cp -a of DATA): for jars whose indexes differ (another index
#   generation); B's index must be built already (started once, rebuilt through the API).
set -euo pipefail
cd "$(dirname "$0")/../.."
A=$(realpath "$1")
B=$(realpath "$2")
ROUNDS=${3:-2}
OUT=bench/results/latency-ab-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
PORT=${PORT:-18090}
source bench/lib.sh
trap stop_server EXIT
DATA=${DATA:-$(mktemp -d /tmp/af-kb-ab-XXXX)}
log "# search latency A/B $(date -u +%FT%TZ); $(machine_notes)"
log "A = $A; B = $B; data dir $DATA; rounds $ROUNDS"
if [ ! -f "$DATA/.ab-ingested" ]; then
  JAR=$A start_server "$DATA"
  node bench/knowledge/ingest-synth.mjs --base "$BASE" --from "${FROM:-0}" --to "${TO:-60}" --summary "$OUT/summary.txt"
  stop_server
  touch "$DATA/.ab-ingested"
fi
log "index on disk: $(du -sm "$DATA/index" | cut -f1) MB"
for round in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    jar=$A; data=$DATA
    if [ "$side" = B ]; then jar=$B; data=${DATA_B:-$DATA}; fi
    JAR=$jar start_server "$data"
    log "round $round, $side: ready after ${READY_SECONDS}s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    node bench/knowledge/latency.mjs --base "$BASE" --summary "$OUT/$side-$round.txt" --clients "${CLIENTS:-4}" \
      --server-pid "$SERVER_PID" \
      --seconds "${SECONDS_PER_MODE:-20}" --warmup "${WARMUP:-10}" --limit "${LIMIT:-10}" \
      --modes "${MODES:-fulltext,vector,hybrid}" >/dev/null
    sed "s/^RESULT /RESULT jar=$side round=$round /" "$OUT/$side-$round.txt" | tee -a "$OUT/summary.txt"
    [ "$round" = 1 ] && node bench/knowledge/answers.mjs --base "$BASE" --out "$OUT/answers-$side.json"
    stop_server
  done
done
if [ "$ROUNDS" -gt 0 ]; then
  log "$(node bench/knowledge/answers.mjs --compare "$OUT/answers-A.json" "$OUT/answers-B.json" || true)"
fi
log "results: $OUT/summary.txt"
