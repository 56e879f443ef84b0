import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, Clock } from '../src/platform/context/clock.js';
import { JobQueue } from '../src/platform/jobs/job-queue.js';
import { Ids, isoDaysFromToday } from './support/factories.js';
import { TestApp } from './support/test-app.js';
import { eventually } from './support/eventually.js';

/** JobTech employment type "Tillsvidareanställning, inklusive provanställning". */
const PERMANENT = 'PFZr_Syz_cUq';
const SVEDALA = 'n6r4_fjK_kRr';

const STATS = `query($from: String!, $to: String!, $p: ID) { statistics(from: $from, to: $to, groupBy: PRINCIPAL, principalId: $p) {
  total { exits exitsByOutcome { work workPending other studies } shareOfEnrolled { numerator denominator } } } }`;
const PERSON = `query($id: ID!) { candidate(id: $id) { enrolments { id exitOn exitReason exitOutcome workCheck
  plan { goalReachedOn goalReachedByPlacementId activities { type status placementId } } } } }`;

/**
 * The outcome feedback loop on the demo (docs/rules.md, "Exits and the one-month rule"): a recruiter records that a
 * Svedala job seeker was hired after an internship at a demo employer; with no other action the plan shows the
 * internship completed and the goal reached; a month later (a moved clock) the daily check counts the exit as work,
 * and Svedala's statistics change accordingly.
 */
describe('an outcome flows into the plan and, a month on, into the exit-to-work statistics', () => {
  let t: TestApp;
  const today = isoDaysFromToday(0);
  const yearAgo = addDays(today, -364);

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    t?.app.get(Clock).setNow(new Date());
    await t?.close();
  });

  it('hired after a demo internship in Svedala: plan, enrolment and, after a month, the statistics', async () => {
    const ids = await Ids.load(t);
    const svedala = ids.organisation('Svedala kommun');
    const { openings } = await t.ok('recruiter1', `{ openings(status: OPEN, kind: INTERNSHIP, limit: 100) { items { id title municipalityConceptId } } }`);
    const internship = openings.items.find((o: { title: string; municipalityConceptId: string }) => o.municipalityConceptId === SVEDALA && o.title.startsWith('Praktik vårdbiträde'));
    expect(internship).toBeDefined();

    // the best-ranked Svedala resident with a plan
    const { rankCandidatesForOpening } = await t.ok('recruiter1', `query($id: ID!) { rankCandidatesForOpening(openingId: $id, limit: 50) { ranked { candidate { id principalId enrolments { exitOn plan { id } } } } } }`, { id: internship.id });
    const person = rankCandidatesForOpening.ranked
      .map((r: { candidate: { id: string; principalId: string; enrolments: Array<{ exitOn: string | null; plan: { id: string } | null }> } }) => r.candidate)
      .find((c: { principalId: string; enrolments: Array<{ exitOn: string | null; plan: { id: string } | null }> }) => c.principalId === svedala && c.enrolments.some((e) => e.exitOn === null && e.plan));
    expect(person).toBeDefined();

    const before = (await t.ok('manager1', STATS, { from: yearAgo, to: today, p: svedala })).statistics.total;

    let p = (await t.ok('recruiter1', `mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id version } }`, { i: { candidateId: person.id, openingId: internship.id } })).createPlacement;
    for (const stage of ['PRESENTED', 'INTERVIEW', 'INTERNSHIP_STARTED', 'INTERNSHIP_COMPLETED']) {
      p = (await t.ok('recruiter1', `mutation($i: AdvancePlacementInput!) { advancePlacement(input: $i) { id version } }`, { i: { id: p.id, version: p.version, stage } })).advancePlacement;
    }
    await t.ok('recruiter1', `mutation($i: RecordPlacementOutcomeInput!) { recordPlacementOutcome(input: $i) { id } }`, {
      i: { id: p.id, version: p.version, outcome: 'HIRED', hired: { employmentTypeConceptId: PERMANENT, subsidised: false, municipalLabourMarketEmployment: false, startOn: today, hoursPerWeek: 40 } },
    });

    // no one does anything else: the background jobs carry it to the plan and the enrolment period
    const period = await eventually(
      async () => (await t.ok('secretary1', PERSON, { id: person.id })).candidate.enrolments.find((e: { plan: { goalReachedByPlacementId: string | null } | null }) => e.plan?.goalReachedByPlacementId === p.id),
      (e) => e?.exitOn != null,
    );
    expect(period).toMatchObject({ exitOn: today, exitReason: 'WORK_UNSUBSIDISED', exitOutcome: 'WORK_PENDING', workCheck: 'PENDING', plan: { goalReachedOn: today } });
    expect(period.plan.activities).toContainEqual({ type: 'INTERNSHIP', status: 'COMPLETED', placementId: p.id });

    // pending: an exit, but in neither share yet
    const pending = (await t.ok('manager1', STATS, { from: yearAgo, to: today, p: svedala })).statistics.total;
    expect(pending.exits).toBe(before.exits + 1);
    expect(pending.exitsByOutcome).toEqual({ ...before.exitsByOutcome, workPending: before.exitsByOutcome.workPending + 1 });
    expect(pending.shareOfEnrolled.numerator).toBe(before.shareOfEnrolled.numerator);

    // a month later the daily check runs (the scheduled job, enqueued here as its schedule would) and the exit is work
    const monthLater = addDays(today, 32);
    t.app.get(Clock).setNow(new Date(`${monthLater}T09:00:00Z`));
    await t.app.get(JobQueue).enqueue('statistics.checkWorkExits', {}, { jobId: `work-checks-${monthLater}` });
    const counted = await eventually(
      async () => (await t.ok('secretary1', PERSON, { id: person.id })).candidate.enrolments.find((e: { exitOn: string | null }) => e.exitOn === today),
      (e) => e.exitOutcome === 'WORK',
    );
    expect(counted).toMatchObject({ exitOutcome: 'WORK', workCheck: 'LASTED' });
    const after = (await t.ok('manager1', STATS, { from: yearAgo, to: today, p: svedala })).statistics.total;
    // the same check settles every demo exit to work whose month is over by then, ours among them
    const settled = pending.exitsByOutcome.workPending - after.exitsByOutcome.workPending;
    const toWork = after.exitsByOutcome.work - pending.exitsByOutcome.work;
    expect(settled).toBeGreaterThanOrEqual(1);
    expect(toWork).toBeGreaterThanOrEqual(1);
    expect(after.exits).toBe(pending.exits);
    expect(toWork + after.exitsByOutcome.other - pending.exitsByOutcome.other).toBe(settled);
    expect(after.shareOfEnrolled.numerator).toBe(pending.shareOfEnrolled.numerator + toWork);
  });
});
