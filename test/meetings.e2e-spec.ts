/** A recruitment meeting end to end: planned, invited from the ranking, answered, attended, held; its calendar; who sees what. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { Clock } from '../src/platform/context/clock.js';
import { JobDispatcher } from '../src/platform/jobs/job-dispatcher.js';
import { OUTBOX_JOB } from '../src/platform/outbox/outbox.service.js';
import { Ids, openOpeningsByEmployer } from './support/factories.js';
import { ATTEND, BOOK, CANCEL, DAY, HELD, HOUR, INVITATIONS, INVITE, MEETING, MeetingsFixture, PLAN, PROPOSE, RESPOND, SEND, SHARE, UPDATE, type Invitation, type Proposal } from './support/meetings.js';
import { eventually } from './support/eventually.js';
import { errorCode, errorFields, TestApp } from './support/test-app.js';

function events(ics: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/**
 * A recruitment meeting end to end (docs/domain.md, "Matching, placements and recruitment meetings"): the care sector
 * team plans a Svedala recruitment meeting with two Svedala employers, gets the invite list from the ranking, invites,
 * records responses and attendance, books two interviews; placements, plans and the employers' timelines show it.
 * Double bookings and capacity are refused, and the .ics parses with a real iCalendar parser. The reminders are
 * meetings-reminders.e2e-spec.ts's.
 */
describe(`recruitment meetings (${process.env.REDIS_URL ? 'BullMQ on Redis' : 'in process'})`, () => {
  const fixture = new MeetingsFixture();
  let t: TestApp;
  let db: DataSource;
  let clock: Clock;
  let ids: Ids;
  let svedala: string;
  let trelleborg: string;
  let teamId: string;
  let venueId: string;
  let employers: Array<{ employerId: string; openingId: string }>;
  let meeting: { id: string; version: number; startsAt: string; endsAt: string; title: string };
  let invited: Proposal[];
  const { at, candidate, planScenarioMeeting, chooseInvited } = fixture;
  const invitations = (as = 'recruiter1', m = meeting.id): Promise<Invitation[]> => fixture.invitations(as, m);

  beforeAll(async () => {
    await fixture.start();
    ({ t, db, clock, ids, svedala, trelleborg, teamId, venueId, employers } = fixture);
  });
  afterAll(() => fixture.close());

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
    const planMeeting = await planScenarioMeeting();
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
    invited = chooseInvited(proposals);
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
