#!/usr/bin/env bash
# Shared by the analysis scripts (source it from the repository root): compiles the server's classes and the Java
# harnesses in bench/analysis/java against the server's runtime class path, and sets CP to run them.
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
# the shared data sets: AIGENTFORCE_DATASETS, or ../shared/datasets beside the repository (DESIGN.md)
AIGENTFORCE_DATASETS=$(realpath -m "${AIGENTFORCE_DATASETS:-$(dirname "${BASH_SOURCE[0]}")/../../../shared/datasets}")
export AIGENTFORCE_DATASETS
HARNESS=${HARNESS:-server/target/analysis-harness}
mkdir -p "$HARNESS"
./mvnw -B -ntp -q -pl server -DskipTests -Dspotless.check.skip=true compile
./mvnw -B -ntp -q -pl server dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$PWD/$HARNESS/classpath.txt" >/dev/null
CP="$HARNESS/classes:server/target/classes:$(cat "$HARNESS/classpath.txt")"
"$JAVA_HOME/bin/javac" -nowarn -cp "$CP" -d "$HARNESS/classes" $(find bench/analysis/java -name '*.java')
