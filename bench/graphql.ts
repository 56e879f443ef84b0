/**
 * Latency of rankCandidatesForOpening through GraphQL: the real Nest app (demo/demo-app.ts createDemoApp, migrations,
 * taxonomy import, demo seed) on a throwaway PostgreSQL database, spoken to over HTTP as `recruiter1`.
 *
 * The app runs in a child process (this file, started with BENCH_GRAPHQL_SERVER=1) so that its memory is its own,
 * not the benchmark's (which holds up to 1M generated candidates), and so that the HTTP client does not share the
 * server's event loop. The parent bulk-inserts the benchmark's candidates (bench/dataset.ts, frozen seed) and
 * openings straight into the tables, restarts the server for each size (so the first query of each size builds the
 * candidate pool from the database whatever caching the service does: "cold"), warms it up, and times distinct
 * openings sequentially with Node's fetch (keep-alive). The server traces its own SQL (time per statement) so that
 * the report can say where a request's time goes.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { RankableCandidate, RankableOpening } from '../src/matching/ranking.types.js';
import { insertCandidateRows, insertOpeningRows, type BenchIds } from './graphql-rows.js';
import { traceSql, type SqlStatementStat } from './graphql-sql-trace.js';
import { summarise } from './metrics.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-database.js';

export const GRAPHQL_QUERY = `query Rank($id: ID!) {
  rankCandidatesForOpening(openingId: $id, limit: 50) {
    considered
    excludedCount
    ranked { score explanation factors { factor side weight contribution detail } candidate { id firstName } }
    nearMisses { reasons score candidate { id firstName } }
    excluded { reasons }
  }
}`;

interface RankResponse {
  data?: {
    rankCandidatesForOpening: {
      considered: number;
      excludedCount: number;
      ranked: Array<{ score: number; candidate: { id: string } }>;
      nearMisses: unknown[];
      excluded: unknown[];
    };
  };
  errors?: Array<{ message: string }>;
}

export interface ServerMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export interface GraphqlSizeResult {
  size: number;
  insertMs: number;
  bootMs: number;
  /** People in the pool as the server reports them (the benchmark's candidates plus the demo's open periods). */
  considered: number;
  coldMs: number;
  p50: number;
  p95: number;
  n: number;
  times: number[];
  excludedShare: number;
  idle: ServerMemory;
  warm: ServerMemory;
  /** Server-side SQL during the measured queries, per statement, heaviest first. */
  sql: SqlStatementStat[];
  /** Time inside the server per measured request (HTTP request received to response finished). */
  server: { p50: number; p95: number; mean: number };
  /** Mean size of a response body. */
  responseBytes: number;
}

/**
 * Sends messages to the server child and waits for its answers (one outstanding request at a time), and knows
 * how to stop it even when it does not answer.
 */
