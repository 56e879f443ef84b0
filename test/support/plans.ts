/** The plans specs' shared setup: the queries they send, a person enrolled and met, a plan, a follow-up, the paged lists. */
import { expect } from '@jest/globals';
import { TestApp } from './test-app.js';
import { Ids, isoDaysFromToday, newIdentityNumber } from './factories.js';

const TRELLEBORG = 'STvk_dra_M1X';
const SVEDALA = 'n6r4_fjK_kRr';
export const VARD_TEAM = 'Bransch-team Vård och omsorg';
export const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

const ENROL = `mutation($input: EnrolCandidateInput!) { enrolCandidate(input: $input) { candidate { id } enrolment { id } } }`;
const FIRST_MEETING = `mutation($input: FirstMeetingInput!) { recordFirstMeeting(input: $input) { id } }`;
export const CHOOSE_SECTOR = `mutation($input: ChooseSectorInput!) { chooseSector(input: $input) { id team { id name } } }`;
export const EXIT = `mutation($input: ExitEnrolmentInput!) { exitEnrolment(input: $input) { id exitOn } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username } }`;

const ACTIVITY_FIELDS = `id type startOn endOn status adapted note responsible { username }`;
const PLAN_FIELDS = `id version kind establishedOn goalOccupationConceptId goalOccupation { id label } goalSector { code }
  goalDescription sickListed owner { username } enrolment { id planEstablishedOn workingDaysToPlan }
  activities { ${ACTIVITY_FIELDS} } revisions { action at author { username } changes { field from to } }`;
