import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { DEMO_ENTRY, WORKER_ENTRY, installation, startApi, startWorker, type BryggaProcess, type Installation } from '../bench/app-process.js';
import { isoDaysFromToday } from './support/factories.js';
import { eventually } from './support/eventually.js';
import { RemoteApp } from './support/remote-app.js';

const SHARE = 'SHARE_PROFILE_WITH_EMPLOYERS';
const PERMANENT = 'PFZr_Syz_cUq';
const RANK = `query($id: ID!) { rankCandidatesForOpening(openingId: $id, limit: 100) { considered ranked { candidate { id } } } }`;
const ENROLMENTS = `query($id: ID!) { candidate(id: $id) { principalId enrolments { id exitOn exitReason exitPlacementId } } }`;

/**
 * Several processes, one truth: two API instances (A and B, neither running jobs) and one worker (`npm run worker`)
 * on one PostgreSQL and one Redis, each a process of its own built from dist/ as in production. Needs the servers
 * (DATABASE_URL and REDIS_URL): the embedded PostgreSQL belongs to one process, and without Redis the jobs run inside
 * the API, so there is nothing to spread over processes.
 */
const onServers = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);
(onServers ? describe : describe.skip)('two API instances and a worker on one PostgreSQL and Redis', () => {
  const prefix = `brygga-multi-${randomBytes(4).toString('hex')}`;
  let site: Installation;
  let a: BryggaProcess;
  let b: BryggaProcess;
  let worker: BryggaProcess;
  let apiA: RemoteApp;
  let apiB: RemoteApp;
  let db: pg.Client;
  /** People with an open enrolment period, each with an open job opening of their principal to be hired for. */
  let hires: Array<{ candidateId: string; enrolmentId: string; openingId: string }>;

  beforeAll(async () => {
    for (const entry of [DEMO_ENTRY, WORKER_ENTRY]) if (!existsSync(entry)) throw new Error(`${entry} is not built: run npm run build first`);
    site = await installation('brygga_multi', {
      NODE_ENV: 'test',
      QUEUE_PREFIX: prefix,
      OUTBOX_SWEEP_INTERVAL_MS: '1000',
      JOB_BACKOFF_MS: '100',
      // an account is locked after three failures from anywhere, with no delays before that
      LOGIN_ACCOUNT_LOCK_FAILURES: '3',
      LOGIN_DELAY_AFTER_FAILURES: '10',
    });
    // A migrates and seeds; B and the worker start on the migrated database, as the deployment guide says
    a = await startApi(site, { env: { JOB_PROCESSORS: 'false' } });
    b = await startApi(site, { env: { JOB_PROCESSORS: 'false', MIGRATIONS_RUN: 'false' } });
    worker = startWorker(site, { env: { MIGRATIONS_RUN: 'false' } });
    apiA = new RemoteApp(a.baseUrl);
    apiB = new RemoteApp(b.baseUrl);
    db = new pg.Client({ connectionString: site.env.DATABASE_URL });
    await db.connect();
    hires = await peopleToHire(apiA, 6);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([a, b, worker].map((p) => p?.stop()));
    await db?.end();
    const redis = new Redis(process.env.REDIS_URL as string);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await site?.drop();
  }, 60_000);

  it('a change written through A is in B’s very next ranking', async () => {
    const { openings } = await apiB.ok('recruiter1', `{ openings(status: OPEN, limit: 30) { items { id } } }`);
    let openingId = '';
    let before: { considered: number; ranked: Array<{ candidate: { id: string } }> } | null = null;
    for (const { id } of openings.items as Array<{ id: string }>) {
      before = (await apiB.ok('recruiter1', RANK, { id })).rankCandidatesForOpening;
      openingId = id;
      if ((before?.ranked.length ?? 0) >= 2) break;
    }
    const hiredIds = new Set(hires.map((h) => h.candidateId));
    const first = (before as NonNullable<typeof before>).ranked.map((r) => r.candidate.id).find((id) => !hiredIds.has(id)) as string;
    const enrolment = await openEnrolment(apiA, first);

    // the person moves away, recorded through A; B's pool was built before
    await apiA.ok('secretary1', `mutation($i: ExitEnrolmentInput!) { exitEnrolment(input: $i) { id } }`, {
      i: { enrolmentId: enrolment, exitOn: isoDaysFromToday(0), reason: 'MOVED' },
    });
    const written = Date.now();
    const after = (await apiB.ok('recruiter1', RANK, { id: openingId })).rankCandidatesForOpening;
    const seenAfterMs = Date.now() - written;
    expect(after.considered).toBe((before as NonNullable<typeof before>).considered - 1);
    expect(after.ranked.map((r: { candidate: { id: string } }) => r.candidate.id)).not.toContain(first);
    // the stated time: B's next ranking after A's answer, with no wait in between (reported for the record)
    expect(seenAfterMs).toBeLessThan(5_000);
  });

  it('counts failed logins across both instances', async () => {
    const wrong = 'inte-lösenordet';
    expect((await apiA.login('bd2', wrong)).code).toBe('UNAUTHENTICATED');
    expect((await apiB.login('bd2', wrong)).code).toBe('UNAUTHENTICATED');
    expect((await apiA.login('bd2', wrong)).code).toBe('UNAUTHENTICATED');
    // three failures of the account, counted over both: it is locked, on A as on B, even with the right password
    const throttled = await apiA.login('bd2', RemoteApp.PASSWORD);
    expect([throttled.status, throttled.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
    expect((await apiB.login('bd2', RemoteApp.PASSWORD)).code).toBe('TOO_MANY_REQUESTS');
  });

  it('a web session signed in on A is valid on B, and signing out on B ends it on A', async () => {
    const cookie = await apiA.signIn('counsellor1');
    expect((await apiB.asCookie(cookie, '{ viewer { name } }')).data).toEqual({ viewer: { name: 'Per Nilsson' } });
    await apiB.asCookie(cookie, 'mutation { signOut }');
    expect((await apiA.asCookie(cookie, '{ viewer { name } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('outcomes recorded on both instances are carried into each person’s period once, by the worker', async () => {
    const [p1, p2, p3, p4] = hires;
    await Promise.all([hire(apiA, p1), hire(apiB, p2), hire(apiA, p3), hire(apiB, p4)]);
    for (const p of [p1, p2, p3, p4]) await exitedToWork(p);
    expect(await handledTwice()).toEqual([]);
  });

  it('loses nothing when an instance or the worker is killed outright', async () => {
    const [, , , , p5, p6] = hires;
    // B answers, then dies: the outcome and its outbox event were committed together, so the worker carries it
    await hire(apiB, p5);
    await b.kill();
    await exitedToWork(p5);

    // the worker dies; an outcome recorded meanwhile waits in Redis and PostgreSQL for the next worker
    await worker.kill();
    await hire(apiA, p6);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await openEnrolmentOf(p6)).exitOn).toBeNull();
    worker = startWorker(site, { env: { MIGRATIONS_RUN: 'false' } });
    await exitedToWork(p6);
    expect(await handledTwice()).toEqual([]);
  }, 120_000);

  /** The placement's whole way to a direct recruitment: proposed, presented (with consent), interviewed, hired. */
  async function hire(api: RemoteApp, p: { candidateId: string; openingId: string }): Promise<void> {
    const consents = (await api.ok('secretary1', `query($id: ID!) { candidate(id: $id) { consents { purpose withdrawnAt } } }`, { id: p.candidateId })).candidate
      .consents as Array<{ purpose: string; withdrawnAt: string | null }>;
    if (!consents.some((c) => c.purpose === SHARE && !c.withdrawnAt)) {
      await api.ok('secretary1', `mutation($i: ConsentInput!) { giveConsent(input: $i) { id } }`, { i: { candidateId: p.candidateId, purpose: SHARE } });
    }
    let placement = (await api.ok('recruiter1', `mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id version } }`, {
      i: { candidateId: p.candidateId, openingId: p.openingId },
    })).createPlacement;
    for (const stage of ['PRESENTED', 'INTERVIEW']) {
      placement = (await api.ok('recruiter1', `mutation($i: AdvancePlacementInput!) { advancePlacement(input: $i) { id version } }`, { i: { id: placement.id, version: placement.version, stage } }))
        .advancePlacement;
    }
    const hired = { employmentTypeConceptId: PERMANENT, subsidised: false, municipalLabourMarketEmployment: false, startOn: isoDaysFromToday(0), hoursPerWeek: 40 };
    await api.ok('recruiter1', `mutation($i: RecordPlacementOutcomeInput!) { recordPlacementOutcome(input: $i) { id } }`, {
      i: { id: placement.id, version: placement.version, outcome: 'HIRED', hired },
    });
  }

  async function openEnrolmentOf(p: { candidateId: string; enrolmentId: string }) {
    const { candidate } = await apiA.ok('secretary1', ENROLMENTS, { id: p.candidateId });
    return (candidate.enrolments as Array<{ id: string; exitOn: string | null; exitReason: string | null; exitPlacementId: string | null }>).find((e) => e.id === p.enrolmentId)!;
  }

  async function exitedToWork(p: { candidateId: string; enrolmentId: string }): Promise<void> {
    const period = await eventually(() => openEnrolmentOf(p), (e) => e.exitOn !== null, 30_000);
    expect(period).toMatchObject({ exitOn: isoDaysFromToday(0), exitReason: 'WORK_UNSUBSIDISED' });
  }

  /** Outbox handlers that ran twice for one event: none, whichever process recorded it and however often it was enqueued. */
  async function handledTwice(): Promise<unknown[]> {
    const { rows } = await db.query(`SELECT event_id, handler, count(*)::int AS n FROM outbox_handled GROUP BY 1, 2 HAVING count(*) > 1`);
    return rows;
  }
});

async function openEnrolment(api: RemoteApp, candidateId: string): Promise<string> {
  const { candidate } = await api.ok('secretary1', ENROLMENTS, { id: candidateId });
  return (candidate.enrolments as Array<{ id: string; exitOn: string | null }>).find((e) => e.exitOn === null)!.id;
}

/** `count` people with an open period, each with an open job opening of their own principal nobody else here is hired for. */
async function peopleToHire(api: RemoteApp, count: number): Promise<Array<{ candidateId: string; enrolmentId: string; openingId: string }>> {
  const openings = (await api.ok('recruiter1', `{ openings(status: OPEN, kind: JOB_UNSUBSIDISED, limit: 100) { items { id principalId } } }`)).openings.items as Array<{
    id: string;
    principalId: string;
  }>;
  const people = (await api.ok('secretary1', `{ candidates(openOnly: true, limit: 100) { items { id principalId enrolments { id exitOn } } } }`)).candidates.items as Array<{
    id: string;
    principalId: string;
    enrolments: Array<{ id: string; exitOn: string | null }>;
  }>;
  const found: Array<{ candidateId: string; enrolmentId: string; openingId: string }> = [];
  const used = new Set<string>();
  // from the end of the list, away from the people the ranking test is likely to meet first
  for (const person of [...people].reverse()) {
    const opening = openings.find((o) => o.principalId === person.principalId && !used.has(o.id));
    const open = person.enrolments.find((e) => e.exitOn === null);
    if (!opening || !open) continue;
    used.add(opening.id);
    found.push({ candidateId: person.id, enrolmentId: open.id, openingId: opening.id });
    if (found.length === count) return found;
  }
  throw new Error(`the demo has only ${found.length} people with a job opening of their principal`);
}