class ServerProcess {
  private readonly waiting: Array<{ type: string; resolve: (m: Record<string, unknown>) => void; reject: (e: Error) => void }> = [];
  private exited = false;

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (m: Record<string, unknown>) => {
      const i = this.waiting.findIndex((w) => w.type === m.type);
      if (i >= 0) this.waiting.splice(i, 1)[0].resolve(m);
    });
    child.on('error', (error) => {
      for (const w of this.waiting.splice(0)) w.reject(error);
    });
    child.on('exit', (code, signal) => {
      this.exited = true;
      for (const w of this.waiting.splice(0)) w.reject(new Error(`benchmark server exited (code ${code}, signal ${signal}) before answering ${w.type}`));
    });
  }

  static async start(env: Record<string, string | undefined>): Promise<{ server: ServerProcess; port: number; bootMs: number }> {
    const started = performance.now();
    const child = fork(fileURLToPath(import.meta.url), [], {
      env: { ...env, BENCH_GRAPHQL_SERVER: '1' },
      // BENCH_GRAPHQL_NODE_ARGS adds node flags to the server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
      execArgv: ['--expose-gc', '--max-old-space-size=8192', ...(process.env.BENCH_GRAPHQL_NODE_ARGS?.split(' ').filter(Boolean) ?? [])],
      // the server's own output (warnings, errors) goes to our stderr, away from the report
      stdio: ['ignore', process.stderr, process.stderr, 'ipc'],
    });
    const server = new ServerProcess(child);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5 * 60_000); // a server that never gets ready
    const ready = await server.expect('ready').finally(() => clearTimeout(timer));
    return { server, port: ready.port as number, bootMs: performance.now() - started };
  }

  private expect(type: string): Promise<Record<string, unknown>> {
    if (this.exited) return Promise.reject(new Error(`benchmark server is not running (waiting for ${type})`));
    return new Promise((resolve, reject) => this.waiting.push({ type, resolve, reject }));
  }

  async request(type: string): Promise<Record<string, unknown>> {
    const answer = this.expect(type);
    this.child.send({ type });
    return answer;
  }

  /** Asks the app to close (Nest shuts its providers, the pg pool ends); kills the process if it does not exit. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'close' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }
}

export class GraphqlBench {
  private server: ServerProcess | null = null;
  private port = 0;
  private token = '';
  private inserted = 0;
  private openingIds: string[] = [];
  private bytes = 0;

  private constructor(
    private readonly database: ThrowawayDatabase,
    private readonly db: pg.Client,
    private readonly env: Record<string, string | undefined>,
    private readonly ids: BenchIds,
    readonly firstBootMs: number,
    readonly demoOpen: number,
  ) {}

  /**
   * Creates the throwaway database `brygga_bench_<random>` on the server in `serverUrl`, boots the app on it once
   * (migrations, taxonomy, demo) and reads the ids the inserts need. Drops the database again if anything fails.
   */
  static async start(serverUrl: string): Promise<GraphqlBench> {
    const database = await createThrowawayDatabase(serverUrl, 'brygga_bench');
    const u = new URL(database.url);
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TZ: process.env.TZ,
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: u.toString(),
      DEMO_SEED: 'true',
      LOG_LEVEL: 'warn',
      // no REDIS_URL: jobs in process (none run during the benchmark)
    };
    let db: pg.Client | null = null;
    let server: ServerProcess | null = null;
    try {
      const booted = await ServerProcess.start(env);
      server = booted.server;
      db = new pg.Client({ connectionString: u.toString() });
      await db.connect();
      const one = async (sql: string, values: unknown[] = []) => {
        const rows = (await db!.query<{ id: string }>(sql, values)).rows;
        if (rows.length === 0) throw new Error(`benchmark setup: nothing found for ${sql}`);
        return rows[0].id;
      };
      const principal = await one(`SELECT id FROM organisation WHERE kind = 'MUNICIPALITY' AND municipality_concept_id = 'STvk_dra_M1X'`);
      const employer = await one(`SELECT id FROM employer WHERE principal_id = $1 AND archived_at IS NULL ORDER BY organisation_number LIMIT 1`, [principal]);
      const user = await one(`SELECT id FROM app_user WHERE username = 'recruiter1'`);
      const sectors = (await db.query<{ id: string }>(`SELECT id FROM sector ORDER BY code`)).rows.map((r) => r.id);
      const demoOpen = Number(
        (await db.query<{ n: string }>(`SELECT count(*) AS n FROM enrolment WHERE exit_on IS NULL`)).rows[0].n,
      );
      await server.stop();
      server = null;
      return new GraphqlBench(database, db, env, { principal, employer, user, sectors }, booted.bootMs, demoOpen);
    } catch (error) {
      await server?.stop().catch(() => {});
      await db?.end().catch(() => {});
      await database.drop().catch(() => {});
      throw error;
    }
  }

  get databaseName(): string {
    return this.database.name;
  }

  /**
   * Inserts the openings as OPEN openings of a demo employer in Trelleborg, with start date `startOn`
   * (graphql-rows.ts).
   */
  async insertOpenings(openings: readonly RankableOpening[], startOn: string): Promise<void> {
    this.openingIds = await insertOpeningRows(this.db, this.ids, openings, startOn);
  }

  /**
   * Inserts candidates[inserted .. size) (the stream's first `size`, so each size extends the last) with an open
   * enrolment period each and, for those who share their profile, a consent to share it with employers. Chunks of
   * multi-row INSERT ... SELECT FROM unnest(...), one transaction (the ranking's change-feed triggers fire as for any
   * write; the statistics' skip it as they skip an import, since their per-person locks would not fit one transaction
   * of 100k people and the ranking does not read them), then VACUUM (ANALYZE) and a CHECKPOINT. Returns the time taken.
   */
  async grow(candidates: readonly RankableCandidate[], size: number): Promise<number> {
    const started = performance.now();
    await insertCandidateRows(this.db, this.ids, candidates, this.inserted, size);
    this.inserted = size;
    // what autovacuum would do soon anyway, done now so that it does not run during the timings that follow
    await this.db.query('VACUUM (ANALYZE)');
    await this.db.query('CHECKPOINT').catch(() => {}); // needs superuser or pg_checkpoint: optional
    return performance.now() - started;
  }

  /**
   * A fresh server (the pool is built by its first query: "cold"), then `warmup` openings, then the rest timed one
   * after another, each a distinct opening; memory after boot and after the measured queries (forced GC first).
   */
  async measure(size: number, warmup: number, insertMs: number): Promise<GraphqlSizeResult> {
    await this.server?.stop();
    this.server = null;
    const booted = await ServerProcess.start(this.env);
    this.server = booted.server;
    this.port = booted.port;
    this.token = await this.login();
    const idle = (await this.server.request('memory')) as unknown as ServerMemory;
    let t = performance.now();
    const first = await this.rank(this.openingIds[0]);
    const coldMs = performance.now() - t;
    const considered = first.considered;
    if (considered < size) throw new Error(`the server considered ${considered} people, fewer than the ${size} inserted: is its pool stale?`);
    for (let k = 1; k < warmup; k++) await this.rank(this.openingIds[k]);
    await this.server.request('trace-reset');
    this.bytes = 0;
    const times: number[] = [];
    let excluded = 0;
    for (let k = warmup; k < this.openingIds.length; k++) {
      t = performance.now();
      const r = await this.rank(this.openingIds[k]);
      times.push(performance.now() - t);
      excluded += r.excludedCount / r.considered;
    }
    const trace = (await this.server.request('trace')) as unknown as { statements: SqlStatementStat[]; requests: number[] };
    const inServer = summarise(trace.requests);
    const warm = (await this.server.request('memory')) as unknown as ServerMemory;
    const { p50, p95, n } = summarise(times);
    // the pool is not needed between sizes: stop the server now so that its memory is free for the next inserts
    await this.server.stop();
    this.server = null;
    return {
      size,
      insertMs,
      bootMs: booted.bootMs,
      considered,
      coldMs,
      p50,
      p95,
      n,
      times,
      excludedShare: excluded / times.length,
      idle,
      warm,
      sql: trace.statements,
      server: { p50: inServer.p50, p95: inServer.p95, mean: trace.requests.reduce((a, b) => a + b, 0) / trace.requests.length },
      responseBytes: this.bytes / times.length,
    };
  }

  private async post<T>(body: unknown, auth: boolean): Promise<{ data?: T | null; errors?: Array<{ message: string }> }> {
    const res = await fetch(`http://127.0.0.1:${this.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    this.bytes += Buffer.byteLength(text);
    return JSON.parse(text) as { data?: T | null; errors?: Array<{ message: string }> };
  }

  private async login(): Promise<string> {
    const body = await this.post<{ login?: { accessToken?: string } }>(
      { query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }', variables: { u: 'recruiter1', p: 'brygga-demo' } },
      false,
    );
    const token = body.data?.login?.accessToken;
    if (!token) throw new Error(`login as recruiter1 failed: ${JSON.stringify(body.errors ?? body)}`);
    return token;
  }

  /** One full ranking over HTTP; the whole response body is read and parsed inside the timing. */
  private async rank(openingId: string): Promise<{ considered: number; excludedCount: number }> {
    const body = await this.post<NonNullable<RankResponse['data']>>({ query: GRAPHQL_QUERY, variables: { id: openingId } }, true);
    const r = body.data?.rankCandidatesForOpening;
    if (body.errors?.length || !r) throw new Error(`rankCandidatesForOpening failed: ${JSON.stringify(body.errors ?? body)}`);
    if (r.ranked.length === 0) throw new Error(`rankCandidatesForOpening ranked nobody for ${openingId}`);
    return { considered: r.considered, excludedCount: r.excludedCount };
  }

  /** Stops the server, drops the throwaway database. Safe to call twice. */
  async close(): Promise<void> {
    try {
      await this.server?.stop();
      this.server = null;
    } finally {
      await this.db.end().catch(() => {});
      await this.database.drop();
    }
  }
}

// ---- the server child ------------------------------------------------------------------------------------------

async function serve(): Promise<void> {
  const send = (m: Record<string, unknown>) => process.send!(m);
  process.on('disconnect', () => process.exit(1)); // the benchmark is gone: do not linger
  await import('reflect-metadata');
  const trace = traceSql((await import('pg')).default);
  const { createDemoApp } = await import('../demo/demo-app.js');
  const { loadConfig } = await import('../src/platform/config/app-config.js');
  const { app, close } = await createDemoApp(loadConfig(process.env));
  await app.listen(0, '127.0.0.1');
  const httpServer = app.getHttpServer() as import('node:http').Server;
  let requests: number[] = [];
  // first listener: from the request's arrival to the last byte of the response handed to the socket
  httpServer.prependListener('request', (req, res) => {
    const started = performance.now();
    const graphql = req.url?.startsWith('/graphql') === true; // read now: the router rewrites req.url
    res.once('finish', () => {
      if (graphql) requests.push(performance.now() - started);
    });
  });
  const gc = (globalThis as { gc?: () => void }).gc;
  process.on('message', (m: { type: string }) => {
    if (m.type === 'memory') {
      gc?.();
      const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
      send({ type: 'memory', rss, heapUsed, heapTotal, external, arrayBuffers });
    } else if (m.type === 'trace-reset') {
      trace.reset();
      requests = [];
      send({ type: 'trace-reset' });
    } else if (m.type === 'trace') {
      send({ type: 'trace', statements: trace.report(), requests });
    } else if (m.type === 'close') {
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    }
  });
  send({ type: 'ready', port: (httpServer.address() as AddressInfo).port });
}

if (process.env.BENCH_GRAPHQL_SERVER === '1' && process.send) {
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
