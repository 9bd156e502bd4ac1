#!/usr/bin/env bash
# Trains the analysis module's name finder (bench/analysis/java/.../TrainNer.java) on btc.train + WNUT-17
# emerging.dev.conll, prints its F1 on btc.dev and writes server/src/main/resources/analysis/ner-en-1.bin.
# A new model with other data or settings gets a new version (the file name and NamedEntities.VERSION).
# Usage: bench/analysis/train-ner.sh [iterations, default 150] [feature cutoff, default 1]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/analysis/harness.sh
"$JAVA_HOME/bin/java" -cp "$CP" com.aigentforce.bench.analysis.TrainNer \
  server/src/main/resources/analysis/ner-en-1.bin "${1:-150}" "${2:-1}"
