#!/usr/bin/env bash
# Trains the analysis module's sentence polarity model (bench/analysis/java/.../TrainSentiment.java) on the TRAIN
# parts of the labelled sentences and poem-sentiment, prints accuracy/macro-F1 on their DEV parts for several neutral
# margins, and writes server/src/main/resources/analysis/sentiment-en-1.bin.
# Usage: bench/analysis/train-sentiment.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/analysis/harness.sh
"$JAVA_HOME/bin/java" -cp "$CP" com.aigentforce.bench.analysis.TrainSentiment server/src/main/resources/analysis/sentiment-en-1.bin
