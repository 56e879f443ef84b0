import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addWorkingDays, workingDaysBetween } from '../src/modules/calendar/working-days.js';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { Ids, isoDaysFromToday, newIdentityNumber } from './support/factories.js';

const TRELLEBORG = 'STvk_dra_M1X';
const VARD_TEAM = 'Bransch-team Vård och omsorg';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

const ENROL = `mutation($input: EnrolCandidateInput!) { enrolCandidate(input: $input) { candidate { id } enrolment { id } } }`;
const FIRST_MEETING = `mutation($input: FirstMeetingInput!) { recordFirstMeeting(input: $input) { id } }`;
const CHOOSE_SECTOR = `mutation($input: ChooseSectorInput!) { chooseSector(input: $input) { id } }`;
const START_PLAN = `mutation($input: StartPlanInput!) { startPlan(input: $input) { id version } }`;
const UPDATE_PLAN = `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id sickListed } }`;
const EXIT = `mutation($input: ExitEnrolmentInput!) { exitEnrolment(input: $input) { id } }`;
const COUNTS = 'openCandidates overdueFollowUps withoutPlan';
const SECRETARY_CASELOADS = `{ secretaryCaseloads { secretaryId secretary { username } ${COUNTS} } }`;
const TEAM_CASELOAD = `query($teamId: ID!) { teamCaseload(teamId: $teamId) { ${COUNTS} } }`;
const LIST = `query($status: CaseloadStatus, $secretaryId: ID, $teamId: ID, $sectorId: ID, $limit: Int, $offset: Int) {
  caseloadEnrolments(status: $status, secretaryId: $secretaryId, teamId: $teamId, sectorId: $sectorId, limit: $limit, offset: $offset) {
    totalCount hasNextPage items { id candidateId firstContactOn workingDaysSinceFirstContact planDueOn sectorDueOn } } }`;
const ACCESS_LOG = `query($id: ID) { accessLog(candidateId: $id, limit: 100) { items { operation candidateId } } }`;

interface Counts {
  openCandidates: number;
  overdueFollowUps: number;
  withoutPlan: number;
}

interface Row {
  id: string;
  candidateId: string;
  firstContactOn: string;
  workingDaysSinceFirstContact: number;
  planDueOn: string;
  sectorDueOn: string;
}

