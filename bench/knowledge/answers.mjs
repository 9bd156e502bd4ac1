// Same answers? Dumps the search results of the first N Cranfield queries per mode (everything but tookMs), or
// compares two such dumps: rankings, scores, texts and titles must be equal; highlights must be equal wherever the
// first dump has any (a newer jar may add highlights to hybrid hits the vector list found). Also reports, per mode,
// the share of hits both dumps hold (overlap@limit). --by-text identifies hits by title and text instead of chunk
// id: for two corpora ingested separately from the same documents (ids differ; so may HNSW graphs and scores).
// Usage: node bench/knowledge/answers.mjs --base URL --out FILE [--queries 30] [--limit 10] [--max-per-document N]
//        node bench/knowledge/answers.mjs --compare [--by-text] OLD.json NEW.json
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from './client.mjs';
import { dataset } from './datasets.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:18090' },
    email: { type: 'string', default: 'synthetic@example.test' },
    out: { type: 'string' },
    queries: { type: 'string', default: '30' },
    limit: { type: 'string', default: '10' },
    'max-per-document': { type: 'string' },
    modes: { type: 'string', default: 'fulltext,vector,hybrid' },
    compare: { type: 'boolean', default: false },
    'by-text': { type: 'boolean', default: false },
  },
});

if (args.compare) {
  const [a, b] = positionals.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  let differences = 0, addedHighlights = 0, compared = 0;
  const close = (x, y) => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x));
  const id = (h) => (args['by-text'] ? `${h.documentTitle}\n${h.text}` : h.chunkId);
  const overlap = {}; // mode -> { shared, all } hits
  for (const key of Object.keys(a)) {
    const [x, y] = [a[key], b[key] || []];
    compared += x.length;
    const mode = key.split('#')[0];
    const ys = new Set(y.map(id));
    overlap[mode] ??= { shared: 0, all: 0 };
    overlap[mode].shared += x.filter((h) => ys.has(id(h))).length;
    overlap[mode].all += x.length;
    const same = x.length === y.length && x.every((h, i) => id(h) === id(y[i]) && close(h.score, y[i].score)
      && h.text === y[i].text && h.documentTitle === y[i].documentTitle
      && JSON.stringify(h.headingPath) === JSON.stringify(y[i].headingPath) && h.page === y[i].page
      && (h.highlights.length === 0 || JSON.stringify(h.highlights) === JSON.stringify(y[i].highlights)));
    if (!same) { differences++; if (differences <= 3) console.log(`DIFF ${key}\n  ${JSON.stringify(x).slice(0, 400)}\n  ${JSON.stringify(y).slice(0, 400)}`); }
    addedHighlights += x.filter((h, i) => h.highlights.length === 0 && y[i]?.highlights.length > 0).length;
  }
  console.log(`RESULT answers compared=${Object.keys(a).length} queries (${compared} hits) differing=${differences} hits_with_added_highlights=${addedHighlights} ` +
    Object.entries(overlap).map(([mode, { shared, all }]) => `overlap_${mode}=${(shared / all).toFixed(3)}`).join(' '));
  process.exit(differences ? 1 : 0);
}

const queries = readFileSync(`${dataset('cranfield')}/cran.qry`, 'latin1').split(/^\.I /m).slice(1)
  .map((r) => r.split(/^\.W\s*$/m)[1].replace(/\s+/g, ' ').trim()).slice(0, Number(args.queries));
const client = new Client(args.base);
await client.login(args.email);
const kb = (await client.call('GET', '/api/v1/knowledge-bases?page=0&size=100')).items[0].id;
const dump = {};
for (const mode of args.modes.split(',')) {
  for (const [i, q] of queries.entries()) {
    const params = { q, knowledgeBaseId: kb, mode, limit: args.limit };
    if (args['max-per-document']) params.maxPerDocument = args['max-per-document'];
    const res = await client.search(params);
    dump[`${mode}#${i}`] = res.items.map(({ chunkId, documentId, documentTitle, text, highlights, score, headingPath, page }) =>
      ({ chunkId, documentId, documentTitle, text, highlights, score, headingPath, page }));
  }
}
writeFileSync(args.out, JSON.stringify(dump));
