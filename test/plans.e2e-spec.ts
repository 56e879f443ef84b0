import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, TestApp, type GqlResponse } from './support/test-app.js';
import { Ids, isoDaysFromToday, newIdentityNumber } from './support/factories.js';

const TRELLEBORG = 'STvk_dra_M1X';
const SVEDALA = 'n6r4_fjK_kRr';
const VARD_TEAM = 'Bransch-team Vård och omsorg';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';




const ENROL = `mutation($input: EnrolCandidateInput!) { enrolCandidate(input: $input) { candidate { id } enrolment { id } } }`;
const FIRST_MEETING = `mutation($input: FirstMeetingInput!) { recordFirstMeeting(input: $input) { id } }`;
const CHOOSE_SECTOR = `mutation($input: ChooseSectorInput!) { chooseSector(input: $input) { id team { id name } } }`;
const EXIT = `mutation($input: ExitEnrolmentInput!) { exitEnrolment(input: $input) { id exitOn } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username } }`;

const ACTIVITY_FIELDS = `id type startOn endOn status adapted note responsible { username }`;
const PLAN_FIELDS = `id version kind establishedOn goalOccupationConceptId goalOccupation { id label } goalSector { code }
  goalDescription sickListed owner { username } enrolment { id planEstablishedOn workingDaysToPlan }
  activities { ${ACTIVITY_FIELDS} } revisions { action at author { username } changes { field from to } }`;
