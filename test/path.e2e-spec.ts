import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, toLocalDate } from '../src/platform/context/clock.js';
import { addWorkingDays } from '../src/modules/calendar/working-days.js';
import { TestApp } from './support/test-app.js';
import { Ids, newIdentityNumber } from './support/factories.js';

/**
 * The job seeker's path (docs/domain.md), through the API: a secretary enrols a person, records the first meeting,
 * starts a plan the same working day; the person chooses a sector in the planning week and lands in that sector's
 * team; the team sees them in its caseload; weekly follow-ups are recorded and an overdue one shows up; and a Svedala
 * reviewer sees the access log of a Svedala person but nothing of Trelleborg's.
 */
describe("one person's path through Brygga", () => {
  let t: TestApp;
  let ids: Ids;
  const today = toLocalDate(new Date(), 'Europe/Stockholm');
  // a working day 24 days back, so the plan, two weekly follow-ups and an overdue one all fit before today
  const firstContact = addWorkingDays(addDays(today, -24), 0);

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
  });
  afterAll(() => t?.close());

  it('goes from first contact to a sector team with weekly follow-up, and the principal can inspect who read it', async () => {
    const svedala = ids.organisation('Svedala kommun');
    const { enrolCandidate } = await t.ok('secretary1', `mutation($i: EnrolCandidateInput!) { enrolCandidate(input: $i) { candidate { id } enrolment { id } } }`, {
      i: { identityNumber: newIdentityNumber('1998-04-12'), firstName: 'Yonas', lastName: 'Tesfaye', homeMunicipalityConceptId: 'n6r4_fjK_kRr', addressArea: 'Bara', swedishLevel: 'SFI_B', newlyArrived: true, firstContactOn: firstContact, principalId: svedala },
    });
    const enrolmentId = enrolCandidate.enrolment.id;
    const candidateId = enrolCandidate.candidate.id;

    await t.ok('secretary1', `mutation($i: FirstMeetingInput!) { recordFirstMeeting(input: $i) { id } }`, { i: { enrolmentId, heldOn: firstContact, activeJobSeeker: true } });
    await t.ok('secretary1', `mutation($i: StartPlanInput!) { startPlan(input: $i) { id } }`, {
      i: { enrolmentId, kind: 'LABOUR_MARKET', establishedOn: firstContact, goalDescription: 'Arbete inom vården', activities: [{ type: 'ACTIVE_JOB_SEARCH', startOn: firstContact }] },
    });
    const planningWeek = addWorkingDays(firstContact, 1);
    await t.ok('secretary1', `mutation($i: PlanningWeekInput!) { startPlanningWeek(input: $i) { id } }`, { i: { enrolmentId, startOn: planningWeek } });
    const sectorDay = addWorkingDays(firstContact, 4);
    await t.ok('secretary1', `mutation($i: ChooseSectorInput!) { chooseSector(input: $i) { id } }`, { i: { enrolmentId, sectorId: ids.sector('VARD_OMSORG'), chosenOn: sectorDay } });

    const firstFollowUp = addDays(sectorDay, 1);
    await t.ok('secretary1', `mutation($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { id } }`, { i: { enrolmentId, heldOn: firstFollowUp, form: 'MEETING', summary: 'Första veckouppföljningen.', nextOn: addDays(firstFollowUp, 7) } });
    // the second is held a week later and books the next one: which by now has passed
    const secondFollowUp = addDays(firstFollowUp, 7);
    await t.ok('secretary1', `mutation($i: RecordFollowUpInput!) { recordFollowUp(input: $i) { id } }`, { i: { enrolmentId, heldOn: secondFollowUp, form: 'PHONE', summary: 'Andra veckouppföljningen.', nextOn: addDays(secondFollowUp, 5) } });

    const { candidate } = await t.ok('secretary1', `query($id: ID!) { candidate(id: $id) { enrolments {
        workingDaysToPlan workingDaysToSector team { name } sector { code }
        plan { kind activities { type status } } followUps { heldOn } } } }`, { id: candidateId });
    expect(candidate.enrolments[0]).toMatchObject({
      workingDaysToPlan: 0, // the plan the same working day (target: within one)
      workingDaysToSector: 4, // within the first week
      team: { name: 'Bransch-team Vård och omsorg' },
      sector: { code: 'VARD_OMSORG' },
      plan: { kind: 'LABOUR_MARKET', activities: [{ type: 'ACTIVE_JOB_SEARCH', status: expect.any(String) }] },
    });
    expect(candidate.enrolments[0].followUps.map((f: { heldOn: string }) => f.heldOn)).toEqual([secondFollowUp, firstFollowUp]);

    const team = ids.team('Bransch-team Vård och omsorg');
    const inTeam = (await t.ok('recruiter1', `query($team: ID!) { candidates(teamId: $team, openOnly: true, limit: 100) { items { id } } }`, { team })).candidates.items;
    expect(inTeam.map((c: { id: string }) => c.id)).toContain(candidateId);
    const caseload = (await t.ok('manager1', `query($team: ID!) { teamCaseload(teamId: $team) { openCandidates overdueFollowUps } }`, { team })).teamCaseload;
    expect(caseload.openCandidates).toBeGreaterThan(0);

    const ofItems = (page: { items: Array<{ candidate: { id: string } }> }) => page.items.map((e) => e.candidate.id);
    const mine = await t.ok('secretary1', `{ myOverdueFollowUps(limit: 100) { items { candidate { id } } } }`);
    expect(ofItems(mine.myOverdueFollowUps)).toContain(candidateId);
    const teams = await t.ok('recruiter1', `query($team: ID!) { teamOverdueCandidateFollowUps(teamId: $team, limit: 100) { items { candidate { id } } } }`, { team });
    expect(ofItems(teams.teamOverdueCandidateFollowUps)).toContain(candidateId);

    const log = (await t.ok('reviewer.svedala', `query($id: ID!) { accessLog(candidateId: $id, limit: 100) { items { operation userId } } }`, { id: candidateId })).accessLog.items;
    expect(log.some((e: { userId: string }) => e.userId === ids.user('secretary1'))).toBe(true);
    expect(log.some((e: { userId: string }) => e.userId === ids.user('recruiter1'))).toBe(true);

    const trelleborgPerson = (await t.ok('secretary1', `mutation($i: EnrolCandidateInput!) { enrolCandidate(input: $i) { candidate { id } } }`, {
      i: { identityNumber: newIdentityNumber(), firstName: 'Trelle', lastName: 'Borgare', homeMunicipalityConceptId: 'STvk_dra_M1X', firstContactOn: today },
    })).enrolCandidate.candidate.id;
    await t.ok('secretary1', `query($id: ID!) { candidate(id: $id) { id } }`, { id: trelleborgPerson });
    const reviewerView = (await t.ok('reviewer.svedala', `{ accessLog(limit: 100) { items { candidateId } } }`)).accessLog.items;
    expect(reviewerView.some((e: { candidateId: string }) => e.candidateId === trelleborgPerson)).toBe(false);
    expect((await t.gql('reviewer.svedala', `query($id: ID!) { candidate(id: $id) { id } }`, { id: trelleborgPerson })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