export const START = `mutation($input: StartPlanInput!) { startPlan(input: $input) { ${PLAN_FIELDS} } }`;
export const UPDATE = `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { ${PLAN_FIELDS} } }`;
export const ADD_ACTIVITY = `mutation($input: AddPlanActivityInput!) { addPlanActivity(input: $input) { ${ACTIVITY_FIELDS} plan { version } } }`;
export const UPDATE_ACTIVITY = `mutation($input: UpdatePlanActivityInput!) { updatePlanActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
export const RECORD = `mutation($input: RecordFollowUpInput!) {
  recordFollowUp(input: $input) { id heldOn form summary nextOn by { username } enrolment { nextFollowUpDue followUpOverdue } } }`;
/** A person's enrolment periods with plan and follow-ups, read through the person (the read is access-logged). */
const PERSON = `query($id: ID!) { candidate(id: $id) { id enrolments {
  id nextFollowUpDue followUpOverdue
  plan { ${PLAN_FIELDS} }
  followUps { heldOn form summary nextOn by { username } } } } }`;
/** Lists are read a full page of 100 at a time, so they ask for ids only (the query cost is capped). */
export const MY_OVERDUE = `query($limit: Int, $offset: Int) { myOverdueFollowUps(limit: $limit, offset: $offset) { hasNextPage items { id } } }`;
export const TEAM_OVERDUE = `query($teamId: ID!, $limit: Int, $offset: Int) {
  teamOverdueCandidateFollowUps(teamId: $teamId, limit: $limit, offset: $offset) { hasNextPage items { id } } }`;
export const WITHOUT_PLAN = `query($teamId: ID, $limit: Int, $offset: Int) {
  candidatesWithoutCurrentPlan(teamId: $teamId, limit: $limit, offset: $offset) { hasNextPage items { id } } }`;
const COUNTS = 'openCandidates overdueFollowUps withoutPlan';
export const TEAM_CASELOAD = `query($teamId: ID!) { teamCaseload(teamId: $teamId) { teamId team { name } ${COUNTS} secretaries { secretary { username } ${COUNTS} } } }`;
export const SECRETARY_CASELOADS = `{ secretaryCaseloads { secretaryId secretary { username } ${COUNTS} } }`;

export interface Person {
  candidateId: string;
  enrolmentId: string;
}

export interface Revision {
  action: string;
  at: string;
  author: { username: string };
  changes: Array<{ field: string; from: string | null; to: string | null }>;
}

export interface Plan {
  id: string;
  version: number;
  kind: string;
  sickListed: boolean;
  activities: Array<{ id: string; type: string; status: string; adapted: boolean; responsible: { username: string } | null }>;
  revisions: Revision[];
  [key: string]: unknown;
}

export interface Counts {
  openCandidates: number;
  overdueFollowUps: number;
  withoutPlan: number;
}

/**
 * One app for a plans spec file, with a real SSYK-4 group (undersköterskor), Svedala's reviewer and a labour-market
 * secretary of our own who owns none of the people enrolled. Its helpers are arrow properties, so a spec may take
 * them out of the fixture when it is declared and call them once `start` has run.
 */
export class PlansFixture {
  t: TestApp;
  ids: Ids;
  vardTeam: string;
  /** A real SSYK-4 group found through the API (undersköterskor). */
  nurseAssistant: { id: string; label: string };
  /** Svedala's reviewer, a user of another municipality (not in the manager's user list). */
  reviewerId: string;
  /** A labour-market secretary of our own, who owns none of the people below. */
  readonly otherSecretary = 'plans.secretary';

  async start(): Promise<void> {
    const t = (this.t = await TestApp.start());
    this.ids = await Ids.load(t);
    this.vardTeam = this.ids.team(VARD_TEAM);
    const { taxonomyConcepts } = await t.ok('secretary1', `{ taxonomyConcepts(type: "ssyk-level-4", search: "undersköterskor") { items { id label } } }`);
    expect(taxonomyConcepts.items.length).toBeGreaterThan(0);
    this.nurseAssistant = taxonomyConcepts.items[0];
    await t.ok('admin', CREATE_USER, {
      input: { username: this.otherSecretary, name: 'Annan Sekreterare', organisationId: this.ids.organisation('Arbetsmarknadsförvaltningen, Trelleborg'), roles: ['LABOUR_MARKET_SECRETARY'], password: 'brygga-demo-lösen' },
    });
    await t.token(this.otherSecretary, 'brygga-demo-lösen');
    this.reviewerId = (await t.ok('reviewer.svedala', '{ viewer { userId } }')).viewer.userId;
  }

  close(): Promise<void> | undefined {
    return this.t?.close();
  }

  /** Enrols a new person of the test's own, first contact `firstContactDaysAgo` days ago (Trelleborg unless Svedala). */
  enrol = async (firstContactDaysAgo: number, municipality: 'Trelleborg' | 'Svedala' = 'Trelleborg'): Promise<Person> => {
    const svedala = municipality === 'Svedala';
    const input = {
      identityNumber: newIdentityNumber(),
      firstName: 'Testa',
      lastName: 'Planperson',
      homeMunicipalityConceptId: svedala ? SVEDALA : TRELLEBORG,
      firstContactOn: isoDaysFromToday(-firstContactDaysAgo),
      ...(svedala ? { principalId: this.ids.organisation('Svedala kommun') } : {}),
    };
    const { enrolCandidate } = await this.t.ok('secretary1', ENROL, { input });
    return { candidateId: enrolCandidate.candidate.id, enrolmentId: enrolCandidate.enrolment.id };
  };

  /** Enrols a person and holds the first meeting on the day of first contact, as secretary1 (who becomes the secretary). */
  enrolAndMeet = async (daysAgo: number, municipality: 'Trelleborg' | 'Svedala' = 'Trelleborg'): Promise<Person> => {
    const person = await this.enrol(daysAgo, municipality);
    await this.t.ok('secretary1', FIRST_MEETING, { input: { enrolmentId: person.enrolmentId, heldOn: isoDaysFromToday(-daysAgo), activeJobSeeker: true } });
    return person;
  };

  planInput = (person: Person, patch: Record<string, unknown> = {}): Record<string, unknown> => {
    return {
      enrolmentId: person.enrolmentId,
      kind: 'LABOUR_MARKET',
      establishedOn: isoDaysFromToday(0),
      goalOccupationConceptId: this.nurseAssistant.id,
      goalSectorId: this.ids.sector('VARD_OMSORG'),
      goalDescription: '  Arbete som undersköterska inom äldreomsorgen  ',
      ...patch,
    };
  };

  startPlan = async (person: Person, patch: Record<string, unknown> = {}, as = 'secretary1'): Promise<Plan> => {
    return (await this.t.ok(as, START, { input: this.planInput(person, patch) })).startPlan;
  };

  followUpInput = (person: Person, heldDaysAgo: number, nextInDays: number, patch: Record<string, unknown> = {}): Record<string, unknown> => {
    return {
      enrolmentId: person.enrolmentId,
      heldOn: isoDaysFromToday(-heldDaysAgo),
      form: 'MEETING',
      summary: 'Gick igenom veckans jobbsök och praktiken',
      nextOn: isoDaysFromToday(nextInDays),
      ...patch,
    };
  };

  recordFollowUp = async (person: Person, heldDaysAgo: number, nextInDays: number, as = 'secretary1') => {
    return (await this.t.ok(as, RECORD, { input: this.followUpInput(person, heldDaysAgo, nextInDays) })).recordFollowUp;
  };

  read = async (person: Person, as = 'secretary1') => {
    const { candidate } = await this.t.ok(as, PERSON, { id: person.candidateId });
    return candidate.enrolments[0];
  };

  /** The ids of every item of a paged list, page by page (the demo has enrolment periods of its own). */
  allIds = async (as: string, query: string, field: string, variables: Record<string, unknown> = {}): Promise<string[]> => {
    const found: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page: { hasNextPage: boolean; items: Array<{ id: string }> } = (await this.t.ok(as, query, { ...variables, limit: 100, offset }))[field];
      found.push(...page.items.map((e) => e.id));
      if (!page.hasNextPage) return found;
    }
  };

  myOverdue = (as: string) => this.allIds(as, MY_OVERDUE, 'myOverdueFollowUps');
  teamOverdue = (as: string, teamId: string) => this.allIds(as, TEAM_OVERDUE, 'teamOverdueCandidateFollowUps', { teamId });
  withoutPlan = (as: string, teamId?: string) => this.allIds(as, WITHOUT_PLAN, 'candidatesWithoutCurrentPlan', { teamId });
}