const START = `mutation($input: StartPlanInput!) { startPlan(input: $input) { ${PLAN_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { ${PLAN_FIELDS} } }`;
const ADD_ACTIVITY = `mutation($input: AddPlanActivityInput!) { addPlanActivity(input: $input) { ${ACTIVITY_FIELDS} plan { version } } }`;
const UPDATE_ACTIVITY = `mutation($input: UpdatePlanActivityInput!) { updatePlanActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
const RECORD = `mutation($input: RecordFollowUpInput!) {
  recordFollowUp(input: $input) { id heldOn form summary nextOn by { username } enrolment { nextFollowUpDue followUpOverdue } } }`;
/** A person's enrolment periods with plan and follow-ups, read through the person (the read is access-logged). */
const PERSON = `query($id: ID!) { candidate(id: $id) { id enrolments {
  id nextFollowUpDue followUpOverdue
  plan { ${PLAN_FIELDS} }
  followUps { heldOn form summary nextOn by { username } } } } }`;
/** Lists are read a full page of 100 at a time, so they ask for ids only (the query cost is capped). */
const MY_OVERDUE = `query($limit: Int, $offset: Int) { myOverdueFollowUps(limit: $limit, offset: $offset) { hasNextPage items { id } } }`;
const TEAM_OVERDUE = `query($teamId: ID!, $limit: Int, $offset: Int) {
  teamOverdueCandidateFollowUps(teamId: $teamId, limit: $limit, offset: $offset) { hasNextPage items { id } } }`;
const WITHOUT_PLAN = `query($teamId: ID, $limit: Int, $offset: Int) {
  candidatesWithoutCurrentPlan(teamId: $teamId, limit: $limit, offset: $offset) { hasNextPage items { id } } }`;
const COUNTS = 'openCandidates overdueFollowUps withoutPlan';
const TEAM_CASELOAD = `query($teamId: ID!) { teamCaseload(teamId: $teamId) { teamId team { name } ${COUNTS} secretaries { secretary { username } ${COUNTS} } } }`;
const SECRETARY_CASELOADS = `{ secretaryCaseloads { secretaryId secretary { username } ${COUNTS} } }`;

interface Person {
  candidateId: string;
  enrolmentId: string;
}

interface Revision {
  action: string;
  at: string;
  author: { username: string };
  changes: Array<{ field: string; from: string | null; to: string | null }>;
}

interface Plan {
  id: string;
  version: number;
  kind: string;
  sickListed: boolean;
  activities: Array<{ id: string; type: string; status: string; adapted: boolean; responsible: { username: string } | null }>;
  revisions: Revision[];
  [key: string]: unknown;
}

interface Counts {
  openCandidates: number;
  overdueFollowUps: number;
  withoutPlan: number;
}

describe('plans and weekly follow-up', () => {
  let t: TestApp;
  let ids: Ids;
  let vardTeam: string;
  /** A real SSYK-4 group found through the API (undersköterskor). */
  let nurseAssistant: { id: string; label: string };
  /** Svedala's reviewer, a user of another municipality (not in the manager's user list). */
  let reviewerId: string;
  /** A labour-market secretary of our own, who owns none of the people below. */
  const otherSecretary = 'plans.secretary';

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
    vardTeam = ids.team(VARD_TEAM);
    const { taxonomyConcepts } = await t.ok('secretary1', `{ taxonomyConcepts(type: "ssyk-level-4", search: "undersköterskor") { items { id label } } }`);
    expect(taxonomyConcepts.items.length).toBeGreaterThan(0);
    nurseAssistant = taxonomyConcepts.items[0];
    await t.ok('admin', CREATE_USER, {
      input: { username: otherSecretary, name: 'Annan Sekreterare', organisationId: ids.organisation('Arbetsmarknadsförvaltningen, Trelleborg'), roles: ['LABOUR_MARKET_SECRETARY'], password: 'brygga-demo-lösen' },
    });
    await t.token(otherSecretary, 'brygga-demo-lösen');
    reviewerId = (await t.ok('reviewer.svedala', '{ viewer { userId } }')).viewer.userId;
  });
  afterAll(() => t?.close());

  /** Enrols a new person of the test's own, first contact `firstContactDaysAgo` days ago (Trelleborg unless Svedala). */
  async function enrol(firstContactDaysAgo: number, municipality: 'Trelleborg' | 'Svedala' = 'Trelleborg'): Promise<Person> {
    const svedala = municipality === 'Svedala';
    const input = {
      identityNumber: newIdentityNumber(),
      firstName: 'Testa',
      lastName: 'Planperson',
      homeMunicipalityConceptId: svedala ? SVEDALA : TRELLEBORG,
      firstContactOn: isoDaysFromToday(-firstContactDaysAgo),
      ...(svedala ? { principalId: ids.organisation('Svedala kommun') } : {}),
    };
    const { enrolCandidate } = await t.ok('secretary1', ENROL, { input });
    return { candidateId: enrolCandidate.candidate.id, enrolmentId: enrolCandidate.enrolment.id };
  }

  /** Enrols a person and holds the first meeting on the day of first contact, as secretary1 (who becomes the secretary). */
  async function enrolAndMeet(daysAgo: number, municipality: 'Trelleborg' | 'Svedala' = 'Trelleborg'): Promise<Person> {
    const person = await enrol(daysAgo, municipality);
    await t.ok('secretary1', FIRST_MEETING, { input: { enrolmentId: person.enrolmentId, heldOn: isoDaysFromToday(-daysAgo), activeJobSeeker: true } });
    return person;
  }

  function planInput(person: Person, patch: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      enrolmentId: person.enrolmentId,
      kind: 'LABOUR_MARKET',
      establishedOn: isoDaysFromToday(0),
      goalOccupationConceptId: nurseAssistant.id,
      goalSectorId: ids.sector('VARD_OMSORG'),
      goalDescription: '  Arbete som undersköterska inom äldreomsorgen  ',
      ...patch,
    };
  }

  async function startPlan(person: Person, patch: Record<string, unknown> = {}, as = 'secretary1'): Promise<Plan> {
    return (await t.ok(as, START, { input: planInput(person, patch) })).startPlan;
  }

  function followUpInput(person: Person, heldDaysAgo: number, nextInDays: number, patch: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      enrolmentId: person.enrolmentId,
      heldOn: isoDaysFromToday(-heldDaysAgo),
      form: 'MEETING',
      summary: 'Gick igenom veckans jobbsök och praktiken',
      nextOn: isoDaysFromToday(nextInDays),
      ...patch,
    };
  }

  async function recordFollowUp(person: Person, heldDaysAgo: number, nextInDays: number, as = 'secretary1') {
    return (await t.ok(as, RECORD, { input: followUpInput(person, heldDaysAgo, nextInDays) })).recordFollowUp;
  }

  async function read(person: Person, as = 'secretary1') {
    const { candidate } = await t.ok(as, PERSON, { id: person.candidateId });
    return candidate.enrolments[0];
  }

  /** The ids of every item of a paged list, page by page (the demo has enrolment periods of its own). */
  async function allIds(as: string, query: string, field: string, variables: Record<string, unknown> = {}): Promise<string[]> {
    const found: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page: { hasNextPage: boolean; items: Array<{ id: string }> } = (await t.ok(as, query, { ...variables, limit: 100, offset }))[field];
      found.push(...page.items.map((e) => e.id));
      if (!page.hasNextPage) return found;
    }
  }

  const myOverdue = (as: string) => allIds(as, MY_OVERDUE, 'myOverdueFollowUps');
  const teamOverdue = (as: string, teamId: string) => allIds(as, TEAM_OVERDUE, 'teamOverdueCandidateFollowUps', { teamId });
  const withoutPlan = (as: string, teamId?: string) => allIds(as, WITHOUT_PLAN, 'candidatesWithoutCurrentPlan', { teamId });

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

  describe('weekly follow-up', () => {
    it('records follow-ups week by week, newest first, the next one due on the latest next date', async () => {
      const person = await enrolAndMeet(14);
      await startPlan(person, { establishedOn: isoDaysFromToday(-14) });
      expect(await read(person)).toMatchObject({ nextFollowUpDue: isoDaysFromToday(-7), followUpOverdue: true });

      await recordFollowUp(person, 8, -1);
      const second = await recordFollowUp(person, 1, 6, 'recruiter1');
      expect(second).toMatchObject({ form: 'MEETING', by: { username: 'recruiter1' }, enrolment: { nextFollowUpDue: isoDaysFromToday(6), followUpOverdue: false } });

      const enrolment = await read(person);
      expect(enrolment.followUps).toEqual([
        { heldOn: isoDaysFromToday(-1), form: 'MEETING', summary: 'Gick igenom veckans jobbsök och praktiken', nextOn: isoDaysFromToday(6), by: { username: 'recruiter1' } },
        { heldOn: isoDaysFromToday(-8), form: 'MEETING', summary: 'Gick igenom veckans jobbsök och praktiken', nextOn: isoDaysFromToday(-1), by: { username: 'secretary1' } },
      ]);
      expect(enrolment).toMatchObject({ nextFollowUpDue: isoDaysFromToday(6), followUpOverdue: false });
    });

    it('accepts a next follow-up exactly a week later, by phone or digitally', async () => {
      const person = await enrolAndMeet(0);
      const { recordFollowUp: phone } = await t.ok('secretary1', RECORD, { input: followUpInput(person, 0, 7, { form: 'PHONE' }) });
      expect(phone).toMatchObject({ form: 'PHONE', nextOn: isoDaysFromToday(7) });
      const { recordFollowUp: digital } = await t.ok('teacher1', RECORD, { input: followUpInput(person, 0, 1, { form: 'DIGITAL', summary: '  Kort avstämning via videomöte ' }) });
      expect(digital).toMatchObject({ form: 'DIGITAL', summary: 'Kort avstämning via videomöte', by: { username: 'teacher1' } });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a next follow-up more than a week ahead', { nextOn: isoDaysFromToday(8) }, 'input.nextOn'],
      ['a next follow-up on the same day', { nextOn: isoDaysFromToday(0) }, 'input.nextOn'],
      ['a follow-up held tomorrow', { heldOn: isoDaysFromToday(1), nextOn: isoDaysFromToday(3) }, 'input.heldOn'],
      ['a follow-up held before the first contact', { heldOn: isoDaysFromToday(-10), nextOn: isoDaysFromToday(-5) }, 'input.heldOn'],
      ['a summary of only spaces', { summary: '   ' }, 'input.summary'],
      ['a date that does not exist', { nextOn: '2026-02-30' }, 'input.nextOn'],
    ])('refuses %s, naming the field, and records nothing', async (_label, patch, field) => {
      const person = await enrolAndMeet(3);
      const body = await t.gql('secretary1', RECORD, { input: followUpInput(person, 0, 7, patch) });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(errorFields(body)).toEqual([field]);
      expect((await read(person)).followUps).toEqual([]);
    });

    it('a follow-up more than 7 days ahead is refused with a message about weekly follow-up', async () => {
      const person = await enrolAndMeet(0);
      const body = await t.gql('secretary1', RECORD, { input: followUpInput(person, 0, 8) });
      expect(body.errors?.[0].extensions?.fields).toEqual([{ field: 'input.nextOn', message: expect.stringMatching(/at most 7 days.*weekly/) }]);
    });
  });

  describe('overdue follow-ups and caseloads', () => {
    /** A person in the Vård och omsorg team, plan established `planDaysAgo` days ago, secretary1 their secretary. */
    async function inVardTeam(planDaysAgo: number): Promise<Person> {
      const person = await enrolAndMeet(planDaysAgo);
      await startPlan(person, { establishedOn: isoDaysFromToday(-planDaysAgo) });
      const { chooseSector } = await t.ok('secretary1', CHOOSE_SECTOR, {
        input: { enrolmentId: person.enrolmentId, sectorId: ids.sector('VARD_OMSORG'), chosenOn: isoDaysFromToday(-planDaysAgo) },
      });
      expect(chooseSector.team).toEqual({ id: vardTeam, name: VARD_TEAM });
      return person;
    }

    it("shows an overdue follow-up in the secretary's and the team's lists, not another secretary's; one due today or later is not overdue", async () => {
      const overdue = await inVardTeam(20);
      await recordFollowUp(overdue, 12, -6);
      const dueToday = await inVardTeam(7);
      const planEightDaysAgo = await inVardTeam(8);
      const upToDate = await inVardTeam(10);
      await recordFollowUp(upToDate, 0, 7);

      const mine = await myOverdue('secretary1');
      expect(mine).toEqual(expect.arrayContaining([overdue.enrolmentId, planEightDaysAgo.enrolmentId]));
      expect(mine).not.toContain(dueToday.enrolmentId);
      expect(mine).not.toContain(upToDate.enrolmentId);
      // most overdue first
      expect(mine.indexOf(planEightDaysAgo.enrolmentId)).toBeGreaterThan(mine.indexOf(overdue.enrolmentId));

      expect(await read(overdue)).toMatchObject({ nextFollowUpDue: isoDaysFromToday(-6), followUpOverdue: true });
      expect(await read(dueToday)).toMatchObject({ nextFollowUpDue: isoDaysFromToday(0), followUpOverdue: false });

      for (const reader of ['manager1', 'recruiter1', 'secretary1']) {
        const team = await teamOverdue(reader, vardTeam);
        expect(team).toEqual(expect.arrayContaining([overdue.enrolmentId, planEightDaysAgo.enrolmentId]));
        expect(team).not.toContain(dueToday.enrolmentId);
        expect(team).not.toContain(upToDate.enrolmentId);
      }
      const theirs = await myOverdue(otherSecretary);
      expect(theirs).not.toContain(overdue.enrolmentId);
      expect(theirs).not.toContain(planEightDaysAgo.enrolmentId);

      // another sector team's list does not have them
      const otherTeam = (await t.ok('manager1', '{ teams { id name sectorId } }')).teams.find((x: { id: string; sectorId: string | null }) => x.sectorId && x.id !== vardTeam);
      if (otherTeam) expect(await teamOverdue('manager1', otherTeam.id)).not.toContain(overdue.enrolmentId);

      // this week's follow-up takes the person off the lists
      await recordFollowUp(overdue, 0, 7);
      expect(await myOverdue('secretary1')).not.toContain(overdue.enrolmentId);
      expect(await teamOverdue('manager1', vardTeam)).not.toContain(overdue.enrolmentId);
    });

    it('a person met but without a plan is due a follow-up a week after the first meeting', async () => {
      const met = await enrolAndMeet(9);
      const notMet = await enrol(30);
      expect(await read(met)).toMatchObject({ plan: null, nextFollowUpDue: isoDaysFromToday(-2), followUpOverdue: true });
      expect(await read(notMet)).toMatchObject({ nextFollowUpDue: null, followUpOverdue: false });
      const mine = await myOverdue('secretary1');
      expect(mine).toContain(met.enrolmentId);
      expect(mine).not.toContain(notMet.enrolmentId);
    });

    it('a team that does not exist is NOT_FOUND', async () => {
      expect(errorCode(await t.gql('manager1', TEAM_OVERDUE, { teamId: NO_SUCH_ID }))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql('manager1', TEAM_CASELOAD, { teamId: NO_SUCH_ID }))).toBe('NOT_FOUND');
    });

    it("counts a team's and a secretary's caseload: open candidates, overdue follow-ups, periods without a plan", async () => {
      const teamBefore: Counts & { secretaries: Array<Counts & { secretary: { username: string } | null }> } = (await t.ok('manager1', TEAM_CASELOAD, { teamId: vardTeam })).teamCaseload;
      const mineBefore: Array<Counts & { secretary: { username: string } }> = (await t.ok('secretary1', SECRETARY_CASELOADS)).secretaryCaseloads;
      expect(mineBefore.map((r) => r.secretary.username)).toEqual(['secretary1']);

      const overdue = await inVardTeam(15);
      await inVardTeam(0);
      const noPlanYet = await enrolAndMeet(2);
      await t.ok('secretary1', CHOOSE_SECTOR, { input: { enrolmentId: noPlanYet.enrolmentId, sectorId: ids.sector('VARD_OMSORG'), chosenOn: isoDaysFromToday(-1) } });
      const exited = await inVardTeam(3);
      await t.ok('secretary1', EXIT, { input: { enrolmentId: exited.enrolmentId, exitOn: isoDaysFromToday(0), reason: 'STUDIES_STUDENT_AID' } });
      expect(await read(overdue)).toMatchObject({ followUpOverdue: true });

      const team = (await t.ok('manager1', TEAM_CASELOAD, { teamId: vardTeam })).teamCaseload;
      expect(team).toMatchObject({
        teamId: vardTeam,
        team: { name: VARD_TEAM },
        openCandidates: teamBefore.openCandidates + 3,
        overdueFollowUps: teamBefore.overdueFollowUps + 1,
        withoutPlan: teamBefore.withoutPlan + 1,
      });
      const lineOf = (rows: Array<Counts & { secretary: { username: string } | null }>) => rows.find((r) => r.secretary?.username === 'secretary1')!;
      const before = lineOf(teamBefore.secretaries);
      expect(lineOf(team.secretaries)).toMatchObject({
        openCandidates: (before?.openCandidates ?? 0) + 3,
        overdueFollowUps: (before?.overdueFollowUps ?? 0) + 1,
        withoutPlan: (before?.withoutPlan ?? 0) + 1,
      });
      const sum = (key: keyof Counts) => team.secretaries.reduce((n: number, r: Counts) => n + r[key], 0);
      expect([sum('openCandidates'), sum('overdueFollowUps'), sum('withoutPlan')]).toEqual([team.openCandidates, team.overdueFollowUps, team.withoutPlan]);

      const [mine] = (await t.ok('secretary1', SECRETARY_CASELOADS)).secretaryCaseloads;
      expect(mine).toMatchObject({
        secretary: { username: 'secretary1' },
        openCandidates: mineBefore[0].openCandidates + 3,
        overdueFollowUps: mineBefore[0].overdueFollowUps + 1,
        withoutPlan: mineBefore[0].withoutPlan + 1,
      });

      // a manager sees every secretary of the organisation, including one with no cases
      const all: Array<Counts & { secretary: { username: string } }> = (await t.ok('manager1', SECRETARY_CASELOADS)).secretaryCaseloads;
      expect(all.map((r) => r.secretary.username)).toEqual(expect.arrayContaining(['secretary1', otherSecretary]));
      expect(all.find((r) => r.secretary.username === 'secretary1')).toEqual({ ...mine, secretaryId: ids.user('secretary1') });
      expect(all.find((r) => r.secretary.username === otherSecretary)).toMatchObject({ openCandidates: 0, overdueFollowUps: 0, withoutPlan: 0 });
      // a recruiter is no secretary: no line of their own
      expect((await t.ok('recruiter1', SECRETARY_CASELOADS)).secretaryCaseloads).toEqual([]);
    });
  });

  describe('candidates without a current plan', () => {
    it('lists open enrolment periods without a plan, not those with one nor those that ended', async () => {
      const without = await enrolAndMeet(4);
      const notMet = await enrol(1);
      const withPlan = await enrolAndMeet(0);
      await startPlan(withPlan);
      const ended = await enrol(5);
      await t.ok('secretary1', EXIT, { input: { enrolmentId: ended.enrolmentId, exitOn: isoDaysFromToday(0), reason: 'MOVED' } });

      const listed = await withoutPlan('manager1');
      expect(listed).toEqual(expect.arrayContaining([without.enrolmentId, notMet.enrolmentId]));
      expect(listed).not.toContain(withPlan.enrolmentId);
      expect(listed).not.toContain(ended.enrolmentId);
      // the longest waiting first
      expect(listed.indexOf(without.enrolmentId)).toBeLessThan(listed.indexOf(notMet.enrolmentId));
      // filtered to a team: neither has chosen a sector yet
      expect(await withoutPlan('manager1', vardTeam)).not.toContain(without.enrolmentId);
    });

    it('answers with enrolment periods; the person is reached through Enrolment.candidate', async () => {
      const person = await enrolAndMeet(4);
      const query = `query($offset: Int) { candidatesWithoutCurrentPlan(limit: 100, offset: $offset) { hasNextPage items { id candidate { id } } } }`;
      let found: { id: string; candidate: { id: string } } | undefined;
      for (let offset = 0; !found; offset += 100) {
        const page = (await t.ok('secretary1', query, { offset })).candidatesWithoutCurrentPlan;
        found = page.items.find((e: { id: string }) => e.id === person.enrolmentId);
        if (!page.hasNextPage) break;
      }
      expect(found?.candidate.id).toBe(person.candidateId);
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
