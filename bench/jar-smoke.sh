#!/usr/bin/env bash
# Smoke test of the packaged jar's native parts: starts it on fresh data (embedded PostgreSQL from the jar), uploads
# a document, waits for it to be indexed (Tika, then the in-process ONNX embedding model with its tokenizer), and
# searches it in vector and hybrid mode. Fails loudly when a native library is missing from the jar.
# Usage: bench/jar-smoke.sh [jar]   (default: server/target/aigentforce-server.jar; needs curl and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="${1:-server/target/aigentforce-server.jar}"
OUT=bench/results/jar-smoke-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
PORT="${PORT:-18101}"
source bench/lib.sh

log "# jar smoke test $(date -u +%FT%TZ): $JAR ($(stat -c %s "$JAR") bytes)"
DATA=$(mktemp -d /tmp/af-smoke-XXXX)
start_server "$DATA"
log "ready after ${READY_SECONDS}s"
TOKEN=$(register_and_login "smoke-owner@example.test" | json '["accessToken"]')
AUTH=(-H "Authorization: Bearer $TOKEN")
KB=$(curl -fs -X POST "$BASE/api/v1/knowledge-bases" "${AUTH[@]}" -H 'Content-Type: application/json' \
  -d '{"name":"Smoke"}' | json '["id"]')
printf '# Harbour safety\n\nThe violet lighthouse keeper logs every tide at dawn and dusk.\n\n## Storms\n\nDuring gales the ferry stays moored behind the breakwater.\n' >"$OUT/harbour.md"
DOC=$(curl -fs -X POST "$BASE/api/v1/knowledge-bases/$KB/documents" "${AUTH[@]}" \
  -F "file=@$OUT/harbour.md;type=text/markdown" -F 'title=Harbour safety' | json '["id"]')
status=
for _ in $(seq 1 300); do
  status=$(curl -fs "$BASE/api/v1/documents/$DOC" "${AUTH[@]}" | json '["status"]')
  [ "$status" = indexed ] || [ "$status" = failed ] && break
  sleep 0.5
done
log "document $DOC: $status"
[ "$status" = indexed ] || { curl -fs "$BASE/api/v1/documents/$DOC" "${AUTH[@]}" >&2; exit 1; }
for mode in vector hybrid fulltext; do
  hit=$(curl -fs -G "$BASE/api/v1/knowledge-base/search" "${AUTH[@]}" --data-urlencode 'q=when does the ferry stay in port' \
    --data-urlencode "mode=$mode" --data-urlencode "knowledgeBaseId=$KB" | json '["items"][0]["documentTitle"]' 2>/dev/null || true)
  log "search $mode: first hit '$hit'"
  [ "$hit" = "Harbour safety" ] || exit 1
done
stop_server
rm -rf "$DATA"
log "OK"
