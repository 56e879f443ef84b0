import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { BullJobWorker } from '../src/platform/jobs/bull-job-queue.js';
import { enrolledWithPlan, Ids, isoDaysFromToday, openInternship } from './support/factories.js';
import { OwnRedis, until } from './support/own-redis.js';
import { TestApp } from './support/test-app.js';

const SVEDALA = 'n6r4_fjK_kRr';
/** JobTech employment type "Tillsvidareanställning, inklusive provanställning". */
const PERMANENT = 'PFZr_Syz_cUq';
const PEOPLE = 6;

/**
 * The outbox's fault test (docs/architecture.md, "The outbox"): outcomes recorded while Redis is down, and while the
 * worker is stopped, all reach the plan and the enrolment period (and so the statistics) once Redis and the worker
 * are back, each exactly once.
 * Runs where jobs run on BullMQ (REDIS_URL set, as in CI); without Redis there is no queue to stop.
 */
const withRedis = process.env.REDIS_URL ? describe : describe.skip;
withRedis('outcomes survive Redis and the worker going down (BullMQ)', () => {
  const redis = new OwnRedis();
  let t: TestApp;
  let db: DataSource;
  const placements: Array<{ id: string; version: number; candidateId: string; enrolmentId: string; planId: string }> = [];

  const hire = async (p: (typeof placements)[number]): Promise<void> => {
    const started = Date.now();
    await t.ok('recruiter1', `mutation($i: RecordPlacementOutcomeInput!) { recordPlacementOutcome(input: $i) { id } }`, {
      i: { id: p.id, version: p.version, outcome: 'HIRED', hired: { employmentTypeConceptId: PERMANENT, subsidised: false, municipalLabourMarketEmployment: false, startOn: isoDaysFromToday(7), hoursPerWeek: 40 } },
    });
    // the answer does not wait for the queue: the outcome and its event are committed either way
    expect(Date.now() - started).toBeLessThan(5_000);
  };

  beforeAll(async () => {
    await redis.start();
    t = await TestApp.start({ env: { REDIS_URL: redis.url, OUTBOX_SWEEP_INTERVAL_MS: '300', JOB_BACKOFF_MS: '100' } });
    db = t.db;
    const ids = await Ids.load(t);
    const opening = await openInternship(t, 'recruiter1', SVEDALA);
    const people = (await enrolledWithPlan(t, ids.organisation('Svedala kommun'))).slice(0, PEOPLE);
    expect(people).toHaveLength(PEOPLE);
    for (const person of people) {
      await t.ok('secretary1', `mutation($i: ConsentInput!) { giveConsent(input: $i) { id } }`, { i: { candidateId: person.candidateId, purpose: 'SHARE_PROFILE_WITH_EMPLOYERS' } });
      let p = (await t.ok('recruiter1', `mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id version } }`, { i: { candidateId: person.candidateId, openingId: opening.id } })).createPlacement;
      for (const stage of ['PRESENTED', 'INTERVIEW']) {
        p = (await t.ok('recruiter1', `mutation($i: AdvancePlacementInput!) { advancePlacement(input: $i) { id version } }`, { i: { id: p.id, version: p.version, stage } })).advancePlacement;
      }
      placements.push({ ...p, ...person });
    }
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await redis.stop();
  });

  it('records outcomes with Redis down and with the worker stopped, and carries every one over exactly once', async () => {
    await hire(placements[0]);
    await hire(placements[1]);

    // Redis goes away: the outcomes are still recorded, their jobs cannot be enqueued
    await redis.stop();
    await hire(placements[2]);
    await hire(placements[3]);

    // Redis comes back (empty: it keeps nothing on disk), but the worker is stopped (paused, its jobs left as they are)
    await redis.start();
    const worker = t.app.get(BullJobWorker).worker;
    await worker.pause(true);
    await hire(placements[4]);
    await hire(placements[5]);
    worker.resume();

    // every outcome reaches the plan and the enrolment period, and the relay leaves nothing behind
    const ids = placements.map((p) => p.id);
    await until(
      async () => {
        const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM enrolment WHERE exit_placement_id = ANY($1)`, [ids]);
        const [{ open }] = await db.query(`SELECT count(*)::int AS open FROM outbox_event WHERE placement_id = ANY($1) AND processed_at IS NULL`, [ids]);
        return n === PEOPLE && open === 0;
      },
      45_000,
      'not every outcome was carried over',
    );
    const handled = await db.query(
      `SELECT h.handler, count(*)::int AS n FROM outbox_handled h JOIN outbox_event e ON e.id = h.event_id
        WHERE e.placement_id = ANY($1) GROUP BY h.handler ORDER BY h.handler`,
      [ids],
    );
    expect(handled).toEqual([{ handler: 'enrolment', n: PEOPLE }, { handler: 'plan', n: PEOPLE }]);
    const goals = await db.query(
      `SELECT p.id, p.goal_reached_by_placement_id AS placement,
              (SELECT count(*)::int FROM plan_revision r WHERE r.plan_id = p.id AND r.action = 'goal reached') AS revisions
         FROM plan p WHERE p.id = ANY($1) ORDER BY p.id`,
      [placements.map((p) => p.planId)],
    );
    expect(goals).toHaveLength(PEOPLE);
    for (const goal of goals) expect(goal).toMatchObject({ placement: expect.any(String), revisions: 1 });
    const exits = await db.query(`SELECT exit_reason AS reason, work_check AS check FROM enrolment WHERE id = ANY($1)`, [placements.map((p) => p.enrolmentId)]);
    expect(exits).toEqual(Array.from({ length: PEOPLE }, () => ({ reason: 'WORK_UNSUBSIDISED', check: 'PENDING' })));
  }, 90_000);
});
