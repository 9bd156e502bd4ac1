// Calibration of the absolute relevance floor on Cranfield, black box through the running server.
// Usage: node bench/knowledge/floor.mjs --base URL --out DIR [--email E] [--reuse] [--limit 100]
//   Per mode: the 225 queries at limit 100 with no floor (minRelevance=0) and with the server's floor (its default),
//   plus off-topic queries (OFF_TOPIC below: fixed questions and seeded pairs of general English words) at limit 10.
//   Reports the relevance of judged-relevant and non-relevant hits (percentiles), the best relevance an off-topic
//   query gets, a sweep of floors (nDCG@10 and recall@limit relative to no floor, share of off-topic queries left
//   with nothing; the floor is applied to the ranked hits exactly as the server does), the highest floor that keeps
//   both metrics within 1 %, and — measured, not simulated — the server's default floor.
//   Off-topic queries are split in two halves: the sweep shows the share on each (calibrate on one, check the other).
import { writeFileSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from './client.mjs';
import { load, cranfieldKnowledgeBase, ndcg, recall, mean, pct } from './cranfield-data.mjs';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:18080' },
    out: { type: 'string', default: 'bench/results/floor' },
    email: { type: 'string', default: 'cranfield@example.test' },
    reuse: { type: 'boolean', default: false },
    limit: { type: 'string', default: '100' },
    modes: { type: 'string', default: 'fulltext,vector,hybrid' },
  },
});
mkdirSync(args.out, { recursive: true });
const log = (s) => { console.log(s); writeFileSync(`${args.out}/summary.txt`, s + '\n', { flag: 'a' }); };
const limit = Number(args.limit);

// General English words with no aeronautical sense; pairs of them are queries the Cranfield abstracts cannot answer.
const WORDS = `apple banana garden kitchen pencil holiday birthday guitar piano violin sandwich coffee teacher
  library bicycle umbrella blanket pillow candle mirror wallet ticket shampoo tomato potato onion carrot cheese butter
  chocolate cookie dinner breakfast lunch football tennis basketball soccer volleyball golf swimming dancing singing
  painting poetry novel movie theatre museum zoo elephant giraffe monkey rabbit kitten puppy horse cow sheep chicken
  farmer doctor nurse lawyer baker butcher plumber wedding funeral church prayer festival carnival parade costume
  jewelry necklace bracelet lipstick perfume fashion sweater jacket shoes socks gloves hat scarf sofa carpet curtain
  wardrobe drawer fridge oven toaster kettle spoon fork knife plate bowl cup mug teapot honey jam bread cake pie soup
  salad pasta pizza burger noodle rice sushi`.split(/\s+/).filter(Boolean);
