#!/usr/bin/env bash
# Ingestion throughput: chunks/s through the whole pipeline (upload -> Tika -> chunking -> embedding -> PostgreSQL +
# Lucene) against the raw embedding model on the same chunk texts, batched the same way, in the same run
# (raw before and after the pipeline run, to see drift from other load on the machine). The raw harness uses the
# product defaults: batches of 32 per document, 2 embedding threads, 2 callers (= 2 ingestion workers), chunks of
# 200 tokens with 40 overlap.
# Usage: [WARMUP=40] bench/knowledge/throughput.sh [documents, default 40]
#   WARMUP documents go through the pipeline first, untimed (40 by default, 4 before session 6). Even after 40 the JIT
#   compilers took ~14 % of the machine during the measured phase (docs/benchmarks.md, session 6); WARMUP=240 comes
#   closer to a server that has been running for a while.
#   EMBEDDING_THREADS (default 2, the product's default): the model's threads, in the raw harness and the server alike;
#   1 on a 2-core machine leaves a core to the rest of the pipeline, as a machine with more cores than model threads does.
#   SERVER_ARGS: extra Spring arguments for the server, for experiments that take a part of the pipeline away, e.g.
#   the search index (--spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false) or its per-document
#   commit (--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=read-sync); the results in
#   docs/benchmarks.md say which were used.
set -euo pipefail
cd "$(dirname "$0")/../.."
DOCS=${1:-40}
THREADS=${EMBEDDING_THREADS:-2}
OUT=bench/results/throughput-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
PORT=${PORT:-18083}
source bench/lib.sh
trap stop_server EXIT
log "# ingestion throughput $(date -u +%FT%TZ); $(machine_notes)"
# the harness runs against the jar's own classes and libraries
CLASSES=$OUT/jar; mkdir -p "$CLASSES" "$OUT/harness"
JAR=$(realpath "$JAR") # absolute: the unzip below runs in another directory
(cd "$CLASSES" && unzip -q "$JAR")
CP="$OUT/harness:$CLASSES/BOOT-INF/classes:$CLASSES/BOOT-INF/lib/*"
"$JAVA_HOME/bin/javac" -nowarn -cp "$CP" -sourcepath bench/knowledge/java -d "$OUT/harness" bench/knowledge/java/com/aigentforce/bench/RawEmbeddingBench.java
node bench/knowledge/ingest-synth.mjs --write-only --write "$OUT/corpus" --from 0 --to "$DOCS"
raw() { "$JAVA_HOME/bin/java" -cp "$CP" com.aigentforce.bench.RawEmbeddingBench "$OUT/corpus" 32 "$THREADS" 200 40 2 2>>"$OUT/raw.err" | tee -a "$OUT/raw.txt" | grep RESULT; }
log "raw model, before: $(raw)"
DATA=$(mktemp -d /tmp/af-kb-throughput-XXXX)
# shellcheck disable=SC2086 # SERVER_ARGS is a list of arguments
start_server "$DATA" --aigentforce.knowledge.embedding-concurrency="$THREADS" ${SERVER_ARGS:-}
log "embedding threads: $THREADS; server arguments: ${SERVER_ARGS:-(none)}"
node bench/knowledge/ingest-synth.mjs --base "$BASE" --from 0 --to "$DOCS" --warmup "${WARMUP:-40}" --summary "$OUT/summary.txt"
stop_server
log "raw model, after: $(raw)"
rm -rf "$DATA" "$CLASSES"
