// Offline fusion study on the hit lists a Cranfield run recorded (runs.json): re-fuses the fulltext and vector
// chunk rankings of each query with other rules and reports nDCG@10 / MAP on documents. Only a guide for what to
// try in the product (the product fuses deeper candidate lists); every change is then re-measured black box.
// Usage: node bench/knowledge/fusion-sim.mjs bench/results/cranfield-.../runs.json [limit, default 100; a run of
//   cranfield.mjs without maxPerDocument]
import { readFileSync } from 'node:fs';
import { load, ndcg, averagePrecision, mean } from './cranfield-data.mjs';

const [file, limitArg] = process.argv.slice(2);
const limit = Number(limitArg || 100);
const { runs } = JSON.parse(readFileSync(file, 'utf8'));
const { qrels } = load();
const lexical = runs[`fulltext@${limit}`].perQuery, semantic = runs[`vector@${limit}`].perQuery;

function collapse(hits) { const out = []; for (const h of hits) if (!out.includes(h.d)) out.push(h.d); return out; }
function evaluate(name, fuse) {
  const rankedPerQuery = lexical.map((l, i) => collapse(fuse(l.hits, semantic[i].hits)));
  const j = (i) => qrels.get(lexical[i].q) || new Map();
  const n = mean(rankedPerQuery.map((r, i) => ndcg(r, j(i))));
  const m = mean(rankedPerQuery.map((r, i) => averagePrecision(r, j(i))));
  console.log(`${name.padEnd(44)} nDCG@10 ${n.toFixed(4)}  MAP ${m.toFixed(4)}`);
  return n;
}
function byScore(map, info) {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => info.get(c));
}
function rrf(k, wl = 1, ws = 1, depth = Infinity) {
  return (l, s) => {
    const score = new Map(), info = new Map();
    [[l, wl], [s, ws]].forEach(([list, w]) => list.slice(0, depth).forEach((h, r) => {
      score.set(h.c, (score.get(h.c) || 0) + w / (k + r + 1)); info.set(h.c, h);
    }));
    return byScore(score, info);
  };
}
function minMax(list) {
  if (!list.length) return new Map();
  const hi = Math.max(...list.map((h) => h.s)), lo = Math.min(...list.map((h) => h.s));
  return new Map(list.map((h) => [h.c, hi === lo ? 1 : (h.s - lo) / (hi - lo)]));
}
function convex(alpha, norm = minMax) { // alpha * lexical + (1 - alpha) * semantic, normalised scores
  return (l, s) => {
    const nl = norm(l), ns = norm(s), score = new Map(), info = new Map();
    for (const h of [...l, ...s]) info.set(h.c, h);
    for (const c of info.keys()) score.set(c, alpha * (nl.get(c) || 0) + (1 - alpha) * (ns.get(c) || 0));
    return byScore(score, info);
  };
}
function maxNorm(list) { // divide by the best score: keeps the gap between the best and the rest
  if (!list.length) return new Map();
  const hi = Math.max(...list.map((h) => h.s));
  return new Map(list.map((h) => [h.c, h.s / hi]));
}

evaluate('fulltext only', (l) => l);
evaluate('vector only', (l, s) => s);
for (const k of [1, 5, 10, 20, 30, 60, 100]) evaluate(`RRF k=${k}`, rrf(k));
for (const w of [1.5, 2, 3]) for (const k of [10, 60]) evaluate(`RRF k=${k} lexical weight ${w}`, rrf(k, w, 1));
for (const w of [1.5, 2]) evaluate(`RRF k=60 vector weight ${w}`, rrf(60, 1, w));
for (const a of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7]) evaluate(`convex min-max alpha=${a}`, convex(a));
for (const a of [0.3, 0.5, 0.7]) evaluate(`convex max-norm alpha=${a}`, convex(a, maxNorm));

// Tuning on the same queries one reports on flatters the tuned rule: two-fold cross-validation per rule family
// (choose the parameter on the odd queries, score the even ones, and the other way round; mean of the two folds).
const families = {
  'RRF k': [1, 5, 10, 20, 30, 60, 100].map((k) => [k, rrf(k)]),
  'RRF k=60, lexical weight': [1, 1.5, 2, 3].map((w) => [w, rrf(60, w, 1)]),
  'convex min-max alpha': [0.2, 0.3, 0.4, 0.5, 0.6, 0.7].map((a) => [a, convex(a)]),
};
function foldScore(fuse, fold) {
  const xs = lexical.map((l, i) => [l, i]).filter(([, i]) => i % 2 === fold)
    .map(([l, i]) => ndcg(collapse(fuse(l.hits, semantic[i].hits)), qrels.get(l.q) || new Map()));
  return mean(xs);
}
console.log('\ntwo-fold cross-validated nDCG@10 (parameter chosen on the other half):');
for (const [family, options] of Object.entries(families)) {
  const folds = [0, 1].map((fold) => {
    const [param, fuse] = options.reduce((best, o) => (foldScore(o[1], 1 - fold) > foldScore(best[1], 1 - fold) ? o : best));
    return { param, score: foldScore(fuse, fold) };
  });
  console.log(`${family.padEnd(28)} chosen ${folds.map((f) => f.param).join(' / ')}  nDCG@10 ${mean(folds.map((f) => f.score)).toFixed(4)}`);
}
const base = mean([0, 1].map((fold) => foldScore((l) => l, fold)));
console.log(`${'fulltext only'.padEnd(28)} ${''.padEnd(14)}nDCG@10 ${base.toFixed(4)}`);
