import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Clock } from '../src/platform/context/clock.js';
import { JobDispatcher } from '../src/platform/jobs/job-dispatcher.js';
import { JobQueue } from '../src/platform/jobs/job-queue.js';
import { OutboxRelay } from '../src/platform/outbox/outbox-relay.js';
import { OUTBOX_JOB, OutboxService } from '../src/platform/outbox/outbox.service.js';
import { enrolledWithPlan, Ids, isoDaysFromToday, openInternship } from './support/factories.js';
import { holdJobs, jobsDrained } from './support/jobs.js';
import { TestApp } from './support/test-app.js';

const SVEDALA = 'n6r4_fjK_kRr';
const SHARE = 'SHARE_PROFILE_WITH_EMPLOYERS';
/** JobTech employment type "Tillsvidareanställning, inklusive provanställning". */
const PERMANENT = 'PFZr_Syz_cUq';
const HOUR = 3600_000;

const ADVANCE = `mutation($i: AdvancePlacementInput!) { advancePlacement(input: $i) { id version } }`;
const OUTCOME = `mutation($i: RecordPlacementOutcomeInput!) { recordPlacementOutcome(input: $i) { id version } }`;
const ATTEND = `mutation($i: AttendanceInput!) { recordMeetingAttendance(input: $i) { id version } }`;

interface Person {
  candidateId: string;
  enrolmentId: string;
  planId: string;
}
/** A placement or a meeting invitation, with the version the next change sends. */
interface Subject {
  id: string;
  version: number;
}
/** One change to a subject, recorded through the API. */
type Step = (s: Subject) => Promise<void>;

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(what);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every uuid replaced by its order of first appearance, so two people's records compare by shape and value. */
function normalised(value: unknown): unknown {
  const seen = new Map<string, string>();
  const text = JSON.stringify(value).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
    if (!seen.has(id)) seen.set(id, `#${seen.size + 1}`);
    return seen.get(id)!;
  });
  return JSON.parse(text);
}

/**
 * The outbox's ordering guarantee: a person's changes recorded while the jobs are held back (the worker paused, as
 * when it or Redis is down) end in exactly the plan, enrolment period and outbox that the same changes give when
 * each one's jobs run before the next is recorded; and delivering every job again changes nothing. Each pair is
 * recorded for two people of the demo: one by one for the first, held back for the second.
 */
