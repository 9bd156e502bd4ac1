// Deterministic synthetic corpus for the speed benchmarks: an order-2 word Markov model trained on the Cranfield
// abstracts writes Markdown documents (sections with headings, paragraphs of 40-140 words), so term statistics for
// BM25 and the embeddings look like real technical text. Same seed + index -> same document, on every machine.
import { readFileSync } from 'node:fs';
import { dataset } from './datasets.mjs';

export function rng(seed) { // mulberry32
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function model(cranfieldDir = dataset('cranfield')) {
  const text = readFileSync(`${cranfieldDir}/cran.all.1400`, 'latin1');
  const sentences = [];
  for (const rec of text.split(/^\.I /m).slice(1)) {
    const w = rec.split(/^\.W\s*$/m)[1];
    if (!w) continue;
    for (const s of w.replace(/\s+/g, ' ').split(/ \. /)) {
      const words = s.trim().split(' ').filter(Boolean);
      if (words.length >= 4) sentences.push(words);
    }
  }
  const next = new Map(); // "w1 w2" -> [w3...]; "" starts a sentence, null ends it
  const add = (k, v) => { let l = next.get(k); if (!l) next.set(k, (l = [])); l.push(v); };
  for (const s of sentences) {
    const padded = ['', '', ...s, null];
    for (let i = 2; i < padded.length; i++) add(`${padded[i - 2]} ${padded[i - 1]}`, padded[i]);
  }
  return { next, sentences: sentences.length };
}

function sentence(m, r, maxWords = 40) {
  const out = [];
  let a = '', b = '';
  while (out.length < maxWords) {
    const options = m.next.get(`${a} ${b}`);
    const w = options[Math.floor(r() * options.length)];
    if (w === null) break;
    out.push(w);
    a = b; b = w;
  }
  return out.join(' ') + ' .';
}

function paragraph(m, r, words) {
  const parts = [];
  let n = 0;
  while (n < words) { const s = sentence(m, r); parts.push(s); n += s.split(' ').length; }
  return parts.join(' ');
}

/** Document i of the corpus for this seed: {title, markdown}. */
export function document(m, seed, i, { sections = 8, paragraphsPerSection = 5 } = {}) {
  const r = rng(seed * 1_000_003 + i);
  const title = sentence(m, r, 10).replace(/ \.$/, '');
  const lines = [`# ${title}`, ''];
  for (let s = 0; s < sections; s++) {
    lines.push(`## ${sentence(m, r, 8).replace(/ \.$/, '')}`, '');
    for (let p = 0; p < paragraphsPerSection; p++) lines.push(paragraph(m, r, 40 + Math.floor(r() * 100)), '');
  }
  return { title, markdown: lines.join('\n') };
}
