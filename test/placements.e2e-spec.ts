import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { JobDispatcher } from '../src/platform/jobs/job-dispatcher.js';
import { JobQueue } from '../src/platform/jobs/job-queue.js';
import { OutboxRelay } from '../src/platform/outbox/outbox-relay.js';
import { OUTBOX_JOB, OutboxService } from '../src/platform/outbox/outbox.service.js';
import { enrolledWithPlan, Ids, isoDaysFromToday, openInternship } from './support/factories.js';
import { errorCode, errorFields, errorReason, TestApp } from './support/test-app.js';
import { eventually } from './support/eventually.js';

const SVEDALA = 'n6r4_fjK_kRr';
const SHARE = 'SHARE_PROFILE_WITH_EMPLOYERS';
/** JobTech employment type "Tillsvidareanställning, inklusive provanställning". */
const PERMANENT = 'PFZr_Syz_cUq';

const FIELDS = `id version stage outcome principalId candidateId enrolmentId openingId internshipStartedOn internshipCompletedOn
  employmentTypeConceptId employmentType { label } subsidised municipalLabourMarketEmployment employmentStartOn hoursPerWeek
  outcomeReason endedOn outcomeOn createdBy { username } nextSteps { stages outcomes }
  history { fromStage toStage fromOutcome toOutcome on at note actor { username } }`;
const CREATE = `mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { ${FIELDS} } }`;
const ADVANCE = `mutation($i: AdvancePlacementInput!) { advancePlacement(input: $i) { ${FIELDS} } }`;
const OUTCOME = `mutation($i: RecordPlacementOutcomeInput!) { recordPlacementOutcome(input: $i) { ${FIELDS} } }`;
const GET = `query($id: ID!) { placement(id: $id) { id stage outcome candidate { id } opening { id title } history { toStage } } }`;
const LIST = `query($o: ID, $c: ID) { placements(openingId: $o, candidateId: $c) { totalCount items { id stage } } }`;
const PLAN = `query($id: ID!) { plan: candidate(id: $id) { enrolments { id exitOn plan { version goalReachedOn goalReachedByPlacementId
  activities { id type status startOn endOn placementId note }
  revisions { action via author { username } changes { field from to } } } } } }`;

interface PlanView {
  version: number;
  goalReachedOn: string | null;
  goalReachedByPlacementId: string | null;
  activities: Array<{ id: string; type: string; status: string; startOn: string; endOn: string | null; placementId: string | null; note: string | null }>;
  revisions: Array<{ action: string; via: string | null; author: { username: string }; changes: Array<{ field: string; from: string | null; to: string | null }> }>;
}

/**
 * Placements and the outbox that carries their outcomes to the person's plan, on the in-process runner (no
 * REDIS_URL) or BullMQ. The relay sweeps every 400 ms here so the spec can watch it pick up a lost enqueue.
 */
