// The Cranfield collection (documents, queries, graded judgements) and the retrieval metrics used by the benchmarks.
import { readFileSync } from 'node:fs';
import { dataset } from './datasets.mjs';
import { pool } from './client.mjs';

function records(text) { // splits ".I n" records into {id, fields: {T, A, B, W}}
  return text.split(/^\.I /m).slice(1).map((rec) => {
    const [idLine, ...rest] = rec.split('\n');
    const fields = {};
    let field = null;
    for (const line of rest) {
      const m = line.match(/^\.([TABW])\s*$/);
      if (m) { field = m[1]; fields[field] = []; } else if (field) fields[field].push(line);
    }
    for (const k of Object.keys(fields)) fields[k] = fields[k].join('\n').trim();
    return { id: idLine.trim(), fields };
  });
}
export function load(dir = dataset('cranfield')) {
  const docs = records(readFileSync(`${dir}/cran.all.1400`, 'latin1')).map((r) => ({
    id: String(Number(r.id)), title: (r.fields.T || '').replace(/\s+/g, ' ').replace(/ \.$/, '').trim(),
    text: r.fields.W || '',
  }));
  const queries = records(readFileSync(`${dir}/cran.qry`, 'latin1'))
    .map((r, i) => ({ id: i + 1, text: r.fields.W.replace(/\s+/g, ' ').trim() }));
  const qrels = new Map(); // query -> Map(docId -> gain)
  for (const line of readFileSync(`${dir}/cranqrel`, 'latin1').split('\n')) {
    const [q, d, g] = line.trim().split(/\s+/).map(Number);
    if (!q) continue;
    if (!qrels.has(q)) qrels.set(q, new Map());
    qrels.get(q).set(String(d), g === -1 ? 1 : 5 - g);
  }
  if (docs.length !== 1400 || queries.length !== 225) throw new Error(`parsed ${docs.length} docs, ${queries.length} queries`);
  return { docs, queries, qrels };
}

// The "Cranfield" knowledge base of the signed-in client: uploaded fresh (after signing up email; the abstracts as
// Markdown, title as heading, Cranfield id in metadata "cranId", waiting until all are indexed) or, with reuse, the
// one an earlier run left in the same data directory. Answers it with a map document id -> Cranfield id.
export async function cranfieldKnowledgeBase(client, docs, { email, reuse, log }) {
  let kb;
  if (reuse) {
    await client.login(email);
    kb = (await client.call('GET', '/api/v1/knowledge-bases?page=0&size=100')).items.find((k) => k.name === 'Cranfield');
  } else {
    await client.signUp(email);
    kb = await client.createKnowledgeBase('Cranfield');
    const t0 = Date.now();
    await pool(docs, 4, (d) => client.upload(kb.id, `cran-${d.id}.md`, `# ${d.title}\n\n${d.text}\n`,
      { title: d.title, metadata: { cranId: d.id } }));
    const uploaded = Date.now();
    let lastShown = 0;
    await client.waitIndexed(kb.id, docs.length, {
      onProgress: (done, all) => { if (Date.now() - lastShown > 30000) { lastShown = Date.now(); console.log(`  indexed ${done}/${all}`); } },
    });
    log(`uploaded ${docs.length} documents in ${((uploaded - t0) / 1000).toFixed(1)} s; all indexed after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const all = await client.listDocuments(kb.id);
  const failed = all.filter((d) => d.status !== 'indexed');
  if (failed.length) log(`NOT indexed: ${failed.length} (${failed.slice(0, 5).map((d) => `${d.metadata.cranId}:${d.statusReason}`).join(', ')})`);
  const versionInfo = await pool(all, 4, (d) => client.versions(d.id));
  const chunkCount = versionInfo.reduce((s, v) => s + v.filter((x) => x.current).reduce((a, x) => a + x.chunkCount, 0), 0);
  log(`documents ${all.length}, chunks ${chunkCount}`);
  return { kb, cranIdOf: new Map(all.map((d) => [d.id, d.metadata.cranId])), chunkCount };
}

// ---- metrics ----
export function ndcg(ranked, judged, k = 10) {
  let dcg = 0;
  ranked.slice(0, k).forEach((d, i) => { dcg += (judged.get(d) || 0) / Math.log2(i + 2); });
  const ideal = [...judged.values()].sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}
export function averagePrecision(ranked, judged) {
  let hits = 0, sum = 0;
  ranked.forEach((d, i) => { if (judged.has(d)) { hits++; sum += hits / (i + 1); } });
  return judged.size === 0 ? 0 : sum / judged.size;
}
export function recall(ranked, judged, k) {
  return judged.size === 0 ? 0 : ranked.slice(0, k).filter((d) => judged.has(d)).length / judged.size;
}
export const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

