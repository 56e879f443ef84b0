import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ids } from './support/factories.js';
import { errorCode, errorFields, TestApp } from './support/test-app.js';

const SUGGEST = 'query($heldOn: String!) { suggestedNextFollowUpOn(heldOn: $heldOn) }';
const RECORD = `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { heldOn nextOn enrolment { nextFollowUpDue followUpOverdue } } }`;

interface Enrolment {
  id: string;
  firstMeetingOn: string | null;
  exitOn: string | null;
  secretary: { username: string } | null;
}

/**
 * The next follow-up a person's page suggests (docs/rules.md, the weekly follow-up and working days): a week after
 * the follow-up, moved back to the working day before when that day is a weekend or a Swedish holiday, so the web
 * app asks the API instead of keeping a calendar of its own; and the person's recruitment meetings, for the path.
 */
describe('what a person’s page (Väg och plan) asks the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it('suggestedNextFollowUpOn is a week later on a working day, and the working day before over a weekend, a holiday or an eve', async () => {
    const suggest = async (heldOn: string) => (await t.ok<{ suggestedNextFollowUpOn: string }>('secretary1', SUGGEST, { heldOn })).suggestedNextFollowUpOn;
    expect(await suggest('2026-12-02')).toBe('2026-12-09');
    // Saturday a week on: the Friday
    expect(await suggest('2026-12-05')).toBe('2026-12-11');
    // Kristi himmelsfärdsdag, Thursday 14 May 2026
    expect(await suggest('2026-05-07')).toBe('2026-05-13');
    // julafton, Thursday 24 December 2026
    expect(await suggest('2026-12-17')).toBe('2026-12-23');
    // nyårsafton, Thursday 31 December 2026
    expect(await suggest('2026-12-24')).toBe('2026-12-30');
  });

  it('refuses what is not a date, by its field', async () => {
    const body = await t.gql('secretary1', SUGGEST, { heldOn: '2026-02-30' });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(errorFields(body)).toContain('heldOn');
  });

  it('is for those who record follow-ups: not business developers or the principal’s reviewer', async () => {
    for (const user of ['bd1', 'reviewer.svedala', 'manager1']) {
      expect(errorCode(await t.gql(user, SUGGEST, { heldOn: '2026-12-02' }))).toBe('FORBIDDEN');
    }
    for (const user of ['secretary2', 'recruiter1', 'counsellor1', 'teacher1']) {
      expect((await t.ok<{ suggestedNextFollowUpOn: string }>(user, SUGGEST, { heldOn: '2026-12-02' })).suggestedNextFollowUpOn).toBe('2026-12-09');
    }
  });

  it('suggests a date recordFollowUp accepts, for a follow-up held today on one of secretary1’s people', async () => {
    const { candidates } = await t.ok<{ candidates: { items: Array<{ enrolments: Enrolment[] }> } }>(
      'secretary1',
      '{ candidates(openOnly: true, limit: 100) { items { enrolments { id firstMeetingOn exitOn secretary { username } } } } }',
    );
    const enrolment = candidates.items
      .flatMap((c) => c.enrolments)
      .find((e) => e.exitOn === null && e.firstMeetingOn !== null && e.secretary?.username === 'secretary1');
    expect(enrolment).toBeDefined();
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const suggested = (await t.ok<{ suggestedNextFollowUpOn: string }>('secretary1', SUGGEST, { heldOn: today })).suggestedNextFollowUpOn;
    expect(suggested > today).toBe(true);
    const { recordFollowUp } = await t.ok<{ recordFollowUp: { nextOn: string; enrolment: { nextFollowUpDue: string; followUpOverdue: boolean } } }>(
      'secretary1',
      RECORD,
      { input: { enrolmentId: enrolment!.id, heldOn: today, form: 'MEETING', summary: 'Veckouppföljning', nextOn: suggested } },
    );
    expect(recordFollowUp.nextOn).toBe(suggested);
    expect(recordFollowUp.enrolment).toEqual({ nextFollowUpDue: suggested, followUpOverdue: false });
  });

  it('a person’s recruitment meetings come with them, with the answer and the meeting, for the staff and for their principal’s reviewer', async () => {
    const ids = await Ids.load(t);
    const svedala = ids.organisation('Svedala kommun');
    const { candidates } = await t.ok<{
      candidates: {
        items: Array<{
          id: string;
          principalId: string;
          enrolments: Array<{ exitOn: string | null }>;
          consents: Array<{ purpose: string; withdrawnAt: string | null }>;
        }>;
      };
    }>('secretary1', '{ candidates(openOnly: true, limit: 100) { items { id principalId enrolments { exitOn } consents { purpose withdrawnAt } } } }');
    const person = candidates.items.find(
      (c) =>
        c.principalId === svedala && c.enrolments[0]?.exitOn === null && c.consents.some((k) => k.purpose === 'SHARE_PROFILE_WITH_EMPLOYERS' && !k.withdrawnAt),
    )!;
    expect(person).toBeDefined();
    const startsAt = new Date(Math.ceil((Date.now() + 7 * 86_400_000) / 60_000) * 60_000);
    const { planMeeting } = await t.ok<{ planMeeting: { id: string } }>('recruiter1', 'mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { id } }', {
      i: {
        teamId: ids.team('Bransch-team Vård och omsorg'),
        principalId: svedala,
        title: 'Rekryteringsträff för vägen',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        onlineUrl: 'https://meet.example/vagen',
        responsibleUserIds: [ids.user('recruiter1')],
      },
    });
    await t.ok('recruiter1', 'mutation($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { id } }', {
      i: { meetingId: planMeeting.id, candidateIds: [person.id] },
    });
    const MEETINGS = 'query($id: ID!) { candidate(id: $id) { meetingInvitations { response attendance meeting { id title startsAt } } } }';
    for (const user of ['secretary1', 'reviewer.svedala']) {
      const { candidate } = await t.ok<{ candidate: { meetingInvitations: unknown[] } }>(user, MEETINGS, { id: person.id });
      expect(candidate.meetingInvitations).toEqual([
        { response: 'INVITED', attendance: null, meeting: { id: planMeeting.id, title: 'Rekryteringsträff för vägen', startsAt: startsAt.toISOString() } },
      ]);
    }
  });
});
