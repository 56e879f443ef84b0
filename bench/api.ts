/**
 * What one API instance costs per request: `npm run bench:api`. The real app, built and started as in production
 * (bench/app-process.ts, NODE_ENV=production, the demo seeded; a throwaway database on DATABASE_URL's server and
 * BullMQ on REDIS_URL when they are set, else the embedded PostgreSQL), loaded over loopback by autocannon with 20
 * connections. Prints, from the same run:
 *
 * - the framework's floor: `{ __typename }`, no resolver and no sign-in;
 * - each query's requests/s, p50 and p99 latency and its ratio to the floor: the viewer, a page of 20 employers with a
 *   relation, a page of 20 people (each read written to the access log), a person's page as the web app asks for it,
 *   and a ranking of 25;
 * - the page of employers at an even 500 requests/s (bench/paced-load.ts), three runs one after the other: each one's
 *   p50, p99 (the target is under 50 ms) and longest wait.
 *
 * BENCH_API_SECONDS sets each measurement's length (default 10 s, after 2 s of warm-up); BENCH_API_ONLY a part of the
 * labels to measure (the floor is always measured); BENCH_API_CPU_PROF a folder where the app's process writes a V8 CPU
 * profile when it stops (`node --cpu-prof`; open it in Chrome's DevTools or read it with bench/cpu-profile.ts).
 */
import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { startApp } from './app-process.js';
import { API_QUERIES, type ApiQuery } from './api-queries.js';
import { pacedLoad, type Paced } from './paced-load.js';

const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const FIXED_RATE = 500;
/** The paced measurement is repeated: on a small machine one run's p99 can be another process's moment. */
const PACED_RUNS = 3;

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

async function main(): Promise<void> {
  const profile = process.env.BENCH_API_CPU_PROF;
  const app = await startApp({ prefix: 'brygga_bench_api', execArgv: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [] });
  const only = process.env.BENCH_API_ONLY;
  try {
    const ids = await findIds(app.baseUrl);
    console.log(
      `node ${process.version}, ${new Date().toISOString()}, ${app.onServer ? 'PostgreSQL server' : 'embedded PostgreSQL'}, ` +
        `jobs ${process.env.REDIS_URL ? 'BullMQ on Redis' : 'in process'}, ${CONNECTIONS} connections, ${SECONDS} s each, load ${loadText()}`,
    );
    console.log('');
    console.log(`${'query'.padEnd(46)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'of floor'.padStart(9)}`);
    let floor = 0;
    for (const query of API_QUERIES) {
      if (only && floor > 0 && !query.label.includes(only)) continue;
      const body = JSON.stringify({ query: query.query, variables: query.variables?.(ids) ?? {} });
      const headers = await headersFor(app.baseUrl, query);
      await check(app.baseUrl, headers, body, query.label);
      await measure(app.baseUrl, headers, body, 2);
      const m = await measure(app.baseUrl, headers, body, SECONDS);
      if (floor === 0) floor = m.rps;
      const ratio = `${((100 * m.rps) / floor).toFixed(0)} %`;
      console.log(`${query.label.padEnd(46)} ${m.rps.toFixed(0).padStart(8)} ${m.p50.toFixed(1).padStart(8)} ${m.p99.toFixed(1).padStart(8)} ${ratio.padStart(9)}${m.failed ? `  (${m.failed} failed)` : ''}`);
    }
    const target = API_QUERIES.find((q) => q.atFixedRate) as ApiQuery;
    const body = JSON.stringify({ query: target.query, variables: target.variables?.(ids) ?? {} });
    const paced: Paced[] = [];
    for (let run = 0; run < PACED_RUNS; run++) paced.push(await pacedLoad(`${app.baseUrl}/graphql`, await headersFor(app.baseUrl, target), body, FIXED_RATE, SECONDS));
    const figures = (pick: (p: Paced) => number) => paced.map((p) => pick(p).toFixed(1)).join(' / ');
    console.log('');
    console.log(`${target.label} at an even ${FIXED_RATE} requests/s (one every ${1000 / FIXED_RATE} ms, latency from when each was due), ${PACED_RUNS} runs:`);
    console.log(`  served/s ${paced.map((p) => p.served.toFixed(0)).join(' / ')}; p50 ${figures((p) => p.p50)} ms; p99 ${figures((p) => p.p99)} ms (target < 50 ms); max ${figures((p) => p.max)} ms`);
    const failed = paced.reduce((sum, p) => sum + p.failed, 0);
    if (failed) console.log(`  ${failed} failed`);
    console.log(`load after: ${loadText()}`);
  } finally {
    await app.stop();
  }
}

function loadText(): string {
  return loadavg()
    .map((v) => v.toFixed(1))
    .join(' ');
}

/** One closed-loop measurement: CONNECTIONS connections, each sending its next request when the last is answered. */
async function measure(baseUrl: string, headers: Record<string, string>, body: string, seconds: number): Promise<Measured> {
  const result = await autocannon({
    url: `${baseUrl}/graphql`,
    method: 'POST',
    headers,
    body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.errors + result.timeouts + result.non2xx };
}

const tokens = new Map<string, string>();

async function headersFor(baseUrl: string, query: ApiQuery): Promise<Record<string, string>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (!query.as) return headers;
  let token = tokens.get(query.as);
  if (!token) {
    const body = await post(baseUrl, { 'content-type': 'application/json' }, JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }',
      variables: { u: query.as, p: 'brygga-demo' },
    }));
    token = (body.data as { login?: { accessToken?: string } } | undefined)?.login?.accessToken;
    if (!token) throw new Error(`login as ${query.as} failed: ${JSON.stringify(body.errors)}`);
    tokens.set(query.as, token);
  }
  return { ...headers, authorization: `Bearer ${token}` };
}

async function post(baseUrl: string, headers: Record<string, string>, body: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body });
  return (await res.json()) as { data?: unknown; errors?: unknown[] };
}

/** A query that answers with errors would measure the error path: refuse to measure it. */
async function check(baseUrl: string, headers: Record<string, string>, body: string, label: string): Promise<void> {
  const answer = await post(baseUrl, headers, body);
  if (answer.errors?.length) throw new Error(`${label} answered with errors: ${JSON.stringify(answer.errors)}`);
}

/** The records the queries read: the first of secretary1's people and of recruiter1's open openings. */
async function findIds(baseUrl: string): Promise<Record<string, string>> {
  const secretary = await headersFor(baseUrl, { label: '', query: '', as: 'secretary1' });
  const people = await post(baseUrl, secretary, JSON.stringify({ query: '{ candidates(limit: 1, openOnly: true) { items { id } } }' }));
  const recruiter = await headersFor(baseUrl, { label: '', query: '', as: 'recruiter1' });
  const openings = await post(baseUrl, recruiter, JSON.stringify({ query: '{ openings(limit: 1) { items { id } } }' }));
  const candidateId = (people.data as { candidates: { items: Array<{ id: string }> } }).candidates.items[0]?.id;
  const openingId = (openings.data as { openings: { items: Array<{ id: string }> } }).openings.items[0]?.id;
  if (!candidateId || !openingId) throw new Error(`the demo has no person or opening to measure: ${JSON.stringify([people, openings])}`);
  return { candidateId, openingId };
}

await main();
