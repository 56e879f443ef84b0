/** Labour-market and study plans: starting one at the first meeting, changing it with revisions, and who may do what. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, TestApp, type GqlResponse } from './support/test-app.js';
import { Ids, isoDaysFromToday } from './support/factories.js';
import { ADD_ACTIVITY, EXIT, MY_OVERDUE, NO_SUCH_ID, RECORD, SECRETARY_CASELOADS, START, TEAM_CASELOAD, TEAM_OVERDUE, UPDATE, UPDATE_ACTIVITY, WITHOUT_PLAN, PlansFixture, type Person, type Revision, type Plan } from './support/plans.js';

describe('plans: starting, changing, and who may', () => {
  const plans = new PlansFixture();
  let t: TestApp;
  let ids: Ids;
  let vardTeam: string;
  let nurseAssistant: { id: string; label: string };
  let reviewerId: string;

  beforeAll(async () => {
    await plans.start();
    ({ t, ids, vardTeam, nurseAssistant, reviewerId } = plans);
  });
  afterAll(() => plans.close());
  const { enrolAndMeet, planInput, startPlan, followUpInput, recordFollowUp, read, teamOverdue, withoutPlan } = plans;

  describe('starting a plan', () => {
    it('the secretary starts it at the first meeting, the same day as first contact: zero working days to plan', async () => {
      const person = await enrolAndMeet(0);
      const plan = await startPlan(person, {
        activities: [{ type: 'ACTIVE_JOB_SEARCH', responsibleUserId: ids.user('secretary1'), startOn: isoDaysFromToday(1), note: 'AJS varje tisdag' }],
      });

      expect(plan).toMatchObject({
        version: 1,
        kind: 'LABOUR_MARKET',
        establishedOn: isoDaysFromToday(0),
        goalOccupationConceptId: nurseAssistant.id,
        goalOccupation: { id: nurseAssistant.id, label: nurseAssistant.label },
        goalSector: { code: 'VARD_OMSORG' },
        goalDescription: 'Arbete som undersköterska inom äldreomsorgen',
        sickListed: false,
        owner: { username: 'secretary1' },
        enrolment: { id: person.enrolmentId, planEstablishedOn: isoDaysFromToday(0), workingDaysToPlan: 0 },
        activities: [{ type: 'ACTIVE_JOB_SEARCH', status: 'PLANNED', adapted: false, endOn: null, note: 'AJS varje tisdag', responsible: { username: 'secretary1' } }],
      });
      const [activityAdded, established] = plan.revisions;
      expect(plan.revisions).toHaveLength(2);
      expect(established).toMatchObject({ action: 'plan established', author: { username: 'secretary1' } });
      expect(established.changes).toEqual(
        expect.arrayContaining([
          { field: 'kind', from: null, to: '"LABOUR_MARKET"' },
          { field: 'establishedOn', from: null, to: JSON.stringify(isoDaysFromToday(0)) },
          { field: 'goalDescription', from: null, to: '"Arbete som undersköterska inom äldreomsorgen"' },
        ]),
      );
      expect(activityAdded).toMatchObject({ action: 'activity added', author: { username: 'secretary1' } });
      expect(activityAdded.changes).toEqual(
        expect.arrayContaining([
          { field: 'activity.id', from: null, to: JSON.stringify(plan.activities[0].id) },
          { field: 'activity.type', from: null, to: '"ACTIVE_JOB_SEARCH"' },
        ]),
      );
      expect(new Date(activityAdded.at).getTime()).toBeGreaterThan(new Date(established.at).getTime());

      // the plan is reached through the person, who is the enrolment's
      expect((await read(person)).plan).toEqual(plan);
    });

    it('a career counsellor starts a study plan without a goal occupation', async () => {
      const person = await enrolAndMeet(1);
      const plan = await startPlan(person, { kind: 'STUDY', goalOccupationConceptId: undefined, goalSectorId: undefined, goalDescription: 'Komvux: gymnasiebehörighet' }, 'counsellor1');
      expect(plan).toMatchObject({ kind: 'STUDY', goalOccupation: null, goalSector: null, owner: { username: 'counsellor1' }, enrolment: { workingDaysToPlan: expect.any(Number) } });
    });

    it('one plan per enrolment period: a second one is a CONFLICT', async () => {
      const person = await enrolAndMeet(0);
      await startPlan(person);
      const body = await t.gql('secretary1', START, { input: planInput(person) });
      expect(errorCode(body)).toBe('CONFLICT');
      expect(errorFields(body)).toEqual(['input.enrolmentId']);
    });

    it.each<[string, (p: Person) => Record<string, unknown>, string]>([
      ['a day in the future', () => ({ establishedOn: isoDaysFromToday(1) }), 'input.establishedOn'],
      ['a day before the first contact', () => ({ establishedOn: isoDaysFromToday(-4) }), 'input.establishedOn'],
      ['a goal occupation that is not a JobTech occupation', () => ({ goalOccupationConceptId: 'nope_nope_no' }), 'input.goalOccupationConceptId'],
      ['a goal sector that does not exist', () => ({ goalSectorId: NO_SUCH_ID }), 'input.goalSectorId'],
      ['an activity that ends before it starts', () => ({ activities: [{ type: 'TRAINING', startOn: isoDaysFromToday(5), endOn: isoDaysFromToday(4) }] }), 'input.activities.0.endOn'],
      ['an activity whose responsible is not a user', () => ({ activities: [{ type: 'TRAINING', startOn: isoDaysFromToday(5), responsibleUserId: NO_SUCH_ID }] }), 'input.activities.0.responsibleUserId'],
      ['an activity whose responsible is a reviewer, not staff', () => ({ activities: [{ type: 'TRAINING', startOn: isoDaysFromToday(5), responsibleUserId: reviewerId }] }), 'input.activities.0.responsibleUserId'],
      ['an activity type that does not exist', () => ({ activities: [{ type: 'LUNCH', startOn: isoDaysFromToday(5) }] }), ''],
    ])('refuses %s, naming the field, and writes nothing', async (_label, patch, field) => {
      const person = await enrolAndMeet(2);
      const body = await t.gql('secretary1', START, { input: planInput(person, patch(person)) });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      if (field) expect(errorFields(body)).toEqual([field]);
      const enrolment = await read(person);
      expect(enrolment.plan).toBeNull();
      expect(await withoutPlan('secretary1')).toContain(person.enrolmentId);
    });
  });

  describe('changing a plan', () => {
    it('the sector team adds and changes activities, sick-listing adapts the plan, and the revisions tell who changed what', async () => {
      const person = await enrolAndMeet(3);
      const plan = await startPlan(person, { establishedOn: isoDaysFromToday(-3) });

      const { addPlanActivity: internship } = await t.ok('recruiter1', ADD_ACTIVITY, {
        input: { planId: plan.id, type: 'INTERNSHIP', responsibleUserId: ids.user('recruiter1'), startOn: isoDaysFromToday(7), endOn: isoDaysFromToday(35), note: 'Praktik på äldreboende' },
      });
      expect(internship).toMatchObject({ type: 'INTERNSHIP', status: 'PLANNED', adapted: false, responsible: { username: 'recruiter1' }, plan: { version: 1 } });

      // sick-listed: the plan is adapted, not paused
      const { updatePlan: sick } = await t.ok('secretary1', UPDATE, { input: { planId: plan.id, version: plan.version, sickListed: true } });
      expect(sick).toMatchObject({ sickListed: true, version: 2 });
      const { updatePlanActivity: cancelled } = await t.ok('recruiter1', UPDATE_ACTIVITY, { input: { activityId: internship.id, status: 'CANCELLED', note: null } });
      expect(cancelled).toMatchObject({ status: 'CANCELLED', note: null });
      const { addPlanActivity: adapted } = await t.ok('counsellor1', ADD_ACTIVITY, {
        input: { planId: plan.id, type: 'REHABILITATION_ADAPTED', responsibleUserId: ids.user('counsellor1'), startOn: isoDaysFromToday(1), status: 'ONGOING', adapted: true },
      });
      expect(adapted).toMatchObject({ type: 'REHABILITATION_ADAPTED', status: 'ONGOING', adapted: true });

      // a sick-listed person is still followed up
      const followUp = await recordFollowUp(person, 0, 7);
      expect(followUp).toMatchObject({ by: { username: 'secretary1' }, enrolment: { nextFollowUpDue: isoDaysFromToday(7), followUpOverdue: false } });

      const { plan: now } = await read(person);
      expect(now).toMatchObject({ sickListed: true, version: 2 });
      expect(now.activities.map((a: Plan['activities'][number]) => [a.type, a.status, a.adapted])).toEqual([
        ['REHABILITATION_ADAPTED', 'ONGOING', true],
        ['INTERNSHIP', 'CANCELLED', false],
      ]);
      const revisions: Revision[] = now.revisions;
      expect(revisions.map((r) => [r.action, r.author.username])).toEqual([
        ['activity added', 'counsellor1'],
        ['activity changed', 'recruiter1'],
        ['plan changed', 'secretary1'],
        ['activity added', 'recruiter1'],
        ['plan established', 'secretary1'],
      ]);
      expect(revisions[1].changes).toEqual([
        { field: 'activity.id', from: JSON.stringify(internship.id), to: JSON.stringify(internship.id) },
        { field: 'activity.status', from: '"PLANNED"', to: '"CANCELLED"' },
        { field: 'activity.note', from: '"Praktik på äldreboende"', to: null },
      ]);
      expect(revisions[2].changes).toEqual([{ field: 'sickListed', from: 'false', to: 'true' }]);
      const times = revisions.map((r) => new Date(r.at).getTime());
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it('changes the goal, recording each field from and to; a change that changes nothing leaves no revision', async () => {
      const person = await enrolAndMeet(0);
      const plan = await startPlan(person);
      const { updatePlan: changed } = await t.ok('counsellor1', UPDATE, {
        input: { planId: plan.id, version: 1, goalDescription: 'Undersköterska, hemtjänst', goalOccupationConceptId: null },
      });
      expect(changed).toMatchObject({ version: 2, goalDescription: 'Undersköterska, hemtjänst', goalOccupationConceptId: null, goalOccupation: null });
      expect(changed.revisions[0]).toMatchObject({
        action: 'plan changed',
        author: { username: 'counsellor1' },
        changes: [
          { field: 'goalOccupationConceptId', from: JSON.stringify(nurseAssistant.id), to: null },
          { field: 'goalDescription', from: '"Arbete som undersköterska inom äldreomsorgen"', to: '"Undersköterska, hemtjänst"' },
        ],
      });

      const { updatePlan: same } = await t.ok('secretary1', UPDATE, { input: { planId: plan.id, version: 2, goalDescription: 'Undersköterska, hemtjänst' } });
      expect(same.version).toBe(2);
      expect(same.revisions).toHaveLength(changed.revisions.length);
    });

    it('a stale version is a CONFLICT and changes nothing', async () => {
      const person = await enrolAndMeet(0);
      const plan = await startPlan(person);
      await t.ok('secretary1', UPDATE, { input: { planId: plan.id, version: 1, sickListed: true } });

      const body = await t.gql('counsellor1', UPDATE, { input: { planId: plan.id, version: 1, goalDescription: 'Något annat' } });
      expect(errorCode(body)).toBe('CONFLICT');
      expect(errorFields(body)).toEqual(['version']);
      const { plan: now } = await read(person);
      expect(now).toMatchObject({ version: 2, sickListed: true, goalDescription: 'Arbete som undersköterska inom äldreomsorgen' });
      expect(now.revisions).toHaveLength(2);
    });

    it.each<[string, () => Record<string, unknown>, string]>([
      ['an end before the start', () => ({ endOn: isoDaysFromToday(1) }), 'input.endOn'],
      ['a start after the end', () => ({ startOn: isoDaysFromToday(30) }), 'input.startOn'],
      ['a responsible user who does not exist', () => ({ responsibleUserId: NO_SUCH_ID }), 'input.responsibleUserId'],
      ['a responsible user who is an administrator', () => ({ responsibleUserId: ids.user('admin') }), 'input.responsibleUserId'],
    ])('refuses an activity change with %s, naming the field', async (_label, patch, field) => {
      const person = await enrolAndMeet(0);
      const plan = await startPlan(person, { activities: [{ type: 'TRAINING', startOn: isoDaysFromToday(2), endOn: isoDaysFromToday(20) }] });
      const body = await t.gql('teacher1', UPDATE_ACTIVITY, { input: { activityId: plan.activities[0].id, ...patch() } });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(errorFields(body)).toEqual([field]);
      expect((await read(person)).plan.revisions).toHaveLength(2);
    });

    it('an activity or a plan that does not exist is NOT_FOUND', async () => {
      expect(errorCode(await t.gql('teacher1', UPDATE_ACTIVITY, { input: { activityId: NO_SUCH_ID, status: 'COMPLETED' } }))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql('secretary1', UPDATE, { input: { planId: NO_SUCH_ID, version: 1, sickListed: true } }))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql('recruiter1', ADD_ACTIVITY, { input: { planId: NO_SUCH_ID, type: 'INTERNSHIP', startOn: isoDaysFromToday(1) } }))).toBe('NOT_FOUND');
    });

    it('once the person has exited, the plan is kept as it was: changes and follow-ups are a CONFLICT', async () => {
      const person = await enrolAndMeet(2);
      const plan = await startPlan(person, { establishedOn: isoDaysFromToday(-2) });
      await t.ok('secretary1', EXIT, { input: { enrolmentId: person.enrolmentId, exitOn: isoDaysFromToday(0), reason: 'WORK_UNSUBSIDISED' } });

      expect(errorCode(await t.gql('secretary1', UPDATE, { input: { planId: plan.id, version: 1, sickListed: true } }))).toBe('CONFLICT');
      expect(errorCode(await t.gql('recruiter1', ADD_ACTIVITY, { input: { planId: plan.id, type: 'INTERNSHIP', startOn: isoDaysFromToday(1) } }))).toBe('CONFLICT');
      expect(errorCode(await t.gql('secretary1', RECORD, { input: followUpInput(person, 0, 7) }))).toBe('CONFLICT');
      const enrolment = await read(person);
      expect(enrolment).toMatchObject({ nextFollowUpDue: null, followUpOverdue: false, followUps: [] });
      expect(enrolment.plan.revisions).toHaveLength(1);
    });
  });

  describe('roles and principal scope', () => {
    it.each<[string, string, () => Record<string, unknown>]>([
      ['startPlan', START, () => ({ input: { enrolmentId: NO_SUCH_ID, kind: 'LABOUR_MARKET', establishedOn: isoDaysFromToday(0) } })],
      ['updatePlan', UPDATE, () => ({ input: { planId: NO_SUCH_ID, version: 1, sickListed: true } })],
      ['addPlanActivity', ADD_ACTIVITY, () => ({ input: { planId: NO_SUCH_ID, type: 'INTERNSHIP', startOn: isoDaysFromToday(0) } })],
      ['recordFollowUp', RECORD, () => ({ input: { enrolmentId: NO_SUCH_ID, heldOn: isoDaysFromToday(0), form: 'PHONE', summary: 'x', nextOn: isoDaysFromToday(7) } })],
      ['myOverdueFollowUps', MY_OVERDUE, () => ({})],
      ['teamOverdueCandidateFollowUps', TEAM_OVERDUE, () => ({ teamId: vardTeam })],
      ['candidatesWithoutCurrentPlan', WITHOUT_PLAN, () => ({})],
      ['teamCaseload', TEAM_CASELOAD, () => ({ teamId: vardTeam })],
      ['secretaryCaseloads', SECRETARY_CASELOADS, () => ({})],
    ])('a business developer may not use %s (FORBIDDEN)', async (_op, query, variables) => {
      for (const who of ['bd1', 'admin']) {
        const body: GqlResponse = await t.gql(who, query, variables());
        expect(errorCode(body)).toBe('FORBIDDEN');
      }
    });

    it('a recruiter or teacher may not start or change a plan, only its activities', async () => {
      const person = await enrolAndMeet(0);
      expect(errorCode(await t.gql('recruiter1', START, { input: planInput(person) }))).toBe('FORBIDDEN');
      const plan = await startPlan(person);
      expect(errorCode(await t.gql('teacher1', UPDATE, { input: { planId: plan.id, version: 1, sickListed: true } }))).toBe('FORBIDDEN');
      const { addPlanActivity } = await t.ok('teacher1', ADD_ACTIVITY, { input: { planId: plan.id, type: 'SECTOR_SFI', responsibleUserId: ids.user('teacher1'), startOn: isoDaysFromToday(3) } });
      expect(addPlanActivity).toMatchObject({ type: 'SECTOR_SFI', responsible: { username: 'teacher1' } });
    });

    it("a Svedala reviewer reads a Svedala person's plan and follow-ups but may not change them", async () => {
      const person = await enrolAndMeet(1, 'Svedala');
      const plan = await startPlan(person, { establishedOn: isoDaysFromToday(-1), activities: [{ type: 'OPEN_RECEPTION', startOn: isoDaysFromToday(0) }] });
      await recordFollowUp(person, 0, 7);

      const seen = await read(person, 'reviewer.svedala');
      expect(seen.plan).toMatchObject({ id: plan.id, owner: { username: 'secretary1' }, activities: [{ type: 'OPEN_RECEPTION' }] });
      expect(seen.followUps).toHaveLength(1);
      expect(await withoutPlan('reviewer.svedala')).not.toContain(person.enrolmentId);

      for (const [query, variables] of [
        [UPDATE, { input: { planId: plan.id, version: plan.version, sickListed: true } }],
        [ADD_ACTIVITY, { input: { planId: plan.id, type: 'INTERNSHIP', startOn: isoDaysFromToday(1) } }],
        [UPDATE_ACTIVITY, { input: { activityId: plan.activities[0].id, status: 'CANCELLED' } }],
        [RECORD, { input: followUpInput(person, 0, 7) }],
      ] as const) {
        const body = await t.gql('reviewer.svedala', query, variables);
        expect(errorCode(body)).toBe('FORBIDDEN');
        expect(body.errors?.[0].message).toMatch(/roles/);
      }
      const after = await read(person, 'reviewer.svedala');
      expect(after.plan).toEqual(seen.plan);
      expect(after.followUps).toEqual(seen.followUps);
    });

    it("a Svedala reviewer does not see a Trelleborg person's enrolment in the lists", async () => {
      const person = await enrolAndMeet(10);
      expect(await withoutPlan('reviewer.svedala')).not.toContain(person.enrolmentId);
      expect(await withoutPlan('secretary1')).toContain(person.enrolmentId);
      expect(await teamOverdue('reviewer.svedala', vardTeam)).not.toContain(person.enrolmentId);
    });
  });
});
