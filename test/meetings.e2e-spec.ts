import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { Clock } from '../src/modules/context/clock.js';
import { JobDispatcher } from '../src/modules/jobs/job-dispatcher.js';
import { OUTBOX_JOB } from '../src/modules/outbox/outbox.service.js';
import { enrolledWithPlan, Ids, meetingVenue, openOpeningsByEmployer } from './support/factories.js';
import { errorCode, errorFields, TestApp } from './support/test-app.js';

const SVEDALA = 'n6r4_fjK_kRr';
const SHARE = 'SHARE_PROFILE_WITH_EMPLOYERS';
const HOUR = 3600_000;
const DAY = 24 * HOUR;

const MEETING = `id version status title format startsAt endsAt onlineUrl principal { name } sector { code } team { name }
  venue { id name capacity } responsibleStaff { username }
  employers { employer { id name } openings { id title } contact { id kind summary } }
  invitationCounts { invited accepted declined noAnswer attended absent seated }`;
const PLAN = `mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { ${MEETING} } }`;
const UPDATE = `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { id version startsAt } }`;
const SEND = `mutation($i: MeetingStatusInput!) { sendMeetingInvitations(input: $i) { id version status } }`;
const HELD = `mutation($i: MeetingStatusInput!) { markMeetingHeld(input: $i) { id version status } }`;
const CANCEL = `mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { id version status } }`;
const PROPOSE = `query($m: ID!, $l: Int!) { proposedMeetingInvitations(meetingId: $m, limit: $l) {
  considered proposals { score explanation invited openingIds opening { id } candidate { id principalId } } } }`;
const INVITE = `mutation($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { id version candidateId source score explanation response } }`;
const INVITATIONS = `query($m: ID!) { meetingInvitations(meetingId: $m, limit: 100) { totalCount
  items { id version candidateId principalId response attendance score candidate { firstName } reminders { kind startsAt channel message } } } }`;
const RESPOND = `mutation($i: InvitationResponseInput!) { recordInvitationResponse(input: $i) { id version response } }`;
const ATTEND = `mutation($i: AttendanceInput!) { recordMeetingAttendance(input: $i) { id version attendance } }`;
const BOOK = `mutation($i: BookMeetingInterviewInput!) { bookMeetingInterview(input: $i) { id openingId placement { id stage candidate { id } } } }`;