describe(`outbox events of one person, handled in the order recorded (${process.env.REDIS_URL ? 'BullMQ on Redis' : 'in process'})`, () => {
  let t: TestApp;
  let db: DataSource;
  let ids: Ids;
  let openingId: string;
  let people: Person[];

  const consent = async (candidateId: string): Promise<void> => {
    const { candidate } = await t.ok('secretary1', `query($id: ID!) { candidate(id: $id) { consents { purpose withdrawnAt } } }`, { id: candidateId });
    if ((candidate.consents as Array<{ purpose: string; withdrawnAt: string | null }>).some((c) => c.purpose === SHARE && !c.withdrawnAt)) return;
    await t.ok('secretary1', `mutation($i: ConsentInput!) { giveConsent(input: $i) { id } }`, { i: { candidateId, purpose: SHARE } });
  };
  const advance = (stage: string): Step => async (s) => {
    s.version = (await t.ok('recruiter1', ADVANCE, { i: { id: s.id, version: s.version, stage } })).advancePlacement.version;
  };
  const outcome = (input: Record<string, unknown>): Step => async (s) => {
    s.version = (await t.ok('recruiter1', OUTCOME, { i: { id: s.id, version: s.version, ...input } })).recordPlacementOutcome.version;
  };
  const hired = (startInDays: number) =>
    outcome({ outcome: 'HIRED', hired: { employmentTypeConceptId: PERMANENT, subsidised: false, municipalLabourMarketEmployment: false, startOn: isoDaysFromToday(startInDays), hoursPerWeek: 40 } });
  const endedEarly = (endedInDays: number) => outcome({ outcome: 'ENDED_EARLY', reason: 'Slutade i förtid.', endedOn: isoDaysFromToday(endedInDays) });
  const attended = (attendance: 'ATTENDED' | 'ABSENT'): Step => async (s) => {
    s.version = (await t.ok('secretary1', ATTEND, { i: { invitationId: s.id, version: s.version, attendance } })).recordMeetingAttendance.version;
  };

  /** The outbox events about a placement or an invitation, in the order recorded. */
  const eventsOf = (subjectId: string): Promise<Array<{ id: string; kind: string; processed: boolean }>> =>
    db.query(
      `SELECT id, kind, processed_at IS NOT NULL AS processed FROM outbox_event
        WHERE placement_id::text = $1 OR payload->>'invitationId' = $1 ORDER BY seq`,
      [subjectId],
    );
  const settled = (subjectId: string): Promise<void> =>
    until(async () => (await eventsOf(subjectId)).every((e) => e.processed), 30_000, `the events of ${subjectId} were not all processed`);

  /**
   * What the subject's events made of the person's records: the plan's goal, the subject's activity and the
   * revisions Brygga made for it (oldest first), the enrolment period's exit, and the outbox's record of it.
   */
  const outcomeOf = async (person: Person, subjectId: string, via: string) => {
    const [plan] = await db.query(`SELECT goal_reached_on::text AS "goalReachedOn", goal_reached_by_placement_id AS "goalReachedBy" FROM plan WHERE id = $1`, [person.planId]);
    const activities = await db.query(
      `SELECT a.type, a.status, a.start_on::text AS "startOn", a.end_on::text AS "endOn", a.note, a.adapted, a.placement_id AS "placementId" FROM plan_activity a
        WHERE a.plan_id = $1 AND (a.placement_id::text = $2 OR a.id IN (SELECT plan_activity_id FROM meeting_invitation WHERE id::text = $2)) ORDER BY a.start_on, a.id`,
      [person.planId, subjectId],
    );
    const revisions = await db.query(
      `SELECT r.action, r.via, r.changes, u.username AS author FROM plan_revision r JOIN app_user u ON u.id = r.author_id
        WHERE r.plan_id = $1 AND r.via LIKE $2 ORDER BY r.at, r.id`,
      [person.planId, `${via}%`],
    );
    const [enrolment] = await db.query(
      `SELECT exit_on::text AS "exitOn", exit_reason AS "exitReason", work_started_on::text AS "workStartedOn", work_check AS "workCheck",
              work_ended_on::text AS "workEndedOn", work_checked_on::text AS "workCheckedOn", exit_placement_id AS "exitPlacementId"
         FROM enrolment WHERE id = $1`,
      [person.enrolmentId],
    );
    const events = await eventsOf(subjectId);
    const handled = await db.query(
      `SELECT e.kind, h.handler, count(*)::int AS n FROM outbox_handled h JOIN outbox_event e ON e.id = h.event_id
        WHERE e.id = ANY($1) GROUP BY e.seq, e.kind, h.handler ORDER BY e.seq, h.handler`,
      [events.map((e) => e.id)],
    );
    return { plan, activities, revisions, enrolment, events: events.map(({ kind, processed }) => ({ kind, processed })), handled };
  };

  /** Every job of the subject's events delivered again: run directly, through the job path, and as new jobs on the queue. */
  const replay = async (subjectId: string): Promise<void> => {
    const outbox = t.app.get(OutboxService);
    for (const event of await eventsOf(subjectId)) {
      for (const handler of outbox.handlersFor(event.kind)) {
        expect(await outbox.handle(event.id, handler)).toBe(false);
        await t.app.get(JobDispatcher).dispatch(OUTBOX_JOB, { eventId: event.id, handler }, 1);
        await t.app.get(JobQueue).enqueue(OUTBOX_JOB, { eventId: event.id, handler }); // a job id of its own: it runs again
      }
    }
    expect(await t.app.get(OutboxRelay).sweepOnce()).toBe(0);
    await jobsDrained(t);
  };

  /**
   * Records `steps` for a subject one by one (each one's events processed before the next) or held back (no job runs
   * until all are recorded), waits until everything is processed, checks that nothing failed and that replaying
   * changes nothing, and returns what came of it.
   */
  const record = async (person: Person, subject: Subject, via: string, steps: Step[], held: boolean) => {
    if (held) {
      const release = await holdJobs(t);
      try {
        for (const step of steps) await step(subject);
        // held back indeed: none of these events has been handled yet
        expect((await eventsOf(subject.id)).slice(-steps.length).map((e) => e.processed)).toEqual(steps.map(() => false));
      } finally {
        release();
      }
    } else {
      for (const step of steps) {
        await step(subject);
        await settled(subject.id);
      }
    }
    await settled(subject.id);
    const result = await outcomeOf(person, subject.id, via);
    for (let round = 0; round < 2; round += 1) {
      await replay(subject.id);
      expect(await outcomeOf(person, subject.id, via)).toEqual(result);
    }
    expect(await t.app.get(JobQueue).failed(100)).toEqual([]);
    expect(result.events.every((e) => e.processed)).toBe(true);
    expect(result.handled.every((h: { n: number }) => h.n === 1)).toBe(true);
    return result;
  };

  /** A placement of the next person of the demo at the internship, moved through `stages` with their jobs done. */
  const placed = async (stages: string[]): Promise<{ person: Person; placement: Subject }> => {
    const person = people.shift()!;
    await consent(person.candidateId);
    const placement: Subject = (await t.ok('recruiter1', `mutation($i: CreatePlacementInput!) { createPlacement(input: $i) { id version } }`, {
      i: { candidateId: person.candidateId, openingId },
    })).createPlacement;
    for (const stage of stages) await advance(stage)(placement);
    await settled(placement.id);
    return { person, placement };
  };

  /** The pair recorded one by one for one person and held back for another: both end the same; returns the first. */
  const sameEitherWay = async (stages: string[], steps: Step[]) => {
    const results = [];
    for (const held of [false, true]) {
      const { person, placement } = await placed(stages);
      results.push(await record(person, placement, `placement ${placement.id}`, steps, held));
    }
    expect(normalised(results[1])).toEqual(normalised(results[0]));
    return results[0];
  };

  beforeAll(async () => {
    t = await TestApp.start({ env: { OUTBOX_SWEEP_INTERVAL_MS: '400', JOB_BACKOFF_MS: '50' } });
    db = t.db;
    ids = await Ids.load(t);
    openingId = (await openInternship(t, 'recruiter1', SVEDALA, 'Praktik i ordning')).id;
    // people whose plans are not adapted for sick-listing, so that any two of them get the same activities
    const sickListed = new Set((await db.query(`SELECT id FROM plan WHERE sick_listed`)).map((r: { id: string }) => r.id));
    people = (await enrolledWithPlan(t, ids.organisation('Svedala kommun'))).filter((p) => !sickListed.has(p.planId));
    expect(people.length).toBeGreaterThanOrEqual(8);
  }, 120_000);
  afterAll(() => t?.close());

  it('HIRED, then ENDED_EARLY before the month was over: the period closes, and the exit does not count as work', async () => {
    const result = await sameEitherWay(['PRESENTED', 'INTERVIEW'], [hired(-10), endedEarly(-2)]);
    expect(result.enrolment).toEqual({
      exitOn: isoDaysFromToday(0),
      exitReason: 'WORK_UNSUBSIDISED',
      workStartedOn: isoDaysFromToday(-10),
      workCheck: 'ENDED_WITHIN_MONTH',
      workEndedOn: isoDaysFromToday(-2),
      workCheckedOn: isoDaysFromToday(0),
      exitPlacementId: expect.any(String),
    });
    // the goal was reached by the job; once the period ended its plan is history, so the early end leaves it as it was
    expect(result.plan).toEqual({ goalReachedOn: isoDaysFromToday(-10), goalReachedBy: result.enrolment.exitPlacementId });
    expect(result.revisions.map((r: { action: string }) => r.action)).toEqual(['goal reached']);
    expect(result.handled.map((h: { kind: string; handler: string }) => `${h.kind} ${h.handler}`)).toEqual([
      'placement.hired enrolment', 'placement.hired plan', 'placement.ended-early enrolment', 'placement.ended-early plan',
    ]);
  });

  it('INTERNSHIP_STARTED, then ENDED_EARLY (the only outcome while an internship runs): the activity is added, then cancelled', async () => {
    const result = await sameEitherWay(['PRESENTED', 'INTERVIEW'], [advance('INTERNSHIP_STARTED'), endedEarly(0)]);
    expect(result.activities).toEqual([
      { type: 'INTERNSHIP', status: 'CANCELLED', startOn: isoDaysFromToday(0), endOn: isoDaysFromToday(0), note: 'Praktik: Praktik i ordning', adapted: false, placementId: expect.any(String) },
    ]);
    expect(result.revisions.map((r: { action: string }) => r.action)).toEqual(['activity added', 'activity changed']);
    expect(result.revisions[0].changes).toContainEqual({ field: 'activity.status', from: null, to: JSON.stringify('ONGOING') });
    expect(result.enrolment).toMatchObject({ exitOn: null, workCheck: null });
    expect(result.plan).toEqual({ goalReachedOn: null, goalReachedBy: null });
  });

  it('INTERNSHIP_COMPLETED, then HIRED: the activity is completed by the completion and the goal reached by the hire', async () => {
    const result = await sameEitherWay(['PRESENTED', 'INTERVIEW', 'INTERNSHIP_STARTED'], [advance('INTERNSHIP_COMPLETED'), hired(14)]);
    expect(result.activities).toMatchObject([{ type: 'INTERNSHIP', status: 'COMPLETED', endOn: isoDaysFromToday(0) }]);
    expect(result.revisions.map((r: { action: string; via: string }) => [r.action, r.via.replace(/^placement \S+ /, '')])).toEqual([
      ['activity added', 'placement.internship-started'],
      ['activity changed', 'placement.internship-completed'],
      ['goal reached', 'placement.hired'],
    ]);
    expect(result.enrolment).toMatchObject({ exitOn: isoDaysFromToday(0), exitReason: 'WORK_UNSUBSIDISED', workStartedOn: isoDaysFromToday(14), workCheck: 'PENDING' });
  });

  /** A digital meeting of the care team starting `inHours` from now, to which `people` are invited (invitations sent). */
  const meetingWith = async (title: string, inHours: number, invitees: Person[]) => {
    const startsAt = new Date(Math.ceil((Date.now() + inHours * HOUR) / 60_000) * 60_000);
    const { planMeeting: meeting } = await t.ok('recruiter1', `mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { id version } }`, {
      i: {
        teamId: ids.team('Bransch-team Vård och omsorg'),
        principalId: ids.organisation('Svedala kommun'),
        title,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
        onlineUrl: 'https://meet.example/ordning',
        responsibleUserIds: [ids.user('recruiter1')],
      },
    });
    for (const person of invitees) await consent(person.candidateId);
    const { inviteToMeeting } = await t.ok('recruiter1', `mutation($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { id version candidateId } }`, {
      i: { meetingId: meeting.id, candidateIds: invitees.map((p) => p.candidateId) },
    });
    await t.ok('recruiter1', `mutation($i: MeetingStatusInput!) { sendMeetingInvitations(input: $i) { id } }`, { i: { id: meeting.id, version: meeting.version } });
    const invitations: Subject[] = invitees.map((p) => inviteToMeeting.find((x: { candidateId: string }) => x.candidateId === p.candidateId));
    return { id: meeting.id as string, startsAt, invitations };
  };

  it('attendance at a recruitment meeting recorded, then corrected: the activity is added completed, then cancelled', async () => {
    const clock = t.app.get(Clock);
    const two = people.splice(0, 2);
    const meeting = await meetingWith('Träff i ordning', 2, two);
    clock.setNow(new Date(meeting.startsAt.getTime() + HOUR / 2));
    try {
      const results = [];
      for (const [i, held] of [false, true].entries()) {
        results.push(await record(two[i], meeting.invitations[i], `meeting ${meeting.id}`, [attended('ATTENDED'), attended('ABSENT')], held));
      }
      expect(normalised(results[1])).toEqual(normalised(results[0]));
      expect(results[0].activities).toMatchObject([{ type: 'RECRUITMENT_MEETING', status: 'CANCELLED', note: 'Rekryteringsträff: Träff i ordning (uteblev)' }]);
      expect(results[0].revisions.map((r: { action: string }) => r.action)).toEqual(['activity added', 'activity changed']);
    } finally {
      clock.setNow(new Date());
    }
  });

  it('a handler that fails for good gives up on that event only: the person’s later attendance still reaches the plan', async () => {
    const clock = t.app.get(Clock);
    const [withoutPlan]: Person[] = await db.query(
      `SELECT e.candidate_id AS "candidateId", e.id AS "enrolmentId", NULL AS "planId" FROM enrolment e JOIN candidate c ON c.id = e.candidate_id
        WHERE e.exit_on IS NULL AND c.principal_id = $1 AND NOT EXISTS (SELECT 1 FROM plan p WHERE p.enrolment_id = e.id) ORDER BY e.id LIMIT 1`,
      [ids.organisation('Svedala kommun')],
    );
    const meeting = await meetingWith('Träff utan plan', 5, [withoutPlan]);
    const [invitation] = meeting.invitations;
    clock.setNow(new Date(meeting.startsAt.getTime() + HOUR / 2));
    try {
      // no plan: the plan handler fails for good on both events, and each is settled (given up) rather than left to hold the next
      const release = await holdJobs(t);
      await attended('ATTENDED')(invitation);
      await attended('ABSENT')(invitation);
      release();
      await settled(invitation.id);
      const given = await db.query(
        `SELECT h.handler, h.failure FROM outbox_handled h JOIN outbox_event e ON e.id = h.event_id WHERE e.payload->>'invitationId' = $1 ORDER BY e.seq`,
        [invitation.id],
      );
      expect(given).toEqual([0, 1].map(() => ({ handler: 'meeting-plan', failure: expect.stringContaining('has no plan') })));
      const failed = await t.app.get(JobQueue).failed(100);
      expect(failed.filter((j) => j.reason.includes(invitation.id))).toHaveLength(2);

      // the secretary starts the plan and records the attendance again: that event is not held back by the two before it
      await t.ok('secretary1', `mutation($i: StartPlanInput!) { startPlan(input: $i) { id } }`, {
        i: { enrolmentId: withoutPlan.enrolmentId, kind: 'LABOUR_MARKET', establishedOn: isoDaysFromToday(0) },
      });
      await attended('ATTENDED')(invitation);
      await settled(invitation.id);
      const [activity] = await db.query(
        `SELECT a.status, a.note FROM plan_activity a JOIN plan p ON p.id = a.plan_id JOIN meeting_invitation i ON i.plan_activity_id = a.id WHERE i.id = $1`,
        [invitation.id],
      );
      expect(activity).toEqual({ status: 'COMPLETED', note: 'Rekryteringsträff: Träff utan plan' });
      expect(await db.query(`SELECT count(*)::int AS n FROM outbox_handled h JOIN outbox_event e ON e.id = h.event_id WHERE e.payload->>'invitationId' = $1 AND h.failure IS NULL`, [invitation.id])).toEqual([{ n: 1 }]);
    } finally {
      clock.setNow(new Date());
    }
  });
});