/** The caseload as a list (caseloadEnrolments): the people behind secretaryCaseloads and teamCaseload, by status. */
describe('caseload lists', () => {
  let t: TestApp;
  let ids: Ids;

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
  });
  afterAll(() => t?.close());

  async function total(as: string, variables: Record<string, unknown>): Promise<number> {
    return (await t.ok(as, LIST, { limit: 1, ...variables })).caseloadEnrolments.totalCount;
  }

  /** Every row of a list, a full page at a time. */
  async function all(as: string, variables: Record<string, unknown>): Promise<Row[]> {
    const rows: Row[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = (await t.ok(as, LIST, { ...variables, limit: 100, offset })).caseloadEnrolments;
      rows.push(...page.items);
      if (!page.hasNextPage) return rows;
    }
  }

  async function mine(as: string): Promise<Counts & { secretaryId: string }> {
    const lines = (await t.ok(as, SECRETARY_CASELOADS)).secretaryCaseloads;
    return lines.find((l: { secretary: { username: string } }) => l.secretary.username === as);
  }

  async function enrol(daysAgo: number): Promise<{ candidateId: string; enrolmentId: string }> {
    const input = {
      identityNumber: newIdentityNumber(),
      firstName: 'Lista',
      lastName: 'Ärendesson',
      homeMunicipalityConceptId: TRELLEBORG,
      firstContactOn: isoDaysFromToday(-daysAgo),
    };
    const { enrolCandidate } = await t.ok('secretary2', ENROL, { input });
    return { candidateId: enrolCandidate.candidate.id, enrolmentId: enrolCandidate.enrolment.id };
  }

  it('counts what secretaryCaseloads counts, for every demo secretary: open, follow-up overdue, without plan', async () => {
    for (const secretary of ['secretary1', 'secretary2', 'secretary3', 'secretary4']) {
      const line = await mine(secretary);
      const secretaryId = line.secretaryId;
      const counted = {
        openCandidates: await total(secretary, { secretaryId }),
        overdueFollowUps: await total(secretary, { secretaryId, status: 'FOLLOW_UP_OVERDUE' }),
        withoutPlan: await total(secretary, { secretaryId, status: 'WITHOUT_PLAN' }),
      };
      expect({ secretary, ...counted }).toEqual({
        secretary,
        openCandidates: line.openCandidates,
        overdueFollowUps: line.overdueFollowUps,
        withoutPlan: line.withoutPlan,
      });
    }
    expect((await mine('secretary1')).openCandidates).toBeGreaterThan(0);
  });

  it("counts what teamCaseload counts, and the sector filter agrees with the team's sector", async () => {
    const teamId = ids.team(VARD_TEAM);
    const team: Counts = (await t.ok('manager1', TEAM_CASELOAD, { teamId })).teamCaseload;
    expect({
      openCandidates: await total('manager1', { teamId }),
      overdueFollowUps: await total('manager1', { teamId, status: 'FOLLOW_UP_OVERDUE' }),
      withoutPlan: await total('manager1', { teamId, status: 'WITHOUT_PLAN' }),
    }).toEqual({ openCandidates: team.openCandidates, overdueFollowUps: team.overdueFollowUps, withoutPlan: team.withoutPlan });
    expect(team.openCandidates).toBeGreaterThan(0);
    const bySector = await total('manager1', { sectorId: ids.sector('VARD_OMSORG') });
    expect(bySector).toBeGreaterThanOrEqual(team.openCandidates);
  });

  it('follows a person through the statuses, with the working days the rules count', async () => {
    const person = await enrol(3);
    const awaiting = await all('secretary2', { status: 'AWAITING_FIRST_MEETING' });
    const row = awaiting.find((r) => r.id === person.enrolmentId);
    const firstContact = isoDaysFromToday(-3);
    expect(row).toEqual({
      id: person.enrolmentId,
      candidateId: person.candidateId,
      firstContactOn: firstContact,
      workingDaysSinceFirstContact: workingDaysBetween(firstContact, isoDaysFromToday(0)),
      planDueOn: addWorkingDays(firstContact, 1),
      sectorDueOn: addWorkingDays(firstContact, 5),
    });
    const me = (await mine('secretary2')).secretaryId;
    const has = async (status: string) => (await all('secretary2', { status, secretaryId: me })).some((r) => r.id === person.enrolmentId);

    await t.ok('secretary2', FIRST_MEETING, { input: { enrolmentId: person.enrolmentId, heldOn: firstContact, activeJobSeeker: true } });
    expect(await has('OPEN')).toBe(true);
    expect(await has('WITHOUT_PLAN')).toBe(true);
    expect((await all('secretary2', { status: 'AWAITING_FIRST_MEETING' })).some((r) => r.id === person.enrolmentId)).toBe(false);

    const plan = (
      await t.ok('secretary2', START_PLAN, { input: { enrolmentId: person.enrolmentId, kind: 'LABOUR_MARKET', establishedOn: isoDaysFromToday(0) } })
    ).startPlan;
    expect(await has('WITHOUT_PLAN')).toBe(false);
    expect(await has('SICK_LISTED')).toBe(false);
    await t.ok('secretary2', UPDATE_PLAN, { input: { planId: plan.id, version: plan.version, sickListed: true } });
    expect(await has('SICK_LISTED')).toBe(true);

    await t.ok('secretary2', CHOOSE_SECTOR, { input: { enrolmentId: person.enrolmentId, sectorId: ids.sector('VARD_OMSORG'), chosenOn: isoDaysFromToday(0) } });
    expect((await all('secretary2', { teamId: ids.team(VARD_TEAM), secretaryId: me })).some((r) => r.id === person.enrolmentId)).toBe(true);
    expect((await all('secretary2', { sectorId: ids.sector('BYGG'), secretaryId: me })).some((r) => r.id === person.enrolmentId)).toBe(false);

    await t.ok('secretary2', EXIT, { input: { enrolmentId: person.enrolmentId, exitOn: isoDaysFromToday(0), reason: 'STUDIES_STUDENT_AID' } });
    expect(await has('OPEN')).toBe(false);
    expect(await has('SICK_LISTED')).toBe(false);
    expect(await has('EXITED')).toBe(true);
  });

  it('lists the open the newest enrolled first, and those awaiting a first meeting or a plan the longest waiting first', async () => {
    const dates = async (status: string) => (await all('manager1', { status })).map((r) => r.firstContactOn);
    const open = await dates('OPEN');
    expect(open).toEqual([...open].sort().reverse());
    for (const status of ['AWAITING_FIRST_MEETING', 'WITHOUT_PLAN']) {
      const waiting = await dates(status);
      expect({ status, waiting }).toEqual({ status, waiting: [...waiting].sort() });
    }
  });

  it('writes every person listed to the access log', async () => {
    const person = await enrol(0);
    const listed = await all('secretary1', { status: 'AWAITING_FIRST_MEETING' });
    expect(listed.some((r) => r.candidateId === person.candidateId)).toBe(true);
    const log = (await t.ok('manager1', ACCESS_LOG, { id: person.candidateId })).accessLog.items;
    expect(log.map((e: { operation: string }) => e.operation)).toContain('caseloadEnrolments');
  });

  it("keeps to the caller's principals: Svedala's reviewer lists Svedala's people only", async () => {
    const PRINCIPALS = `{ caseloadEnrolments(limit: 100) { totalCount items { principalId } } }`;
    const svedala = ids.organisation('Svedala kommun');
    const theirs = (await t.ok('reviewer.svedala', PRINCIPALS)).caseloadEnrolments;
    expect(theirs.totalCount).toBeGreaterThan(0);
    expect(new Set(theirs.items.map((e: { principalId: string }) => e.principalId))).toEqual(new Set([svedala]));
    const managers = (await t.ok('manager1', PRINCIPALS)).caseloadEnrolments;
    expect(managers.totalCount).toBeGreaterThan(theirs.totalCount);
  });

  it('refuses bad arguments by name, a team the caller does not see, and roles that do not read people', async () => {
    expect(errorFields(await t.gql('secretary1', LIST, { secretaryId: 'nej' }))).toEqual(['secretaryId']);
    expect(errorFields(await t.gql('secretary1', LIST, { limit: 1000 }))).toEqual(['limit']);
    expect(errorCode(await t.gql('secretary1', LIST, { status: 'SOMETIMES' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql('secretary1', LIST, { teamId: NO_SUCH_ID }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql('bd1', LIST, {}))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('admin', LIST, {}))).toBe('FORBIDDEN');
  });
});