interface Proposal {
  score: number;
  explanation: string;
  invited: boolean;
  openingIds: string[];
  opening: { id: string };
  candidate: { id: string; principalId: string };
}
interface Invitation {
  id: string;
  version: number;
  candidateId: string;
  principalId: string;
  response: string;
  attendance: string | null;
  reminders: Array<{ kind: string; startsAt: string; channel: string; message: string }>;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - start > timeoutMs) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function events(ics: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/**
 * The issue's scenario: the care sector team plans a Svedala recruitment meeting with two Svedala employers, gets the
 * invite list from the ranking, invites, records responses and attendance, books two interviews; placements, plans
 * and the employers' timelines show it. Double bookings and capacity are refused, the .ics parses with a real
 * iCalendar parser, reminders go out as delayed jobs (in process, or on BullMQ with REDIS_URL).
 */
describe(`recruitment meetings (${process.env.REDIS_URL ? 'BullMQ on Redis' : 'in process'})`, () => {
  let t: TestApp;
  let db: DataSource;
  let clock: Clock;
  let ids: Ids;
  let svedala: string;
  let trelleborg: string;
  let teamId: string;
  let venueId: string;
  let employers: Array<{ employerId: string; openingId: string }>;
  let withPlan: Set<string>;
  let meeting: { id: string; version: number; startsAt: string; endsAt: string; title: string };
  let invited: Proposal[];
  const at = (ms: number) => new Date(Math.ceil((Date.now() + ms) / 60_000) * 60_000).toISOString();
  const invitations = async (as = 'recruiter1', m = meeting.id): Promise<Invitation[]> => (await t.ok(as, INVITATIONS, { m })).meetingInvitations.items;
  const candidate = (id: string) =>
    t.ok('secretary1', `query($id: ID!) { candidate(id: $id) { id principalId firstName lastName consents { purpose withdrawnAt }
      enrolments { exitOn sectorId plan { activities { type status startOn note } } } } }`, { id }).then((d) => d.candidate);

  beforeAll(async () => {
    t = await TestApp.start({ env: { OUTBOX_SWEEP_INTERVAL_MS: '400', JOB_BACKOFF_MS: '50' } });
    db = t.db;
    clock = t.app.get(Clock);
    ids = await Ids.load(t);
    svedala = ids.organisation('Svedala kommun');
    trelleborg = ids.organisation('Trelleborgs kommun');
    teamId = ids.team('Bransch-team Vård och omsorg');
    venueId = (await meetingVenue(t, 'manager1', svedala, 6, 'Svedala Folkets hus')).id;
    // two Svedala employers, each bringing an open demo opening: the care employer's care internship, and another
    const svedalaOpenings = await openOpeningsByEmployer(t, 'recruiter1', SVEDALA);
    const care = svedalaOpenings.find((e) => e.openings.some((o) => o.sectorId === ids.sector('VARD_OMSORG')))!;
    const other = svedalaOpenings.find((e) => e.employerId !== care.employerId)!;
    employers = [
      { employerId: care.employerId, openingId: care.openings.find((o) => o.sectorId === ids.sector('VARD_OMSORG'))!.id },
      { employerId: other.employerId, openingId: other.openings[0].id },
    ];
    withPlan = new Set([...(await enrolledWithPlan(t, svedala)), ...(await enrolledWithPlan(t, trelleborg))].map((p) => p.candidateId));
  });
  afterAll(() => t?.close());

  it('a venue is kept per municipality with its capacity; planning needs a member of the team', async () => {
    const { meetingVenues } = await t.ok('bd1', `query($p: ID) { meetingVenues(principalId: $p) { id name capacity principal { name } } }`, { p: svedala });
    expect(meetingVenues).toEqual([{ id: venueId, name: 'Svedala Folkets hus', capacity: 6, principal: { name: 'Svedala kommun' } }]);
    const twice = await t.gql('manager1', `mutation($i: MeetingVenueInput!) { createMeetingVenue(input: $i) { id } }`, {
      i: { principalId: svedala, name: 'svedala folkets hus', city: 'Svedala', capacity: 10 },
    });
    expect([errorCode(twice), errorFields(twice)]).toEqual(['CONFLICT', ['input.name']]);
    // teacher2 is not in the care team
    const outsider = await t.gql('teacher2', PLAN, {
      i: { teamId, principalId: svedala, title: 'X', startsAt: at(3 * DAY), endsAt: at(3 * DAY + HOUR), onlineUrl: 'https://meet.example/x', responsibleUserIds: [ids.user('teacher2')] },
    });
    expect(errorCode(outsider)).toBe('FORBIDDEN');
  });

  it('the care team plans a partly digital Svedala meeting with two Svedala employers and their openings', async () => {
    const { planMeeting } = await t.ok('recruiter1', PLAN, {
      i: {
        teamId,
        principalId: svedala,
        title: 'Rekryteringsträff vård och service',
        startsAt: at(7 * DAY),
        endsAt: at(7 * DAY + 3 * HOUR),
        venueId,
        onlineUrl: 'https://meet.example/vard-svedala',
        responsibleUserIds: [ids.user('recruiter1'), ids.user('secretary1')],
        employers: employers.map((e) => ({ employerId: e.employerId, openingIds: [e.openingId] })),
        notes: 'Fika från 9.',
      },
    });
    meeting = planMeeting;
    expect(planMeeting).toMatchObject({
      version: 1,
      status: 'PLANNED',
      format: 'PARTLY_DIGITAL',
      principal: { name: 'Svedala kommun' },
      sector: { code: 'VARD_OMSORG' },
      team: { name: 'Bransch-team Vård och omsorg' },
      venue: { id: venueId, capacity: 6 },
      invitationCounts: { invited: 0, seated: 0 },
    });
    expect(planMeeting.responsibleStaff.map((u: { username: string }) => u.username).sort()).toEqual(['recruiter1', 'secretary1']);
    expect(planMeeting.employers.map((e: { employer: { id: string }; openings: Array<{ id: string }> }) => [e.employer.id, e.openings.map((o) => o.id)])).toEqual(
      employers.map((e) => [e.employerId, [e.openingId]]),
    );
  });

  it('proposes the invite list from the ranking: ranked, explained, only eligible people of the sector and served principals, with consent', async () => {
    const { proposedMeetingInvitations: list } = await t.ok('recruiter1', PROPOSE, { m: meeting.id, l: 100 });
    const proposals = list.proposals as Proposal[];
    expect(proposals.length).toBeGreaterThan(5);
    expect(list.considered).toBeGreaterThanOrEqual(proposals.length);
    const scores = proposals.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const p of proposals) {
      expect(p.explanation.length).toBeGreaterThan(10);
      expect(employers.map((e) => e.openingId)).toContain(p.opening.id);
      expect(p.openingIds[0]).toBe(p.opening.id);
    }
    expect(new Set(proposals.map((p) => p.candidate.id)).size).toBe(proposals.length);
    // the team serves both municipalities: the pool is both
    expect(new Set(proposals.map((p) => p.candidate.principalId))).toEqual(new Set([svedala, trelleborg]));
    const people = await Promise.all(proposals.map((p) => candidate(p.candidate.id)));
    for (const person of people) {
      expect([svedala, trelleborg]).toContain(person.principalId);
      expect(person.enrolments.find((e: { exitOn: string | null }) => e.exitOn === null).sectorId).toBe(ids.sector('VARD_OMSORG'));
      expect(person.consents.some((c: { purpose: string; withdrawnAt: string | null }) => c.purpose === SHARE && !c.withdrawnAt)).toBe(true);
    }
    // everyone of the sector without consent is left out
    const sector = (await t.ok('secretary1', `query($s: ID!) { candidates(sectorId: $s, openOnly: true, limit: 100) { items { id consents { purpose withdrawnAt } } } }`, { s: ids.sector('VARD_OMSORG') })).candidates.items;
    const withoutConsent = sector.filter((c: { consents: Array<{ purpose: string; withdrawnAt: string | null }> }) => !c.consents.some((k) => k.purpose === SHARE && !k.withdrawnAt));
    expect(withoutConsent.length).toBeGreaterThan(0);
    for (const c of withoutConsent) expect(proposals.map((p) => p.candidate.id)).not.toContain(c.id);

    // invite the best Svedala resident and the four best from Trelleborg (people with a plan, whose plans will show it)
    const eligible = proposals.filter((p) => withPlan.has(p.candidate.id));
    invited = [eligible.find((p) => p.candidate.principalId === svedala)!, ...eligible.filter((p) => p.candidate.principalId === trelleborg).slice(0, 4)];
    const { inviteToMeeting } = await t.ok('recruiter1', INVITE, { i: { meetingId: meeting.id, candidateIds: invited.map((p) => p.candidate.id) } });
    expect(inviteToMeeting).toHaveLength(5);
    for (const [i, inv] of inviteToMeeting.entries()) {
      expect(inv).toMatchObject({ candidateId: invited[i].candidate.id, source: 'PROPOSED', score: invited[i].score, explanation: invited[i].explanation, response: 'INVITED' });
    }
    // the proposed list was kept as shown, and the invitation is written on it (EU AI Act: what a person decided)
    const kept = await t.ok('secretary1', `query($id: ID!) { candidate(id: $id) { rankingAppearances(limit: 1) { explanation decision decidedBy { username } } } }`, {
      id: invited[0].candidate.id,
    });
    expect(kept.candidate.rankingAppearances).toEqual([{ explanation: invited[0].explanation, decision: 'INVITED', decidedBy: { username: 'recruiter1' } }]);
    const again = await t.ok('recruiter1', PROPOSE, { m: meeting.id, l: 100 });
    expect(again.proposedMeetingInvitations.proposals.filter((p: Proposal) => p.invited).map((p: Proposal) => p.candidate.id).sort()).toEqual(invited.map((p) => p.candidate.id).sort());

    // someone without consent cannot be added by hand
    const refused = await t.gql('recruiter1', INVITE, { i: { meetingId: meeting.id, candidateIds: [withoutConsent[0].id] } });
    expect([errorCode(refused), errorFields(refused)]).toEqual(['CONFLICT', ['input.candidateIds.0']]);
  });

  it('enforces the venue’s capacity: those who declined free their seat', async () => {
    const { proposedMeetingInvitations } = await t.ok('recruiter1', PROPOSE, { m: meeting.id, l: 100 });
    const more = (proposedMeetingInvitations.proposals as Proposal[]).filter((p) => !p.invited).map((p) => p.candidate.id);
    const over = await t.gql('recruiter1', INVITE, { i: { meetingId: meeting.id, candidateIds: more.slice(0, 2) } });
    expect([errorCode(over), errorFields(over)]).toEqual(['CONFLICT', ['input.candidateIds']]);

    const { sendMeetingInvitations } = await t.ok('recruiter1', SEND, { i: { id: meeting.id, version: meeting.version } });
    expect(sendMeetingInvitations).toMatchObject({ status: 'INVITATIONS_SENT', version: 2 });
    meeting.version = sendMeetingInvitations.version;

    const byId = new Map((await invitations()).map((i) => [i.candidateId, i]));
    const responses = ['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'DECLINED', 'NO_ANSWER'];
    for (const [i, p] of invited.entries()) {
      const inv = byId.get(p.candidate.id)!;
      const { recordInvitationResponse } = await t.ok('secretary1', RESPOND, { i: { invitationId: inv.id, version: inv.version, response: responses[i] } });
      expect(recordInvitationResponse).toMatchObject({ response: responses[i], version: inv.version + 1 });
    }
    // 4 seated of 6: two more fit, a third does not
    await t.ok('recruiter1', INVITE, { i: { meetingId: meeting.id, candidateIds: more.slice(0, 2) } });
    const full = await t.gql('recruiter1', INVITE, { i: { meetingId: meeting.id, candidateIds: [more[2]] } });
    expect([errorCode(full), errorFields(full)]).toEqual(['CONFLICT', ['input.candidateIds']]);
    const { meeting: counts } = await t.ok('bd1', `query($id: ID!) { meeting(id: $id) { invitationCounts { invited accepted declined noAnswer seated } } }`, { id: meeting.id });
    expect(counts.invitationCounts).toEqual({ invited: 7, accepted: 3, declined: 1, noAnswer: 1, seated: 6 });
  });

  it('refuses a double-booked venue and a double-booked staff member (CONFLICT naming the field); back to back is fine', async () => {
    const base = { teamId, principalId: svedala, title: 'Annan träff', employers: [] };
    const start = new Date(meeting.startsAt).getTime();
    const venueClash = await t.gql('secretary1', PLAN, {
      i: { ...base, venueId, startsAt: new Date(start + HOUR).toISOString(), endsAt: new Date(start + 5 * HOUR).toISOString(), responsibleUserIds: [ids.user('teacher1')] },
    });
    expect(errorCode(venueClash)).toBe('CONFLICT');
    expect(errorFields(venueClash)).toEqual(['input.venueId']);
    expect(venueClash.errors?.[0].message).toContain('Rekryteringsträff vård och service');

    const staffClash = await t.gql('secretary1', PLAN, {
      i: { ...base, onlineUrl: 'https://meet.example/other', startsAt: new Date(start - HOUR).toISOString(), endsAt: new Date(start + HOUR).toISOString(), responsibleUserIds: [ids.user('teacher1'), ids.user('recruiter1')] },
    });
    expect(errorCode(staffClash)).toBe('CONFLICT');
    expect(errorFields(staffClash)).toEqual(['input.responsibleUserIds.1']);

    // starting when the first one ends is no clash (half-open ranges); then it is moved into the first one: refused
    const { planMeeting: after } = await t.ok('secretary1', PLAN, {
      i: { ...base, venueId, startsAt: meeting.endsAt, endsAt: new Date(new Date(meeting.endsAt).getTime() + HOUR).toISOString(), responsibleUserIds: [ids.user('recruiter1')] },
    });
    const moved = await t.gql('secretary1', UPDATE, { i: { id: after.id, version: after.version, startsAt: new Date(start + 2 * HOUR).toISOString() } });
    expect(errorCode(moved)).toBe('CONFLICT');
    expect(errorFields(moved)).toEqual(['input.venueId']);
    const { cancelMeeting } = await t.ok('secretary1', CANCEL, { i: { id: after.id, version: after.version, reason: 'Dubbelbokad.' } });
    expect(cancelMeeting.status).toBe('CANCELLED');

    // the database refuses an overlapping booking however it is written (the exclusion constraint, btree_gist)
    await expect(
      db.query(
        `INSERT INTO meeting (principal_id, sector_id, team_id, title, venue_id, starts_at, ends_at, status, created_by_id, version)
         SELECT principal_id, sector_id, team_id, 'Rå SQL', venue_id, starts_at + interval '1 hour', ends_at, 'PLANNED', created_by_id, 1 FROM meeting WHERE id = $1`,
        [meeting.id],
      ),
    ).rejects.toMatchObject({ driverError: { code: '23P01', constraint: 'EX_meeting_venue_time' } });

    // two requests for the same free slot at once: the exclusion constraint lets exactly one through
    const slot = { ...base, venueId, startsAt: new Date(start + 2 * DAY).toISOString(), endsAt: new Date(start + 2 * DAY + HOUR).toISOString() };
    const [a, b] = await Promise.all([
      t.gql('secretary1', PLAN, { i: { ...slot, responsibleUserIds: [ids.user('teacher1')] } }),
      t.gql('counsellor1', PLAN, { i: { ...slot, responsibleUserIds: [ids.user('counsellor1')] } }),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? `${errorCode(r)} ${errorFields(r).join()}` : 'ok')).sort();
    expect(outcomes).toEqual(['CONFLICT input.venueId', 'ok']);
  });

  it('serves the .ics as a GraphQL field and as an HTTP feed with a revocable token; it parses and holds no one’s data', async () => {
    const { meeting: read } = await t.ok('bd1', `query($id: ID!) { meeting(id: $id) { version icalendar } }`, { id: meeting.id });
    const [event] = events(read.icalendar);
    expect(event.uid).toBe(`${meeting.id}@brygga`);
    expect(event.summary).toBe('Rekryteringsträff vård och service');
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(meeting.startsAt).toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(new Date(meeting.endsAt).toISOString());
    expect(event.location).toContain('Svedala Folkets hus');
    expect(event.sequence).toBe(read.version);
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.description).toContain('https://meet.example/vard-svedala');

    const { createMeetingFeedToken: feed } = await t.ok('recruiter1', `mutation($i: CreateMeetingFeedTokenInput!) { createMeetingFeedToken(input: $i) { token path feedToken { id teamId } } }`, {
      i: { teamId, label: 'Teamets kalender' },
    });
    expect(feed.path).toBe(`/calendar/feeds/${feed.token}/team.ics`);
    const res = await t.http.get(feed.path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const all = events(res.text);
    const mine = all.find((e) => e.uid === `${meeting.id}@brygga`)!;
    expect(mine.summary).toBe('Rekryteringsträff vård och service');
    expect(all.some((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED')).toBe(true);
    const one = await t.http.get(`/calendar/feeds/${feed.token}/meetings/${meeting.id}.ics`);
    expect(events(one.text).map((e) => e.uid)).toEqual([`${meeting.id}@brygga`]);
    // no personal data of the invited: none of their names
    const names = await Promise.all(invited.map((p) => candidate(p.candidate.id)));
    for (const person of names) {
      expect(res.text).not.toContain(person.lastName);
      expect(read.icalendar).not.toContain(person.lastName);
    }
    expect((await t.http.get('/calendar/feeds/not-a-real-token-at-all-xyz/team.ics')).status).toBe(404);
    await t.ok('recruiter1', `mutation($id: ID!) { revokeMeetingFeedToken(id: $id) { revokedAt } }`, { id: feed.feedToken.id });
    expect((await t.http.get(feed.path)).status).toBe(404);
    const { teamMeetingsCalendar } = await t.ok('reviewer.svedala', `query($t: ID!) { teamMeetingsCalendar(teamId: $t) }`, { t: teamId });
    expect(events(teamMeetingsCalendar).some((e) => e.uid === `${meeting.id}@brygga`)).toBe(true);
  });

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

  it('records attendance once the meeting has started, books two interviews, and marks it held', async () => {
    const list = await invitations();
    const inv = (p: Proposal) => list.find((i) => i.candidateId === p.candidate.id)!;
    const [svedalaPerson, t1, t2] = invited;
    const early = await t.gql('recruiter1', ATTEND, { i: { invitationId: inv(svedalaPerson).id, version: inv(svedalaPerson).version, attendance: 'ATTENDED' } });
    expect([errorCode(early), errorFields(early)]).toEqual(['CONFLICT', ['input.invitationId']]);

    clock.setNow(new Date(new Date(meeting.startsAt).getTime() + HOUR));
    for (const [p, attendance] of [[svedalaPerson, 'ATTENDED'], [t1, 'ATTENDED'], [t2, 'ABSENT']] as const) {
      const { recordMeetingAttendance } = await t.ok('secretary1', ATTEND, { i: { invitationId: inv(p).id, version: inv(p).version, attendance } });
      expect(recordMeetingAttendance.attendance).toBe(attendance);
    }
    const absent = await t.gql('recruiter1', BOOK, { i: { invitationId: inv(t2).id, openingId: employers[0].openingId } });
    expect([errorCode(absent), errorFields(absent)]).toEqual(['CONFLICT', ['input.invitationId']]);
    const notBrought = await t.gql('recruiter1', BOOK, { i: { invitationId: inv(t1).id, openingId: (await openOpeningsByEmployer(t, 'recruiter1', 'STvk_dra_M1X'))[0].openings[0].id } });
    expect([errorCode(notBrought), errorFields(notBrought)]).toEqual(['BAD_USER_INPUT', ['input.openingId']]);

    const { bookMeetingInterview: a } = await t.ok('recruiter1', BOOK, { i: { invitationId: inv(svedalaPerson).id, openingId: employers[0].openingId, note: 'Intervju 14/12.' } });
    const { bookMeetingInterview: b } = await t.ok('recruiter1', BOOK, { i: { invitationId: inv(t1).id, openingId: employers[1].openingId } });
    expect(a.placement).toMatchObject({ stage: 'INTERVIEW', candidate: { id: svedalaPerson.candidate.id } });
    expect(b.placement).toMatchObject({ stage: 'INTERVIEW', candidate: { id: t1.candidate.id } });
    const twice = await t.gql('recruiter1', BOOK, { i: { invitationId: inv(t1).id, openingId: employers[1].openingId } });
    expect([errorCode(twice), errorFields(twice)]).toEqual(['CONFLICT', ['input.openingId']]);

    const { markMeetingHeld } = await t.ok('recruiter1', HELD, { i: { id: meeting.id, version: meeting.version } });
    expect(markMeetingHeld.status).toBe('HELD');
    meeting.version = markMeetingHeld.version;
    const stale = await t.gql('recruiter1', UPDATE, { i: { id: meeting.id, version: meeting.version, title: 'Ny titel' } });
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('the outcomes show in placements, the people’s plans and the employers’ timelines', async () => {
    const [svedalaPerson, t1, t2] = invited;
    for (const [p, opening] of [[svedalaPerson, employers[0].openingId], [t1, employers[1].openingId]] as const) {
      const { placements } = await t.ok('recruiter1', `query($o: ID) { placements(openingId: $o) { items { candidateId stage history { toStage } } } }`, { o: opening });
      expect(placements.items.find((x: { candidateId: string }) => x.candidateId === p.candidate.id)).toMatchObject({
        stage: 'INTERVIEW',
        history: [{ toStage: 'PROPOSED' }, { toStage: 'PRESENTED' }, { toStage: 'INTERVIEW' }],
      });
    }
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(meeting.startsAt));
    const activity = async (p: Proposal) => {
      const person = await candidate(p.candidate.id);
      return person.enrolments.find((e: { exitOn: string | null }) => e.exitOn === null).plan.activities.find((x: { type: string; startOn: string }) => x.type === 'RECRUITMENT_MEETING' && x.startOn === day);
    };
    const came = await eventually(() => activity(svedalaPerson), (x) => !!x);
    expect(came).toMatchObject({ status: 'COMPLETED', note: 'Rekryteringsträff: Rekryteringsträff vård och service' });
    expect(await eventually(() => activity(t1), (x) => !!x)).toMatchObject({ status: 'COMPLETED' });
    expect(await eventually(() => activity(t2), (x) => !!x)).toMatchObject({ status: 'CANCELLED', note: 'Rekryteringsträff: Rekryteringsträff vård och service (uteblev)' });

    const timeline = (employerId: string) =>
      t.ok('bd1', `query($e: ID!) { employerTimeline(employerId: $e) { items { kind summary occurredAt author { username } } } }`, { e: employerId }).then((d) =>
        d.employerTimeline.items.filter((c: { summary: string }) => c.summary.includes('Rekryteringsträff vård och service')),
      );
    for (const { employerId } of employers) {
      const entries = await eventually(() => timeline(employerId), (x) => x.length > 0);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ kind: 'MEETING', occurredAt: new Date(meeting.startsAt).toISOString(), author: { username: 'recruiter1' } });
      expect(entries[0].summary).toContain('2 arbetssökande deltog');
    }
    // at most once per meeting and employer: running the handlers again adds nothing
    const held: Array<{ id: string }> = await db.query(`SELECT id FROM outbox_event WHERE kind = 'meeting.held' AND payload->>'meetingId' = $1`, [meeting.id]);
    expect(held).toHaveLength(2);
    for (const e of held) await t.app.get(JobDispatcher).dispatch(OUTBOX_JOB, { eventId: e.id, handler: 'meeting-contact-log' }, 1);
    await db.query(`DELETE FROM outbox_handled WHERE event_id = ANY($1)`, [held.map((e) => e.id)]);
    for (const e of held) await t.app.get(JobDispatcher).dispatch(OUTBOX_JOB, { eventId: e.id, handler: 'meeting-contact-log' }, 1);
    for (const { employerId } of employers) expect(await timeline(employerId)).toHaveLength(1);
    const { meeting: read } = await t.ok('recruiter1', `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`, { id: meeting.id });
    expect(read.employers.every((e: { contact: { kind: string } | null }) => e.contact?.kind === 'MEETING')).toBe(true);
    expect(read.invitationCounts).toMatchObject({ attended: 2, absent: 1 });
  });

  it('shows the quarter against the target: Svedala two a quarter, Trelleborg none', async () => {
    const date = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(meeting.startsAt));
    const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
    const { meetingPlanning } = await t.ok('manager1', `query($y: Int!, $q: Int!) { meetingPlanning(year: $y, quarter: $q) { from to
      municipalities { principal { name } target held planned cancelled missing onTrack met sectors { sector { code } held planned cancelled } meetings { id } } } }`, {
      y: Number(date.slice(0, 4)),
      q: quarter,
    });
    const sv = meetingPlanning.municipalities.find((m: { principal: { name: string } }) => m.principal.name === 'Svedala kommun');
    const tb = meetingPlanning.municipalities.find((m: { principal: { name: string } }) => m.principal.name === 'Trelleborgs kommun');
    expect(sv).toMatchObject({ target: 2, met: false });
    expect(sv.held).toBeGreaterThanOrEqual(1);
    expect(sv.meetings.map((m: { id: string }) => m.id)).toContain(meeting.id);
    expect(sv.sectors.find((s: { sector: { code: string } }) => s.sector.code === 'VARD_OMSORG')).toMatchObject({ held: 1 });
    expect(sv.held + sv.planned + sv.cancelled).toBe(sv.meetings.length);
    expect(tb).toMatchObject({ target: 0, held: 0, onTrack: true });
  });

  it('permissions: business developers read the meeting, not the invitations; the reviewer sees Svedala’s residents only; reads are logged', async () => {
    const { meeting: forBd } = await t.ok('bd1', `query($id: ID!) { meeting(id: $id) { title employers { employer { name } openings { title } } } }`, { id: meeting.id });
    expect(forBd.employers).toHaveLength(2);
    const bd = await t.gql('bd1', INVITATIONS, { m: meeting.id });
    expect(errorCode(bd)).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('bd1', PROPOSE, { m: meeting.id, l: 5 }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('admin', `query($id: ID!) { meeting(id: $id) { id } }`, { id: meeting.id }))).toBe('FORBIDDEN');

    const all = await invitations('recruiter1');
    const reviewer = await invitations('reviewer.svedala');
    expect(all.some((i) => i.principalId === trelleborg)).toBe(true);
    expect(reviewer.length).toBeGreaterThan(0);
    expect(reviewer.every((i) => i.principalId === svedala)).toBe(true);
    expect(reviewer.map((i) => i.id).sort()).toEqual(all.filter((i) => i.principalId === svedala).map((i) => i.id).sort());
    const reviewerWrite = await t.gql('reviewer.svedala', RESPOND, { i: { invitationId: reviewer[0].id, version: reviewer[0].version, response: 'DECLINED' } });
    expect(errorCode(reviewerWrite)).toBe('FORBIDDEN');

    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM access_log_entry a JOIN app_user u ON u.id = a.user_id WHERE u.username = 'reviewer.svedala' AND a.operation = 'meetingInvitations'`,
    );
    expect(n).toBeGreaterThanOrEqual(reviewer.length);
  });
});
