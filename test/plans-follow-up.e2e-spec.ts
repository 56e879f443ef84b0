/** The weekly follow-up (docs/rules.md), the overdue lists, caseloads per team and secretary, and periods without a plan. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { Ids, isoDaysFromToday } from './support/factories.js';
import { CHOOSE_SECTOR, EXIT, NO_SUCH_ID, RECORD, SECRETARY_CASELOADS, TEAM_CASELOAD, TEAM_OVERDUE, VARD_TEAM, PlansFixture, type Person, type Counts } from './support/plans.js';

describe('weekly follow-up, overdue lists and caseloads', () => {
  const plans = new PlansFixture();
  let t: TestApp;
  let ids: Ids;
  let vardTeam: string;

  beforeAll(async () => {
    await plans.start();
    ({ t, ids, vardTeam } = plans);
  });
  afterAll(() => plans.close());
  const { enrol, enrolAndMeet, startPlan, followUpInput, recordFollowUp, read, myOverdue, teamOverdue, withoutPlan, otherSecretary } = plans;

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
});
