/**
 * The outcome feedback loop (docs/architecture.md, "The outbox"), measured: a recruiter records that a person was
 * hired, and background jobs bring the person's plan in line and close their enrolment period, which is what the
 * statistics read. Run: `DATABASE_URL=postgres://… REDIS_URL=redis://… npm run bench:feedback`. Prints a plain-text
 * report:
 *
 * 1. latency, outcome recorded -> plan and enrolment updated, p50/p95 over outcomes recorded one at a time: as the
 *    recruiter's client sees it (from sending the mutation until the database shows every handler done) and inside
 *    the database (outbox event created -> processed);
 * 2. throughput: many outcomes recorded by concurrent clients, outcomes per second until every one is carried over;
 * 3. the statistics query (StatisticsService.compute, and through GraphQL) for one principal and one year over
 *    1M enrolment periods.
 *
 * The real app runs in this process (GraphQL over HTTP on loopback, jobs on BullMQ with its worker) on a throwaway
 * database that is dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { createDemoApp } from '../demo/demo-app.js';
import { loadConfig } from '../src/platform/config/app-config.js';
import { addDays, toLocalDate } from '../src/platform/context/clock.js';
import { SYSTEM_SCOPE, withScope } from '../src/platform/database/row-security.js';
import { typeormOptions } from '../src/platform/database/typeorm-options.js';
import { DEMO_PASSWORD } from '../demo/demo-users.js';
import { summarise } from './metrics.js';
import { loadStatisticsRows, timeStatistics } from './feedback-statistics.js';
import { createThrowawayDatabase } from './throwaway-database.js';

const LATENCY_OUTCOMES = 100;
const THROUGHPUT_OUTCOMES = 300;
const THROUGHPUT_CLIENTS = 8;
const SETUP_CLIENTS = 4;
const TARGET = { p95Ms: 1000, statisticsMs: 200 };
/** JobTech: Trelleborg; employment type "Tillsvidareanställning, inklusive provanställning". */
const TRELLEBORG = 'STvk_dra_M1X';
const PERMANENT = 'PFZr_Syz_cUq';

const ms = (v: number) => `${v.toFixed(1)} ms`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);

class Client {
  private readonly tokens = new Map<string, string>();
  constructor(private readonly url: string) {}

