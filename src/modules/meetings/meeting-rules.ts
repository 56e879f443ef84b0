/**
 * The pure rules of recruitment meetings: the status lifecycle, times, overlap, capacity, and what attendance means
 * for the person's plan. The services around them do the I/O; the database enforces overlap once more with
 * exclusion constraints, so two concurrent bookings cannot both succeed.
 */
import { ActivityStatus } from '../plans/plan.enums.js';
import { Attendance, InvitationResponse, MeetingFormat, MeetingStatus } from './meeting.enums.js';

const { PLANNED, INVITATIONS_SENT, HELD, CANCELLED } = MeetingStatus;

/** A meeting's lifecycle: planned → invitations sent → held, or cancelled before it is held. HELD and CANCELLED are final. */
const TRANSITIONS: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  [PLANNED]: [INVITATIONS_SENT, CANCELLED],
  [INVITATIONS_SENT]: [HELD, CANCELLED],
  [HELD]: [],
  [CANCELLED]: [],
};

/** Why a status change is refused, or null when it is allowed. */
export function refuseStatusChange(from: MeetingStatus, to: MeetingStatus): string | null {
  if (TRANSITIONS[from].includes(to)) return null;
  const next = TRANSITIONS[from];
  return `a meeting cannot go from ${from} to ${to}${next.length ? ` (next: ${next.join(', ')})` : ' (it is final)'}`;
}

/** Whether the meeting can still be changed (times, place, staff, employers, invitations). */
export function isOpenForChanges(status: MeetingStatus): boolean {
  return status === PLANNED || status === INVITATIONS_SENT;
}

/** The longest meeting: a recruitment meeting is a day's event at most. */
export const MAX_MEETING_HOURS = 12;

/** The time rules of a new or moved meeting; each problem names its input field. */
export function meetingTimeProblems(startsAt: Date, endsAt: Date, now: Date): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (endsAt.getTime() <= startsAt.getTime()) problems.push({ field: 'input.endsAt', message: 'must be after the start' });
  else if (endsAt.getTime() - startsAt.getTime() > MAX_MEETING_HOURS * 3600_000) {
    problems.push({ field: 'input.endsAt', message: `a meeting lasts at most ${MAX_MEETING_HOURS} hours` });
  }
  if (startsAt.getTime() < now.getTime()) problems.push({ field: 'input.startsAt', message: 'cannot be in the past' });
  return problems;
}

/** Half-open intervals [start, end): a meeting ending at 12:00 and one starting at 12:00 do not overlap (as tstzrange's &&). */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** The format follows from what is given: a venue, a link, or both. */
export function formatOf(meeting: { venueId: string | null; onlineUrl: string | null }): MeetingFormat {
  if (meeting.venueId && meeting.onlineUrl) return MeetingFormat.PARTLY_DIGITAL;
  return meeting.venueId ? MeetingFormat.PHYSICAL : MeetingFormat.DIGITAL;
}

/** Who takes a seat: everyone invited who has not declined. */
export function takesSeat(response: InvitationResponse): boolean {
  return response !== InvitationResponse.DECLINED;
}

/**
 * Whether `adding` more seats fit a venue holding `seated` already; null when they do. A meeting without a venue
 * (digital only) has no capacity to exceed.
 */
export function refuseCapacity(capacity: number | null, seated: number, adding: number): string | null {
  if (capacity === null || adding <= 0) return null;
  if (seated + adding <= capacity) return null;
  return `the venue holds ${capacity}; ${seated} already invited, ${adding} more would make ${seated + adding}`;
}

/**
 * What attendance becomes in the person's plan: the recruitment meeting is a plan activity (insats) on the day of
 * the meeting, completed when the person came, cancelled (with a note) when they did not.
 */
export function attendanceActivity(attendance: Attendance, title: string): { status: ActivityStatus; note: string } {
  return attendance === Attendance.ATTENDED
    ? { status: ActivityStatus.COMPLETED, note: `Rekryteringsträff: ${title}` }
    : { status: ActivityStatus.CANCELLED, note: `Rekryteringsträff: ${title} (uteblev)` };
}
