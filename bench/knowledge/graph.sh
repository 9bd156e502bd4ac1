#!/usr/bin/env bash
# HNSW graph settings on the real corpus: build CPU and recall@10 against exact search, per similarity and
# efConstruction (bench/knowledge/java/.../VectorGraphBench.java), from the vectors of an existing search index.
# Usage: bench/knowledge/graph.sh INDEX_DIR [MAX_VECTORS=100000] [SETTINGS=COSINE:512,COSINE:100,DOT_PRODUCT:100 | EXISTING]
#   EXISTING: recall of the index as it is (its own segments and graphs) against exact search, k = 40, 60, 80.
#   INDEX_DIR is a data directory's index/kb-chunk (e.g. one latency-ab.sh ingested); CHUNKS_PER_FLUSH (38).
set -euo pipefail
cd "$(dirname "$0")/../.."
INDEX=$(realpath "$1")
OUT=bench/results/graph-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
source bench/lib.sh
log "# HNSW graph settings $(date -u +%FT%TZ); $(machine_notes)"
CLASSES=$OUT/jar; mkdir -p "$CLASSES" "$OUT/harness"
JAR=$(realpath "$JAR")
(cd "$CLASSES" && unzip -q "$JAR")
CP="$OUT/harness:$CLASSES/BOOT-INF/classes:$CLASSES/BOOT-INF/lib/*"
"$JAVA_HOME/bin/javac" -nowarn -cp "$CP" -sourcepath bench/knowledge/java -d "$OUT/harness" bench/knowledge/java/com/aigentforce/bench/VectorGraphBench.java
"$JAVA_HOME/bin/java" -Xmx4g -cp "$CP" com.aigentforce.bench.VectorGraphBench "$INDEX" "${2:-100000}" \
  "${CHUNKS_PER_FLUSH:-38}" "${3:-COSINE:512,COSINE:100,DOT_PRODUCT:100}" 2>>"$OUT/harness.err" | tee -a "$OUT/summary.txt"
rm -rf "$CLASSES"
