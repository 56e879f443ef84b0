/** The recruitment-meeting specs' shared setup: their queries, a Svedala venue and two employers' openings, the scenario's meeting. */
import { DataSource } from 'typeorm';
import { Clock } from '../../src/platform/context/clock.js';
import { enrolledWithPlan, Ids, meetingVenue, openOpeningsByEmployer } from './factories.js';
import { TestApp } from './test-app.js';

export const SVEDALA = 'n6r4_fjK_kRr';
export const SHARE = 'SHARE_PROFILE_WITH_EMPLOYERS';
export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

export const MEETING = `id version status title format startsAt endsAt onlineUrl principal { name } sector { code } team { name }
  venue { id name capacity } responsibleStaff { username }
  employers { employer { id name } openings { id title } contact { id kind summary } }
  invitationCounts { invited accepted declined noAnswer attended absent seated }`;
export const PLAN = `mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { ${MEETING} } }`;
export const UPDATE = `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { id version startsAt } }`;
export const SEND = `mutation($i: MeetingStatusInput!) { sendMeetingInvitations(input: $i) { id version status } }`;
export const HELD = `mutation($i: MeetingStatusInput!) { markMeetingHeld(input: $i) { id version status } }`;
export const CANCEL = `mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { id version status } }`;
export const PROPOSE = `query($m: ID!, $l: Int!) { proposedMeetingInvitations(meetingId: $m, limit: $l) {
  considered proposals { score explanation invited openingIds opening { id } candidate { id principalId } } } }`;
export const INVITE = `mutation($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { id version candidateId source score explanation response } }`;
export const INVITATIONS = `query($m: ID!) { meetingInvitations(meetingId: $m, limit: 100) { totalCount
  items { id version candidateId principalId response attendance score candidate { firstName } reminders { kind startsAt channel message } } } }`;
export const RESPOND = `mutation($i: InvitationResponseInput!) { recordInvitationResponse(input: $i) { id version response } }`;
export const ATTEND = `mutation($i: AttendanceInput!) { recordMeetingAttendance(input: $i) { id version attendance } }`;
export const BOOK = `mutation($i: BookMeetingInterviewInput!) { bookMeetingInterview(input: $i) { id openingId placement { id stage candidate { id } } } }`;

export interface Proposal {
  score: number;
  explanation: string;
  invited: boolean;
  openingIds: string[];
  opening: { id: string };
  candidate: { id: string; principalId: string };
}
export interface Invitation {
  id: string;
  version: number;
  candidateId: string;
  principalId: string;
  response: string;
  attendance: string | null;
  reminders: Array<{ kind: string; startsAt: string; channel: string; message: string }>;
}

/**
 * One app for a meetings spec file (outbox swept every 400 ms, quick retries), with the care sector team, a Svedala
 * venue for six, two Svedala employers each bringing an open demo opening (the care employer's care internship, and
 * another), and the people with a plan in either municipality. Its helpers are arrow properties, so a spec may take
 * them out of the fixture when it is declared and call them once `start` has run.
 */
export class MeetingsFixture {
  t: TestApp;
  db: DataSource;
  clock: Clock;
  ids: Ids;
  svedala: string;
  trelleborg: string;
  teamId: string;
  venueId: string;
  employers: Array<{ employerId: string; openingId: string }>;
  withPlan: Set<string>;

  async start(): Promise<void> {
    const t = (this.t = await TestApp.start({ env: { OUTBOX_SWEEP_INTERVAL_MS: '400', JOB_BACKOFF_MS: '50' } }));
    this.db = t.db;
    this.clock = t.app.get(Clock);
    const ids = (this.ids = await Ids.load(t));
    this.svedala = ids.organisation('Svedala kommun');
    this.trelleborg = ids.organisation('Trelleborgs kommun');
    this.teamId = ids.team('Bransch-team Vård och omsorg');
    this.venueId = (await meetingVenue(t, 'manager1', this.svedala, 6, 'Svedala Folkets hus')).id;
    // two Svedala employers, each bringing an open demo opening: the care employer's care internship, and another
    const svedalaOpenings = await openOpeningsByEmployer(t, 'recruiter1', SVEDALA);
    const care = svedalaOpenings.find((e) => e.openings.some((o) => o.sectorId === ids.sector('VARD_OMSORG')))!;
    const other = svedalaOpenings.find((e) => e.employerId !== care.employerId)!;
    this.employers = [
      { employerId: care.employerId, openingId: care.openings.find((o) => o.sectorId === ids.sector('VARD_OMSORG'))!.id },
      { employerId: other.employerId, openingId: other.openings[0].id },
    ];
    this.withPlan = new Set([...(await enrolledWithPlan(t, this.svedala)), ...(await enrolledWithPlan(t, this.trelleborg))].map((p) => p.candidateId));
  }

  close(): Promise<void> | undefined {
    return this.t?.close();
  }

  /** An ISO time `ms` from now, on a whole minute. */
  at = (ms: number) => new Date(Math.ceil((Date.now() + ms) / 60_000) * 60_000).toISOString();

  invitations = async (as: string, meetingId: string): Promise<Invitation[]> => (await this.t.ok(as, INVITATIONS, { m: meetingId })).meetingInvitations.items;

  candidate = (id: string) =>
    this.t.ok('secretary1', `query($id: ID!) { candidate(id: $id) { id principalId firstName lastName consents { purpose withdrawnAt }
      enrolments { exitOn sectorId plan { activities { type status startOn note } } } } }`, { id }).then((d) => d.candidate);

  /** The scenario's meeting: the care team's partly digital Svedala meeting a week ahead, with both employers and their openings. */
  planScenarioMeeting = async () =>
    (
      await this.t.ok('recruiter1', PLAN, {
        i: {
          teamId: this.teamId,
          principalId: this.svedala,
          title: 'Rekryteringsträff vård och service',
          startsAt: this.at(7 * DAY),
          endsAt: this.at(7 * DAY + 3 * HOUR),
          venueId: this.venueId,
          onlineUrl: 'https://meet.example/vard-svedala',
          responsibleUserIds: [this.ids.user('recruiter1'), this.ids.user('secretary1')],
          employers: this.employers.map((e) => ({ employerId: e.employerId, openingIds: [e.openingId] })),
          notes: 'Fika från 9.',
        },
      })
    ).planMeeting;

  /** Whom the scenario invites: the best Svedala resident and the four best from Trelleborg, people with a plan (whose plans will show it). */
  chooseInvited = (proposals: Proposal[]): Proposal[] => {
    const eligible = proposals.filter((p) => this.withPlan.has(p.candidate.id));
    return [eligible.find((p) => p.candidate.principalId === this.svedala)!, ...eligible.filter((p) => p.candidate.principalId === this.trelleborg).slice(0, 4)];
  };
}
