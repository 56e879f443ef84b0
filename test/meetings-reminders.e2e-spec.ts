/** Meeting reminders as delayed jobs: two days and two hours before, again for a moved meeting, never for a cancelled one. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Ids } from './support/factories.js';
import { CANCEL, DAY, HOUR, INVITE, MeetingsFixture, PLAN, PROPOSE, RESPOND, SEND, UPDATE, type Proposal } from './support/meetings.js';
import { eventually } from './support/eventually.js';
import { errorCode, errorFields, TestApp } from './support/test-app.js';

/**
 * Reminders go out as delayed jobs (in process, or on BullMQ with REDIS_URL), to the people the scenario of
 * meetings.e2e-spec.ts invites from the ranking of its meeting.
 */
describe(`meeting reminders (${process.env.REDIS_URL ? 'BullMQ on Redis' : 'in process'})`, () => {
  const fixture = new MeetingsFixture();
  let t: TestApp;
  let db: DataSource;
  let ids: Ids;
  let svedala: string;
  let teamId: string;
  let invited: Proposal[];
  const invitations = (as: string, m: string) => fixture.invitations(as, m);

  beforeAll(async () => {
    await fixture.start();
    ({ t, db, ids, svedala, teamId } = fixture);
    const meeting = await fixture.planScenarioMeeting();
    const { proposedMeetingInvitations } = await t.ok('recruiter1', PROPOSE, { m: meeting.id, l: 100 });
    invited = fixture.chooseInvited(proposedMeetingInvitations.proposals);
  });
  afterAll(() => fixture.close());

  it('sends reminders as delayed jobs: not to those who declined, again for a moved meeting, never for a cancelled one', async () => {
    const people = invited.slice(0, 2).map((p) => p.candidate.id);
    const plan = (title: string, startsInMs: number, staff: string) =>
      t.ok('recruiter1', PLAN, {
        i: { teamId, principalId: svedala, title, onlineUrl: 'https://meet.example/r', startsAt: new Date(Date.now() + startsInMs).toISOString(), endsAt: new Date(Date.now() + startsInMs + HOUR).toISOString(), responsibleUserIds: [ids.user(staff)] },
      }).then((d) => d.planMeeting);
    // two hours and a few seconds ahead: the two-day reminder is overdue (sent at once), the two-hour one is due in seconds
    const soon = await plan('Snart', 2 * HOUR + 8000, 'teacher1');
    await t.ok('recruiter1', INVITE, { i: { meetingId: soon.id, candidateIds: people } });
    const [first, second] = await invitations('recruiter1', soon.id);
    const decliner = [first, second].find((i) => i.candidateId === people[1])!;
    await t.ok('recruiter1', RESPOND, { i: { invitationId: decliner.id, version: decliner.version, response: 'DECLINED' } });
    const sent = (await t.ok('recruiter1', SEND, { i: { id: soon.id, version: soon.version } })).sendMeetingInvitations;
    await eventually(() => invitations('recruiter1', soon.id), (list) => list.some((i) => i.reminders.length > 0));
    // moved a second later before its two-hour reminder is due: that job finds another start and does nothing
    const movedTo = new Date(new Date(soon.startsAt).getTime() + 1000);
    await t.ok('recruiter1', UPDATE, { i: { id: soon.id, version: sent.version, startsAt: movedTo.toISOString(), endsAt: new Date(movedTo.getTime() + HOUR).toISOString() } });
    // two days ahead: its first reminder would be due in 3 s, but the meeting is cancelled first
    const later = await plan('Senare', 2 * DAY + 3000, 'counsellor1');
    await t.ok('recruiter1', INVITE, { i: { meetingId: later.id, candidateIds: people } });
    const laterSent = (await t.ok('recruiter1', SEND, { i: { id: later.id, version: later.version } })).sendMeetingInvitations;
    await t.ok('recruiter1', CANCEL, { i: { id: later.id, version: laterSent.version, reason: 'Inställd.' } });

    const reminded = await eventually(
      () => invitations('recruiter1', soon.id),
      (list) => list.find((i) => i.candidateId === people[0])!.reminders.length >= 3,
    );
    await new Promise((r) => setTimeout(r, 1500)); // the cancelled meeting's reminder would have run by now
    const got = reminded.find((i) => i.candidateId === people[0])!.reminders;
    expect(got.map((r) => [r.kind, new Date(r.startsAt).toISOString()]).sort()).toEqual(
      [
        ['TWO_DAYS_BEFORE', new Date(soon.startsAt).toISOString()],
        ['TWO_DAYS_BEFORE', movedTo.toISOString()],
        ['TWO_HOURS_BEFORE', movedTo.toISOString()],
      ].sort(),
    );
    expect(got.every((r) => r.channel === 'RECORDED' && r.message.includes('"Snart"'))).toBe(true);
    expect(reminded.find((i) => i.candidateId === people[1])!.reminders).toEqual([]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM meeting_reminder WHERE meeting_id = $1`, [later.id]);
    expect(n).toBe(0);

    // someone reminded stays on the list (their answer is recorded instead); someone never reminded can be taken off
    const REMOVE = `mutation($id: ID!) { removeMeetingInvitation(invitationId: $id) }`;
    const kept = await t.gql('recruiter1', REMOVE, { id: reminded.find((i) => i.candidateId === people[0])!.id });
    expect([errorCode(kept), errorFields(kept)]).toEqual(['CONFLICT', ['invitationId']]);
    expect((await t.ok('recruiter1', REMOVE, { id: decliner.id })).removeMeetingInvitation).toBe(true);
    expect((await invitations('recruiter1', soon.id)).map((i) => i.candidateId)).toEqual([people[0]]);
  });
});
