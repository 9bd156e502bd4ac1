#!/usr/bin/env bash
# Analysis quality and speed with the committed models, each beside a baseline computed in the same run:
# NER entity F1 on the TEST splits of BTC and WNUT-17 (baseline: capitalisation + patterns), sentiment accuracy and
# macro-F1 on the held-out parts (baseline: word lists), and single-thread throughput through AnalysisService.
# Usage: bench/analysis/quality.sh   (results in bench/results/analysis-<time>/summary.txt)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench/results/analysis-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
source bench/analysis/harness.sh
{
  echo "# analysis quality $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD)$(git diff --quiet -- server || echo +local-changes); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  for bench in NerBench SentimentBench ThroughputBench; do
    "$JAVA_HOME/bin/java" -cp "$CP" "com.aigentforce.bench.analysis.$bench" 2>>"$OUT/stderr.txt"
  done
} | tee "$OUT/summary.txt"
