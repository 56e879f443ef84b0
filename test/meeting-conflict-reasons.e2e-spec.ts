import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../src/platform/context/clock.js';
import { Ids, meetingVenue } from './support/factories.js';
import { errorCode, errorFields, errorReason, TestApp } from './support/test-app.js';

const SHARE = 'SHARE_PROFILE_WITH_EMPLOYERS';
const HOUR = 3600_000;
const PLAN = `mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { id version } }`;
const INVITE = `mutation($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { id version } }`;
const SEND = `mutation($i: MeetingStatusInput!) { sendMeetingInvitations(input: $i) { id version } }`;

interface Person {
  id: string;
  consents: Array<{ purpose: string; withdrawnAt: string | null }>;
}

/**
 * A recruitment meeting's refusals say which rule refused them in extensions.reason, so a screen tells them from a
 * colleague's change (STALE_VERSION, where reloading helps): DOUBLE_BOOKED for the venue or a staff member taken at
 * that time, OVER_CAPACITY for a full venue, NO_CONSENT for a person who has not consented to share their profile
 * with employers, MEETING_NOT_STARTED for attendance and marking held before the start. Each names its field.
 */
describe('recruitment meetings: the reasons of their conflicts', () => {
  let t: TestApp;
  let ids: Ids;
  let svedala: string;
  let teamId: string;
  let venueId: string;
  let meeting: { id: string; version: number };
  let consenting: string[];
  let withoutConsent: string;
  const at = (ms: number) => new Date(Math.ceil((Date.now() + ms) / 60_000) * 60_000).toISOString();
  const plan = (extra: Record<string, unknown>) =>
    t.gql('secretary1', PLAN, {
      i: {
        teamId,
        principalId: svedala,
        title: 'Träff',
        startsAt: at(5 * 24 * HOUR),
        endsAt: at(5 * 24 * HOUR + 2 * HOUR),
        responsibleUserIds: [ids.user('secretary1')],
        ...extra,
      },
    });

  beforeAll(async () => {
    t = await TestApp.start();
    ids = await Ids.load(t);
    svedala = ids.organisation('Svedala kommun');
    teamId = ids.team('Bransch-team Vård och omsorg');
    venueId = (await meetingVenue(t, 'secretary1', svedala, 1, 'Liten lokal')).id;
    const { candidates } = await t.ok(
      'secretary1',
      `query($s: ID!) { candidates(sectorId: $s, openOnly: true, limit: 100) { items { id consents { purpose withdrawnAt } } } }`,
      {
        s: ids.sector('VARD_OMSORG'),
      },
    );
    const shares = (p: Person) => p.consents.some((c) => c.purpose === SHARE && !c.withdrawnAt);
    consenting = (candidates.items as Person[]).filter(shares).map((p) => p.id);
    withoutConsent = (candidates.items as Person[]).find((p) => !shares(p))!.id;
  });
  afterAll(() => t?.close());

  it('a venue or a staff member taken at that time is DOUBLE_BOOKED, naming the field', async () => {
    const first = await plan({ venueId });
    meeting = first.data!.planMeeting;
    const venue = await plan({ venueId, responsibleUserIds: [ids.user('recruiter1')] });
    expect([errorCode(venue), errorReason(venue), errorFields(venue)]).toEqual(['CONFLICT', 'DOUBLE_BOOKED', ['input.venueId']]);
    const staff = await plan({ onlineUrl: 'https://meet.example/vard', responsibleUserIds: [ids.user('recruiter1'), ids.user('secretary1')] });
    expect([errorCode(staff), errorReason(staff), errorFields(staff)]).toEqual(['CONFLICT', 'DOUBLE_BOOKED', ['input.responsibleUserIds.1']]);
  });

  it('a person without consent is NO_CONSENT, and more people than the venue holds OVER_CAPACITY', async () => {
    const refused = await t.gql('secretary1', INVITE, { i: { meetingId: meeting.id, candidateIds: [withoutConsent] } });
    expect([errorCode(refused), errorReason(refused), errorFields(refused)]).toEqual(['CONFLICT', 'NO_CONSENT', ['input.candidateIds.0']]);
    const full = await t.gql('secretary1', INVITE, { i: { meetingId: meeting.id, candidateIds: consenting.slice(0, 2) } });
    expect([errorCode(full), errorReason(full), errorFields(full)]).toEqual(['CONFLICT', 'OVER_CAPACITY', ['input.candidateIds']]);
  });

  it('attendance and marking held before the start are MEETING_NOT_STARTED', async () => {
    const [invitation] = (await t.ok('secretary1', INVITE, { i: { meetingId: meeting.id, candidateIds: consenting.slice(0, 1) } })).inviteToMeeting;
    const sent = (await t.ok('secretary1', SEND, { i: meeting })).sendMeetingInvitations;
    const attend = await t.gql('secretary1', `mutation($i: AttendanceInput!) { recordMeetingAttendance(input: $i) { id } }`, {
      i: { invitationId: invitation.id, version: invitation.version, attendance: 'ATTENDED' },
    });
    expect([errorCode(attend), errorReason(attend), errorFields(attend)]).toEqual(['CONFLICT', 'MEETING_NOT_STARTED', ['input.invitationId']]);
    const held = await t.gql('secretary1', `mutation($i: MeetingStatusInput!) { markMeetingHeld(input: $i) { id } }`, { i: sent });
    expect([errorCode(held), errorReason(held), errorFields(held)]).toEqual(['CONFLICT', 'MEETING_NOT_STARTED', ['input.id']]);
  });

  it('an interview is booked with its time, which cannot be before the meeting', async () => {
    const { meeting: read } = await t.ok('secretary1', `query($id: ID!) { meeting(id: $id) { startsAt employers { openings { id } } } }`, { id: meeting.id });
    expect(read.employers).toEqual([]);
    const { employers } = await t
      .ok('secretary1', `query($s: ID!) { openings(status: OPEN, sectorId: $s, limit: 100) { items { id employerId principalId } } }`, {
        s: ids.sector('VARD_OMSORG'),
      })
      .then((d) => ({ employers: d.openings.items.filter((o: { principalId: string }) => o.principalId === svedala) }));
    const { meeting: current } = await t.ok('secretary1', `query($id: ID!) { meeting(id: $id) { id version } }`, { id: meeting.id });
    await t.ok('secretary1', `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { id } }`, {
      i: { ...current, employers: [{ employerId: employers[0].employerId, openingIds: [employers[0].id] }] },
    });
    const starts = new Date(read.startsAt).getTime();
    t.app.get(Clock).setNow(new Date(starts + HOUR));
    const { meetingInvitations } = await t.ok('secretary1', `query($m: ID!) { meetingInvitations(meetingId: $m) { items { id version } } }`, { m: meeting.id });
    const [invitation] = meetingInvitations.items;
    await t.ok('secretary1', `mutation($i: AttendanceInput!) { recordMeetingAttendance(input: $i) { id } }`, {
      i: { invitationId: invitation.id, version: invitation.version, attendance: 'ATTENDED' },
    });
    const BOOK = `mutation($i: BookMeetingInterviewInput!) { bookMeetingInterview(input: $i) { scheduledAt note placement { stage } } }`;
    const early = await t.gql('secretary1', BOOK, { i: { invitationId: invitation.id, openingId: employers[0].id, scheduledAt: new Date(starts - HOUR) } });
    expect([errorCode(early), errorFields(early)]).toEqual(['BAD_USER_INPUT', ['input.scheduledAt']]);
    const at = new Date(starts + 24 * HOUR).toISOString();
    const { bookMeetingInterview } = await t.ok('secretary1', BOOK, {
      i: { invitationId: invitation.id, openingId: employers[0].id, scheduledAt: at, note: 'Hos enhetschefen' },
    });
    expect(bookMeetingInterview).toEqual({ scheduledAt: at, note: 'Hos enhetschefen', placement: { stage: 'INTERVIEW' } });
  });
});
