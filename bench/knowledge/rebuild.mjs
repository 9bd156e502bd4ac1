// Search index rebuild on a serving node: rebuild time and chunks/s, and full-text search latency and results before
// and during the rebuild (2 concurrent clients). Half the searches are broad (hundreds of near-equal matches: latency
// only, their top 10 among ties legitimately reorders as entries are replaced), half are phrases naming one procedure
// (exactly one matching chunk): each of those must answer exactly the chunk it answered before the rebuild
// ("lost" counts the ones that did not).
// Usage: node bench/knowledge/rebuild.mjs --base http://localhost:18095 [--docs 40] [--sections 60]
import { Client, pool } from './client.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const base = args.base ?? 'http://localhost:18095';
const docs = Number(args.docs ?? 40);
const sections = Number(args.sections ?? 60);
const QUERIES = ['hydraulic pressure check', 'night shift sign off', 'fuel store inspection', 'landing gear torque'];

function text(d) {
  const out = [`# Maintenance manual ${d}`];
  for (let s = 0; s < sections; s++) {
    const q = QUERIES[(d + s) % QUERIES.length];
    out.push(`## Procedure ${d}.${s}`, `Procedure ${d}.${s} covers the ${q} on aircraft ${d}, step ${s}, and who signs it off at the end of the night shift.`);
  }
  return out.join('\n\n');
}

const percentile = (xs, p) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN);

const client = new Client(base);
await client.signUp(`rebuild.${Date.now()}@example.com`);
const kb = await client.createKnowledgeBase('Rebuild bench');
const t0 = Date.now();
await pool([...Array(docs).keys()], 4, (d) => client.upload(kb.id, `manual-${d}.md`, text(d)));
const indexed = await client.waitIndexed(kb.id, docs);
console.log(`ingested ${indexed.length} documents in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

const PHRASES = [...Array(40).keys()].map((i) => `"Procedure ${(i * 7) % docs}.${(i * 11) % sections} covers"`);
const expected = {};
for (const q of PHRASES) {
  expected[q] = (await client.search({ q, mode: 'fulltext', limit: 10 })).items.map((i) => i.chunkId).sort().join();
  if (expected[q].split(',').length !== 1) throw new Error(`${q} should match one chunk: ${expected[q]}`);
}

async function measure(until) {
  const latencies = [];
  let lost = 0;
  let checked = 0;
  await Promise.all([0, 1].map(async (c) => {
    for (let i = c; !until(); i++) {
      const phrase = i % 2 === 1;
      const q = phrase ? PHRASES[i % PHRASES.length] : QUERIES[i % QUERIES.length];
      const started = performance.now();
      const res = await client.search({ q, mode: 'fulltext', limit: 10 });
      latencies.push(performance.now() - started);
      if (phrase) {
        checked++;
        if (res.items.map((x) => x.chunkId).sort().join() !== expected[q]) lost++;
      }
    }
  }));
  return { n: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), checked, lost };
}

const before = Date.now() + 10_000;
const idle = await measure(() => Date.now() > before);
const rebuild = await client.call('POST', '/api/v1/knowledge-base/index/rebuild');
let state = rebuild;
const poller = (async () => {
  while (state.status === 'queued' || state.status === 'running') {
    await new Promise((r) => setTimeout(r, 200));
    state = await client.call('GET', `/api/v1/knowledge-base/index/rebuild/${rebuild.id}`);
  }
})();
const during = await measure(() => state.status === 'completed' || state.status === 'failed');
await poller;
const seconds = (new Date(state.finishedAt) - new Date(state.startedAt)) / 1000;
console.log(`RESULT chunks=${state.entitiesDone} status=${state.status} rebuild_s=${seconds.toFixed(2)} chunks_per_s=${(state.entitiesDone / seconds).toFixed(0)} removed=${state.removedEntries}`);
console.log(`RESULT search_before n=${idle.n} p50_ms=${idle.p50.toFixed(1)} p95_ms=${idle.p95.toFixed(1)} phrase_checks=${idle.checked} lost=${idle.lost}`);
console.log(`RESULT search_during n=${during.n} p50_ms=${during.p50.toFixed(1)} p95_ms=${during.p95.toFixed(1)} phrase_checks=${during.checked} lost=${during.lost}`);
