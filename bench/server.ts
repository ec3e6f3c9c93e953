// `npm run bench:server`: what the rate limits cost per request through createVerificationHandler →
// memoryProvider, with limits off, on the memory store, and on the Redis store (node-redis and
// ioredis) against a redis-server on loopback started here. Rounds interleave the modes so machine
// load hits all of them alike; ratios are taken within a round, then the median across rounds.
// Writes bench/results/server.json and the README's server block. Never asserted in tests.
import { cpus, loadavg } from 'node:os';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { createVerificationHandler, createMemoryStore, memoryProvider, type LimitStore } from '../src/server';
import { createRedisStore } from '../src/server/stores/redis';
import { startRedis } from '../test/setup/redis-server';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const WARMUP = 200;
const SECRET = 'bench-secret-0123456789-abcdefghijklmnop';

type Mode = { name: string; store?: LimitStore; limits: boolean };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * The store with its `consume` calls timed (one per send): how much of a send's latency is the
 * store's own round trip, and how much is the rest of the request around it.
 */
function timedStore(store: LimitStore, latencies: number[]): LimitStore {
  return {
    ...store,
    async consume(...args) {
      const t0 = performance.now();
      try {
        return await store.consume(...args);
      } finally {
        latencies.push(performance.now() - t0);
      }
    },
  };
}

let serial = 0;
async function run(mode: Mode, count: number) {
  const storeLatencies: number[] = [];
  const handler = createVerificationHandler({
    provider: memoryProvider({ maxSessions: 10_000_000 }),
    secret: SECRET,
    getSubject: (request) => request.headers.get('x-user'),
    ...(mode.limits ? (mode.store ? { store: timedStore(mode.store, storeLatencies) } : {}) : { limits: false as const }),
  });
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    serial += 1;
    // A new subject and destination per request: every limit is checked and counted, none refuses.
    const request = new Request('http://bench.local/send', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user': `s${serial}` },
      body: JSON.stringify({ channel: 'email', to: `u${serial}@example.com`, event: 'SignIn' }),
    });
    const t0 = performance.now();
    const response = await handler(request);
    latencies.push(performance.now() - t0);
    if (response.status !== 200) throw new Error(`${mode.name}: send answered ${response.status}`);
    await response.arrayBuffer();
  }
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  storeLatencies.sort((a, b) => a - b);
  const store = storeLatencies.length > 0 ? { storeP50: percentile(storeLatencies, 50), storeP99: percentile(storeLatencies, 99) } : {};
  return { rps: (count / elapsed) * 1000, p50: percentile(latencies, 50), p99: percentile(latencies, 99), ...store };
}

const redis = await startRedis();
const nodeRedis = createClient({ url: redis.url });
nodeRedis.on('error', () => {});
await nodeRedis.connect();
const ioredis = new Redis(redis.url);
ioredis.on('error', () => {});

const modes: Mode[] = [
  { name: 'limits off', limits: false },
  { name: 'memory store', limits: true, store: createMemoryStore() },
  { name: 'Redis store (node-redis)', limits: true, store: createRedisStore({ client: nodeRedis, prefix: 'bench:nr:' }) },
  { name: 'Redis store (ioredis)', limits: true, store: createRedisStore({ client: ioredis, prefix: 'bench:io:' }) },
];

try {
  for (const mode of modes) await run(mode, WARMUP);
  const rounds: Record<string, Awaited<ReturnType<typeof run>>>[] = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    const round: Record<string, Awaited<ReturnType<typeof run>>> = {};
    const order = [...modes.slice(r % modes.length), ...modes.slice(0, r % modes.length)];
    for (const mode of order) round[mode.name] = await run(mode, REQUESTS);
    rounds.push(round);
    process.stdout.write(`round ${r + 1}/${ROUNDS} done\n`);
  }
  const summary = modes.map((mode) => {
    const of = (key: 'rps' | 'p50' | 'p99') => median(rounds.map((round) => round[mode.name]![key]));
    const ratio = (key: 'rps' | 'p50' | 'p99') => median(rounds.map((round) => round[mode.name]![key] / round['limits off']![key]));
    return {
      mode: mode.name,
      rps: of('rps'),
      p50Ms: of('p50'),
      p99Ms: of('p99'),
      rpsRatio: ratio('rps'),
      p50Ratio: ratio('p50'),
      p99Ratio: ratio('p99'),
      p99ExtraMs: median(rounds.map((round) => round[mode.name]!.p99 - round['limits off']!.p99)),
      ...(mode.store && {
        storeP50Ms: median(rounds.map((round) => round[mode.name]!.storeP50 ?? 0)),
        storeP99Ms: median(rounds.map((round) => round[mode.name]!.storeP99 ?? 0)),
      }),
    };
  });
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAverage: loadavg()[0], node: process.version };
  const result = { date: new Date().toISOString().slice(0, 10), rounds: ROUNDS, requestsPerRound: REQUESTS, machine, summary, raw: rounds };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/server.json', `${JSON.stringify(result, null, 2)}\n`);

  const f = (n: number, d = 2) => n.toFixed(d);
  const rows = summary.map(
    (s) =>
      `| ${s.mode} | ${Math.round(s.rps)} | ${f(s.p50Ms, 3)} ms | ${f(s.p99Ms, 3)} ms | ${f(s.rpsRatio)}× | ${f(s.p50Ratio)}× | ${f(s.p99Ratio)}× | ${s.p99ExtraMs >= 0 ? '+' : ''}${f(s.p99ExtraMs, 3)} ms | ${s.storeP99Ms === undefined ? '–' : `${f(s.storeP50Ms!, 3)} / ${f(s.storeP99Ms, 3)} ms`} |`,
  );
  const block = [
    '<!-- bench-server:start -->',
    `From \`npm run bench:server\` (bench/server.ts), ${result.date}, Node ${machine.node}, ${machine.cpus} × ${machine.cpu}, load average ${f(machine.loadAverage ?? 0)}: one \`/send\` at a time through \`createVerificationHandler\` → \`memoryProvider\`, a new subject and destination each (every limit checked and counted, none refusing), ${REQUESTS} requests per mode per round, ${ROUNDS} rounds with the modes in rotating order, Redis on loopback. Ratios are to "limits off" within each round, then the median over rounds. "Store call" is the time inside the store's one \`consume\` per send (p50 / p99), the rest of "p99 extra" is the request around it.`,
    '',
    '| mode | requests/s | p50 | p99 | requests/s ratio | p50 ratio | p99 ratio | p99 extra | store call p50 / p99 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '<!-- bench-server:end -->',
  ].join('\n');
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('<!-- bench-server:start -->');
  const end = readme.indexOf('<!-- bench-server:end -->');
  if (start >= 0 && end > start) {
    writeFileSync('README.md', readme.slice(0, start) + block + readme.slice(end + '<!-- bench-server:end -->'.length));
  } else {
    console.warn('README.md has no bench-server block; results are in bench/results/server.json');
  }
  console.log(block);
} finally {
  await nodeRedis.quit().catch(() => {});
  ioredis.disconnect();
  await redis.kill();
}
