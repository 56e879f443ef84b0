/**
 * Latency of rankCandidatesForOpening through GraphQL: the real Nest app (src/bootstrap.ts createApp, migrations,
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

export interface SqlStatementStat {
  statement: string;
  count: number;
  totalMs: number;
  maxMs: number;
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

const CANDIDATE_CHUNK = 10_000;
const FIRST_NAMES = ['Amina', 'Erik', 'Fatima', 'Johan', 'Leila', 'Maria', 'Mohammed', 'Sara', 'Yonas', 'Zeynep', 'Ali', 'Karin'];
const LAST_NAMES = ['Andersson', 'Berg', 'Haddad', 'Hussein', 'Lind', 'Nilsson', 'Omar', 'Persson', 'Tesfaye', 'Yilmaz'];
/** Birth dates spread over 40 years; identity serials 0000-0099 never meet the demo's (Skatteverket's test range 98xx-99xx). */
const BIRTH_DAYS = 14_600;
const BIRTH_EPOCH = Date.UTC(1966, 0, 1);

/** Deterministic uuids, so the server's pool (ordered by id) has the benchmark's order. */
const uuidOf = (prefix: string, i: number) => `${prefix}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
export const candidateUuid = (i: number) => uuidOf('b0000000', i);
const openingUuid = (k: number) => uuidOf('b1000000', k);

const CONCEPT_ID = /^[A-Za-z0-9_-]+$/;
function textArray(values: readonly string[]): string {
  for (const v of values) if (!CONCEPT_ID.test(v)) throw new Error(`unexpected id in an array literal: ${v}`);
  return `{${values.join(',')}}`;
}

function identity(i: number): { number: string; birthDate: string } {
  const birthDate = new Date(BIRTH_EPOCH + (i % BIRTH_DAYS) * 86_400_000).toISOString().slice(0, 10);
  const serial = Math.floor(i / BIRTH_DAYS);
  if (serial > 99) throw new Error('too many benchmark candidates for the identity-number scheme');
  return { number: `${birthDate.replaceAll('-', '')}-00${String(serial).padStart(2, '0')}`, birthDate };
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
    private readonly ids: { principal: string; employer: string; user: string; sectors: string[] },
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
   * Inserts the openings as OPEN openings of a demo employer in Trelleborg: the dataset's opening with its sector
   * mapped onto the database's sectors (bench-sector-i -> i-th sector by code) and start date `startOn`. What the
   * opening table cannot hold is dropped: `physicallyDemanding` and `nightWork` (the service's openings have none).
   */
  async insertOpenings(openings: readonly RankableOpening[], startOn: string): Promise<void> {
    const rows = openings.map((o, k) => ({
      id: openingUuid(k),
      kind: o.kind,
      title: `Benchmark opening ${k}`,
      occupation: o.occupationId,
      sector: o.sectorId === null ? null : this.sector(o.sectorId),
      required: JSON.stringify(o.requiredSkills.map((s) => ({ skillConceptId: s.skillId, weight: s.weight }))),
      preferred: JSON.stringify(o.preferredSkills.map((s) => ({ skillConceptId: s.skillId, weight: s.weight }))),
      minSwedish: o.minSwedishLevel,
      reason: o.minSwedishLevel === null ? null : 'Safety instructions are given in Swedish',
      licences: textArray(o.requiredLicenceIds),
      municipality: o.municipalityId,
      worktime: o.worktimeId,
    }));
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    await this.db.query(
      `INSERT INTO opening (id, principal_id, employer_id, kind, title, occupation_concept_id, sector_id, required_skills,
         preferred_skills, min_swedish_level, swedish_level_reason, required_licence_concept_ids, municipality_concept_id,
         worktime_concept_id, start_on, places, status, created_by_id, version)
       SELECT u.id, $1, $2, u.kind, u.title, u.occupation, u.sector, u.required::jsonb, u.preferred::jsonb, u.min_swedish,
         u.reason, u.licences::text[], u.municipality, u.worktime, $3, 1, 'OPEN', $4, 1
       FROM unnest($5::uuid[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::text[], $12::text[], $13::text[],
         $14::text[], $15::text[], $16::text[])
         AS u(id, kind, title, occupation, sector, required, preferred, min_swedish, reason, licences, municipality, worktime)`,
      [
        this.ids.principal,
        this.ids.employer,
        startOn,
        this.ids.user,
        col('id'),
        col('kind'),
        col('title'),
        col('occupation'),
        col('sector'),
        col('required'),
        col('preferred'),
        col('minSwedish'),
        col('reason'),
        col('licences'),
        col('municipality'),
        col('worktime'),
      ],
    );
    this.openingIds = rows.map((r) => r.id);
  }

  private sector(benchSector: string): string {
    const i = Number(/^bench-sector-(\d+)$/.exec(benchSector)?.[1] ?? NaN) - 1;
    const id = this.ids.sectors[i];
    if (id === undefined) throw new Error(`no database sector for ${benchSector}`);
    return id;
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
    const { principal, user } = this.ids;
    await this.db.query('BEGIN');
    await this.db.query(`SELECT set_config('brygga.loading', 'on', true)`);
    try {
      for (let from = this.inserted; from < size; from += CANDIDATE_CHUNK) {
        const to = Math.min(size, from + CANDIDATE_CHUNK);
        const ids: string[] = [];
        const numbers: string[] = [];
        const births: string[] = [];
        const first: string[] = [];
        const last: string[] = [];
        const homes: string[] = [];
        const levels: string[] = [];
        const licences: string[] = [];
        const experience: string[] = [];
        const skills: string[] = [];
        const wantedOccupations: string[] = [];
        const wantedSectors: string[] = [];
        const internship: boolean[] = [];
        const worktimes: string[] = [];
        const starts: Array<string | null> = [];
        const limitations: string[] = [];
        const sharing: string[] = [];
        for (let i = from; i < to; i++) {
          const c = candidates[i];
          const id = candidateUuid(i);
          const ident = identity(i);
          ids.push(id);
          numbers.push(ident.number);
          births.push(ident.birthDate);
          first.push(FIRST_NAMES[i % FIRST_NAMES.length]);
          last.push(LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]);
          homes.push(c.homeMunicipalityId);
          levels.push(c.swedishLevel);
          licences.push(textArray(c.licenceIds));
          experience.push(JSON.stringify(c.experience.map((e) => ({ occupationConceptId: e.occupationId, years: e.years }))));
          skills.push(textArray(c.skillIds));
          wantedOccupations.push(textArray(c.wantedOccupationIds));
          wantedSectors.push(textArray(c.wantedSectorIds.map((s) => this.sector(s))));
          internship.push(c.wantsInternship);
          worktimes.push(textArray(c.wantedWorktimeIds));
          starts.push(c.earliestStartOn);
          limitations.push(textArray(c.workLimitations));
          if (c.sharesProfileWithEmployers) sharing.push(id);
        }
        await this.db.query(
          `INSERT INTO candidate (id, principal_id, identity_number, identity_kind, birth_date, first_name, last_name,
             home_municipality_concept_id, swedish_level, driving_licence_concept_ids, experience, skill_concept_ids,
             wanted_occupation_concept_ids, wanted_sector_ids, wants_internship, wanted_worktime_concept_ids,
             earliest_start_on, work_limitations, version)
           SELECT u.id, $1, u.number, 'PERSONNUMMER', u.birth, u.first, u.last, u.home, u.level, u.licences::text[],
             u.experience::jsonb, u.skills::text[], u.wocc::text[], u.wsec::uuid[], u.internship, u.worktimes::text[],
             u.start, u.limitations::text[], 1
           FROM unnest($2::uuid[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
             $10::text[], $11::text[], $12::text[], $13::text[], $14::boolean[], $15::text[], $16::date[], $17::text[])
             AS u(id, number, birth, first, last, home, level, licences, experience, skills, wocc, wsec, internship,
               worktimes, start, limitations)`,
          [principal, ids, numbers, births, first, last, homes, levels, licences, experience, skills, wantedOccupations, wantedSectors, internship, worktimes, starts, limitations],
        );
        await this.db.query(
          `INSERT INTO enrolment (candidate_id, principal_id, first_contact_on, version) SELECT u.id, $1, $2, 1 FROM unnest($3::uuid[]) AS u(id)`,
          [principal, '2025-12-01', ids],
        );
        await this.db.query(
          `INSERT INTO consent (candidate_id, principal_id, purpose, given_at, recorded_by_id)
           SELECT u.id, $1, 'SHARE_PROFILE_WITH_EMPLOYERS', $2, $3 FROM unnest($4::uuid[]) AS u(id)`,
          [principal, '2025-12-01T09:00:00Z', user, sharing],
        );
      }
      await this.db.query('COMMIT');
    } catch (error) {
      await this.db.query('ROLLBACK').catch(() => {});
      throw error;
    }
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

/** Times every statement the app's pg clients run (TypeORM calls client.query(text, values) and awaits it). */
function traceSql(pgModule: typeof pg): { reset(): void; report(): SqlStatementStat[] } {
  const stats = new Map<string, SqlStatementStat>();
  const proto = pgModule.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function traced(this: unknown, ...args: unknown[]) {
    const config = args[0];
    const text = typeof config === 'string' ? config : (config as { text?: string } | null)?.text;
    const started = performance.now();
    const result = original.apply(this, args);
    if (text && result && typeof (result as Promise<unknown>).then === 'function') {
      const done = () => {
        const elapsed = performance.now() - started;
        const key = text.replace(/\s+/g, ' ').trim().slice(0, 90);
        const s = stats.get(key) ?? { statement: key, count: 0, totalMs: 0, maxMs: 0 };
        s.count++;
        s.totalMs += elapsed;
        s.maxMs = Math.max(s.maxMs, elapsed);
        stats.set(key, s);
      };
      (result as Promise<unknown>).then(done, done);
    }
    return result;
  };
  return {
    reset: () => stats.clear(),
    report: () => [...stats.values()].sort((a, b) => b.totalMs - a.totalMs),
  };
}

async function serve(): Promise<void> {
  const send = (m: Record<string, unknown>) => process.send!(m);
  process.on('disconnect', () => process.exit(1)); // the benchmark is gone: do not linger
  await import('reflect-metadata');
  const trace = traceSql((await import('pg')).default);
  const { createApp } = await import('../src/bootstrap.js');
  const { loadConfig } = await import('../src/modules/config/app-config.js');
  const { app, close } = await createApp(loadConfig(process.env));
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
