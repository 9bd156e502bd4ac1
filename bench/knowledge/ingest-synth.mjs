// Uploads synthetic documents [from, to) of the seeded corpus (bench/knowledge/synth.mjs) into one knowledge base and
// waits until the pipeline has indexed them. Prints the ingestion time and chunks/s taken from the server's own
// timestamps (first upload's createdAt to the last document's updatedAt when it became indexed).
// --warmup N first runs N other documents of the corpus (indexes 1,000,000+) through the pipeline in a separate knowledge
// base and waits for them, untimed: the server then has its model loaded and its code compiled, as the raw harness
// has after its warm-up batches.
// Usage: node bench/knowledge/ingest-synth.mjs --base URL --from 0 --to 100 [--seed 42] [--write DIR] [--reuse]
//        [--warmup N]
import { mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client, pool } from './client.mjs';
import { model, document } from './synth.mjs';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:18082' },
    email: { type: 'string', default: 'synthetic@example.test' },
    from: { type: 'string', default: '0' },
    to: { type: 'string', default: '100' },
    seed: { type: 'string', default: '42' },
    write: { type: 'string' },
    summary: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    warmup: { type: 'string', default: '0' },
    'write-only': { type: 'boolean', default: false },
  },
});
const log = (s) => { console.log(s); if (args.summary) appendFileSync(args.summary, s + '\n'); };
const from = Number(args.from), to = Number(args.to), seed = Number(args.seed);
const m = model();
if (args['write-only']) { // just the files, for the raw embedding harness
  mkdirSync(args.write, { recursive: true });
  for (let i = from; i < to; i++) writeFileSync(`${args.write}/synthetic-${String(i).padStart(6, '0')}.md`, document(m, seed, i).markdown);
  process.exit(0);
}
const client = new Client(args.base);
let kb;
if (args.reuse) {
  await client.login(args.email);
  kb = (await client.call('GET', '/api/v1/knowledge-bases?page=0&size=100')).items.find((k) => k.name === 'Synthetic');
} else {
  await client.signUp(args.email);
  kb = await client.createKnowledgeBase('Synthetic');
}
const warmups = Number(args.warmup);
if (warmups > 0) {
  const warmKb = await client.createKnowledgeBase(`Warm-up ${Date.now()}`);
  const w0 = Date.now();
  await pool(Array.from({ length: warmups }, (_, i) => 1_000_000 + i), 4, (i) => {
    const d = document(m, seed, i);
    return client.upload(warmKb.id, `warmup-${i}.md`, d.markdown, { title: d.title });
  });
  await client.waitIndexed(warmKb.id, warmups, { intervalMs: 500 });
  log(`warm-up: ${warmups} other documents through the pipeline in ${((Date.now() - w0) / 1000).toFixed(1)} s (not counted)`);
}
const indexes = Array.from({ length: to - from }, (_, i) => from + i);
if (args.write) mkdirSync(args.write, { recursive: true });
const t0 = Date.now();
const uploaded = await pool(indexes, 4, async (i) => {
  const d = document(m, seed, i);
  const name = `synthetic-${String(i).padStart(6, '0')}.md`;
  if (args.write) writeFileSync(`${args.write}/${name}`, d.markdown);
  return client.upload(kb.id, name, d.markdown, { title: d.title, metadata: { synthId: String(i) } });
});
log(`uploaded ${uploaded.length} documents (${from}..${to - 1}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const ids = new Set(uploaded.map((d) => d.id));
let shown = 0;
const everything = await client.waitIndexed(kb.id, to, { intervalMs: 5000,
  onProgress: (done, all) => { if (Date.now() - shown > 60000) { shown = Date.now(); console.log(`  ${new Date().toISOString()} finished ${done}/${all}`); } },
});
const docs = everything.filter((d) => ids.has(d.id));
const failed = docs.filter((d) => d.status !== 'indexed');
if (failed.length) log(`FAILED: ${failed.length}: ${failed[0].statusReason}`);
const versions = await pool(docs, 4, (d) => client.versions(d.id));
const chunks = versions.reduce((s, v) => s + v.filter((x) => x.current).reduce((a, x) => a + x.chunkCount, 0), 0);
const start = Math.min(...docs.map((d) => Date.parse(d.createdAt)));
const end = Math.max(...docs.map((d) => Date.parse(d.updatedAt)));
const seconds = (end - start) / 1000;
const allVersions = await pool(everything, 4, (d) => client.versions(d.id));
const kbChunks = allVersions.reduce((s, v) => s + v.filter((x) => x.current).reduce((a, x) => a + x.chunkCount, 0), 0);
log(`RESULT documents=${docs.length} chunks=${chunks} pipeline_seconds=${seconds.toFixed(1)} chunks_per_sec=${(chunks / seconds).toFixed(1)} kb_documents=${everything.length} kb_chunks=${kbChunks}`);
