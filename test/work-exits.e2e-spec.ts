import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, Clock } from '../src/platform/context/clock.js';
import { WorkChecksService } from '../src/modules/statistics/work-checks.service.js';
import { errorCode, errorFields, TestApp } from './support/test-app.js';
import { Ids, isoDaysFromToday, newIdentityNumber } from './support/factories.js';

const EXIT = `mutation($i: ExitEnrolmentInput!) { exitEnrolment(input: $i) { exitOutcome workCheck workStartedOn workCheckedOn } }`;
const CONFIRM = `mutation($i: ConfirmWorkExitInput!) { confirmWorkExit(input: $i) { exitOutcome workCheck workEndedOn } }`;
const OUTCOME = `query($id: ID!) { candidate(id: $id) { enrolments { exitOutcome workCheck workCheckedOn } } }`;

/**
 * Kolada's rule for exits to work (docs/rules.md): a job counts as an exit to work only once it has lasted one
 * continuous month; until then the exit is pending; a job that ended sooner, a municipal labour-market employment
 * and studies without student aid are exits for other reasons.
 */
describe('exits to work and the one-month check', () => {
  let t: TestApp;
  let ids: Ids;
  const started = isoDaysFromToday(-3);

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
  });
  afterAll(async () => {
    t?.app.get(Clock).setNow(new Date());
    await t?.close();
  });

  /** A Trelleborg person enrolled `daysAgo` days ago, met the same day; returns the enrolment and candidate ids. */
  async function enrolled(daysAgo = 30): Promise<{ enrolmentId: string; candidateId: string }> {
    const firstContactOn = isoDaysFromToday(-daysAgo);
    const { enrolCandidate } = await t.ok('secretary1', `mutation($i: EnrolCandidateInput!) { enrolCandidate(input: $i) { candidate { id } enrolment { id } } }`, {
      i: { identityNumber: newIdentityNumber(), firstName: 'Sam', lastName: 'Test', homeMunicipalityConceptId: 'STvk_dra_M1X', swedishLevel: 'SFI_D', firstContactOn, principalId: ids.organisation('Trelleborgs kommun') },
    });
    const enrolmentId = enrolCandidate.enrolment.id;
    await t.ok('secretary1', `mutation($i: FirstMeetingInput!) { recordFirstMeeting(input: $i) { id } }`, { i: { enrolmentId, heldOn: firstContactOn, activeJobSeeker: true } });
    return { enrolmentId, candidateId: enrolCandidate.candidate.id };
  }

  it('keeps an exit to work pending until the month is over, then counts it as work (daily check)', async () => {
    const { enrolmentId, candidateId } = await enrolled();
    const exit = (await t.ok('secretary1', EXIT, { i: { enrolmentId, exitOn: started, reason: 'WORK_UNSUBSIDISED' } })).exitEnrolment;
    expect(exit).toEqual({ exitOutcome: 'WORK_PENDING', workCheck: 'PENDING', workStartedOn: started, workCheckedOn: null });

    // the secretary cannot confirm a month that has not passed
    expect(errorCode(await t.gql('secretary1', CONFIRM, { i: { enrolmentId, jobEndedOn: null } }))).toBe('CONFLICT');

    const checks = t.app.get(WorkChecksService);
    expect(await t.asScheduler(() => checks.settleDue(enrolmentId))).toBe(0);
    const monthLater = addDays(started, 31);
    t.app.get(Clock).setNow(new Date(`${monthLater}T12:00:00Z`));
    try {
      await t.asScheduler(() => checks.settleDue());
      const { candidate } = await t.ok('secretary1', OUTCOME, { id: candidateId });
      expect(candidate.enrolments[0]).toEqual({ exitOutcome: 'WORK', workCheck: 'LASTED', workCheckedOn: monthLater });
    } finally {
      t.app.get(Clock).setNow(new Date());
    }
  });

  it('does not count a job that ended after three weeks as work, as soon as the secretary says so', async () => {
    const { enrolmentId } = await enrolled();
    await t.ok('secretary1', EXIT, { i: { enrolmentId, exitOn: isoDaysFromToday(-25), reason: 'WORK_SUBSIDISED' } });
    const ended = isoDaysFromToday(-25 + 20);
    const confirmed = (await t.ok('secretary1', CONFIRM, { i: { enrolmentId, jobEndedOn: ended } })).confirmWorkExit;
    expect(confirmed).toEqual({ exitOutcome: 'OTHER', workCheck: 'ENDED_WITHIN_MONTH', workEndedOn: ended });
  });

  it('never counts a municipal labour-market employment or studies without student aid', async () => {
    for (const [reason, outcome] of [
      ['MUNICIPAL_LABOUR_MARKET_EMPLOYMENT', 'OTHER'],
      ['STUDIES_OTHER', 'OTHER'],
      ['STUDIES_STUDENT_AID', 'STUDIES'],
    ]) {
      const { enrolmentId } = await enrolled();
      const exit = (await t.ok('secretary1', EXIT, { i: { enrolmentId, exitOn: isoDaysFromToday(-1), reason } })).exitEnrolment;
      expect(exit).toEqual({ exitOutcome: outcome, workCheck: null, workStartedOn: null, workCheckedOn: null });
    }
  });

  it('refuses a job start day on an exit that is not to work, naming the field', async () => {
    const { enrolmentId } = await enrolled();
    const response = await t.gql('secretary1', EXIT, { i: { enrolmentId, exitOn: isoDaysFromToday(-1), reason: 'MOVED', workStartedOn: isoDaysFromToday(-1) } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(errorFields(response)).toContain('input.workStartedOn');
    const notWork = await t.gql('secretary1', CONFIRM, { i: { enrolmentId, jobEndedOn: null } });
    expect(errorFields(notWork)).toContain('input.enrolmentId');
  });
});