const QUESTIONS = [
  'zebra xylophone', 'how long should I boil an egg', 'best chocolate cake recipe', 'who won the football world cup',
  'how do I train my puppy to sit', 'what time does the museum open on sunday', 'tennis racket string tension',
  'vegetarian lasagne with spinach', 'how to knit a woollen scarf', 'symptoms of the common cold in children',
  'where can I buy cheap concert tickets', 'wedding dress alterations', 'how to grow tomatoes on a balcony',
  'lyrics of a famous love song', 'basketball playoff schedule', 'how to remove a red wine stain from a carpet',
  'birthday party ideas for a five year old', 'how much sugar in a can of cola', 'yoga poses for back pain',
  'history of the roman empire',
];
function seeded(seed) { // mulberry32: the same pairs on every run
  return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const random = seeded(17);
const pairs = Array.from({ length: 60 }, () =>
  `${WORDS[Math.floor(random() * WORDS.length)]} ${WORDS[Math.floor(random() * WORDS.length)]}`);
const OFF_TOPIC = [...QUESTIONS, ...pairs];

const { docs, queries, qrels } = load();
const client = new Client(args.base);
const { kb, cranIdOf } = await cranfieldKnowledgeBase(client, docs, { email: args.email, reuse: args.reuse, log });

async function run(texts, mode, limitOfRun, minRelevance) {
  const out = [];
  for (const q of texts) {
    const params = { q, knowledgeBaseId: kb.id, mode, limit: limitOfRun };
    if (minRelevance !== undefined) params.minRelevance = minRelevance;
    const res = await client.search(params);
    out.push({ floor: res.minRelevance, belowFloor: res.belowFloor, hits: res.items.map((it) => ({
      d: cranIdOf.get(it.documentId), r: it.relevance, lexical: it.signals.lexical, cosine: it.signals.cosine })) });
  }
  return out;
}
const ranked = (hits) => { const out = []; for (const h of hits) if (!out.includes(h.d)) out.push(h.d); return out; };
const judged = (i) => qrels.get(queries[i].id) || new Map();
const quality = (perQuery, floor = 0) => {
  const kept = perQuery.map((p) => ranked(p.hits.filter((h) => h.r >= floor)));
  return { ndcg10: mean(kept.map((r, i) => ndcg(r, judged(i)))), recall: mean(kept.map((r, i) => recall(r, judged(i), limit))) };
};
const emptyShare = (perQuery, floor) => mean(perQuery.map((p) => (p.hits.some((h) => h.r >= floor) ? 0 : 1)));
const fmt = (xs) => [0.05, 0.25, 0.5, 0.75, 0.95].map((p) => (xs.length ? pct(xs, p).toFixed(3) : '-')).join(' / ');

const results = {};
const qTexts = queries.map((q) => q.text);
for (const mode of args.modes.split(',')) {
  const cranfield = await run(qTexts, mode, limit, 0);
  const offTopic = await run(OFF_TOPIC, mode, 10, 0);
  const served = await run(qTexts, mode, limit);
  const servedOff = await run(OFF_TOPIC, mode, 10);
  results[mode] = { cranfield, offTopic };
  const base = quality(cranfield);
  const rel = [], non = [];
  cranfield.forEach((p, i) => p.hits.forEach((h) => (judged(i).has(h.d) ? rel : non).push(h.r)));
  const bestOff = offTopic.map((p) => Math.max(0, ...p.hits.map((h) => h.r)));
  log(`\n== ${mode}: ${queries.length} Cranfield queries at limit ${limit}, ${OFF_TOPIC.length} off-topic at limit 10`);
  log(`relevance p5/p25/p50/p75/p95: judged relevant hits ${fmt(rel)} (${rel.length}); not judged ${fmt(non)} (${non.length})`);
  log(`best relevance per off-topic query p5/p25/p50/p75/p95: ${fmt(bestOff)}; per Cranfield query: ${fmt(cranfield.map((p) => Math.max(0, ...p.hits.map((h) => h.r))))}`);
  log(`no floor: nDCG@10 ${base.ndcg10.toFixed(4)}, recall@${limit} ${base.recall.toFixed(4)}; off-topic with nothing: ${(emptyShare(offTopic, 1e-9) * 100).toFixed(1)} %`);
  log('floor  nDCG@10 (x no floor)  recall (x no floor)  off-topic empty: all / first half / second half');
  let highestKept = 0;
  const half = Math.floor(OFF_TOPIC.length / 2);
  for (let f = 0.05; f <= 0.801; f += 0.01) {
    const qf = quality(cranfield, f);
    const within = qf.ndcg10 >= 0.99 * base.ndcg10 && qf.recall >= 0.99 * base.recall;
    if (within) highestKept = f;
    if (Math.round(f * 100) % 5 === 0 || within !== (qf.ndcg10 >= 0.99 * base.ndcg10)) {
      log(`${f.toFixed(2)}   ${qf.ndcg10.toFixed(4)} (${(qf.ndcg10 / base.ndcg10).toFixed(3)})   ${qf.recall.toFixed(4)} (${(qf.recall / base.recall).toFixed(3)})` +
        `   ${(emptyShare(offTopic, f) * 100).toFixed(1)} % / ${(emptyShare(offTopic.slice(0, half), f) * 100).toFixed(1)} % / ${(emptyShare(offTopic.slice(half), f) * 100).toFixed(1)} %`);
    }
  }
  log(`highest floor within 1 % on both metrics: ${highestKept.toFixed(2)} (off-topic empty ${(emptyShare(offTopic, highestKept) * 100).toFixed(1)} %)`);
  // measured with the server's own floor: the hits it answered, no simulation
  const sq = served.map((p, i) => ({ ndcg10: ndcg(ranked(p.hits), judged(i)), recall: recall(ranked(p.hits), judged(i), limit) }));
  const sn = mean(sq.map((x) => x.ndcg10)), sr = mean(sq.map((x) => x.recall));
  log(`RESULT mode=${mode} server_floor=${served[0].floor} ndcg10=${sn.toFixed(4)} (no floor ${base.ndcg10.toFixed(4)}, x${(sn / base.ndcg10).toFixed(4)})` +
    ` recall${limit}=${sr.toFixed(4)} (no floor ${base.recall.toFixed(4)}, x${(sr / base.recall).toFixed(4)})` +
    ` offtopic_empty=${(mean(servedOff.map((p) => (p.hits.length ? 0 : 1))) * 100).toFixed(1)}%` +
    ` cranfield_empty=${(mean(served.map((p) => (p.hits.length ? 0 : 1))) * 100).toFixed(1)}%`);
}
writeFileSync(`${args.out}/floor.json`, JSON.stringify({ offTopic: OFF_TOPIC, results }));
log(`raw hits: ${args.out}/floor.json`);