  async as<T = Record<string, any>>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    let token = this.tokens.get(username);
    if (!token) {
      const login = await this.send<{ login: { accessToken: string } }>(null, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { username, password: DEMO_PASSWORD } });
      token = login.login.accessToken;
      this.tokens.set(username, token);
    }
    return this.send<T>(token, query, variables);
  }

  private async send<T>(token: string | null, query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`);
    return body.data;
  }
}

/** Runs `work` for every item with at most `clients` at a time. */
async function pool<T>(items: readonly T[], clients: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i], i);
      }
    }),
  );
}

/** A valid, fictional personnummer per index: birth dates from 1950 on, serials in Skatteverket's test range. */
function fictionalPersonnummer(i: number): string {
  const date = addDays('1950-01-01', Math.floor(i / 10) * 7).replaceAll('-', '');
  const serial = String(980 + (i % 10));
  const nine = date.slice(2) + serial;
  const sum = [...nine].map(Number).reduce((acc, d, k) => {
    const v = k % 2 === 0 ? d * 2 : d;
    return acc + (v > 9 ? v - 9 : v);
  }, 0);
  return `${date}-${serial}${(10 - (sum % 10)) % 10}`;
}

interface Prepared {
  placementId: string;
  version: number;
}

/** People enrolled with a plan and consent, each put forward for one job up to the interview. */
async function prepare(api: Client, count: number, principalId: string, openingId: string, today: string): Promise<Prepared[]> {
  const prepared: Prepared[] = new Array(count);
  const firstContactOn = addDays(today, -3);
  await pool(Array.from({ length: count }, (_, i) => i), SETUP_CLIENTS, async (i) => {
    const { enrolCandidate } = await api.as('secretary1', `mutation($i: EnrolCandidateInput!) { enrolCandidate(input: $i) { candidate { id } enrolment { id } } }`, {
      i: { identityNumber: fictionalPersonnummer(i), firstName: 'Bench', lastName: `Person ${i}`, homeMunicipalityConceptId: TRELLEBORG, swedishLevel: 'SFI_D', firstContactOn, principalId },
    });
    const enrolmentId = enrolCandidate.enrolment.id;
    const candidateId = enrolCandidate.candidate.id;
    await api.as('secretary1', `mutation($i: FirstMeetingInput!) { recordFirstMeeting(input: $i) { id } }`, { i: { enrolmentId, heldOn: firstContactOn, activeJobSeeker: true } });
    await api.as('secretary1', `mutation($i: StartPlanInput!) { startPlan(input: $i) { id } }`, { i: { enrolmentId, kind: 'LABOUR_MARKET', establishedOn: firstContactOn } });
    await api.as('secretary1', `mutation($i: ConsentInput!) { giveConsent(input: $i) { id } }`, { i: { candidateId, purpose: 'SHARE_PROFILE_WITH_EMPLOYERS' } });
    let p = (await api.as('recruiter1', `mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id version } }`, { i: { candidateId, openingId } })).createPlacement;
    for (const stage of ['PRESENTED', 'INTERVIEW']) {
      p = (await api.as('recruiter1', `mutation($i: AdvancePlacementInput!) { advancePlacement(input: $i) { id version } }`, { i: { id: p.id, version: p.version, stage } })).advancePlacement;
    }
    prepared[i] = { placementId: p.id, version: p.version };
  });
  return prepared;
}

const HIRE = `mutation($i: RecordPlacementOutcomeInput!) { recordPlacementOutcome(input: $i) { id } }`;

function hire(api: Client, p: Prepared, startOn: string): Promise<unknown> {
  return api.as('recruiter1', HIRE, {
    i: { id: p.placementId, version: p.version, outcome: 'HIRED', hired: { employmentTypeConceptId: PERMANENT, subsidised: false, municipalLabourMarketEmployment: false, startOn, hoursPerWeek: 40 } },
  });
}

/** Processed hire events among `placements`, with their time in the database (created -> processed), in ms. */
async function processed(db: DataSource, placements: readonly string[]): Promise<number[]> {
  const rows: Array<{ ms: number }> = await db.query(
    `SELECT extract(epoch FROM processed_at - created_at) * 1000 AS ms FROM outbox_event
      WHERE kind = 'placement.hired' AND placement_id = ANY($1) AND processed_at IS NOT NULL`,
    [placements],
  );
  return rows.map((r) => Number(r.ms));
}

async function main(): Promise<void> {
  const started = performance.now();
  const databaseUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL;
  console.log('Brygga feedback-loop benchmark');
  if (!databaseUrl || !redisUrl) {
    console.log('  set DATABASE_URL (a PostgreSQL server) and REDIS_URL (for BullMQ): the loop is measured on both');
    process.exitCode = 1;
    return;
  }
  const database = await createThrowawayDatabase(databaseUrl, 'brygga_bench_feedback');
  const env = { ...process.env, NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'), DATABASE_URL: database.url, REDIS_URL: redisUrl, QUEUE_PREFIX: `brygga-bench-${randomBytes(3).toString('hex')}`, DEMO_SEED: 'true', LOG_LEVEL: 'warn' };
  const { app, close } = await createDemoApp(loadConfig(env));
  try {
    await app.listen(0, '127.0.0.1');
    const api = new Client(`http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`);
    const db = app.get(DataSource);
    const today = toLocalDate(new Date(), 'Europe/Stockholm');
    console.log(`node ${process.version}, ${new Date().toISOString()}, jobs on BullMQ (${redisUrl.replace(/\/\/.*@/, '//')})`);

    // ---- setup --------------------------------------------------------------------------------------------------
    let t = performance.now();
    const [{ principal, employer }]: Array<{ principal: string; employer: string }> = await db.query(
      `SELECT o.id AS principal, (SELECT e.id FROM employer e WHERE e.principal_id = o.id AND e.archived_at IS NULL ORDER BY e.organisation_number LIMIT 1) AS employer
         FROM organisation o WHERE o.kind = 'MUNICIPALITY' AND o.municipality_concept_id = $1`,
      [TRELLEBORG],
    );
    const occupation = (await api.as('recruiter1', `{ taxonomyConcepts(type: "occupation-name", search: "Lagerarbetare") { items { id } } }`)).taxonomyConcepts.items[0].id;
    const { createOpening } = await api.as('recruiter1', `mutation($i: CreateOpeningInput!) { createOpening(input: $i) { id version } }`, {
      i: { employerId: employer, kind: 'JOB_UNSUBSIDISED', title: 'Lagerarbetare (benchmark)', occupationConceptId: occupation, startOn: addDays(today, 14), places: LATENCY_OUTCOMES + THROUGHPUT_OUTCOMES },
    });
    await api.as('recruiter1', `mutation($i: SetOpeningStatusInput!) { setOpeningStatus(input: $i) { id } }`, { i: { id: createOpening.id, version: createOpening.version, status: 'OPEN' } });
    const people = await prepare(api, LATENCY_OUTCOMES + THROUGHPUT_OUTCOMES, principal, createOpening.id, today);
    console.log(`setup: ${people.length} people enrolled with a plan and consent, each at the interview for a job (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    const startOn = addDays(today, 7);

    // ---- 1. latency -------------------------------------------------------------------------------------------
    console.log('');
    console.log(`1. Latency: ${LATENCY_OUTCOMES} outcomes (HIRED) recorded one at a time; each waited for until plan and enrolment are updated`);
    const seen: number[] = [];
    for (const p of people.slice(0, LATENCY_OUTCOMES)) {
      const sent = performance.now();
      await hire(api, p, startOn);
      while ((await processed(db, [p.placementId])).length === 0) await new Promise((r) => setTimeout(r, 2));
      seen.push(performance.now() - sent);
    }
    const client = summarise(seen);
    const inDb = summarise(await processed(db, people.slice(0, LATENCY_OUTCOMES).map((p) => p.placementId)));
    line('as the client sees it (send -> all handlers done) p50 / p95', `${ms(client.p50)} / ${ms(client.p95)}`);
    line('in the database (event created -> processed) p50 / p95', `${ms(inDb.p50)} / ${ms(inDb.p95)}`);

    // ---- 2. throughput ----------------------------------------------------------------------------------------
    console.log('');
    console.log(`2. Throughput: ${THROUGHPUT_OUTCOMES} outcomes recorded by ${THROUGHPUT_CLIENTS} concurrent clients`);
    const batch = people.slice(LATENCY_OUTCOMES);
    t = performance.now();
    await pool(batch, THROUGHPUT_CLIENTS, (p) => hire(api, p, startOn).then(() => undefined));
    const recordedMs = performance.now() - t;
    const ids = batch.map((p) => p.placementId);
    while ((await processed(db, ids)).length < ids.length) await new Promise((r) => setTimeout(r, 10));
    const carriedMs = performance.now() - t;
    line('recorded (mutations answered)', `${(THROUGHPUT_OUTCOMES / (recordedMs / 1000)).toFixed(0)} outcomes/s (${ms(recordedMs)})`);
    line('carried over (plan and enrolment updated)', `${(THROUGHPUT_OUTCOMES / (carriedMs / 1000)).toFixed(0)} outcomes/s (${ms(carriedMs)})`);
    const [{ closed, goals, handled }]: Array<{ closed: number; goals: number; handled: number }> = await db.query(
      `SELECT (SELECT count(*)::int FROM enrolment WHERE exit_placement_id = ANY($1)) AS closed,
              (SELECT count(*)::int FROM plan WHERE goal_reached_by_placement_id = ANY($1)) AS goals,
              (SELECT count(*)::int FROM outbox_handled h JOIN outbox_event e ON e.id = h.event_id WHERE e.placement_id = ANY($1) AND e.kind = 'placement.hired') AS handled`,
      [people.map((p) => p.placementId)],
    );
    line('check: periods closed / goals reached / handler runs', `${closed} / ${goals} / ${handled} (expected ${people.length} / ${people.length} / ${2 * people.length})`);

    // ---- 3. statistics over 1M enrolment periods --------------------------------------------------------------
    console.log('');
    t = performance.now();
    // the rows are loaded as the database's owner (replication role, ANALYZE), not as the app's role under row-level security
    const owner = await new DataSource(typeormOptions(database.url, false)).initialize();
    const loaded = await loadStatisticsRows(owner, today).finally(() => owner.destroy());
    console.log(`3. Statistics over ${loaded.rows.toLocaleString('en')} enrolment periods (${loaded.description}; loaded in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
    line('summary cells made by statistics_rebuild()', `${loaded.cells.toLocaleString('en')} cells in ${(loaded.rebuildMs / 1000).toFixed(1)} s`);
    const stats = await timeStatistics(app, api, loaded, today);
    for (const s of stats) line(s.label, `p50 ${ms(s.p50)} / p95 ${ms(s.p95)} (n ${s.n})`);

    // ---- 4. targets -------------------------------------------------------------------------------------------
    console.log('');
    console.log('4. Targets (from the issue) next to the figures');
    const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
    line(`outcome -> plan, enrolment, statistics p95 < ${TARGET.p95Ms} ms`, `${ms(client.p95)}  ${verdict(client.p95 < TARGET.p95Ms)}`);
    const year = stats.find((s) => s.target);
    if (year) line(`statistics, a year per principal over 1M rows < ${TARGET.statisticsMs} ms`, `p95 ${ms(year.p95)}  ${verdict(year.p95 < TARGET.statisticsMs)}`);
    const memory = process.memoryUsage();
    console.log('');
    console.log(`memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MB, heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MB; total runtime ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await close();
    await database.drop();
  }
}

// the benchmark's own SQL acts as the system (row-level security: every principal); the app's requests are scoped as ever
withScope(SYSTEM_SCOPE, main).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