describe(`placements and the outbox (${process.env.REDIS_URL ? 'BullMQ on Redis' : 'in process'})`, () => {
  let t: TestApp;
  let db: DataSource;
  let openingId: string;
  let people: Array<{ candidateId: string; enrolmentId: string; planId: string }>;
  let placementId: string;

  /** The plan of the person's enrolment period in `people` (it ends when they are hired). */
  const plan = async (candidateId: string): Promise<PlanView> => {
    const { enrolmentId } = people.find((p) => p.candidateId === candidateId)!;
    return (await t.ok('secretary1', PLAN, { id: candidateId })).plan.enrolments.find((e: { id: string }) => e.id === enrolmentId).plan;
  };
  const ENROLMENT = `query($id: ID!) { candidate(id: $id) { enrolments { id exitOn exitReason exitOutcome workStartedOn workCheck exitPlacementId } } }`;
  const events = (placement: string): Promise<Array<{ id: string; kind: string; processed_at: Date | null; enqueued_at: Date | null }>> =>
    db.query(`SELECT id, kind, processed_at, enqueued_at FROM outbox_event WHERE placement_id = $1 ORDER BY created_at, id`, [placement]);
  const setConsent = async (candidateId: string, given: boolean) => {
    const { candidate } = await t.ok('secretary1', `query($id: ID!) { candidate(id: $id) { consents { id purpose withdrawnAt } } }`, { id: candidateId });
    for (const c of candidate.consents as Array<{ id: string; purpose: string; withdrawnAt: string | null }>) {
      if (c.purpose === SHARE && !c.withdrawnAt) await t.ok('secretary1', `mutation($id: ID!) { withdrawConsent(consentId: $id) { id } }`, { id: c.id });
    }
    if (given) await t.ok('secretary1', `mutation($i: ConsentInput!) { giveConsent(input: $i) { id } }`, { i: { candidateId, purpose: SHARE } });
  };

  beforeAll(async () => {
    t = await TestApp.start({ env: { OUTBOX_SWEEP_INTERVAL_MS: '400', JOB_BACKOFF_MS: '50' } });
    db = t.db;
    const ids = await Ids.load(t);
    openingId = (await openInternship(t, 'recruiter1', SVEDALA)).id;
    people = await enrolledWithPlan(t, ids.organisation('Svedala kommun'));
    expect(people.length).toBeGreaterThanOrEqual(2);
  });
  afterAll(() => t?.close());

  it('a recruiter proposes a Svedala job seeker for an internship; the placement is Svedala’s and has its history', async () => {
    const { candidateId } = people[0];
    const { createPlacement: p } = await t.ok('recruiter1', CREATE, { i: { candidateId, openingId, note: '  Passar bra.  ' } });
    placementId = p.id;
    expect(p).toMatchObject({
      version: 1,
      stage: 'PROPOSED',
      outcome: null,
      candidateId,
      openingId,
      enrolmentId: people[0].enrolmentId,
      createdBy: { username: 'recruiter1' },
      history: [{ fromStage: null, toStage: 'PROPOSED', note: 'Passar bra.', actor: { username: 'recruiter1' } }],
      nextSteps: { stages: ['PRESENTED'], outcomes: ['NOT_HIRED'] },
    });
    const again = await t.gql('recruiter2', CREATE, { i: { candidateId, openingId } });
    expect([errorCode(again), errorReason(again)]).toEqual(['CONFLICT', 'ALREADY_PLACED']);
    expect(errorFields(again)).toEqual(['input.candidateId']);
  });

  it('presents only with the person’s consent to share the profile, through the shortlist', async () => {
    await setConsent(people[0].candidateId, false);
    const refused = await t.gql('recruiter1', ADVANCE, { i: { id: placementId, version: 1, stage: 'PRESENTED' } });
    expect([errorCode(refused), errorReason(refused)]).toEqual(['CONFLICT', 'NO_CONSENT']);
    expect(errorFields(refused)).toEqual(['input.stage']);
    expect(refused.errors?.[0]?.message).toContain(SHARE);

    await setConsent(people[0].candidateId, true);
    const { advancePlacement: p } = await t.ok('recruiter1', ADVANCE, { i: { id: placementId, version: 1, stage: 'PRESENTED' } });
    expect(p).toMatchObject({ version: 2, stage: 'PRESENTED' });
    const { shortlist } = await t.ok('recruiter1', `query($o: ID!) { shortlist(openingId: $o) { candidateId presentedBy { username } } }`, { o: openingId });
    expect(shortlist).toContainEqual({ candidateId: people[0].candidateId, presentedBy: { username: 'recruiter1' } });
  });

  it('refuses an illegal transition, naming the field and what may come next', async () => {
    const skip = await t.gql('recruiter1', ADVANCE, { i: { id: placementId, version: 2, stage: 'INTERNSHIP_COMPLETED' } });
    expect([errorCode(skip), errorReason(skip)]).toEqual(['CONFLICT', 'STAGE_NOT_ALLOWED']);
    expect(errorFields(skip)).toEqual(['input.stage']);
    expect(skip.errors?.[0]?.message).toContain('cannot go from PRESENTED to INTERNSHIP_COMPLETED (next: INTERVIEW, NOT_HIRED)');
    const hired = await t.gql('recruiter1', OUTCOME, { i: { id: placementId, version: 2, outcome: 'HIRED', hired: { employmentTypeConceptId: PERMANENT, subsidised: false, municipalLabourMarketEmployment: false, startOn: isoDaysFromToday(7), hoursPerWeek: 40 } } });
    expect(errorCode(hired)).toBe('CONFLICT');
    expect(errorFields(hired)).toEqual(['input.outcome']);
    const { advancePlacement: interview } = await t.ok('recruiter1', ADVANCE, { i: { id: placementId, version: 2, stage: 'INTERVIEW' } });
    // the legal next moves say the same as the refusals: at an internship the interview leads to the internship, never straight to employment
    expect(interview.nextSteps).toEqual({ stages: ['INTERNSHIP_STARTED'], outcomes: ['HIRED', 'NOT_HIRED'] });
    const employment = await t.gql('recruiter1', ADVANCE, { i: { id: placementId, version: 3, stage: 'EMPLOYMENT_STARTED' } });
    expect(errorCode(employment)).toBe('BAD_USER_INPUT');
    expect(errorFields(employment)).toEqual(['input.stage']);
    const future = await t.gql('recruiter1', ADVANCE, { i: { id: placementId, version: 3, stage: 'INTERNSHIP_STARTED', on: isoDaysFromToday(3) } });
    expect(errorFields(future)).toEqual(['input.on']);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const stale = await t.gql('secretary1', ADVANCE, { i: { id: placementId, version: 2, stage: 'INTERNSHIP_STARTED' } });
    expect([errorCode(stale), errorReason(stale)]).toEqual(['CONFLICT', 'STALE_VERSION']);
    expect(errorFields(stale)).toEqual(['version']);
    expect((await t.ok('recruiter1', GET, { id: placementId })).placement.stage).toBe('INTERVIEW');
  });

  it('carries the internship and the job into the plan, authored by Brygga on the recruiter’s behalf', async () => {
    const started = (await t.ok('recruiter1', ADVANCE, { i: { id: placementId, version: 3, stage: 'INTERNSHIP_STARTED' } })).advancePlacement;
    expect(started).toMatchObject({ stage: 'INTERNSHIP_STARTED', internshipStartedOn: isoDaysFromToday(0) });
    const ongoing = await eventually(() => plan(people[0].candidateId), (p) => p.activities.some((a) => a.placementId === placementId));
    expect(ongoing.activities.find((a) => a.placementId === placementId)).toMatchObject({ type: 'INTERNSHIP', status: 'ONGOING', startOn: isoDaysFromToday(0), endOn: null, note: 'Praktik: Praktik lokalvård' });

    const completed = (await t.ok('recruiter1', ADVANCE, { i: { id: placementId, version: 4, stage: 'INTERNSHIP_COMPLETED', note: 'Mycket nöjd arbetsgivare' } })).advancePlacement;
    const startOn = isoDaysFromToday(14);
    const missing = await t.gql('recruiter1', OUTCOME, { i: { id: placementId, version: completed.version, outcome: 'HIRED' } });
    expect(errorFields(missing)).toEqual(['input.hired']);
    const hired = { employmentTypeConceptId: PERMANENT, subsidised: true, municipalLabourMarketEmployment: false, startOn, hoursPerWeek: 40 };
    const wrongType = await t.gql('recruiter1', OUTCOME, { i: { id: placementId, version: completed.version, outcome: 'HIRED', hired: { ...hired, employmentTypeConceptId: 'STvk_dra_M1X' } } });
    expect(errorCode(wrongType)).toBe('BAD_USER_INPUT');
    expect(errorFields(wrongType)).toEqual(['input.hired.employmentTypeConceptId']);

    const { recordPlacementOutcome: p } = await t.ok('recruiter1', OUTCOME, { i: { id: placementId, version: completed.version, outcome: 'HIRED', hired } });
    expect(p).toMatchObject({
      stage: 'OUTCOME',
      outcome: 'HIRED',
      employmentType: { label: 'Tillsvidareanställning, inklusive provanställning' },
      subsidised: true,
      municipalLabourMarketEmployment: false,
      employmentStartOn: startOn,
      hoursPerWeek: 40,
      outcomeOn: isoDaysFromToday(0),
    });
    expect(p.history.map((h: { toStage: string; toOutcome: string | null }) => [h.toStage, h.toOutcome])).toEqual([
      ['PROPOSED', null], ['PRESENTED', null], ['INTERVIEW', null], ['INTERNSHIP_STARTED', null], ['INTERNSHIP_COMPLETED', null], ['OUTCOME', 'HIRED'],
    ]);

    const after = await eventually(() => plan(people[0].candidateId), (v) => v.goalReachedByPlacementId === placementId && v.activities.some((a) => a.placementId === placementId && a.status === 'COMPLETED'));
    expect(after).toMatchObject({ goalReachedOn: startOn, goalReachedByPlacementId: placementId });
    expect(after.activities.find((a) => a.placementId === placementId)).toMatchObject({ status: 'COMPLETED', startOn: isoDaysFromToday(0), endOn: isoDaysFromToday(0) });
    const automatic = after.revisions.filter((r) => r.via?.includes(placementId));
    expect(automatic.map((r) => r.action).sort()).toEqual(['activity added', 'activity changed', 'goal reached']);
    expect(automatic.every((r) => r.author.username === 'recruiter1')).toBe(true);

    // the hire ends the enrolment period: a subsidised job, counted as work once it has lasted a month (Kolada)
    const closed = await eventually(
      async () => (await t.ok('secretary1', ENROLMENT, { id: people[0].candidateId })).candidate.enrolments.find((e: { id: string }) => e.id === people[0].enrolmentId),
      (e) => e.exitOn !== null,
    );
    expect(closed).toMatchObject({ exitOn: isoDaysFromToday(0), exitReason: 'WORK_SUBSIDISED', exitOutcome: 'WORK_PENDING', workStartedOn: startOn, workCheck: 'PENDING', exitPlacementId: placementId });

    const recorded = await eventually(() => events(placementId), (rows) => rows.length === 3 && rows.every((r) => r.processed_at !== null));
    expect(recorded.map((r) => r.kind)).toEqual(['placement.internship-started', 'placement.internship-completed', 'placement.hired']);
    expect(recorded.every((r) => r.processed_at !== null)).toBe(true);
  });

  it('runs the same event twice with no second effect', async () => {
    const [, , hired] = await events(placementId);
    const before = await plan(people[0].candidateId);
    const outbox = t.app.get(OutboxService);
    expect(await outbox.handle(hired.id, 'plan')).toBe(false);
    // the job path, as a duplicate delivery would take it
    await t.app.get(JobDispatcher).dispatch(OUTBOX_JOB, { eventId: hired.id, handler: 'plan' }, 1);
    await t.app.get(JobQueue).enqueue(OUTBOX_JOB, { eventId: hired.id, handler: 'plan' }, { jobId: OutboxService.jobId(hired.id, 'plan') });
    expect(await t.app.get(OutboxRelay).sweepOnce()).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(await plan(people[0].candidateId)).toEqual(before);
    expect(await outbox.handle(hired.id, 'enrolment')).toBe(false);
    const handled = await db.query(`SELECT handler, count(*)::int AS n FROM outbox_handled WHERE event_id = $1 GROUP BY handler ORDER BY handler`, [hired.id]);
    expect(handled).toEqual([{ handler: 'enrolment', n: 1 }, { handler: 'plan', n: 1 }]);
  });

  it('lets Svedala’s reviewer read the placement, and writes the read to the access log; business developers read nothing', async () => {
    const userId = async (username: string): Promise<string> => (await t.ok(username, `{ viewer { userId } }`)).viewer.userId;
    const { placement } = await t.ok('reviewer.svedala', GET, { id: placementId });
    expect(placement).toMatchObject({ id: placementId, outcome: 'HIRED', candidate: { id: people[0].candidateId }, opening: { id: openingId } });
    const listed = (await t.ok('manager1', LIST, { c: people[0].candidateId })).placements;
    expect(listed.items.map((i: { id: string }) => i.id)).toContain(placementId);
    // the board: every placement in the caller's principals, a stage at a time
    const BOARD = `query($s: PlacementStage) { placements(stage: $s, limit: 100) { totalCount items { id stage principalId } } }`;
    const atOutcome = (await t.ok('reviewer.svedala', BOARD, { s: 'OUTCOME' })).placements;
    expect(atOutcome.items.map((i: { id: string }) => i.id)).toContain(placementId);
    expect(new Set(atOutcome.items.map((i: { stage: string }) => i.stage))).toEqual(new Set(['OUTCOME']));
    const svedala = atOutcome.items.find((i: { id: string }) => i.id === placementId).principalId;
    const all = (await t.ok('reviewer.svedala', BOARD, {})).placements;
    expect(all.totalCount).toBeGreaterThanOrEqual(atOutcome.totalCount);
    expect(new Set(all.items.map((i: { principalId: string }) => i.principalId))).toEqual(new Set([svedala]));
    const everyone = (await t.ok('recruiter1', BOARD, {})).placements;
    expect(everyone.totalCount).toBeGreaterThan(all.totalCount);
    expect(errorCode(await t.gql('reviewer.svedala', ADVANCE, { i: { id: placementId, version: 1, stage: 'PRESENTED' } }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('bd1', GET, { id: placementId }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('bd1', LIST, { o: openingId }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('admin', GET, { id: placementId }))).toBe('FORBIDDEN');
    const log = (await t.ok('reviewer.svedala', `query($c: ID!) { accessLog(candidateId: $c, limit: 100) { items { operation userId } } }`, { c: people[0].candidateId })).accessLog.items;
    expect(log).toContainEqual({ operation: 'placement', userId: await userId('reviewer.svedala') });
    expect(log).toContainEqual({ operation: 'placements', userId: await userId('manager1') });
  });

  it('records an event whose enqueue failed after commit, and the relay has it processed exactly once when the queue is back', async () => {
    const { candidateId } = people[1];
    await setConsent(candidateId, true);
    let p = (await t.ok('secretary1', CREATE, { i: { candidateId, openingId } })).createPlacement;
    p = (await t.ok('secretary1', ADVANCE, { i: { id: p.id, version: p.version, stage: 'PRESENTED' } })).advancePlacement;
    p = (await t.ok('secretary1', ADVANCE, { i: { id: p.id, version: p.version, stage: 'INTERVIEW' } })).advancePlacement;

    const queue = t.app.get(JobQueue);
    const down = jest.spyOn(queue, 'enqueue').mockRejectedValue(new Error('Redis is down'));
    try {
      // the mutation succeeds: the event is committed with the change, only its enqueue failed
      p = (await t.ok('secretary1', ADVANCE, { i: { id: p.id, version: p.version, stage: 'INTERNSHIP_STARTED' } })).advancePlacement;
      expect(p.stage).toBe('INTERNSHIP_STARTED');
      await new Promise((r) => setTimeout(r, 1000)); // a couple of sweeps while the queue is down
      const [waiting] = await events(p.id);
      expect(waiting).toMatchObject({ kind: 'placement.internship-started', processed_at: null, enqueued_at: null });
      expect((await plan(candidateId)).activities.some((a) => a.placementId === p.id)).toBe(false);
    } finally {
      down.mockRestore();
    }

    const [done] = await eventually(() => events(p.id), (rows) => rows[0]?.processed_at !== null);
    expect(done.processed_at).not.toBeNull();
    await t.app.get(OutboxRelay).sweepOnce();
    await new Promise((r) => setTimeout(r, 500));
    const after = await plan(candidateId);
    expect(after.activities.filter((a) => a.placementId === p.id)).toEqual([expect.objectContaining({ type: 'INTERNSHIP', status: 'ONGOING' })]);
    expect(after.revisions.filter((r) => r.via?.includes(p.id)).map((r) => r.action)).toEqual(['activity added']);
    const handled = await db.query(`SELECT handler FROM outbox_handled WHERE event_id = $1`, [done.id]);
    expect(handled).toEqual([{ handler: 'plan' }]);
  });
});
