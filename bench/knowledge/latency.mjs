// Search latency with N concurrent clients (default 4), per mode: warm-up, then a timed run; client-side latency
// (request to full JSON body) and the server's own tookMs. Queries: the 225 Cranfield queries, each client starting
// at its own offset; with --server-pid, also the server process's CPU time per request. Usage: node bench/knowledge/latency.mjs
// --base URL [--kb ID] [--seconds 30] [--warmup 15] [--server-pid PID]
import { readFileSync, appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from './client.mjs';
import { dataset } from './datasets.mjs';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:18082' },
    email: { type: 'string', default: 'synthetic@example.test' },
    kb: { type: 'string' },
    clients: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '15' },
    limit: { type: 'string', default: '10' },
    modes: { type: 'string', default: 'fulltext,vector,hybrid' },
    summary: { type: 'string' },
    'server-pid': { type: 'string' },
  },
});
const log = (s) => { console.log(s); if (args.summary) appendFileSync(args.summary, s + '\n'); };
const queries = readFileSync(`${dataset('cranfield')}/cran.qry`, 'latin1').split(/^\.I /m).slice(1)
  .map((r) => r.split(/^\.W\s*$/m)[1].replace(/\s+/g, ' ').trim());
const client = new Client(args.base);
await client.login(args.email);
const kb = args.kb || (await client.call('GET', '/api/v1/knowledge-bases?page=0&size=100')).items[0].id;
const pct = (s, p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];

// the server's CPU time (user + system, ms) from /proc: CPU per request does not depend on queueing on a busy machine
const serverCpuMs = () => {
  if (!args['server-pid']) return NaN;
  const fields = readFileSync(`/proc/${args['server-pid']}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
};

async function run(mode, seconds, record) {
  const cpu0 = serverCpuMs();
  const until = Date.now() + seconds * 1000;
  const latencies = [], took = [];
  let errors = 0;
  await Promise.all(Array.from({ length: Number(args.clients) }, async (_, c) => {
    for (let i = c * 37; Date.now() < until; i++) {
      const t = process.hrtime.bigint();
      try {
        const res = await client.search({ q: queries[i % queries.length], knowledgeBaseId: kb, mode, limit: args.limit });
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        took.push(res.tookMs);
      } catch (e) { errors++; if (errors < 3) console.error(e.message); }
    }
  }));
  if (!record) return;
  latencies.sort((a, b) => a - b); took.sort((a, b) => a - b);
  log(`RESULT mode=${mode} clients=${args.clients} limit=${args.limit} requests=${latencies.length} ` +
    `per_sec=${(latencies.length / seconds).toFixed(1)} p50_ms=${pct(latencies, 0.5).toFixed(1)} ` +
    `p95_ms=${pct(latencies, 0.95).toFixed(1)} p99_ms=${pct(latencies, 0.99).toFixed(1)} ` +
    `server_took_p50=${pct(took, 0.5)} server_took_p95=${pct(took, 0.95)} ` +
    `server_cpu_ms_per_request=${((serverCpuMs() - cpu0) / latencies.length).toFixed(1)} errors=${errors}`);
}
for (const mode of args.modes.split(',')) {
  await run(mode, Number(args.warmup), false);
  await run(mode, Number(args.seconds), true);
}
