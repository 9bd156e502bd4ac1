// Retrieval quality on the Cranfield collection, black box through the running server.
// Usage: node bench/knowledge/cranfield.mjs --base URL --out DIR [--email E] [--reuse] [--runs 100,10,10:1]
//   Uploads the 1,400 abstracts (title as a Markdown heading + text, Cranfield id in metadata "cranId") into a new
//   knowledge base, waits until all are indexed, then runs the 225 queries in fulltext, vector and hybrid mode and
//   computes nDCG@10 (gain = 5 - grade, grade -1 -> 1), MAP and recall@k per mode on documents (chunk hits
//   collapsed to their document's best rank). --reuse signs in and searches an existing upload (same data dir).
//   --runs: one run per entry, LIMIT or LIMIT:MAX_PER_DOCUMENT (the API's maxPerDocument; 10:1 = the 10 best
//   distinct documents, a document-level run). Keys in runs.json: mode@LIMIT or mode@LIMIT:MAX_PER_DOCUMENT.
import { writeFileSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from './client.mjs';
import { load, cranfieldKnowledgeBase, ndcg, averagePrecision, recall, mean, pct } from './cranfield-data.mjs';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:18080' },
    out: { type: 'string', default: 'bench/results/cranfield' },
    email: { type: 'string', default: 'cranfield@example.test' },
    data: { type: 'string' }, // the Cranfield folder; by default the one in the data sets (datasets.mjs)
    runs: { type: 'string', default: '100,10,10:1' },
    reuse: { type: 'boolean', default: false },
    modes: { type: 'string', default: 'fulltext,vector,hybrid' },
  },
});
mkdirSync(args.out, { recursive: true });
const log = (s) => { console.log(s); writeFileSync(`${args.out}/summary.txt`, s + '\n', { flag: 'a' }); };

const { docs, queries, qrels } = load(args.data);

// ---- run ----
const client = new Client(args.base);
const { kb, cranIdOf, chunkCount } = await cranfieldKnowledgeBase(client, docs, { email: args.email, reuse: args.reuse, log });

const runs = {};
for (const run of args.runs.split(',')) {
  const [limit, maxPerDocument] = run.split(':').map(Number);
  const capped = maxPerDocument > 0;
  log(capped
    ? `\nlimit=${limit}, maxPerDocument=${maxPerDocument} (at most ${maxPerDocument} chunk(s) of one document; collapsed to documents, best rank)`
    : `\nlimit=${limit} (hits are chunks; collapsed to documents, best rank)`);
  log(`mode      nDCG@10  MAP     recall@${limit}  docs/query  took_ms p50/p95`);
  for (const mode of args.modes.split(',')) {
    const perQuery = [];
    for (const q of queries) {
      const params = { q: q.text, knowledgeBaseId: kb.id, mode, limit };
      if (capped) params.maxPerDocument = maxPerDocument;
      const res = await client.search(params);
      const ranked = [];
      for (const item of res.items) {
        const d = cranIdOf.get(item.documentId);
        if (!ranked.includes(d)) ranked.push(d);
      }
      perQuery.push({ q: q.id, ranked, took: res.tookMs,
        hits: res.items.map((it) => ({ d: cranIdOf.get(it.documentId), c: it.chunkId, s: it.score })) });
    }
    const judged = (p) => qrels.get(p.q) || new Map();
    const row = {
      ndcg10: mean(perQuery.map((p) => ndcg(p.ranked, judged(p)))),
      map: mean(perQuery.map((p) => averagePrecision(p.ranked, judged(p)))),
      recall: mean(perQuery.map((p) => recall(p.ranked, judged(p), limit))),
      docsPerQuery: mean(perQuery.map((p) => p.ranked.length)),
      tookP50: pct(perQuery.map((p) => p.took), 0.5), tookP95: pct(perQuery.map((p) => p.took), 0.95),
    };
    runs[`${mode}@${run}`] = { ...row, perQuery };
    log(`${mode.padEnd(9)} ${row.ndcg10.toFixed(4)}   ${row.map.toFixed(4)}  ${row.recall.toFixed(4)}       ${row.docsPerQuery.toFixed(1).padStart(5)}       ${row.tookP50}/${row.tookP95}`);
  }
  const bm25 = runs[`fulltext@${run}`], hybrid = runs[`hybrid@${run}`];
  if (bm25 && hybrid) log(`hybrid / BM25 nDCG@10 = ${(hybrid.ndcg10 / bm25.ndcg10).toFixed(3)} (target >= 1.10)`);
}
writeFileSync(`${args.out}/runs.json`, JSON.stringify({ chunkCount, runs }));
log(`raw per-query results: ${args.out}/runs.json`);
